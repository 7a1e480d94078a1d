// SPDX-License-Identifier: MIT
// Applies a core fix to a text, as an editor would: edits from last to first, so earlier offsets hold.
import { LineIndex, type Fix } from '../../../src/core/index';

export function applyFix(text: string, fix: Fix): string {
  const lines = new LineIndex(text);
  const edits = fix.edits
    .map(e => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start);
  for (let i = 1; i < edits.length; i++) {
    if (edits[i].end > edits[i - 1].start) throw new Error(`fix "${fix.title}" has overlapping edits`);
  }
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
