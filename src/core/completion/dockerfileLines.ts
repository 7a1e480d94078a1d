// SPDX-License-Identifier: MIT
// A light line index of a Dockerfile for completions. Completion runs on half-typed text, where a full
// parse would both cost the most and understand the least, so this reads only instruction starts
// (continuations joined), once per text, and answers "which stages and variables come before line N".
import { ParseCache } from '../text';

/** One instruction: its first line and keyword (upper case), and its arguments with continuations joined. */
export interface LineInstruction { line: number; keyword: string; args: string }

export interface DockerfileLines {
  lines: readonly string[];
  /** Built on first use: only stage and variable names need the whole file. */
  readonly instructions: readonly LineInstruction[];
}

const INSTRUCTION = /^\s*([A-Za-z]+)(?:\s+([^]*))?$/;

/** Lines that continue onto the next (a trailing backslash). */
export function continues(line: string): boolean {
  return /\\\s*$/.test(line);
}

function index(text: string): DockerfileLines {
  const lines = text.split(/\r\n|\r|\n/);
  let instructions: LineInstruction[] | undefined;
  return { lines, get instructions() { return instructions ??= instructionsOf(lines); } };
}

function instructionsOf(lines: readonly string[]): LineInstruction[] {
  const instructions: LineInstruction[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let joined = lines[i];
    while (continues(lines[i]) && i + 1 < lines.length && i - start < 400) {
      i++;
      if (/^\s*#/.test(lines[i])) continue;
      joined = joined.replace(/\\\s*$/, ' ') + lines[i];
    }
    if (/^\s*(#|$)/.test(joined)) continue;
    const m = INSTRUCTION.exec(joined);
    if (m) instructions.push({ line: start, keyword: m[1].toUpperCase(), args: (m[2] ?? '').trim() });
  }
  return instructions;
}

/** The keyword of the last instruction that starts above `line`, read upward without the index. */
export function previousKeyword(lines: readonly string[], line: number): string {
  for (let i = line - 1; i >= 0 && line - i < 2000; i--) {
    if (i > 0 && continues(lines[i - 1])) continue;
    const m = /^\s*([A-Za-z]+)(\s|$)/.exec(lines[i]);
    if (m) return m[1].toUpperCase();
  }
  return '';
}

const cache = new ParseCache(index);

/** The line index of this text, built on first use and cached. */
export function dockerfileLines(text: string): DockerfileLines {
  return cache.get(text);
}

/** The index of the last instruction starting before `line`, or -1 (binary search). */
export function lastInstructionBefore(d: DockerfileLines, line: number): number {
  let lo = 0;
  let hi = d.instructions.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (d.instructions[mid].line < line) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** Stage names declared by `FROM ... AS name` before `line`, in file order, with their lines. */
export function stagesBefore(d: DockerfileLines, line: number): { name: string; line: number; image: string; index: number }[] {
  const out: { name: string; line: number; image: string; index: number }[] = [];
  const last = lastInstructionBefore(d, line);
  let index = 0;
  for (let i = 0; i <= last; i++) {
    const inst = d.instructions[i];
    if (inst.keyword !== 'FROM') continue;
    const words = inst.args.split(/\s+/).filter(w => !w.startsWith('--'));
    if (words.length >= 3 && words[1].toUpperCase() === 'AS') out.push({ name: words[2], line: inst.line, image: words[0], index });
    index++;
  }
  return out;
}

/** A variable in scope: where it was set and its value there (undefined when it has none). */
export interface ScopedVariable {
  name: string;
  via: 'ARG' | 'ENV';
  line: number;
  value?: string;
  global?: boolean;
  /** For `ARG NAME` without a value in a stage: the line of the global `ARG NAME=value` it takes its default from. */
  globalLine?: number;
}

/**
 * The ARG and ENV names usable on `line`: on a FROM line (or before any), the global ARGs; inside a stage,
 * what that stage set before the line, a redeclared global ARG taking its global default.
 */
export function variablesBefore(d: DockerfileLines, line: number): ScopedVariable[] {
  const last = lastInstructionBefore(d, line);
  const here = d.instructions[last + 1]?.line === line ? d.instructions[last + 1] : undefined;
  let stageStart = -1;
  for (let i = last; i >= 0; i--) if (d.instructions[i].keyword === 'FROM') { stageStart = i; break; }
  const firstFrom = d.instructions.findIndex(i => i.keyword === 'FROM');
  const globalEnd = firstFrom < 0 ? last + 1 : firstFrom;
  const globals = new Map<string, ScopedVariable>();
  for (let i = 0; i < globalEnd && i <= last; i++) {
    const inst = d.instructions[i];
    if (inst.keyword === 'ARG') for (const [name, value] of assignments(inst.args)) globals.set(name, { name, via: 'ARG', line: inst.line, value, global: true });
  }
  if (stageStart < 0 || here?.keyword === 'FROM') return [...globals.values()];
  const scope = new Map<string, ScopedVariable>();
  for (let i = stageStart + 1; i <= last; i++) {
    const inst = d.instructions[i];
    if (inst.keyword !== 'ARG' && inst.keyword !== 'ENV') continue;
    const pairs = inst.keyword === 'ENV' ? envAssignments(inst.args) : assignments(inst.args);
    for (const [name, value] of pairs) {
      const global = value === undefined && inst.keyword === 'ARG' ? globals.get(name) : undefined;
      scope.set(name, { name, via: inst.keyword, line: inst.line, value: value ?? global?.value, globalLine: global?.value !== undefined ? global.line : undefined });
    }
  }
  return [...scope.values()];
}

function unquote(v: string): string {
  return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v;
}

/** `ARG A=1 B` → [[A, '1'], [B, undefined]]. */
function assignments(args: string): [string, string | undefined][] {
  const out: [string, string | undefined][] = [];
  for (const m of args.matchAll(/([A-Za-z_][\w]*)(?:=("[^"]*"|'[^']*'|\S*))?/g)) out.push([m[1], m[2] === undefined ? undefined : unquote(m[2])]);
  return out;
}

/** `ENV A=1 B=2`, or the old `ENV A some value` form. */
function envAssignments(args: string): [string, string | undefined][] {
  const legacy = /^([A-Za-z_]\w*)\s+([^=]*)$/.exec(args);
  if (legacy) return [[legacy[1], legacy[2].trim()]];
  return assignments(args).filter(([, v]) => v !== undefined);
}
