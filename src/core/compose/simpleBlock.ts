// SPDX-License-Identifier: MIT
// The key under the cursor, read off a service block's lines, when the block is written so plainly that
// YAML can only read it one way: `key:` and `key: value` lines, `- value` items, one value per line, and
// indentation that only ever returns to a depth already open. Such a block parses without an error, and
// the key's path is the chain of keys above it, so a hover on a key or its one-line value whose answer
// reads nothing else needs no parse at all (see hover.ts). Anything else (flow collections, block
// scalars, `- key: value` items, comments after a value, quotes with escapes, values over several
// lines) makes it give up.
import type { Position } from '../text';
import { spacesBefore, type ComposeOutline, type ServiceBlock } from './outline';

/**
 * A key found on the hovered line: its path from the root and its span on that line, and, when the position is
 * on the key's one-line value rather than on its name, that value's span (quotes included, as YAML's range).
 */
export interface BlockKey {
  readonly path: readonly string[];
  readonly start: number;
  readonly end: number;
  readonly onValue?: { readonly start: number; readonly end: number };
  /** On a `- value` list item: its index in the list that `path` names (then `start`, `end` and `onValue` are the value's span). */
  readonly item?: number;
  /** The service's own keys that hold a value on their line, as written (a key written twice makes the reading give up). */
  readonly serviceValues: ReadonlyMap<string, string>;
}

// YAML reads `true:`, `null:` (any case) as a boolean or null, not as the text written: left to the parser.
const KEY = /^((?!(?:true|false|null)\s*:)[A-Za-z_][A-Za-z0-9_.-]*):(?: +(.*))?$/i;
const ITEM = /^- +(.*)$/;

/** A value YAML reads as one scalar on its own line: plain with no `: ` or ` #`, or quoted with no escapes. */
function oneLineScalar(value: string): boolean {
  if (/^"[^"\\]*"\s*$/.test(value) || /^'[^']*'\s*$/.test(value)) return true;
  return value.trim() !== '' && !/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) && !/: |:\s*$| #/.test(value);
}

/** A value written in quotes, blanks before it aside: its text is not read as a number, boolean or null. */
export const QUOTED = /^ *["']/;

/**
 * The text Compose reads from a value that oneLineScalar accepted, as `scalarText` gives it after a parse:
 * a quoted value without its quotes, a plain one as written without the blanks around it (numbers and
 * booleans too), and undefined for YAML's null (`~`, `null`). `false` when the value holds a character
 * outside printable ASCII (a tab among them), where what YAML trims or reads as a comment is not worth
 * guessing: the caller parses.
 */
export function scalarOfLine(value: string): string | undefined | false {
  if (/[^\x20-\x7e]/.test(value)) return false;
  const written = value.replace(/^ +| +$/g, '');
  const quoted = /^"([^"\\]*)"$/.exec(written) ?? /^'([^']*)'$/.exec(written);
  if (quoted) return quoted[1];
  if (QUOTED.test(written)) return false;
  return /^(?:~|null|Null|NULL)$/.test(written) ? undefined : written;
}

interface Level { readonly indent: number; readonly kind: 'map' | 'seq'; readonly key: string; items: number }

/**
 * The key at `pos` inside `block`, with its path, when the whole block is plain in the sense above and
 * `pos` is on the key's name (or just after it), on its one-line value, or on a `- value` item. Undefined
 * otherwise, and the caller parses.
 */
export function plainKeyAt(outline: ComposeOutline, block: ServiceBlock, pos: Position): BlockKey | undefined {
  if (pos.line === block.start) return undefined;
  const read = readPlainBlock(outline, block, pos);
  return read?.found && { ...read.found, serviceValues: read.serviceValues };
}

/**
 * True when `block` is plain in the sense above, so that it parses without a YAML error or warning: what a
 * first hover on a file no parse has seen needs to know of the blocks it leaves out (see partialModel.ts),
 * for the cost of a line scan.
 */
export function isPlainBlock(outline: ComposeOutline, block: ServiceBlock): boolean {
  return readPlainBlock(outline, block) !== undefined;
}

/** Reads `block` line by line; undefined when it is not plain, else the key found at `pos` (if any) and the service's one-line values. */
function readPlainBlock(outline: ComposeOutline, block: ServiceBlock, pos?: Position): { found: Omit<BlockKey, 'serviceValues'> | undefined; serviceValues: Map<string, string> } | undefined {
  const { lines } = outline;
  const header = lines[block.start];
  // The service's name too must be a plain key: the outline takes `|a:`, `@a:` or `True:`, which YAML reads otherwise.
  if (header.slice(outline.serviceIndent) !== `${block.name}:` || !KEY.test(header.slice(outline.serviceIndent))) return undefined;
  const levels: Level[] = [];
  let pending: { indent: number; key: string } | undefined = { indent: outline.serviceIndent, key: block.name };
  let found: Omit<BlockKey, 'serviceValues'> | undefined;
  const serviceValues = new Map<string, string>();
  const serviceKeys = new Set<string>();
  for (let i = block.start + 1; i < block.end; i++) {
    const line = lines[i];
    const indent = spacesBefore(line);
    const trimmed = line.slice(indent);
    if (!trimmed || trimmed.startsWith('#')) continue;
    // A line end \r, or a blank YAML does not indent with (a no-break space...): the parser tells.
    if (line.includes('\r') || /^\s/.test(trimmed)) return undefined;
    if (pending && indent > pending.indent) {
      if (levels.length && indent <= levels[levels.length - 1].indent) return undefined;
      levels.push({ indent, kind: trimmed.startsWith('- ') ? 'seq' : 'map', key: pending.key, items: 0 });
    } else {
      // `key:` with nothing deeper holds null; then the depth must return to a level already open.
      while (levels.length && levels[levels.length - 1].indent > indent) levels.pop();
      if (!levels.length || levels[levels.length - 1].indent !== indent) return undefined;
    }
    pending = undefined;
    const level = levels[levels.length - 1];
    if (level.kind === 'seq') {
      const item = ITEM.exec(trimmed);
      if (!item || !oneLineScalar(item[1]) || KEY.test(item[1])) return undefined;
      const index = level.items++;
      if (i === pos?.line) {
        const start = line.length - item[1].length;
        const end = start + item[1].replace(/ +$/, '').length;
        if (pos.character >= start && pos.character <= end) found = { path: ['services', ...levels.map(l => l.key)], start, end, onValue: { start, end }, item: index };
      }
      continue;
    }
    const key = KEY.exec(trimmed);
    if (!key) return undefined;
    // `key: ` with only blanks after it (as while typing) holds nothing on its line, as `key:` does.
    const value = key[2]?.trim() ? key[2] : undefined;
    if (value !== undefined && !oneLineScalar(value)) return undefined;
    if (value === undefined) pending = { indent, key: key[1] };
    if (levels.length === 1) {
      if (serviceKeys.has(key[1])) return undefined;
      serviceKeys.add(key[1]);
      if (value !== undefined) serviceValues.set(key[1], value);
    }
    if (!pos || i !== pos.line) continue;
    const path = ['services', ...levels.map(l => l.key), key[1]];
    const end = indent + key[1].length;
    if (pos.character >= indent && pos.character <= end) found = { path, start: indent, end };
    else if (value !== undefined) {
      const start = line.length - key[2].length + (key[2].length - key[2].trimStart().length);
      const valueEnd = start + value.trim().length;
      if (pos.character >= start && pos.character <= valueEnd) found = { path, start: indent, end, onValue: { start, end: valueEnd } };
    }
  }
  return { found, serviceValues };
}
