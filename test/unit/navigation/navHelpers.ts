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

/** One name's occurrences, as the index under test groups them. */
export interface NameGroup { name: string; start: number; end: number; declaration: boolean; space: string }

/**
 * The corpus properties for one file: definition from each reference lands on one of its declarations;
 * references from a declaration are exactly the group; renaming (the first few names) to `fresh` and
 * back gives the original text. Returns the failures and how many names were renamed.
 */
export function checkNameGroups(nav: Navigation, file: string, text: string, groups: Iterable<[string, readonly NameGroup[]]>, fresh: (space: string) => string, sameName: (written: string, name: string) => boolean): { failures: string[]; names: number; renamed: number } {
  const lines = new LineIndex(text);
  const pos = (o: number) => lines.positionAt(o);
  const where = (o: NameGroup) => at({ start: pos(o.start), end: pos(o.end) });
  const failures: string[] = [];
  let names = 0, renamed = 0, tried = 0;
  // Every answer on every file must come back calmly; outline, folds and links too.
  nav.symbols(text); nav.folding(text); nav.links(text, {});
  for (const [key, group] of groups) {
    names++;
    const declared = group.filter(o => o.declaration);
    for (const o of group) {
      if (!sameName(text.slice(o.start, o.end), o.name)) failures.push(`${file}: ${key} written as ${text.slice(o.start, o.end)}`);
      if (o.declaration || !declared.length) continue;
      const defs = nav.definition(text, pos(o.start)).map(at);
      if (defs.length !== 1 || !declared.map(where).includes(defs[0])) failures.push(`${file}: ${key} at ${where(o)} went to ${defs.join(',')}`);
    }
    const first = declared[0];
    if (!first) continue;
    const refs = nav.references(text, pos(first.start), true).map(at);
    if (refs.join(' ') !== group.map(where).join(' ')) failures.push(`${file}: references of ${key}: ${refs.join(' ')} != ${group.map(where).join(' ')}`);
    if (tried++ < 4) {
      if (renameRoundTrip(nav, text, pos(first.start), first.name, fresh(first.space)) === text) renamed++;
      else failures.push(`${file}: rename of ${key} did not round-trip`);
    }
  }
  return { failures, names, renamed };
}
