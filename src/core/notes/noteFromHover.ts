// SPDX-License-Identifier: MIT
// "Add to my notes": turn the hover at the cursor into a heading and a starter bullet that the learner
// then rewrites in their own words.
import type { NoteTopic } from './notes';

export interface NoteDraft {
  /** The heading the bullet goes under: the thing itself, as the hover's title names it. */
  heading: string;
  /** The topic notes would be found by for this thing, so an existing heading about it can be reused. */
  topic: NoteTopic;
  bullet: string;
}

/**
 * A note about the thing a hover explains, built from the rendered hover (title line, then what it does)
 * and where it was seen. Returns undefined for markdown that does not look like one of our hovers.
 */
export function noteFromHover(hoverMarkdown: string, seen: { snippet: string; file: string; line: number }): NoteDraft | undefined {
  const [titleLine, what] = hoverMarkdown.split('\n\n');
  const title = /^(`+) ?(.*?) ?\1/.exec(titleLine ?? '')?.[2];
  if (!title || !what) return undefined;
  const heading = title.split(' ').length > 1 && /^-/.test(title) ? title.split(' ')[0] : title;
  const seenText = seen.snippet.replace(/\s+/g, ' ').trim().slice(0, 100);
  // The note leads with the thing itself when the title names more than the word seen (`bridge` is the value
  // of `driver: bridge`): notes are found by their lead, so a later hover on `driver` or `bridge` quotes it.
  const snippet = seenText && title.includes(seenText) && title !== seenText && title.length <= 100 ? title : seenText;
  const where = `${seen.file}:${seen.line + 1}`;
  const fence = snippet.includes('`') ? '``' : '`';
  const seenAs = snippet ? `${fence}${snippet}${fence} (${where})` : `(${where})`;
  return { heading, topic: topicOf(heading), bullet: `${seenAs}: ${what.replace(/\s+/g, ' ').trim()}` };
}

/** The note topic a hover title stands for (see `NoteTopic`). */
export function topicOf(title: string): NoteTopic {
  if (/^[A-Z]{2,11}$/.test(title)) return `instruction:${title}`;
  if (/^--?[A-Za-z]/.test(title)) return `flag:${title.split(' ')[0]}`;
  if (/^docker(-compose|\s+compose)$/.test(title)) return 'command:docker compose';
  const command = /^docker(?:-compose|\s+compose)?\s+([a-z]+)/i.exec(title);
  if (command) return `command:docker ${/compose/i.test(title) ? 'compose ' : ''}${command[1].toLowerCase()}`;
  const key = /([A-Za-z_][\w-]*)\s*$/.exec(title.replace(/\[.*?\]|\.\*$/g, ''));
  return `key:${(key?.[1] ?? title).toLowerCase()}`;
}
