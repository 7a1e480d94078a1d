// SPDX-License-Identifier: MIT
// Where the cursor stands in a compose file that may be half-typed and may not parse: the key path from
// indentation (block style) and brackets (flow style) of the lines around it. Only the lines above the
// cursor up to column 0 are read, and a per-text index of top-level names serves the references.
import { ParseCache } from '../text';

export interface ComposeLines {
  lines: readonly string[];
  /** Top-level section → names declared in it, with their lines; built on first use. */
  readonly names: Map<string, { name: string; line: number }[]>;
}

// A plain key ends on a character that is not blank, so each place is tried once: with `[^#:]*?` before `\s*:`, a
// line with long runs of blanks and no colon read each run again from every character (0.6 s at 30 KB).
const KEY = /^(\s*)(-\s+)?(?:"([^"]*)"|'([^']*)'|([^\s#'"{[\]},:](?:[^#:]*[^\s#:])?))\s*:(?:\s|$)/;

/** A line's dash column (when it starts a sequence item), key column and key, or undefined parts. */
export interface LineShape { indent: number; dash?: number; key?: string; keyCol?: number }

export function shapeOf(line: string): LineShape | undefined {
  if (/^\s*(#|$)/.test(line)) return undefined;
  const indent = /^\s*/.exec(line)![0].length;
  const m = KEY.exec(line);
  const dashM = /^(\s*)-(\s+|$)/.exec(line);
  const dash = dashM ? indent : undefined;
  if (!m) return { indent, dash };
  const key = m[3] ?? m[4] ?? m[5];
  return { indent, dash, key, keyCol: m[1].length + (m[2]?.length ?? 0) };
}

function index(text: string): ComposeLines {
  const lines = text.split(/\r\n|\r|\n/);
  let names: Map<string, { name: string; line: number }[]> | undefined;
  return { lines, get names() { return names ??= namesOf(lines); } };
}

function namesOf(lines: readonly string[]): Map<string, { name: string; line: number }[]> {
  const names = new Map<string, { name: string; line: number }[]>();
  let section: string | undefined;
  let childCol = -1;
  for (let i = 0; i < lines.length; i++) {
    const s = shapeOf(lines[i]);
    if (!s) continue;
    if (s.indent === 0) {
      section = s.key;
      childCol = -1;
      if (section && !names.has(section)) names.set(section, []);
      continue;
    }
    if (!section || s.key === undefined || s.dash !== undefined) continue;
    if (childCol < 0) childCol = s.keyCol!;
    if (s.keyCol === childCol && !s.key.startsWith('x-')) names.get(section)!.push({ name: s.key, line: i });
  }
  return names;
}

const cache = new ParseCache(index);

export function composeLines(text: string): ComposeLines {
  return cache.get(text);
}

/**
 * The keys from the root down to the mapping that holds column `col` of `line` (sequence items add 0).
 * Reads upward until column 0; at most `limit` lines.
 */
export function parentPath(lines: readonly string[], line: number, col: number, limit = 5000): (string | number)[] {
  const path: (string | number)[] = [];
  for (let i = line - 1; i >= 0 && col > 0 && line - i <= limit; i--) {
    const s = shapeOf(lines[i]);
    if (!s) continue;
    if (s.dash !== undefined && s.dash < col) {
      path.push(0);
      col = s.dash;
      if (col === 0) break;
      continue;
    }
    if (s.key !== undefined && s.keyCol! < col && s.dash === undefined) {
      path.push(s.key);
      col = s.keyCol!;
    }
  }
  return path.reverse();
}

/** The keys already written in the mapping whose keys stand at `col` around `line`. */
export function siblingKeys(lines: readonly string[], line: number, col: number, limit = 2000): Set<string> {
  const out = new Set<string>();
  for (let i = line - 1; i >= 0 && line - i <= limit; i--) {
    const s = shapeOf(lines[i]);
    if (!s) continue;
    if (s.keyCol === col && s.key !== undefined) out.add(s.key);
    if (s.indent < col && !(s.dash !== undefined && s.keyCol === col)) break;
    if (s.dash !== undefined && s.keyCol === col) break;
  }
  for (let i = line + 1; i < lines.length && i - line <= limit; i++) {
    const s = shapeOf(lines[i]);
    if (!s) continue;
    if (s.indent < col || (s.dash !== undefined && s.dash < col)) break;
    if (s.keyCol === col && s.key !== undefined) out.add(s.key);
  }
  return out;
}
