// SPDX-License-Identifier: MIT
// Completion timings for `npm run bench`: each call on a new version of the text (as after the keystroke
// that asked for it), at several places on each line, against the targets of issue 15.
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import * as core from '../src/core/index';
import { generatedCompose, generatedDockerfile } from './generate';

type Pos = { line: number; character: number };
type Complete = (text: string, p: Pos) => unknown;

/** Up to `max` lines spread over the file; on each, the start of the text, after its first word, and the end. */
function positions(text: string, max = 60): Pos[] {
  const lines = text.split('\n');
  const step = Math.max(1, Math.floor(lines.length / max));
  const out: Pos[] = [];
  for (let line = 0; line < lines.length; line += step) {
    const l = lines[line];
    const start = Math.max(0, l.search(/\S/));
    const word = /^\s*\S+\s?/.exec(l)?.[0].length ?? 0;
    out.push({ line, character: start }, { line, character: word }, { line, character: l.length });
  }
  return out;
}

let edits = 0;
/** Milliseconds per call, each on a text no cache has seen. */
function timeCalls(text: string, ps: readonly Pos[], complete: Complete): number[] {
  return ps.map(p => {
    const version = `${text}\n# edit ${edits++}`;
    const t = performance.now();
    complete(version, p);
    return performance.now() - t;
  });
}

const pct = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];

function corpusTexts(corpus: string, folder: string): string[] {
  const dir = path.join(corpus, folder);
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort().map(f => fs.readFileSync(path.join(dir, f), 'utf8')) : [];
}

export function benchCompletion(corpus: string): void {
  const dockerfile: Complete = (t, p) => core.completeDockerfile(t, p);
  const compose: Complete = (t, p) => core.completeCompose(t, p);
  console.log('\n## Completion (each call after an edit: a text no cache has seen)');
  console.log('| files | calls | p50, ms | p95, ms | worst, ms | target | met |');
  console.log('| --- | ---: | ---: | ---: | ---: | --- | --- |');
  for (const [folder, complete] of [['dockerfile', dockerfile], ['compose', compose]] as const) {
    const texts = corpusTexts(corpus, folder);
    if (!texts.length) continue;
    const times = texts.flatMap(t => timeCalls(t, positions(t, 20), complete));
    const ok = pct(times, 0.5) <= 5 && pct(times, 0.95) <= 20;
    console.log(`| ${texts.length} corpus ${folder} files | ${times.length} | ${pct(times, 0.5).toFixed(2)} | ${pct(times, 0.95).toFixed(2)} | ${pct(times, 1).toFixed(1)} | p50 ≤ 5, p95 ≤ 20 | ${ok ? 'yes' : 'NO'} |`);
  }
  const large: [string, string, Complete][] = [
    ['Dockerfile, 10,000 lines', generatedDockerfile(10000), dockerfile],
    ['compose, 1,000 services', generatedCompose(1000), compose],
  ];
  for (const [name, text, complete] of large) {
    const times = timeCalls(text, positions(text, 20), complete);
    const worst = pct(times, 1);
    console.log(`| ${name} | ${times.length} | ${pct(times, 0.5).toFixed(2)} | ${pct(times, 0.95).toFixed(2)} | ${worst.toFixed(1)} | each ≤ 50 | ${worst <= 50 ? 'yes' : 'NO'} |`);
  }
}
