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
  /** For each character of `text`, its offset in the model text. */
  offsets: number[];
  /** Whitespace-only physical lines that a continuation ran into (BuildKit's "empty continuation lines"). */
  emptyLines: number[];
  /** The last physical line of the logical line. */
  lastLine: number;
}

const cache = new WeakMap<Instruction, LogicalLine>();

export function logicalLine(model: DockerfileModel, inst: Instruction): LogicalLine {
  let found = cache.get(inst);
  if (found) return found;
  const esc = model.ast.getEscapeCharacter();
  const lines = model.lines;
  const keywordEnd = inst.getInstructionRange().end;
  const lastPhysical = Math.min(inst.getRange().end.line, lines.lineCount - 1);
  let text = '';
  const offsets: number[] = [];
  const emptyLines: number[] = [];
  let lastLine = keywordEnd.line;
  for (let line = keywordEnd.line; line <= lastPhysical; line++) {
    const raw = lines.lineText(line);
    const from = line === keywordEnd.line ? keywordEnd.character : 0;
    if (line !== keywordEnd.line) {
      if (/^\s*$/.test(raw)) { emptyLines.push(line); continue; }
      if (/^\s*#/.test(raw)) continue;
    }
    lastLine = line;
    // A continuation is the escape character last on the line, unless it is itself escaped.
    const m = /[ \t]*$/.exec(raw)!;
    const endsAt = m.index;
    const continues = endsAt > from && raw[endsAt - 1] === esc && (endsAt === 1 || raw[endsAt - 2] !== esc);
    const stop = continues ? endsAt - 1 : raw.length;
    const base = lines.offsetAt({ line, character: 0 });
    for (let c = from; c < stop; c++) { text += raw[c]; offsets.push(base + c); }
    if (!continues) break;
  }
  found = { text, offsets, emptyLines, lastLine };
  cache.set(inst, found);
  return found;
}

/** One word of an instruction's arguments, quotes kept, with offsets into the model text. */
export interface Token { text: string; start: number; end: number }

/** The whitespace-separated words of the logical line of `inst` (quotes and escapes respected). */
export function argumentTokens(model: DockerfileModel, inst: Instruction): Token[] {
  const { text, offsets } = logicalLine(model, inst);
  const esc = model.ast.getEscapeCharacter();
  const tokens: Token[] = [];
  let start = -1;
  let quote = '';
  const close = (i: number) => {
    if (start >= 0) tokens.push({ text: text.slice(start, i), start: offsets[start], end: offsets[i - 1] + 1 });
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
