// SPDX-License-Identifier: MIT
// Reads the failure fixtures: outputs recorded from dockerd by scripts/recordFailures.mjs, outputs quoted from
// Docker's docs and sources (quoted.json, each with its source), and near misses (nearMisses.json).
import * as fs from 'fs';
import * as path from 'path';
import type { FailureFile, FailureInput, FailureLocation } from '../../../src/core/index';

// Tests run from out/test/unit/failures; the fixtures stay in the source tree.
export const failuresDir = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'failures');

export interface FailureFixture extends FailureInput {
  name: string;
  /** The kind it must give, or `none`. */
  kind: string;
  /** Where the words come from: "recorded" or the quoted source. */
  source: string;
  location?: FailureLocation;
}

export interface NearMiss extends FailureInput { kind: string; why: string; expect: string | null }

interface RawFixture { name?: string; kind: string; source?: string; commandLine: string; exitCode: number; cwd?: string; output: string; files?: Record<string, string>; location?: FailureLocation }

function filesOf(files: Record<string, string> | undefined): FailureFile[] {
  return Object.entries(files ?? {}).map(([p, text]) => ({ path: p, text }));
}

export function recordedFixtures(): FailureFixture[] {
  const dir = path.join(failuresDir, 'recorded');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const raw = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as RawFixture;
    return { ...raw, name: f.replace(/\.json$/, ''), source: 'recorded', files: filesOf(raw.files) };
  });
}

export function quotedFixtures(): FailureFixture[] {
  const raw = JSON.parse(fs.readFileSync(path.join(failuresDir, 'quoted.json'), 'utf8')) as { fixtures: RawFixture[] };
  return raw.fixtures.map((f) => ({ ...f, name: f.name ?? f.kind, source: f.source ?? '', files: filesOf(f.files) }));
}

export function nearMisses(): NearMiss[] {
  return (JSON.parse(fs.readFileSync(path.join(failuresDir, 'nearMisses.json'), 'utf8')) as { nearMisses: NearMiss[] }).nearMisses;
}
