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
  if (w.fromImage) facts.push('Start with an absolute path (`WORKDIR /app`) so the result does not depend on the base image.');
  return facts;
}

/** The "In this line" bullets for USER, with a warning for root. */
export function userFacts(inst: Instruction): { facts: string[]; watchOut: string[] } {
  const value = plainArgument(inst);
  if (!value) return { facts: [], watchOut: [] };
  const [user, group] = value.split(':');
  const facts = [`Later \`RUN\` lines and the container's command run as user ${code(user)}${group ? ` with group ${code(group)} only` : ''}.`];
  if (/^(root|0)$/.test(user)) {
    return {
      facts: [...facts, user === '0' ? 'User ID `0` is root, the all-powerful user.' : 'That is root, the all-powerful user.'],
      watchOut: ['Running the app as root means a bug or break-in gets full control of the container. Switch back to an unprivileged user (`USER app`) after the steps that need root.'],
    };
  }
  if (/^\$/.test(user)) facts.push('The user comes from a variable, filled in by the builder.');
  return { facts, watchOut: [] };
}

/** The bullet naming a STOPSIGNAL value. */
export function signalFact(inst: Instruction): string[] {
  const value = plainArgument(inst);
  if (!value) return [];
  const s = signalOf(value);
  if (!s) return [`\`docker stop\` sends ${code(value)} instead of \`SIGTERM\`; check your program handles it.`];
  const as = s.name === value.toUpperCase() ? code(s.name) : `${code(value)}, that is ${code(s.name)}`;
  return [`\`docker stop\` sends ${as} (signal ${s.doc.number}): ${s.doc.meaning}. After the stop timeout Docker sends \`SIGKILL\`.`];
}
