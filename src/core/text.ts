// SPDX-License-Identifier: MIT
// Positions and ranges as VS Code counts them: zero-based lines, UTF-16 code units.

/** A zero-based line and UTF-16 character offset, as in VS Code. */
export interface Position { line: number; character: number }

/** A half-open span from `start` to `end`. */
export interface Range { start: Position; end: Position }

/** Builds a range from four numbers; handy in tests and knowledge code alike. */
export function range(startLine: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: { line: startLine, character: startChar }, end: { line: endLine, character: endChar } };
}

/** True when `a` comes before `b`. */
export function isBefore(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** True when `pos` lies inside `r`, both ends included (a hover at the end of a word still counts). */
export function contains(r: Range, pos: Position): boolean {
  return !isBefore(pos, r.start) && !isBefore(r.end, pos);
}

/**
 * Maps offsets to positions and back in O(log n) by keeping the offset of every line start.
 * Built once per parsed text, so lookups never re-scan the file.
 */
export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    if (text.indexOf('\r') < 0) {
      // The usual case, LF only: the native indexOf finds line ends three times faster than a loop over
      // every character, which matters on the 5 MB files past the size limit (one index per version).
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 /* \n */) starts.push(i + 1);
        else if (c === 13 /* \r */ && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number { return this.starts.length; }

  /** Offset of a position, clamped into the text. */
  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.starts[pos.line];
    return Math.min(start + Math.max(0, pos.character), this.lineEnd(pos.line));
  }

  /** Position of an offset, clamped into the text. */
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid; else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  /** The text of one line, without its line break. */
  lineText(line: number): string {
    if (line < 0 || line >= this.starts.length) return '';
    return this.text.slice(this.starts[line], this.lineEnd(line));
  }

  private lineEnd(line: number): number {
    let end = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}

/**
 * Remembers the last few parse results by their exact text, so a hover, a lens and a second hover
 * on an unchanged document share one parse. Strings compare by value; V8 hashes each string once.
 */
let largestParsed = 0;

/**
 * The longest text any parse cache has parsed since the last reset, in characters. Tests read it to show
 * that a document past the size limit is never parsed whole (a count, where a timing would be flaky).
 */
export function largestParsedChars(reset = false): number {
  const value = largestParsed;
  if (reset) largestParsed = 0;
  return value;
}

export class ParseCache<T> {
  private readonly entries = new Map<string, T>();
  /** How many times `parse` actually ran; tests read it to prove reuse. */
  parses = 0;

  constructor(private readonly parse: (text: string) => T, private readonly capacity = 4) {}

  /** The text used or parsed most recently, if any: the version before an edit, when one comes. */
  newest(): string | undefined {
    let last: string | undefined;
    for (const key of this.entries.keys()) last = key;
    return last;
  }

  /** The cached value for this text, without parsing on a miss. */
  peek(text: string): T | undefined {
    return this.entries.get(text);
  }

  /** Forgets every entry; tests use it to compare an incremental answer with one worked out afresh. */
  clear(): void {
    this.entries.clear();
  }

  /** Stores a value worked out another way (say, patched from an older one), as if it had been parsed. */
  set(text: string, value: T): void {
    this.entries.delete(text);
    this.entries.set(text, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  get(text: string): T {
    const hit = this.entries.get(text);
    if (hit !== undefined) {
      // Refresh recency: Map keeps insertion order, so re-insert to mark it newest.
      this.entries.delete(text);
      this.entries.set(text, hit);
      return hit;
    }
    this.parses++;
    if (text.length > largestParsed) largestParsed = text.length;
    const value = this.parse(text);
    this.entries.set(text, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return value;
  }
}

/** Where two versions of a text start to differ: the length of their common start, of two strings, compared a chunk at a time (natively), then char by char. */
export function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  for (const chunk of [65536, 4096, 256, 16]) {
    while (i + chunk <= max && a.substr(i, chunk) === b.substr(i, chunk)) i += chunk;
  }
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common end of two strings that does not reach into the first `floor` characters of either. */
export function commonSuffix(a: string, b: string, floor: number): number {
  const max = Math.min(a.length, b.length) - floor;
  let n = 0;
  for (const chunk of [65536, 4096, 256, 16]) {
    while (n + chunk <= max && a.substr(a.length - n - chunk, chunk) === b.substr(b.length - n - chunk, chunk)) n += chunk;
  }
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** The offset where each line starts, for lines split on `\n`. */
export function lineStarts(lines: readonly string[]): number[] {
  const starts = new Array<number>(lines.length);
  let at = 0;
  for (let i = 0; i < lines.length; i++) { starts[i] = at; at += lines[i].length + 1; }
  return starts;
}

/** Index of the last line starting at or before `offset` (binary search over `lineStarts`). */
export function lineAtOffset(starts: readonly number[], offset: number): number {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return lo;
}

const lineIndexes = new ParseCache((text: string) => new LineIndex(text), 2);

/**
 * The line index of a text, shared by every caller that needs one without a parse (keyword hovers past the
 * size limit, ignore fixes): built once per text, so a hover on a 5 MB file does not scan it again.
 */
export function lineIndexOf(text: string): LineIndex {
  return lineIndexes.get(text);
}
