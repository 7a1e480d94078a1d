// SPDX-License-Identifier: MIT
// Which files a failed command read (its Dockerfile, .dockerignore, compose files), so the adapter can hand
// them in, and the line in them a failure comes from: an instruction of the Dockerfile, a compose service.
import * as path from 'path';
import { isMap, isScalar, LineCounter } from 'yaml';
import { parseYaml } from '../compose/parseYaml';
import { commandContext, flagValue } from './commandContext';
import type { CommandContext, FailureFile, FailureLocation } from './types';

/** The names `docker compose` looks for when no `-f` is given, in its order of preference. */
const composeDefaultNames = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];

function resolve(ctx: CommandContext, p: string): string | undefined {
  if (path.isAbsolute(p)) return path.normalize(p);
  return ctx.cwd ? path.join(ctx.cwd, p) : undefined;
}

/** The build context folder of a `docker build`, when it is a local folder. */
function buildContext(ctx: CommandContext): string | undefined {
  const arg = ctx.inv?.args[0]?.word.value;
  if (!arg || arg === '-' || /^[a-z]+:\/\//i.test(arg) || arg.startsWith('git@')) return undefined;
  return resolve(ctx, arg);
}

/** The Dockerfile a `docker build` reads: `-f`, else `Dockerfile` in the context. */
export function dockerfilePathOf(ctx: CommandContext): string | undefined {
  if (ctx.command !== 'build') return undefined;
  const file = flagValue(ctx, '-f', '--file');
  if (file && file !== '-') return resolve(ctx, file);
  const context = buildContext(ctx);
  return context ? path.join(context, 'Dockerfile') : undefined;
}

function composePathsOf(ctx: CommandContext): string[] {
  if (!ctx.command?.startsWith('compose')) return [];
  const given = (ctx.inv?.flags ?? []).filter((f) => f.name === '-f' || f.name === '--file').map((f) => f.value).filter((v): v is string => !!v);
  const names = given.length ? given : composeDefaultNames;
  return names.map((n) => resolve(ctx, n)).filter((p): p is string => !!p);
}

/**
 * The files worth reading to explain a failure of `commandLine` run in `cwd`: for a build, its Dockerfile and
 * the context's .dockerignore; for compose, the compose files. Absolute paths; some may not exist.
 */
export function failureFilesFor(commandLine: string, cwd: string): string[] {
  const ctx = commandContext({ commandLine, output: '', exitCode: undefined, cwd });
  const dockerfile = dockerfilePathOf(ctx);
  const context = buildContext(ctx);
  if (dockerfile) return [dockerfile, ...(context ? [path.join(context, '.dockerignore')] : [])];
  return composePathsOf(ctx);
}

/** The file handed in under `p`, if any. */
export function fileAt(ctx: CommandContext, p: string | undefined): FailureFile | undefined {
  return p ? ctx.files.find((f) => path.normalize(f.path) === path.normalize(p)) : undefined;
}

/** The Dockerfile of a build, when it was handed in. */
export function dockerfileOf(ctx: CommandContext): FailureFile | undefined {
  return fileAt(ctx, dockerfilePathOf(ctx));
}

/** The .dockerignore of a build's context, when handed in. */
export function dockerignoreOf(ctx: CommandContext): FailureFile | undefined {
  const context = buildContext(ctx);
  return context ? fileAt(ctx, path.join(context, '.dockerignore')) : undefined;
}

/** Each instruction of a Dockerfile: its keyword, its text with `\` continuations joined, and its first line. */
export function instructionsOf(text: string): { keyword: string; text: string; line: number }[] {
  const lines = text.split(/\r\n|\r|\n/);
  const out: { keyword: string; text: string; line: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i];
    if (/^\s*(#|$)/.test(first)) continue;
    let joined = first;
    const start = i;
    while (/\\\s*$/.test(lines[i]) && i + 1 < lines.length) joined = joined.replace(/\\\s*$/, ' ') + lines[++i];
    const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(joined);
    if (m) out.push({ keyword: m[1].toUpperCase(), text: m[2], line: start });
  }
  return out;
}

/** The first Dockerfile instruction that `accept`s, as a location. */
export function instructionLocation(file: FailureFile | undefined, accept: (keyword: string, text: string) => boolean): FailureLocation | undefined {
  if (!file) return undefined;
  const hit = instructionsOf(file.text).find((i) => accept(i.keyword, i.text));
  return hit ? { path: file.path, line: hit.line } : undefined;
}

/** The compose file a compose command read first, when handed in. */
export function composeFileOf(ctx: CommandContext): FailureFile | undefined {
  for (const p of composePathsOf(ctx)) {
    const f = fileAt(ctx, p);
    if (f) return f;
  }
  return undefined;
}

/** The line of `services.<name>` in a compose file. */
export function serviceLocation(file: FailureFile | undefined, service: string): FailureLocation | undefined {
  if (!file) return undefined;
  try {
    const counter = new LineCounter();
    const doc = parseYaml(file.text, { lineCounter: counter });
    const services = doc.get('services', true);
    if (!isMap(services)) return undefined;
    const pair = services.items.find((p) => isScalar(p.key) && String(p.key.value) === service);
    const offset = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    return offset === undefined ? undefined : { path: file.path, line: counter.linePos(offset).line - 1 };
  } catch {
    return undefined;
  }
}

/** A service that builds: its name, the line of its `build:` key, the context and Dockerfile as written, and where they resolve to. */
export interface ServiceBuild { service: string; line: number; context: string; dockerfile: string; contextPath: string; dockerfilePath: string }

/** Every service of a compose file that has `build:` (the short form or `context:`/`dockerfile:`), in file order. */
export function serviceBuilds(file: FailureFile | undefined): ServiceBuild[] {
  if (!file) return [];
  try {
    const counter = new LineCounter();
    const services = parseYaml(file.text, { lineCounter: counter }).get('services', true);
    if (!isMap(services)) return [];
    const out: ServiceBuild[] = [];
    for (const pair of services.items) {
      if (!isScalar(pair.key) || !isMap(pair.value)) continue;
      const buildPair = pair.value.items.find((p) => isScalar(p.key) && p.key.value === 'build');
      if (!buildPair || !isScalar(buildPair.key) || buildPair.key.range?.[0] === undefined) continue;
      const value = buildPair.value;
      const scalarOf = (v: unknown): string | undefined => (isScalar(v) && v.value !== null ? String(v.value) : undefined);
      const context = (isScalar(value) ? scalarOf(value) : isMap(value) ? scalarOf(value.get('context', true)) : undefined) ?? '.';
      const dockerfile = (isMap(value) ? scalarOf(value.get('dockerfile', true)) : undefined) ?? 'Dockerfile';
      const contextPath = path.resolve(path.dirname(file.path), context);
      out.push({ service: String(pair.key.value), line: counter.linePos(buildPair.key.range[0]).line - 1, context, dockerfile, contextPath, dockerfilePath: path.resolve(contextPath, dockerfile) });
    }
    return out;
  } catch {
    return [];
  }
}

/** The line of the `container_name:` that gives a service the container name `name`, if the compose file has one. */
export function containerNameLocation(file: FailureFile | undefined, name: string): FailureLocation | undefined {
  if (!file) return undefined;
  try {
    const counter = new LineCounter();
    const services = parseYaml(file.text, { lineCounter: counter }).get('services', true);
    if (!isMap(services)) return undefined;
    for (const pair of services.items) {
      if (!isMap(pair.value)) continue;
      const value = pair.value.get('container_name', true);
      if (isScalar(value) && String(value.value) === name && value.range) return { path: file.path, line: counter.linePos(value.range[0]).line - 1 };
    }
    return undefined;
  } catch {
    return undefined;
  }
}
