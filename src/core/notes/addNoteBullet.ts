// SPDX-License-Identifier: MIT
// "Add to my notes": where a new bullet goes in a markdown file. The text is only ever inserted at one
// point, so everything already in the file stays byte for byte (line endings, a missing final newline, a BOM).
import { atxHeading } from './heading';

/** What to insert and where: `text.slice(0, offset) + insert + text.slice(offset)` is the new file. */
export interface NoteInsertion { offset: number; insert: string }

/**
 * Where to add `bullet` under the heading `heading`: after the last non-blank line of that section, or,
 * when no heading matches (case, backticks and trailing `#`s ignored), in a new `##` section at the end.
 * Uses the file's own line ending.
 */
export function noteInsertion(text: string, heading: string, bullet: string): NoteInsertion {
  const eol = /\r\n/.test(text) ? '\r\n' : /\r(?!\n)/.test(text) ? '\r' : '\n';
  const item = `- ${oneLine(bullet).replace(/^[-*+]\s+/, '')}`;
  const lines = splitLines(text);
  const wanted = normalize(heading);
  // A byte-order mark before the first heading must not hide it.
  const at = lines.findIndex(l => { const h = atxHeading(l.text.replace(/^\uFEFF/, '')); return !!h && normalize(h.text) === wanted; });
  if (at >= 0) {
    const level = atxHeading(lines[at].text.replace(/^\uFEFF/, ''))!.level;
    let last = at;
    let inFence = false;
    for (let i = at + 1; i < lines.length; i++) {
      const t = lines[i].text;
      if (/^\s*(```|~~~)/.test(t)) inFence = !inFence;
      const h = inFence ? undefined : atxHeading(t);
      if (h && h.level <= level) break;
      if (t.trim()) last = i;
    }
    const line = lines[last];
    // The section's last line may be the file's last line, without a line break of its own.
    return line.eol ? { offset: line.end + line.eol.length, insert: item + eol } : { offset: line.end, insert: eol + item };
  }
  const end = text.length;
  const lastLine = lines[lines.length - 1];
  let lead = lastLine && lastLine.text && !lastLine.eol ? eol : '';
  if (text.trim()) lead += text.endsWith(eol + eol) || (!text.endsWith(eol) && !lead) ? '' : eol;
  return { offset: end, insert: `${lead}## ${oneLine(heading)}${eol}${eol}${item}${eol}` };
}

/**
 * Where to add `bullet` next to the learner's own lines about the same thing: after the paragraph holding
 * line `line` (zero-based), that is before the next blank line, heading or fence. Line `line` outside the
 * text gives the end of the file.
 */
export function noteInsertionNear(text: string, line: number, bullet: string): NoteInsertion {
  const eol = /\r\n/.test(text) ? '\r\n' : /\r(?!\n)/.test(text) ? '\r' : '\n';
  const item = `- ${oneLine(bullet).replace(/^[-*+]\s+/, '')}`;
  const lines = splitLines(text);
  if (!Number.isInteger(line) || line < 0 || line >= lines.length) return { offset: text.length, insert: `${text && !text.endsWith(eol) ? eol : ''}${item}${eol}` };
  let last = line;
  for (let i = line + 1; i < lines.length; i++) {
    const t = lines[i].text;
    if (!t.trim() || atxHeading(t) || /^\s*(```|~~~)/.test(t)) break;
    last = i;
  }
  const at = lines[last];
  return at.eol ? { offset: at.end + at.eol.length, insert: item + eol } : { offset: at.end, insert: eol + item };
}

/** The notes text with `bullet` added under `heading` (see `noteInsertion`). Nothing else changes. */
export function addNoteBullet(text: string, heading: string, bullet: string): string {
  const { offset, insert } = noteInsertion(text, heading, bullet);
  return text.slice(0, offset) + insert + text.slice(offset);
}

interface Line { text: string; end: number; eol: string }

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ text: text.slice(start, m.index), end: m.index, eol: m[0] });
    start = m.index + m[0].length;
  }
  if (start < text.length) lines.push({ text: text.slice(start), end: text.length, eol: '' });
  return lines;
}

function normalize(heading: string): string {
  return heading.replace(/`/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

function oneLine(s: string): string {
  // Each line break and the blanks around it become one space; the match starts only where a run of blanks
  // starts (a lookbehind), so a long run with no line break is read once.
  return s.replace(/(?<![^\S\r\n])[^\S\r\n]*[\r\n]\s*/g, ' ').trim();
}
