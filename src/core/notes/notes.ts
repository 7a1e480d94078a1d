// SPDX-License-Identifier: MIT
// The learner's own markdown notes, indexed by what they talk about, so hovers can quote them.
import type { NoteQuote } from '../render';

/**
 * A topic a note can be about. Hovers ask for these:
 * - `instruction:RUN`: a Dockerfile instruction, matched only in capitals (so the verb "run" is not it);
 * - `key:networks`: a compose key, matched as a word in any case;
 * - `command:docker run`, `command:docker compose up`: a command line, `docker-compose` counts as `docker compose`;
 * - `flag:-p`, `flag:--rm`: a command-line flag.
 */
export type NoteTopic = string;

interface NoteEntry extends NoteQuote {
  /** Headings outrank bullets when both match. */
  isHeading: boolean;
}

/** An index over the learner's markdown notes. Build it with `indexNotes`. */
export interface Notes {
  readonly entries: readonly NoteEntry[];
  readonly byTopic: ReadonlyMap<NoteTopic, readonly NoteEntry[]>;
}

const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const BULLET = /^(\s*)(?:[-*+]|\d+[.)])\s+(.*)$/;
const MAX_QUOTE = 220;

/** Indexes headings and bullets of markdown files by the instructions, keys, commands and flags they mention. */
export function indexNotes(files: readonly { path: string; text: string }[]): Notes {
  const entries: NoteEntry[] = [];
  const byTopic = new Map<NoteTopic, NoteEntry[]>();
  for (const file of files) {
    const lines = file.text.split(/\r\n|\r|\n/);
    let heading: string | undefined;
    lines.forEach((line, i) => {
      const h = HEADING.exec(line);
      const b = h ? undefined : BULLET.exec(line);
      if (!h && !b) return;
      if (h) heading = h[1];
      const first = h ? h[1] : b![2];
      const entry: NoteEntry = {
        path: file.path,
        line: i,
        heading: h ? undefined : heading,
        text: clip([first, ...followingText(lines, i, h ? -1 : b![1].length)].join(' ')),
        isHeading: !!h,
      };
      entries.push(entry);
      for (const topic of topicsIn(entry.text)) {
        const list = byTopic.get(topic) ?? [];
        list.push(entry);
        byTopic.set(topic, list);
      }
    });
  }
  return { entries, byTopic };
}

/** Up to `max` quotes about any of `topics`, headings first, each note line once. */
export function notesAbout(notes: Notes | undefined, topics: readonly NoteTopic[], max = 2): NoteQuote[] {
  if (!notes) return [];
  const found: NoteEntry[] = [];
  for (const t of topics) for (const e of notes.byTopic.get(t) ?? []) if (!found.includes(e)) found.push(e);
  found.sort((a, b) => Number(b.isHeading) - Number(a.isHeading));
  // A matching heading already quotes the start of its section; skip bullets under it.
  const headings = found.filter(e => e.isHeading);
  return found
    .filter(e => e.isHeading || !headings.some(h => h.path === e.path && h.text.startsWith(e.heading ?? '\0'))).slice(0, max).map(({ path, line, heading, text }) => ({ path, line, heading, text }));
}

/** The topics a piece of note text mentions. Exported for tests and for "Add to my notes". */
export function topicsIn(text: string): Set<NoteTopic> {
  const topics = new Set<NoteTopic>();
  for (const m of text.matchAll(/\b[A-Z]{2,11}\b/g)) topics.add(`instruction:${m[0]}`);
  for (const m of text.matchAll(/\b[a-z][a-z0-9_]*\b/gi)) topics.add(`key:${m[0].toLowerCase()}`);
  for (const m of text.matchAll(/\bdocker(?:-compose|\s+compose)?\s+([a-z]+)/gi)) {
    const compose = /compose/i.test(m[0]);
    topics.add(`command:docker ${compose ? 'compose ' : ''}${m[1].toLowerCase()}`);
    if (compose) topics.add('command:docker compose');
  }
  for (const m of text.matchAll(/(?:^|[\s(`'"])(--?[a-zA-Z][\w-]*)/g)) topics.add(`flag:${m[1]}`);
  return topics;
}

/** The indented lines that continue a bullet, or the paragraph under a heading (indent -1). */
function followingText(lines: readonly string[], at: number, indent: number): string[] {
  const out: string[] = [];
  let length = 0;
  for (let i = at + 1; i < lines.length && length < MAX_QUOTE; i++) {
    const line = lines[i];
    if (!line.trim()) { if (indent >= 0 || out.length) break; continue; }
    if (HEADING.test(line)) break;
    const b = BULLET.exec(line);
    if (indent >= 0 && (b ? b[1].length <= indent : line.search(/\S/) <= indent)) break;
    if (indent < 0 && b && out.length) break;
    out.push(line.trim());
    length += line.length;
  }
  return out;
}

function clip(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= MAX_QUOTE ? t : t.slice(0, MAX_QUOTE - 1).replace(/\s+\S*$/, '') + '…';
}
