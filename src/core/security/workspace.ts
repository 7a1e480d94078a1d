// SPDX-License-Identifier: MIT
// The workspace as the review sees it: which file is a Dockerfile, a compose file, a `.dockerignore`, a `.env`
// or a scan result; which `.dockerignore` and `.env` go with which file (the same candidates the editor's
// checks read, diagnostics/inputs.ts); and the problems of each file with the review's rules turned on.
import * as path from 'path';
import type { Node } from 'yaml';
import { composeModel, positionAt, type ComposeModel } from '../compose/composeDocument';
import { scalarText, services, setting, type ServiceEntry } from '../diagnostics/compose/nodes';
import { composeDiagnostics, composeRules } from '../diagnostics/composeDiagnostics';
import { dockerfileDiagnostics, dockerfileRules } from '../diagnostics/dockerfileDiagnostics';
import { composeEnvPath, dockerignoreCandidates } from '../diagnostics/inputs';
import type { Diagnostic, DiagnosticSettings, RuleSetting } from '../diagnostics/types';
import { documentKindOf } from '../documentKind';
import { isTooLarge } from '../largeFile';
import { practiceDocs } from './practices';
import { isScanResultName } from './scanResults';
import type { ReviewFile } from './types';

/** Every rule a practice names runs, the ones the editor keeps off by default included. */
const reviewSettings: DiagnosticSettings = {
  rules: Object.fromEntries([...dockerfileRules, ...composeRules]
    .filter(r => r.defaultOff && practiceDocs.some(p => p.codes.includes(r.code)))
    .map(r => [r.code, r.severity as RuleSetting])),
};

/** A compose service with the lines it spans, so a finding can be counted against its service. */
export interface ServiceSpan {
  name: string;
  firstLine: number;
  lastLine: number;
  /** The Dockerfile of the workspace it builds, by normalized path. */
  dockerfile?: string;
  healthcheck: boolean;
  setsUser: boolean;
  /** Pulls an image (`image:` without `build:`). */
  pulls: boolean;
  /** Publishes ports, or shares the host's network. */
  publishes: boolean;
}

export interface CheckedFile { file: ReviewFile; diagnostics: Diagnostic[] }
export interface CheckedCompose extends CheckedFile { services: ServiceSpan[] }

export interface CheckedWorkspace {
  dockerfiles: CheckedFile[];
  composeFiles: CheckedCompose[];
  scans: ReviewFile[];
}

/** True for a file name the review reads: Dockerfiles, compose files, `.dockerignore`, `.env` and scan results. */
export function isReviewFileName(name: string): boolean {
  const base = baseName(name);
  const kind = documentKindOf('', base);
  return base === '.env' || base.endsWith('.dockerignore') || isScanResultName(base) || kind === 'dockerfile' || kind === 'compose';
}

function baseName(p: string): string {
  return p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
}

/** Sorts the files by kind and checks each Dockerfile and compose file once. Files past the size limit are skipped. */
export function checkWorkspace(files: readonly ReviewFile[]): CheckedWorkspace {
  const byPath = new Map(files.map(f => [path.normalize(f.path), f]));
  const textAt = (p: string) => byPath.get(path.normalize(p))?.text;
  const out: CheckedWorkspace = { dockerfiles: [], composeFiles: [], scans: [] };
  for (const file of files) {
    if (typeof file?.text !== 'string' || typeof file.path !== 'string' || isTooLarge(file.text)) continue;
    const name = baseName(file.path);
    if (isScanResultName(name)) { out.scans.push(file); continue; }
    const kind = documentKindOf('', name);
    if (kind === 'dockerfile') {
      const dockerignore = dockerignoreCandidates({ path: file.path }).map(textAt).find(t => t !== undefined);
      out.dockerfiles.push({ file, diagnostics: dockerfileDiagnostics(file.text, { dockerignore, file: { path: file.path }, settings: reviewSettings }) });
    } else if (kind === 'compose') {
      const env = textAt(composeEnvPath({ path: file.path }));
      out.composeFiles.push({
        file,
        diagnostics: composeDiagnostics(file.text, { file: { path: file.path }, env, settings: reviewSettings }),
        services: serviceSpans(file),
      });
    }
  }
  return out;
}

/** The services of a compose file, with their lines and the Dockerfile each one builds (when it builds one). */
function serviceSpans(file: ReviewFile): ServiceSpan[] {
  const model = composeModel(file.text);
  return services(model).map(svc => {
    const start = (svc.pair.key as Node | null)?.range?.[0] ?? 0;
    const end = (svc.pair.value as Node | null)?.range?.[1] ?? start;
    return {
      name: svc.name,
      firstLine: positionAt(model, start).line,
      lastLine: positionAt(model, Math.max(start, end - 1)).line,
      dockerfile: builtDockerfile(model, svc, file.path),
      healthcheck: setting(model, svc, 'healthcheck') !== undefined,
      setsUser: setting(model, svc, 'user') !== undefined,
      pulls: setting(model, svc, 'image') !== undefined && setting(model, svc, 'build') === undefined,
      publishes: setting(model, svc, 'ports') !== undefined || scalarText(setting(model, svc, 'network_mode')) === 'host',
    };
  });
}

/** `build: ./dir` or `build: {context, dockerfile}` as a path, beside the compose file; none for a URL or a variable. */
function builtDockerfile(model: ComposeModel, svc: ServiceEntry, composePath: string): string | undefined {
  const build = setting(model, svc, 'build');
  if (!build) return undefined;
  const short = scalarText(build);
  const context = short ?? scalarText(setting(model, build, 'context')) ?? '.';
  const dockerfile = short === undefined ? scalarText(setting(model, build, 'dockerfile')) ?? 'Dockerfile' : 'Dockerfile';
  if (context.includes('$') || dockerfile.includes('$') || /^[a-z]+:\/\//i.test(context) || context.startsWith('git@')) return undefined;
  return path.normalize(path.join(path.dirname(composePath), context, dockerfile));
}
