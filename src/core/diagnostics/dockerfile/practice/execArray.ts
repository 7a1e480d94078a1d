// SPDX-License-Identifier: MIT
// Reads a command written like an exec-form array but not valid JSON (`['npm', 'start']`,
// `["a", "b",]`, `[npm, start]`) into its items, so MalformedExecForm can offer the JSON it meant.

/**
 * True when `text` was meant as an exec-form array: it starts with `[`, ends with `]`, and its items
 * are separated by commas or it is one quoted item. `[ -f /x ] && …` (the shell's test command) is not.
 */
export function looksLikeExecArray(text: string): boolean {
  const t = text.trim();
  if (!t.startsWith('[') || !t.endsWith(']')) return false;
  const inner = t.slice(1, -1).trim();
  if (!inner) return false;
  return hasTopLevelComma(inner) || /^(["'‘’“”]).*\1$/.test(inner) && !/\s/.test(stripQuoted(inner));
}

/**
 * The items of a malformed array, or undefined when they cannot be read with certainty (a quote
 * left open, an item mixing quoted and bare text).
 */
export function lenientItems(text: string): string[] | undefined {
  // Curly quotes (pasted from a word processor) were meant as straight ones.
  const t = text.trim().replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
  if (!t.startsWith('[') || !t.endsWith(']')) return undefined;
  const inner = t.slice(1, -1);
  const items: string[] = [];
  let i = 0;
  for (;;) {
    while (i < inner.length && /\s/.test(inner[i])) i++;
    if (i >= inner.length) break;
    const c = inner[i];
    let item: string;
    if (c === '"' || c === "'") {
      let j = i + 1;
      let value = '';
      while (j < inner.length && inner[j] !== c) {
        // Inside double quotes, keep JSON's `\"` and `\\`; any other backslash is literal (a Windows path).
        if (c === '"' && inner[j] === '\\' && (inner[j + 1] === '"' || inner[j + 1] === '\\')) { value += inner[j + 1]; j += 2; continue; }
        value += inner[j++];
      }
      if (j >= inner.length) return undefined;
      item = value;
      i = j + 1;
    } else {
      let j = i;
      while (j < inner.length && inner[j] !== ',') j++;
      item = inner.slice(i, j).trim();
      if (/["']/.test(item)) return undefined;
      i = j;
    }
    items.push(item);
    while (i < inner.length && /\s/.test(inner[i])) i++;
    if (i >= inner.length) break;
    if (inner[i] !== ',') return undefined;
    i++;
  }
  return items.length ? items : undefined;
}

function hasTopLevelComma(inner: string): boolean {
  return stripQuoted(inner).includes(',');
}

/** The text with quoted parts removed. */
function stripQuoted(text: string): string {
  return text.replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, '');
}
