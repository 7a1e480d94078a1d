// SPDX-License-Identifier: MIT
// Facts about the settings a line leaves for later lines and for the container: the working folder
// (WORKDIR, resolved when relative), the user (USER, root warned), the stop signal and OCI labels.
// Shared by the keyword hover and the argument hovers in argumentHover.ts.
import type { Instruction } from 'dockerfile-ast';
import { signalOf } from '../knowledge/dockerfileSignals';
import { code } from '../render';
import type { DockerfileModel } from './model';
import { instructionsIn, lastBefore, lineOf, parentStage } from './stageIndex';
import { stageOf, type Stage } from './stages';
import { resolveVariable } from './variables';

/** The argument text of `inst` with surrounding quotes removed. */
function plainArgument(inst: Instruction): string {
  return (inst.getArgumentsContent() ?? '').trim().replace(/^"(.*)"$/, '$1');
}

/** Replaces `$VAR`/`${VAR}` by the ENV or ARG value known at `inst`, when it has a plain value. */
function expandKnown(model: DockerfileModel, text: string, inst: Instruction): string {
  return text.replace(/\$\{(\w+)\}|\$(\w+)/g, (whole, a: string | undefined, b: string | undefined) => {
    const r = resolveVariable(model, a ?? b ?? '', inst);
    const v = (r.env ?? r.arg)?.value;
    return v !== undefined && !v.includes('$') ? v.replace(/^"(.*)"$/, '$1') : whole;
  });
}

const isAbsolute = (p: string) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p);

/** Joins and cleans a POSIX path: `/a/b` + `../c` -> `/a/c`. */
function joinPath(base: string, rel: string): string {
  const out: string[] = [];
  for (const part of `${base}/${rel}`.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') out.pop(); else out.push(part);
  }
  return '/' + out.join('/');
}

export interface Workdir {
  /** The value with known variables filled in. */
  value: string;
  /** The resolved absolute path; undefined when it depends on something unknown. */
  path?: string;
  /** The WORKDIR line it was resolved against, if any. */
  base?: Instruction;
  /** True when the chain reaches the base image's working folder, assumed to be `/`. */
  fromImage: boolean;
}

/** The folder `WORKDIR` at `inst` resolves to, following earlier WORKDIR lines (and parent stages). */
export function resolveWorkdir(model: DockerfileModel, inst: Instruction, depth = 0): Workdir {
  const value = expandKnown(model, plainArgument(inst), inst);
  if (value.includes('$') || depth > 64) return { value, fromImage: false };
  if (isAbsolute(value)) return { value, path: value.startsWith('/') ? joinPath('/', value) : value, fromImage: false };
  const previous = previousWorkdir(model, stageOf(model, inst), inst.getRange().start.line);
  if (!previous) return { value, path: joinPath('/', value), fromImage: true };
  const base = resolveWorkdir(model, previous, depth + 1);
  return { value, path: base.path && !/^[A-Za-z]:/.test(base.path) ? joinPath(base.path, value) : undefined, base: previous, fromImage: base.fromImage };
}

function previousWorkdir(model: DockerfileModel, stage: Stage, line: number): Instruction | undefined {
  let s: Stage | undefined = stage;
  let before: number | undefined = line;
  for (let depth = 0; s && depth < 64; depth++) {
    const list = instructionsIn(model, s, 'WORKDIR');
    const found = before === undefined ? list[list.length - 1] : lastBefore(list, before);
    if (found) return found;
    s = parentStage(model, s);
    before = undefined;
  }
  return undefined;
}

/** The "In this line" bullets for WORKDIR. */
export function workdirFacts(model: DockerfileModel, inst: Instruction): string[] {
  const written = plainArgument(inst);
  if (!written) return [];
  const w = resolveWorkdir(model, inst);
  if (isAbsolute(written) && !written.includes('$')) return [`Later instructions and the container's command run in ${code(written)}, which is created if missing.`];
  if (!w.path) return [`${code(written)} depends on a variable with no known value here.`];
  if (isAbsolute(w.value)) return [`Resolves to ${code(w.path)}: later instructions and the container's command run there.`];
  const facts = [w.base
    ? `A relative path: it continues from the \`WORKDIR\` on line ${lineOf(w.base)}, so the folder is ${code(w.path)}.`
    : `A relative path, and no earlier \`WORKDIR\` sets a folder, so it continues from the base image's working folder: ${code(w.path)} if the image left it at \`/\`.`];
  if (w.fromImage) facts.push(`Start with an absolute path (${code('WORKDIR ' + joinPath('/', written))}) so the result does not depend on the base image.`);
  return facts;
}

/** Splits `user:group` at the first `:` that is not inside `${...}`, so `${U:-nobody}` stays whole (issue 11). */
export function splitUserGroup(value: string): [string, string | undefined] {
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    if (value.startsWith('${', i)) { depth++; i++; continue; }
    if (value[i] === '}' && depth) depth--;
    else if (value[i] === ':' && !depth) return [value.slice(0, i), value.slice(i + 1)];
  }
  return [value, undefined];
}

/** Fills in `$VAR`, `${VAR}` and the fallback of `${VAR:-word}` / `${VAR-word}` from what the file knows at `inst`. */
function expandWithFallback(model: DockerfileModel, text: string, inst: Instruction): string {
  return text.replace(/\$\{(\w+)(?:(:?-)([^}]*))?\}|\$(\w+)/g, (whole, braced: string | undefined, mod: string | undefined, word: string | undefined, bare: string | undefined) => {
    const r = resolveVariable(model, braced ?? bare ?? '', inst);
    const v = (r.env ?? r.arg)?.value ?? (r.arg ? r.global?.value : undefined);
    if (v !== undefined && !v.includes('$') && (v !== '' || mod !== ':-')) return v.replace(/^"(.*)"$/, '$1');
    return mod ? word ?? '' : whole;
  });
}

/** The "In this line" bullets for USER, with a warning for root. */
export function userFacts(model: DockerfileModel, inst: Instruction): { facts: string[]; watchOut: string[] } {
  const value = plainArgument(inst);
  if (!value) return { facts: [], watchOut: [] };
  // ref: buildkit-dockerfile-docs/reference.md#user (USER <user>[:<group>], variables expanded by the builder)
  const [writtenUser, writtenGroup] = splitUserGroup(value);
  const user = expandWithFallback(model, writtenUser, inst);
  const group = writtenGroup === undefined ? undefined : expandWithFallback(model, writtenGroup, inst);
  const shown = (written: string, expanded: string) => written === expanded ? code(written) : `${code(written)} (${expanded.includes('$') ? 'from a variable' : `${code(expanded)} unless a build argument changes it`})`;
  const facts = [`Later \`RUN\` lines and the container's command run as user ${shown(writtenUser, user)}${group !== undefined && writtenGroup !== undefined ? ` with group ${shown(writtenGroup, group)} only` : ''}.`];
  if (/^(root|0)$/.test(user)) {
    const later = instructionsIn(model, stageOf(model, inst), 'USER').find(u => u.getRange().start.line > inst.getRange().start.line && !/^(root|0)(:|$)/.test(plainArgument(u)));
    return {
      facts: [...facts, user === '0' ? 'User ID `0` is root, the all-powerful user.' : 'That is root, the all-powerful user.'],
      watchOut: [later
        ? `Running as root gives a bug or break-in full control of the container; line ${lineOf(later)} switches back to ${code(plainArgument(later))}, so keep only the steps that need root between the two.`
        : 'Running the app as root means a bug or break-in gets full control of the container. Add a later `USER` line with an unprivileged user (one the image creates) after the steps that need root.'],
    };
  }
  if (user.includes('$')) facts.push('The user comes from a variable with no value known here, filled in by the builder.');
  return { facts, watchOut: [] };
}

/** The bullet naming a STOPSIGNAL value. */
export function signalFact(inst: Instruction): string[] {
  const value = plainArgument(inst);
  if (!value) return [];
  const s = signalOf(value);
  if (!s) return [`\`docker stop\` sends ${code(value)} instead of \`SIGTERM\`; check your program handles it.`];
  const as = s.name === value.toUpperCase() ? code(s.name) : `${code(value)}, that is ${code(s.name)}`;
  // ref: buildkit-dockerfile-docs/reference.md#stopsignal ; docker-cli-docs (docker stop: SIGKILL after the grace period)
  if (s.name === 'SIGKILL') return [`\`docker stop\` sends ${as} (signal ${s.doc.number}): the process is killed at once, so the app cannot shut down cleanly (no finishing requests, flushing files or closing connections). Use the app's own shutdown signal, usually \`SIGTERM\` or \`SIGINT\`.`];
  return [`\`docker stop\` sends ${as} (signal ${s.doc.number}): ${s.doc.meaning}. After the stop timeout Docker sends \`SIGKILL\`.`];
}

/** The working folder in effect at `inst` (from earlier WORKDIR lines), or undefined when none is set or it is unknown. */
export function workdirAt(model: DockerfileModel, inst: Instruction): { path: string; line: number } | undefined {
  const w = previousWorkdir(model, stageOf(model, inst), inst.getRange().start.line);
  const path = w ? resolveWorkdir(model, w).path : undefined;
  return w && path ? { path, line: lineOf(w) } : undefined;
}
