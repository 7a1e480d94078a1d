// SPDX-License-Identifier: MIT
// One command line as the shell sees it: physical lines joined at `\` continuations, with a map back to
// document positions. Only the lines around the cursor are read, never the whole file.
import type { LineIndex, Position, Range } from '../text';

/** A piece of the logical line taken from one physical line. */
interface Segment { offset: number; line: number; character: number; length: number }

export interface LogicalLine {
  /** The command text with each `\`+newline removed, as the shell joins it. */
  text: string;
  segments: readonly Segment[];
}

export interface LineBounds {
  /** The first and last physical lines the command may span (a markdown fence's content). */
  firstLine: number;
  lastLine: number;
  /**
   * Markdown shows prompts: in `console` blocks a command starts with `$ ` (other lines are output),
   * in `sh` blocks the `$ ` is optional. Scripts have none. A `bullet` line of notes starts with its list
   * marker (`- docker run …`), which is not part of the command.
   */
  prompt: 'none' | 'optional' | 'required' | 'bullet';
}

/** A continuation never spans more than this many lines; a runaway file of backslashes stays cheap. */
const MAX_LINES = 400;

/** The logical line around `pos` and the cursor's offset in it, or undefined when the cursor is not on command text. */
export function logicalLineAt(lines: LineIndex, pos: Position, bounds?: LineBounds): { line: LogicalLine; cursor: number } | undefined {
  const first = Math.max(0, bounds?.firstLine ?? 0);
  const last = Math.min(lines.lineCount - 1, bounds?.lastLine ?? lines.lineCount - 1);
  if (pos.line < first || pos.line > last) return undefined;
  let start = pos.line;
  while (start > first && pos.line - start < MAX_LINES && continues(lines.lineText(start - 1))) start--;
  const segments: Segment[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (let n = start; n <= last && n - start < MAX_LINES; n++) {
    let raw = lines.lineText(n);
    let character = 0;
    const prompts = bounds?.prompt ?? 'none';
    if (n === start && prompts === 'bullet') {
      character = /^\s*(?:(?:[-*+]|\d+[.)])\s+)?/.exec(raw)![0].length;
    } else if (n === start && prompts !== 'none') {
      const prompt = /^\s*\$\s/.exec(raw);
      if (prompt) character = prompt[0].length;
      else if (prompts === 'required') return undefined;
    }
    // In a console block, continuation lines may carry the `> ` secondary prompt.
    if (n > start && prompts === 'required') character = /^\s*>\s/.exec(raw)?.[0].length ?? 0;
    const more = continues(raw) && n < last;
    if (more) raw = raw.slice(0, -1);
    const piece = raw.slice(character);
    segments.push({ offset, line: n, character, length: piece.length });
    parts.push(piece);
    offset += piece.length;
    if (!more) break;
  }
  const seg = segments.find(s => s.line === pos.line);
  if (!seg || pos.character < seg.character || pos.character > seg.character + seg.length) return undefined;
  return { line: { text: parts.join(''), segments }, cursor: seg.offset + pos.character - seg.character };
}

/** A line ending in an odd number of backslashes continues on the next; a comment line never does. */
function continues(line: string): boolean {
  if (/^\s*#/.test(line)) return false;
  let n = 0;
  for (let i = line.length - 1; i >= 0 && line.charCodeAt(i) === 92 /* \ */; i--) n++;
  return n % 2 === 1;
}

/** The document position of a logical offset; `atEnd` picks the earlier line when the offset sits between two. */
export function positionOf(line: LogicalLine, offset: number, atEnd: boolean): Position {
  const segs = line.segments;
  let seg = segs[0];
  for (const s of segs) {
    if (offset < s.offset || (atEnd && offset === s.offset && s !== segs[0])) break;
    seg = s;
  }
  return { line: seg.line, character: seg.character + Math.min(offset - seg.offset, seg.length) };
}

/** The document range of a logical span. */
export function rangeOf(line: LogicalLine, start: number, end: number): Range {
  return { start: positionOf(line, start, false), end: positionOf(line, end, true) };
}
