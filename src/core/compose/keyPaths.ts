// SPDX-License-Identifier: MIT
// Maps a concrete key path (`services`, `web`, `ports`, 0, `target`) onto the spec path it stands for
// (`services/*/ports/target`), and suggests the nearest Compose key for a typo.
import { composeKeys } from '../knowledge/composeKeys';
import type { PathSegment } from './composeDocument';
import { editDistance } from '../spelling';

/** Every prefix of a spec path, e.g. `services`, then `services` + `/*`, then `.../ports`. */
const prefixes = new Set<string>();
/** Spec path prefix → the fixed key names that may follow it (for suggestions). */
const children = new Map<string, Set<string>>();

for (const path of Object.keys(composeKeys)) {
  const parts = path.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join('/');
    prefixes.add(prefix);
    const parent = parts.slice(0, i - 1).join('/');
    if (parts[i - 1] !== '*') {
      let set = children.get(parent);
      if (!set) children.set(parent, set = new Set());
      set.add(parts[i - 1]);
    }
  }
}

/** How a concrete path relates to the spec. */
export type PathMatch =
  /** A spec path such as the ports of any service; a service name is `services` + `/*`. */
  | { kind: 'spec'; pattern: string }
  /** A key the user chose inside a free-form mapping, e.g. a variable under `environment`. */
  | { kind: 'entry'; pattern: string; name: string; depth: number }
  /** Inside an `x-` extension field: Compose ignores it. `rest` is the path below the field. */
  | { kind: 'extension'; field: string; parent: string; rest: readonly string[] }
  /** A `<<` merge key. */
  | { kind: 'merge'; pattern: string }
  /** A key the spec does not define where it stands. */
  | { kind: 'unknown'; parent: string; name: string };

const join = (a: string, b: string): string => (a ? `${a}/${b}` : b);

/** Matches a concrete key path against the spec paths. Sequence indexes add no segment. */
export function matchKeyPath(path: readonly PathSegment[]): PathMatch {
  let cur = '';
  const names = path.filter((s): s is string => typeof s === 'string');
  for (let i = 0; i < names.length; i++) {
    const s = names[i];
    if (s.startsWith('x-')) return { kind: 'extension', field: s, parent: cur, rest: names.slice(i + 1) };
    if (s === '<<') return { kind: 'merge', pattern: cur };
    const fixed = join(cur, s);
    const wild = join(cur, '*');
    if (prefixes.has(fixed)) cur = fixed;
    else if (prefixes.has(wild)) cur = wild;
    else if (children.has(cur)) return { kind: 'unknown', parent: cur, name: s };
    else return { kind: 'entry', pattern: cur, name: s, depth: names.length - i };
  }
  return { kind: 'spec', pattern: cur };
}

/** True when this spec path has its own explanation. */
export function isSpecKey(pattern: string): boolean {
  return Object.prototype.hasOwnProperty.call(composeKeys, pattern);
}

/** The fixed key names allowed under a spec path, e.g. the keys of a service under `services/*`. */
export function keysUnder(pattern: string): readonly string[] {
  return [...(children.get(pattern) ?? [])];
}

/** The known key nearest to `name` by edit distance, if it is close enough to be a likely typo. */
export function nearestKey(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  const lower = name.toLowerCase();
  for (const c of candidates) {
    const d = c.startsWith(lower) && lower.length >= 3 ? 0.5 : editDistance(lower, c, 64); // keys are short: an exact distance, no cap
    if (d < bestScore) { bestScore = d; best = c; }
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}
