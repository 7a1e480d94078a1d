// SPDX-License-Identifier: MIT
// Helpers for the navigation tests: apply edits, and turn ranges into the text they cover.
import { LineIndex, type Navigation } from '../../../src/core/index';

export interface R { start: { line: number; character: number }; end: { line: number; character: number } }

/** The text a range covers. */
export function textOf(text: string, r: R): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(r.start), lines.offsetAt(r.end));
}

/** `line:character` of a range start, for readable assertions. */
export function at(r: R): string {
  return `${r.start.line}:${r.start.character}`;
}

/** The text with the edits applied (they never overlap). */
export function applyEdits(text: string, edits: readonly { range: R; newText: string }[]): string {
  const lines = new LineIndex(text);
  const sorted = edits.map(e => ({ s: lines.offsetAt(e.range.start), e: lines.offsetAt(e.range.end), t: e.newText })).sort((a, b) => b.s - a.s);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.s) + e.t + out.slice(e.e);
  return out;
}

/** Where `pos` moves once `edits` are applied (edits before it on its line shift it). */
export function shifted(text: string, pos: R['start'], edits: readonly { range: R; newText: string }[]): R['start'] {
  const lines = new LineIndex(text);
  const offset = lines.offsetAt(pos);
  let delta = 0;
  for (const e of edits) {
    const s = lines.offsetAt(e.range.start), end = lines.offsetAt(e.range.end);
    if (end <= offset) delta += e.newText.length - (end - s);
  }
  return new LineIndex(applyEdits(text, edits)).positionAt(offset + delta);
}

/** Renames the name at `pos` to `fresh`, then back, and returns the final text (undefined when refused). */
export function renameRoundTrip(nav: Navigation, text: string, pos: R['start'], original: string, fresh: string): string | undefined {
  const there = nav.rename(text, pos, fresh);
  if ('refused' in there) return undefined;
  const renamed = applyEdits(text, there.edits);
  const back = nav.rename(renamed, shifted(text, pos, there.edits), original);
  if ('refused' in back) return undefined;
  return applyEdits(renamed, back.edits);
}
