// SPDX-License-Identifier: MIT
// "Add to my notes" for the security review: the ten practices with the project's status on each, as one
// markdown block, placed at the end of the notes' security section (a heading that mentions security), or
// at the end of the file under a new heading. Like noteInsertion, it only ever inserts at one point.
import type { NoteInsertion } from '../notes/addNoteBullet';
import { atxHeading } from '../notes/heading';
import type { SecurityReview } from './types';


/** The block of the ten practices, in the file's line ending. */
export function securityNotesBlock(review: SecurityReview, eol = '\n'): string {
  const lines = review.practices.map(p => `${p.number}. **${p.title}**: ${p.status}. ${p.why}`);
  const score = `My project meets ${review.score.met} of the ${review.score.applicable} practices its files can show.`;
  return [...lines, '', score].join(eol);
}

/**
 * Where the block goes in `text`: after the last non-blank line of the first section whose heading mentions
 * security, else at the end under `## Top ten container security practices`. Nothing else changes.
 */
export function securityNotesSection(review: SecurityReview, text: string): NoteInsertion & { heading: string } {
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const at = lines.findIndex(l => /secur/i.test(atxHeading(l.replace(/^\uFEFF/, ''))?.text ?? ''));
  const title = 'Top ten container security practices (checked on my project)';
  if (at >= 0) {
    const level = atxHeading(lines[at].replace(/^\uFEFF/, ''))!.level;
    let last = at;
    let inFence = false;
    for (let i = at + 1; i < lines.length; i++) {
      if (/^\s*(```|~~~)/.test(lines[i])) inFence = !inFence;
      const h = inFence ? undefined : atxHeading(lines[i]);
      if (h && h.level <= level) break;
      if (lines[i].trim()) last = i;
    }
    let offset = 0;
    for (let i = 0; i <= last; i++) offset += lines[i].length + (i < lines.length - 1 ? eol.length : 0);
    const atEnd = offset >= text.length && !/\r?\n$/.test(text);
    const block = `${eol}${'#'.repeat(Math.min(level + 1, 6))} ${title}${eol}${eol}${securityNotesBlock(review, eol)}${eol}`;
    return { offset: Math.min(offset, text.length), insert: atEnd ? eol + block : block, heading: atxHeading(lines[at].replace(/^\uFEFF/, ''))!.text };
  }
  const lead = !text.trim() ? '' : text.endsWith(eol + eol) ? '' : text.endsWith(eol) ? eol : eol + eol;
  return { offset: text.length, insert: `${lead}## ${title}${eol}${eol}${securityNotesBlock(review, eol)}${eol}`, heading: title };
}
