// SPDX-License-Identifier: MIT
// What every exercise shares: the probe builders (so two exercises asking the same thing ask it with the same argv,
// and one answer serves both), lookups of what the engine answered, and which containers belong to the app.
import { field, parseInspect, parsePs, type PsRow } from './engineOutput';
import { probeKey } from './probes';
import type { ExerciseResult, Observation, Observations } from './types';
import type { AppPart, WorkspaceFacts } from './workspace';

/** What a definition gets: the workspace's facts, the docker executable, and the answers so far. */
export interface Ask { facts: WorkspaceFacts; docker: string; seen: Observations }

/** One exercise as data: texts built from the workspace's names, its probes, and its check. */
export interface ExerciseDef {
  id: string;
  title: string;
  goal(f: WorkspaceFacts): string;
  hints(f: WorkspaceFacts): string[];
  files(f: WorkspaceFacts): string[];
  probes(a: Ask): string[][];
  /** Runs once every probe has an answer and the engine answered. */
  check(a: Ask): ExerciseResult;
}

/** How many containers a second-round probe looks at: enough for a learner's machine, bounded for a busy one. */
const maxContainers = 8;

export const probe = {
  ps: (d: string) => [d, 'ps', '--no-trunc', '--format', '{{json .}}'],
  images: (d: string, repo: string) => [d, 'image', 'ls', '--format', '{{json .}}', repo],
  imageInspect: (d: string, ref: string) => [d, 'image', 'inspect', ref],
  inspect: (d: string, ids: string[]) => [d, 'inspect', '--type', 'container', ...ids],
  top: (d: string, id: string) => [d, 'top', id],
  volumes: (d: string) => [d, 'volume', 'ls', '--format', '{{json .}}'],
  volumeInspect: (d: string, names: string[]) => [d, 'volume', 'inspect', ...names],
  networks: (d: string) => [d, 'network', 'ls', '--no-trunc', '--filter', 'driver=bridge', '--format', '{{json .}}'],
  networkInspect: (d: string, names: string[]) => [d, 'network', 'inspect', ...names],
  // `--file=` keeps a path that starts with `-` a value, never a flag.
  composeConfig: (d: string, file: string) => [d, 'compose', `--file=${file}`, 'config', '--quiet'],
};

export function answer(a: Ask, argv: string[]): Observation | undefined {
  return a.seen[probeKey(argv)];
}

export function stdoutOf(a: Ask, argv: string[]): string {
  const o = answer(a, argv);
  return o && o.exitCode === 0 ? o.stdout : '';
}

/** Each answer is read once per reader: every exercise and round asks about the same output. */
const readCache = new WeakMap<Observation, Map<(stdout: string) => unknown, unknown>>();

/** The answer to `argv` read by `parse` (the same result for the same answer), or `parse('')` when it failed. */
export function readAnswer<T>(a: Ask, argv: string[], parse: (stdout: string) => T): T {
  const o = answer(a, argv);
  if (!o || o.exitCode !== 0) return parse('');
  let byParser = readCache.get(o);
  if (!byParser) { byParser = new Map(); readCache.set(o, byParser); }
  if (!byParser.has(parse)) byParser.set(parse, parse(o.stdout));
  return byParser.get(parse) as T;
}

/** The running containers (from the shared `docker ps` probe). */
export function running(a: Ask): PsRow[] {
  return readAnswer(a, probe.ps(a.docker), parsePs);
}

function inProject(f: WorkspaceFacts, row: PsRow): boolean {
  const project = row.labels['com.docker.compose.project'];
  return project !== undefined && (f.compose?.project === undefined || project === f.compose.project);
}

/** Containers of one part of the app: started from its image (`backend-flask`, `backend-flask:1.0.0`) or as its compose service. */
export function containersOf(a: Ask, part: AppPart): PsRow[] {
  return running(a).filter((r) => r.image === part.repo || r.image.startsWith(`${part.repo}:`)
    || (part.service !== undefined && r.labels['com.docker.compose.service'] === part.service && inProject(a.facts, r)));
}

/** Containers of the whole app: either part, or any service of the workspace's compose project. */
export function appContainers(a: Ask): PsRow[] {
  const mine = new Set([...containersOf(a, a.facts.backend), ...containersOf(a, a.facts.frontend)].map((r) => r.id));
  return running(a).filter((r) => mine.has(r.id) || (a.facts.compose !== undefined && inProject(a.facts, r)));
}

/** The first few ids, so a second round stays bounded. */
export function idsOf(rows: PsRow[]): string[] {
  return rows.slice(0, maxContainers).map((r) => r.id);
}

/** `docker inspect` of these containers, keyed by id. */
export function inspected(a: Ask, ids: string[]): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  if (ids.length === 0) return out;
  for (const c of readAnswer(a, probe.inspect(a.docker, ids), parseInspect)) out.set(String(field(c, 'Id')), c);
  return out;
}

/** A container's name for a message: `backend` rather than its id. */
export function nameOf(row: PsRow): string {
  return row.names.split(',')[0] || row.id.slice(0, 12);
}

/** The newest tag of the part's image, for a command in a hint: `backend-flask:1.0.0`, or `backend-flask:dev`. */
export function imageRef(part: AppPart, images: string): string {
  const first = images.split('\n').map((l) => { try { return JSON.parse(l) as Record<string, unknown>; } catch { return undefined; } }).find((r) => r && typeof r.Tag === 'string' && r.Tag !== '<none>');
  return first ? `${part.repo}:${String(first.Tag)}` : `${part.repo}:dev`;
}

export const done: ExerciseResult = { status: 'done' };
export function notYet(missing: string): ExerciseResult {
  return { status: 'not yet', missing };
}
