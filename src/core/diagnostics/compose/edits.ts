// SPDX-License-Identifier: MIT
// Text edits the compose fixes share, computed on offsets of the model's text.
import type { Node } from 'yaml';
import { rangeOf, type ComposeModel } from '../../compose/composeDocument';
import type { TextEdit } from '../types';

/**
 * Deletes the whole lines from `first`'s line to the end of `last`'s line (comment included), or undefined
 * when something else shares those lines (a flow mapping like `{version: 3, services: …}`).
 */
export function wholeLinesEdit(model: ComposeModel, first: Node, last?: Node | null): TextEdit | undefined {
  const text = model.text;
  const start = first.range?.[0];
  const stop = (last ?? first).range?.[1];
  if (start === undefined || stop === undefined) return undefined;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (text.slice(lineStart, start).trim()) return undefined;
  let end = text.indexOf('\n', Math.max(stop - 1, start));
  end = end < 0 ? text.length : end + 1;
  if (text.slice(stop, end).trim() && !text.slice(stop, end).trim().startsWith('#')) return undefined;
  return { range: rangeOf(model, lineStart, end), newText: '' };
}
