// SPDX-License-Identifier: MIT
// Test helpers: build compose text inline and find positions by searching it, not by counting.
import type { Position } from '../../../src/core/text';
import { explainCompose } from '../../../src/core/compose/hover';

/** Joins lines with `\n`. */
export function joinLines(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

/** Position of the `nth` occurrence of `needle`, plus `delta` characters into it. */
export function at(text: string, needle: string, delta = 0, nth = 0): Position {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`"${needle}" not found (occurrence ${nth})`);
  }
  offset += delta;
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** The hover markdown at the first character of `needle` (or `delta` into it); '' when there is none. */
export function hoverAt(text: string, needle: string, delta = 0, nth = 0, file?: string): string {
  return explainCompose(text, at(text, needle, delta, nth), { file })?.markdown ?? '';
}
