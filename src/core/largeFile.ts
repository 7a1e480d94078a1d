// SPDX-License-Identifier: MIT
// Files past the size limit (`dockerCoach.maxFileSizeKB`, 2 MB by default) are never parsed whole: hovers
// explain the keyword or key under the cursor from its own line (and, for a compose key, the lines above it
// that hold its parents), and lenses and diagnostics are off. So a huge generated file costs the editor
// about one line's work per hover, whatever its shape.
import { dockerfileInstructions, type InstructionName } from './knowledge/dockerfileInstructions';
import { renderHover, type HoverContent } from './render';
import { lineIndexOf, type Position } from './text';
import type { DocumentKind } from './documentKind';
import type { Explanation } from './types';
import { keyContent, dotted } from './compose/content';
import { matchKeyPath } from './compose/keyPaths';

/** The default limit, in characters: `dockerCoach.maxFileSizeKB` × 1024. */
export const defaultMaxFileChars = 2048 * 1024;

/**
 * From this size a text is large: one whole parse of it blocks the editor long enough to notice, so a first
 * hover reads only the hovered part where the lines vouch for it (the Dockerfile skeleton, the compose
 * outline). Below it, one whole parse costs about as much and serves every later call on that version.
 */
export const LARGE_TEXT_CHARS = 64 * 1024;

/** True when a text is past the limit and gets keyword-only hovers, no lenses and no diagnostics. */
export function isTooLarge(text: string, maxFileChars = defaultMaxFileChars): boolean {
  return text.length > maxFileChars;
}

/** Only the start of a line is read: a keyword or key and its indentation sit there, however long the line. */
const HEAD_CHARS = 1000;

const pastLimitNote = (limitChars: number) =>
  `This file is larger than ${Math.round(limitChars / 1024)} KB (\`dockerCoach.maxFileSizeKB\`), so Docker Coach explains keywords only, and shows no lenses or problems for it.`;

const stillReadingNote = 'Docker Coach is still reading this large file, so this hover explains only the keyword or key. Hover again in a moment for the whole explanation.';

/**
 * A document read line by line. A LineIndex is one; an editor adapter can pass its own document's lines,
 * so a 5 MB file past the limit is never copied into one string for a keyword hover.
 */
export interface Lines {
  readonly lineCount: number;
  lineText(line: number): string;
}

function linesOf(source: string | Lines): Lines {
  return typeof source === 'string' ? lineIndexOf(source) : source;
}

/** The first characters of a line, without copying the rest of a long one. */
function lineAt(lines: Lines, line: number): string | undefined {
  if (line < 0 || line >= lines.lineCount) return undefined;
  return lines.lineText(line).slice(0, HEAD_CHARS);
}

/** The instruction keyword under the cursor, explained from its line alone. */
export function explainDockerfileKeywordOnly(source: string | Lines, position: Position, limitChars = defaultMaxFileChars): Explanation | undefined {
  return dockerfileKeyword(linesOf(source), position, pastLimitNote(limitChars));
}

function dockerfileKeyword(lines: Lines, position: Position, note: string): Explanation | undefined {
  const line = lineAt(lines, position.line);
  if (line === undefined) return undefined;
  const m = /^(\s*)([A-Za-z]+)(?=\s|$)/.exec(line);
  if (!m) return undefined;
  const start = m[1].length, end = start + m[2].length;
  if (position.character < start || position.character > end) return undefined;
  // A word at the start of a continuation line belongs to the instruction above it, not a new one.
  if (position.line > 0 && /\\[ \t]*$/.test(lines.lineText(position.line - 1).slice(-HEAD_CHARS))) return undefined;
  const keyword = m[2].toUpperCase();
  if (!Object.prototype.hasOwnProperty.call(dockerfileInstructions, keyword)) return undefined;
  const doc = dockerfileInstructions[keyword as InstructionName];
  const content: HoverContent = { title: keyword, tags: doc.tags, what: doc.summary, watchOut: [note], docsUrl: doc.docsUrl };
  return { markdown: renderHover(content), range: { start: { line: position.line, character: start }, end: { line: position.line, character: end } } };
}

const KEY = /^(\s*)(?:-\s+)?(["']?)([A-Za-z0-9_.$-]+)\2\s*:(?:\s|$)/;

/** True when line `line` starts with at least `indent` spaces (then it cannot hold a parent of the key). */
function indentedAtLeast(lines: Lines, line: number, indent: number): boolean {
  const text = lines.lineText(line);
  for (let i = 0; i < indent; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
}

/**
 * Per document version (one `Lines` object each), the runs of lines known to hold no parent for a key at a
 * given indent: every line in them is blank, a comment, or indented at least that far. A hover on a service
 * deep in a 5 MB file walks up 300,000 lines to `services:` (47 ms on a slow machine); the next hover there,
 * at the same indent, jumps over the run the first one read.
 */
const parentlessRuns = new WeakMap<Lines, Map<number, [from: number, to: number][]>>();

function runsAt(lines: Lines, indent: number): [from: number, to: number][] {
  let byIndent = parentlessRuns.get(lines);
  if (!byIndent) parentlessRuns.set(lines, byIndent = new Map());
  let runs = byIndent.get(indent);
  if (!runs) byIndent.set(indent, runs = []);
  return runs;
}

/** The first line of the run that holds `line`, or undefined. Runs are few, sorted and apart. */
function runStartAt(runs: readonly [number, number][], line: number): number | undefined {
  let lo = 0, hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid][1] < line) lo = mid + 1;
    else if (runs[mid][0] > line) hi = mid - 1;
    else return runs[mid][0];
  }
  return undefined;
}

/** Adds a run, merged with the runs it overlaps or touches. */
function addRun(runs: [number, number][], from: number, to: number): void {
  if (from > to) return;
  runs.push([from, to]);
  runs.sort((a, b) => a[0] - b[0]);
  let w = 0;
  for (let r = 1; r < runs.length; r++) {
    if (runs[r][0] <= runs[w][1] + 1) runs[w][1] = Math.max(runs[w][1], runs[r][1]);
    else runs[++w] = runs[r];
  }
  runs.length = w + 1;
}

/** The compose key under the cursor, explained by its path, found from the less indented lines above it. */
export function explainComposeKeyOnly(source: string | Lines, position: Position, limitChars = defaultMaxFileChars): Explanation | undefined {
  return composeKey(linesOf(source), position, pastLimitNote(limitChars));
}

function composeKey(lines: Lines, position: Position, note: string): Explanation | undefined {
  const line = lineAt(lines, position.line);
  if (line === undefined) return undefined;
  const m = KEY.exec(line);
  if (!m) return undefined;
  const start = m[0].indexOf(m[3], m[1].length), end = start + m[3].length;
  if (position.character < start || position.character > end) return undefined;
  const path = [m[3]];
  let indent = start;
  let runs = runsAt(lines, indent), below = position.line - 1;
  for (let l = position.line - 1; l >= 0 && indent > 0; l--) {
    const known = runStartAt(runs, l);
    if (known !== undefined) { l = known; continue; }
    // Most lines above are deeper than the key sought: skip them by their first characters, without a copy,
    // so even a service thousands of lines below `services:` costs a few reads per line.
    if (indentedAtLeast(lines, l, indent)) continue;
    const above = lineAt(lines, l);
    if (above === undefined || /^\s*(#|$)/.test(above)) continue;
    const k = KEY.exec(above);
    const at = above.search(/\S/);
    if (at >= indent) continue;
    // A less indented line that is not a plain key (a flow mapping, a list of values) leaves the path unknown.
    if (!k) return undefined;
    addRun(runs, l + 1, below);
    path.unshift(k[3]);
    indent = above.indexOf(k[3], k[1].length);
    runs = runsAt(lines, indent);
    below = l - 1;
  }
  if (indent > 0) return undefined;
  const match = matchKeyPath(path);
  if (match.kind !== 'spec') return undefined;
  const content = keyContent(match.pattern, dotted(path), undefined, [note]);
  if (!content) return undefined;
  return { markdown: renderHover(content), range: { start: { line: position.line, character: start }, end: { line: position.line, character: end } } };
}

/**
 * The hover that stands in while a large file's whole answer is still being worked out (in a worker
 * thread, which may be parsing 2 MB or checking an earlier version): the keyword or key under the cursor,
 * read from its lines as past the size limit, and a note that more comes on the next hover. None for
 * scripts and markdown, whose answers never wait for a worker.
 */
export function explainWhileReading(kind: DocumentKind, source: string | Lines, position: Position): Explanation | undefined {
  if (kind === 'dockerfile') return dockerfileKeyword(linesOf(source), position, stillReadingNote);
  if (kind === 'compose') return composeKey(linesOf(source), position, stillReadingNote);
  return undefined;
}
