// SPDX-License-Identifier: MIT
// The learner's own markdown notes, indexed by what they talk about, so hovers can quote them.
import { atxHeading } from './heading';
import type { NoteQuote } from '../render';
import { cautionFor } from './noteCautions';

/**
 * A topic a note can be about. Hovers ask for these:
 * - `instruction:RUN`: a Dockerfile instruction, matched only in capitals (so the verb "run" is not it);
 * - `key:networks`: a compose key, matched as a word in any case;
 * - `command:docker run`, `command:docker compose up`: a command line, `docker-compose` counts as `docker compose`;
 * - `flag:-p`, `flag:--rm`: a command-line flag.
 */
export type NoteTopic = string;

interface NoteEntry extends NoteQuote {
  isHeading: boolean;
  /** A plain line (not a heading or bullet): quoted after bullets and headings. */
  isLine?: boolean;
  /** The last line the quote covers (its indented continuation lines). */
  lastLine: number;
  /** For a heading: the length of the heading's own text at the start of `text`. */
  headingLength?: number;
}

/** An index over the learner's markdown notes. Build it with `indexNotes`. */
export interface Notes {
  readonly entries: readonly NoteEntry[];
  readonly byTopic: ReadonlyMap<NoteTopic, readonly NoteEntry[]>;
  /** Files read only in part, or not at all, because of the bounds below; adapters say so once. */
  readonly cut?: readonly string[];
}

/**
 * How much of the notes is indexed: the first 128 KB of each file (a learner's notes file is a few KB; a
 * folder of generated markdown matched by a glob is not notes) and 512 KB over all files. Indexing runs on
 * the editor's thread, a few microseconds per line, so these bounds keep it from holding up the editor.
 */
export const MAX_NOTE_FILE_CHARS = 128 * 1024;
export const MAX_NOTES_CHARS = 512 * 1024;

/** What adapters log once when the bounds cut notes short; undefined when every file was read whole. */
export function notesCutMessage(notes: Notes | undefined): string | undefined {
  if (!notes?.cut?.length) return undefined;
  const files = notes.cut.slice(0, 3).join(', ') + (notes.cut.length > 3 ? ` and ${notes.cut.length - 3} more` : '');
  return `Docker Coach quotes only the first ${MAX_NOTE_FILE_CHARS / 1024} KB of text of each notes file, ${MAX_NOTES_CHARS / 1024} KB in all; `
    + `past that, nothing of ${files} is quoted in hovers. Narrow dockerCoach.notes.files if these are not your notes.`;
}

/** The part of a file's text that is indexed: whole lines, within the bounds left. */
function indexedPart(text: string, budget: number): string {
  const bound = Math.min(MAX_NOTE_FILE_CHARS, budget);
  if (text.length <= bound) return text;
  const end = text.lastIndexOf('\n', bound);
  return end < 0 ? '' : text.slice(0, end);
}


const BULLET = /^(\s*)(?:[-*+]|\d+[.)])\s+(.*)$/;
const FENCE = /^\s{0,3}(?:```|~~~)/;
const MAX_QUOTE = 220;

/**
 * Indexes headings and bullets of markdown files by the instructions, keys, commands and flags they mention.
 * It reads the CLI tables (the careful line on a quoted `docker run`, noteCautions.ts): an editor loads them
 * first with `cliTablesSteps`, a step per turn.
 */
export function indexNotes(files: readonly { path: string; text: string }[]): Notes {
  const entries: NoteEntry[] = [];
  const byTopic = new Map<NoteTopic, NoteEntry[]>();
  const wordTopics = new Map<string, readonly NoteTopic[]>();
  const cut: string[] = [];
  let budget = MAX_NOTES_CHARS;
  for (const file of files) {
    const text = indexedPart(file.text, budget);
    budget -= text.length;
    if (text.length < file.text.length) cut.push(file.path);
    const lines = text.split(/\r\n|\r|\n/);
    let heading: string | undefined;
    let inFence = false;
    lines.forEach((line, i) => {
      // A `# comment` in a fenced shell block is not a heading.
      if (FENCE.test(line)) inFence = !inFence;
      if (inFence) return;
      const title = atxHeading(line)?.text;
      const h = title === undefined ? undefined : [line, title];
      const b = h ? undefined : BULLET.exec(line);
      // Plain lines count too: notes often explain in paragraphs and indented lines (`driver: bridge` and the
      // lines under it). Lines without a letter (`*****` rules) say nothing.
      const plain = !h && !b && /[A-Za-z]/.test(line) ? [line, line.slice(0, line.length - line.trimStart().length), line.trim()] : undefined;
      if (!h && !b && !plain) return;
      if (h) heading = h[1];
      const first = h ? h[1] : b ? b[2] : plain![2];
      const following = followingText(lines, i, h ? -1 : (b ?? plain)![1].length);
      const entry: NoteEntry = {
        path: file.path,
        line: i,
        lastLine: i + following.length,
        heading: h ? undefined : heading,
        text: clip([first, ...following].join(' ')),
        isHeading: !!h,
      };
      if (plain) entry.isLine = true;
      if (h) entry.headingLength = clip(h[1]).length;
      else if (/docker/.test(first)) {
        const caution = cautionFor(first);
        if (caution) entry.caution = caution;
      }
      entries.push(entry);
      // Indexed by what the line is about: the whole heading, or the lead of a bullet or line. A topic named
      // later in a bullet, in passing, does not make the bullet about it (a RUN bullet that says the
      // container "starts" is not about CMD).
      forEachTopic(h ? h[1] : leadOf(first), wordTopics, topic => {
        const list = byTopic.get(topic);
        // Topics repeat within one entry; the entry is always the last one pushed, so one check dedupes.
        if (!list) byTopic.set(topic, [entry]);
        else if (list[list.length - 1] !== entry) list.push(entry);
      });
    });
  }
  return cut.length ? { entries, byTopic, cut } : { entries, byTopic };
}

/**
 * Up to `max` (at most two) quotes about any of `topics`: bullets whose lead names the topic first, then
 * headings that name it and have a paragraph of their own to quote. Each note line once.
 */
export function notesAbout(notes: Notes | undefined, topics: readonly NoteTopic[], max = 2): NoteQuote[] {
  const limit = Math.min(max, 2);
  if (!notes || limit <= 0) return [];
  // A common word can match thousands of entries in a big notes file: dedupe with a Set, stop at the limit.
  const found = new Set<NoteEntry>();
  for (const t of topics) for (const e of notes.byTopic.get(t) ?? []) found.add(e);
  const bullets = [...found].filter(e => !e.isHeading && !e.isLine);
  // A heading alone ("RUN vs CMD") says nothing; quote it only when a paragraph follows it.
  const headings = [...found].filter(e => e.isHeading && e.text.length > (e.headingLength ?? 0));
  const lines = [...found].filter(e => e.isLine);
  const chosen: NoteEntry[] = [];
  for (const e of [...bullets, ...headings, ...lines]) {
    if (chosen.length >= limit) break;
    // A line inside a quote already chosen (`driver: bridge` and the comment under it) is said once.
    if (chosen.some(c => c.path === e.path && ((e.line >= c.line && e.line <= c.lastLine) || (c.line >= e.line && c.line <= e.lastLine)))) continue;
    chosen.push(e);
  }
  return chosen.map(({ path, line, heading, text, caution }) => ({ path, line, heading, text, ...(caution ? { caution } : {}) }));
}

/**
 * What a bullet is about: its opening code span (`` `RUN` happens while ... `` is about RUN), or else its
 * first four words ("A `bridge` network lives ..." is about bridge and network). A short label that opens the
 * line ("My words:", "Tip:") does not use up the four: what follows it says what the note is about (a note
 * rewritten as "my words: on a bridge network my services ..." is about bridge and network).
 */
function leadOf(bullet: string): string {
  const t = bullet.replace(/^(\*\*|__)/, '');
  const code = /^(`+)\s*(.+?)\s*\1/.exec(t);
  if (code) return code[2];
  const words = t.split(/\s+/, 7);
  const label = words.slice(0, 3).findIndex((w) => w.endsWith(':'));
  return words.slice(0, label + 1 + 4).join(' ');
}

/** The topics a piece of note text mentions. Exported for tests and for "Add to my notes". */
export function topicsIn(text: string): Set<NoteTopic> {
  const topics = new Set<NoteTopic>();
  forEachTopic(text, new Map(), t => topics.add(t));
  return topics;
}

const COMMAND = /\bdocker(?:-compose|\s+compose)?\s+([a-z]+)/gi;

/**
 * Calls `add` for each topic of `text` (possibly more than once): flags (`-p`, `--rm`, after a space,
 * bracket or quote, so not the `-compose` of `docker-compose`), words as compose keys, words of 2 to 11
 * capitals as instructions, and `docker ...` commands. A hand-written scan without regex match objects,
 * because this runs for every heading and bullet: a 5 MB notes file has tens of thousands.
 */
function forEachTopic(text: string, wordTopics: Map<string, readonly NoteTopic[]>, add: (topic: NoteTopic) => void): void {
  const n = text.length;
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (c === 45 /* - */) {
      const j = text.charCodeAt(i + 1) === 45 ? i + 2 : i + 1;
      if (j < n && isLetter(text.charCodeAt(j)) && (i === 0 || isFlagLead(text, i - 1))) {
        let k = j + 1;
        while (k < n && (isWordChar(text.charCodeAt(k)) || text.charCodeAt(k) === 45)) k++;
        add(`flag:${text.slice(i, k)}`);
      }
      i++; // The words inside a flag (`rm` of `--rm`) count as keys too.
      continue;
    }
    if (isLetter(c) && (i === 0 || !isWordChar(text.charCodeAt(i - 1)))) {
      let k = i + 1;
      while (k < n && isWordChar(text.charCodeAt(k))) k++;
      const token = text.slice(i, k);
      // Notes reuse a small vocabulary: work out each distinct word's topics once.
      let topics = wordTopics.get(token);
      if (!topics) {
        const key = `key:${token.toLowerCase()}`;
        topics = token.length >= 2 && token.length <= 11 && /^[A-Z]+$/.test(token) ? [key, `instruction:${token}`] : [key];
        wordTopics.set(token, topics);
      }
      for (const t of topics) add(t);
      i = k;
      continue;
    }
    i++;
  }
  if (!/docker/i.test(text)) return;
  COMMAND.lastIndex = 0;
  for (let m = COMMAND.exec(text); m; m = COMMAND.exec(text)) {
    const compose = /compose/i.test(m[0]);
    add(`command:docker ${compose ? 'compose ' : ''}${m[1].toLowerCase()}`);
    if (compose) add('command:docker compose');
  }
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isWordChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 95;
}

/** What may stand before a flag: white space, `(`, a backtick or a quote. */
function isFlagLead(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 32 || c === 40 || c === 96 || c === 39 || c === 34 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(text[at]));
}

/** The indented lines that continue a bullet, or the paragraph under a heading (indent -1). */
function followingText(lines: readonly string[], at: number, indent: number): string[] {
  // Returns one string per line read, so the caller knows the last line the quote covers.
  const out: string[] = [];
  let length = 0;
  for (let i = at + 1; i < lines.length && length < MAX_QUOTE; i++) {
    const line = lines[i];
    if (!line.trim()) { if (indent >= 0 || out.length) break; continue; }
    if (atxHeading(line)) break;
    const b = BULLET.exec(line);
    if (indent >= 0 && (b ? b[1].length <= indent : line.search(/\S/) <= indent)) break;
    // A heading's paragraph ends at its first bullet: the bullets are entries of their own.
    if (indent < 0 && b) break;
    out.push(line.trim());
    length += line.length;
  }
  return out;
}

function clip(text: string): string {
  // Most lines need no collapsing; testing first avoids building a new string for each.
  const t = (/\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
  return t.length <= MAX_QUOTE ? t : t.slice(0, MAX_QUOTE - 1).replace(/\s+\S*$/, '') + '…';
}
