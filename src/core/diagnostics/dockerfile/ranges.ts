// SPDX-License-Identifier: MIT
// Ranges that Dockerfile checks report on, in core types.
import type { Instruction } from 'dockerfile-ast';
import type { Range } from '../../text';
import type { DockerfileModel } from '../../dockerfile/model';

/** The instruction keyword, e.g. `MAINTAINER`, as written. */
export function keywordRange(inst: Instruction): Range {
  const r = inst.getInstructionRange();
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

/** The whole instruction, across continuation lines. */
export function instructionRange(inst: Instruction): Range {
  const r = inst.getRange();
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

/**
 * The logical line of an instruction as BuildKit's parser joins it: its physical lines up to the
 * first one that does not end with the escape character. Continuation characters, comment lines and
 * empty lines are dropped; heredoc bodies (the lines after the logical line) are left out.
 */
export interface LogicalLine {
  /** The arguments text after the keyword, joined. */
  text: string;
  /** Where each joined piece starts in `text` and in the model text, in order. */
  pieces: readonly { at: number; offset: number }[];
  /** Whitespace-only physical lines that a continuation ran into (BuildKit's "empty continuation lines"). */
  emptyLines: number[];
  /** The last physical line of the logical line. */
  lastLine: number;
}

const cache = new WeakMap<Instruction, LogicalLine>();
const escapes = new WeakMap<DockerfileModel, string>();

/** The escape character of the file (`\\` or a backtick), read once per model: dockerfile-ast looks it up on every call. */
export function escapeOf(model: DockerfileModel): string {
  let e = escapes.get(model);
  if (e === undefined) escapes.set(model, e = model.ast.getEscapeCharacter());
  return e;
}

export function logicalLine(model: DockerfileModel, inst: Instruction): LogicalLine {
  let found = cache.get(inst);
  if (found) return found;
  const esc = escapeOf(model);
  const lines = model.lines;
  const keywordEnd = inst.getInstructionRange().end;
  const lastPhysical = Math.min(inst.getRange().end.line, lines.lineCount - 1);
  const parts: string[] = [];
  const pieces: { at: number; offset: number }[] = [];
  const emptyLines: number[] = [];
  let length = 0;
  let lastLine = keywordEnd.line;
  for (let line = keywordEnd.line; line <= lastPhysical; line++) {
    const raw = lines.lineText(line);
    const from = line === keywordEnd.line ? keywordEnd.character : 0;
    let end = raw.length;
    while (end > from && (raw[end - 1] === ' ' || raw[end - 1] === '\t')) end--;
    if (line !== keywordEnd.line) {
      if (end === 0) { emptyLines.push(line); continue; }
      let first = 0;
      while (raw[first] === ' ' || raw[first] === '\t') first++;
      if (raw[first] === '#') continue;
    }
    lastLine = line;
    // A continuation is the escape character last on the line, unless it is itself escaped.
    const continues = end > from && raw[end - 1] === esc && (end === 1 || raw[end - 2] !== esc);
    const stop = continues ? end - 1 : raw.length;
    if (stop > from) {
      pieces.push({ at: length, offset: lines.offsetAt({ line, character: from }) });
      parts.push(raw.slice(from, stop));
      length += stop - from;
    }
    if (!continues) break;
  }
  found = { text: parts.join(''), pieces, emptyLines, lastLine };
  cache.set(inst, found);
  return found;
}

/** The model-text offset of character `i` of a logical line's text (`i` may be its length: just past the end). */
export function logicalOffset(line: LogicalLine, i: number): number {
  const { pieces } = line;
  let lo = 0, hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid].at <= i) lo = mid; else hi = mid - 1;
  }
  const p = pieces[lo];
  return p ? p.offset + (i - p.at) : 0;
}

/** One word of an instruction's arguments, quotes kept, with offsets into the model text. */
export interface Token { text: string; start: number; end: number }

/** The whitespace-separated words of the logical line of `inst` (quotes and escapes respected). */
export function argumentTokens(model: DockerfileModel, inst: Instruction): Token[] {
  const line = logicalLine(model, inst);
  const text = line.text;
  const esc = escapeOf(model);
  const tokens: Token[] = [];
  let start = -1;
  let quote = '';
  const close = (i: number) => {
    if (start >= 0) tokens.push({ text: text.slice(start, i), start: logicalOffset(line, start), end: logicalOffset(line, i - 1) + 1 });
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (!quote && (c === ' ' || c === '\t')) { close(i); continue; }
    if (start < 0) start = i;
    if (c === esc && quote !== "'") { i++; continue; }
    if (quote) { if (c === quote) quote = ''; continue; }
    if (c === '"' || c === "'") quote = c;
  }
  close(text.length);
  return tokens;
}

/** The range between two offsets of the model text. */
export function spanRange(model: DockerfileModel, start: number, end: number): Range {
  return { start: model.lines.positionAt(start), end: model.lines.positionAt(end) };
}

const byKeyword = new WeakMap<DockerfileModel, Map<string, Instruction[]>>();

/**
 * The instructions with one of `keywords` (upper case), in file order. Indexed once per model, so
 * twenty checks do not each upper-case every keyword of a 10,000-line file.
 */
export function instructionsWith(model: DockerfileModel, ...keywords: string[]): readonly Instruction[] {
  let map = byKeyword.get(model);
  if (!map) {
    map = new Map();
    for (const inst of model.instructions) {
      const k = inst.getKeyword();
      let list = map.get(k);
      if (!list) map.set(k, list = []);
      list.push(inst);
    }
    byKeyword.set(model, map);
  }
  if (keywords.length === 1) return map.get(keywords[0]) ?? [];
  const lists = keywords.map(k => map!.get(k) ?? []);
  return lists.flat().sort((a, b) => a.getRange().start.line - b.getRange().start.line);
}
