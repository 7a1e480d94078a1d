// SPDX-License-Identifier: MIT
// Completion tests write the text with a `|` where the cursor stands.
import * as assert from 'node:assert';
import type { CompletionItem, Position } from '../../../src/core/index';

/** The text without its `|`, and the position of the `|`. */
export function cursor(...lines: string[]): { text: string; position: Position } {
  const line = lines.findIndex(l => l.includes('|'));
  assert.ok(line >= 0, 'no | in the text');
  const character = lines[line].indexOf('|');
  const text = lines.map((l, i) => (i === line ? l.slice(0, character) + l.slice(character + 1) : l)).join('\n');
  return { text, position: { line, character } };
}

export const labels = (items: readonly CompletionItem[]): string[] => items.map(i => i.label);

/** The item with this label, failing the test when it is missing or has no documentation. */
export function item(items: readonly CompletionItem[], label: string): CompletionItem {
  const found = items.find(i => i.label === label);
  assert.ok(found, `no ${label} in ${labels(items).join(', ')}`);
  assert.ok(found.documentation.length > 20, `${label} has no documentation`);
  return found;
}

/** Asserts each label is offered with documentation that contains `docs` (when given). */
export function offers(items: readonly CompletionItem[], expected: readonly string[], docs?: (label: string) => string): void {
  for (const label of expected) {
    const i = item(items, label);
    if (docs) assert.ok(i.documentation.includes(docs(label)), `${label}: ${i.documentation}`);
  }
}
