// SPDX-License-Identifier: MIT
// The shell commands of a RUN, with offsets into the Dockerfile text, shared by the package and
// download rules. Each RUN is split once (cached per instruction) by the core shell splitter;
// this module only prepares its text so that offsets survive: line continuations and the comment
// lines inside them become blanks of the same length.
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileModel } from '../../../dockerfile/model';
import { leadingFlags, type FlagWord } from '../../../dockerfile/words';
import { simpleCommands, type Word } from '../../../shell/words';

/** One simple command of a RUN: `apt-get install -y curl`. */
export interface ShellCommand {
  /** Words with quotes removed; `start`/`end` are offsets into the model text. */
  words: Word[];
  /** The command before it in a pipeline (`curl url | sh`: `curl …` for `sh`). */
  pipedFrom?: ShellCommand;
  /** Inside `( … )`, where a `cd` ends with the subshell. */
  inSubshell: boolean;
  /** The words from the program on (assignments and `sudo`-like wrappers skipped). */
  program: Word[];
  /** The program name without its path: `/usr/bin/apt-get` → `apt-get`; '' for none. */
  name: string;
}

/** A RUN's shell script, split into commands. Empty for exec form and non-shell heredocs. */
export interface RunScript {
  inst: Instruction;
  flags: FlagWord[];
  commands: ShellCommand[];
  /** Offsets of the script (after the flags) in the model text. */
  start: number;
  end: number;
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', '/bin/sh', '/bin/bash', '/bin/ash', '/bin/dash', '/usr/bin/env']);
const scripts = new WeakMap<Instruction, RunScript>();

/** The shell commands of `inst` (a RUN), computed once per instruction. */
export function runScript(model: DockerfileModel, inst: Instruction): RunScript {
  let script = scripts.get(inst);
  if (script) return script;
  const flags = leadingFlags(model, inst);
  const start = flags.length ? model.lines.offsetAt(flags[flags.length - 1].range.end) : model.lines.offsetAt(inst.getInstructionRange().end);
  const end = model.lines.offsetAt(inst.getRange().end);
  script = { inst, flags, commands: [], start, end };
  scripts.set(inst, script);
  const raw = model.text.slice(start, end);
  // Exec form runs no shell: there are no shell commands to read.
  if (/^\s*\[/.test(raw) && /\]\s*$/.test(raw)) return script;
  const text = blankContinuations(raw, model.ast.getEscapeCharacter());
  script.commands = commandsOf(shellPart(text), start);
  return script;
}

/** The value of a `--mount` option such as `target`, for each `type=cache` mount of the RUN. */
export function cacheMountTargets(script: RunScript): string[] {
  const targets: string[] = [];
  for (const f of script.flags) {
    if (f.name !== 'mount') continue;
    const opt = (name: string) => f.options.find(o => o.name === name)?.value ?? undefined;
    if (opt('type') !== 'cache') continue;
    const target = opt('target') ?? opt('dst') ?? opt('destination');
    if (target) targets.push(target.replace(/^["']|["']$/g, ''));
  }
  return targets;
}

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
// Wrappers that run the next word as the command: `sudo apt-get …`, `env X=1 pip …`.
const WRAPPERS = new Set(['sudo', 'env', 'nice', 'time', 'nohup', 'exec', 'command']);

/**
 * The words of the command proper: leading `VAR=value` assignments and wrappers such as
 * `sudo -E` or `env X=1` skipped, so `sudo apt-get install x` reads as `apt-get install x`.
 */
export function programWords(cmd: ShellCommand): Word[] {
  return cmd.program;
}

function programOf(w: Word[]): Word[] {
  let i = 0;
  for (;;) {
    while (i < w.length && ASSIGNMENT.test(w[i].value)) i++;
    if (i >= w.length || !WRAPPERS.has(baseName(w[i].value))) break;
    i++;
    // Options of the wrapper itself (`sudo -E -u app`): `-u` and `-g` take a value.
    while (i < w.length && w[i].value.startsWith('-')) i += /^-[ug]$/.test(w[i].value) ? 2 : 1;
  }
  return w.slice(i);
}

/** The program name without its path: `/usr/bin/apt-get` → `apt-get`. */
export function commandName(cmd: ShellCommand): string {
  return cmd.name;
}

/** The first word after the program that is not an option: `install` in `dnf -y install x`. */
export function subcommandWord(cmd: ShellCommand): Word | undefined {
  return cmd.program.find((w, i) => i > 0 && !w.value.startsWith('-'));
}

/** The first word that is not a `VAR=value` assignment, wrappers included: `sudo` in `sudo apt-get`. */
export function firstWord(cmd: ShellCommand): Word | undefined {
  return cmd.words.find(w => !ASSIGNMENT.test(w.value));
}

export function baseName(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1);
}

/**
 * Splits prepared text into commands, marking pipes and subshells from the separators between them.
 * Line by line: the core splitter stops at a comment, and a here-document script has one per line.
 */
function commandsOf(text: string, base: number): ShellCommand[] {
  const out: ShellCommand[] = [];
  let depth = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    let previousEnd = 0;
    let previous: ShellCommand | undefined;
    for (const words of simpleCommands(line)) {
      const gap = line.slice(previousEnd, words[0].start);
      for (const c of gap) { if (c === '(') depth++; else if (c === ')' && depth > 0) depth--; }
      // A single `|` (not `||`) between two commands makes a pipeline.
      const piped = previous && /(^|[^|])\|([^|]|$)/.test(gap);
      const placed = words.map(w => ({ ...w, start: w.start + base + lineStart, end: w.end + base + lineStart }));
      const program = programOf(placed);
      const cmd: ShellCommand = {
        words: placed,
        pipedFrom: piped ? previous : undefined,
        inSubshell: depth > 0,
        program,
        name: program.length ? baseName(program[0].value) : '',
      };
      out.push(cmd);
      previous = cmd;
      previousEnd = words[words.length - 1].end;
    }
    for (const c of line.slice(previousEnd).replace(/(^|\s)#.*$/, '')) { if (c === '(') depth++; else if (c === ')' && depth > 0) depth--; }
    lineStart = lineEnd + 1;
  }
  return out;
}

/** Replaces each line continuation (and the comment lines inside one) with spaces of the same length. */
function blankContinuations(raw: string, escape: string): string {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const c = raw[i];
    if (c === escape) {
      const m = /^[ \t]*\r?\n(?:[ \t]*#[^\n]*\n)*/.exec(raw.slice(i + 1, i + 4097));
      if (m) {
        out += ' '.repeat(1 + m[0].length);
        i += 1 + m[0].length;
        continue;
      }
      out += c + (raw[i + 1] ?? '');
      i += 2;
      continue;
    }
    out += c;
    i++;
  }
  return out.slice(0, raw.length);
}

/**
 * The part of the text that a shell runs. With a here-document, the first line decides: `RUN <<EOF`
 * or `RUN bash <<EOF` runs the body as a script, but `RUN python3 <<EOF` feeds it to Python, so the
 * body is blanked. A body that starts with a non-shell `#!` line is not shell either.
 */
function shellPart(text: string): string {
  const nl = text.indexOf('\n');
  if (nl < 0 || text.slice(0, nl).indexOf('<<') < 0) return text;
  const firstLine = text.slice(0, nl);
  const first = simpleCommands(firstLine.replace(/<<-?\s*["']?[A-Za-z_][\w-]*["']?/g, m => ' '.repeat(m.length)));
  const bodyIsShell = first.length === 0 || first.every(cmd => SHELLS.has(cmd[0].value));
  const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(text.slice(nl + 1));
  const shebangShell = !shebang || SHELLS.has(shebang[1]) && (shebang[1] !== '/usr/bin/env' || SHELLS.has(shebang[2] ?? ''));
  if (bodyIsShell && shebangShell) return text;
  return firstLine + text.slice(nl).replace(/[^\n]/g, ' ');
}

/**
 * Where text appended to the end of a RUN's script (` \\ && rm …`) still runs: the script's end, or
 * just before a `# comment` on its last line. Docker passes such a `#` to the shell (only lines that
 * start with `#` are Dockerfile comments), and the shell ignores the rest of the line after it, so
 * text added after the comment would never run. Undefined when a comment on an earlier line of the
 * RUN already hides everything after it: no edit at the end can help there.
 */
export function appendPoint(model: DockerfileModel, script: RunScript): number | undefined {
  const raw = model.text.slice(script.start, script.end);
  const hash = shellCommentStart(blankContinuations(raw, model.ast.getEscapeCharacter()));
  if (hash < 0) return script.end;
  const at = script.start + hash;
  if (model.lines.positionAt(at).line !== model.lines.positionAt(script.end).line) return undefined;
  let before = at;
  while (before > script.start && (model.text[before - 1] === ' ' || model.text[before - 1] === '\t')) before--;
  return before;
}

/** The offset of the `#` that starts a shell comment in one line of shell text, or -1. */
function shellCommentStart(text: string): number {
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if (c === '\\') { i++; continue; }
    if (c === '"' || c === "'") { quote = c; continue; }
    // A `#` starts a comment only at the start of a word: `a#b` and `$#` are not comments.
    if (c === '#' && (i === 0 || /[\s;&|()]/.test(text[i - 1]))) return i;
  }
  return -1;
}
