// SPDX-License-Identifier: MIT
// Keys that are not Compose keys where they stand: typos (nearest key by edit distance), real keys in the
// wrong place (where they belong), and keys still being typed.
import type { Node } from 'yaml';
import { code, type HoverContent } from '../render';
import { composeKeys } from '../knowledge/composeKeys';
import type { PathSegment } from './composeDocument';
import { dotted, scalarText } from './content';
import { keysUnder, matchKeyPath, nearestKey } from './keyPaths';

/** A key that is not a Compose key where it stands, with the nearest real key there (if one is close). */
export interface UnknownKey { parent: string; name: string; suggestion?: string }

/**
 * The one check for unknown keys, shared by the hover and the UnknownKey diagnostic: the key at the end of
 * `path` (keys and list indexes from the root) is not a Compose key where it stands.
 */
export function unknownKeyAt(path: readonly PathSegment[]): UnknownKey | undefined {
  const match = matchKeyPath(path);
  if (match.kind !== 'unknown' || match.name !== path[path.length - 1]) return undefined;
  return { parent: match.parent, name: match.name, suggestion: nearestKey(match.name, keysUnder(match.parent)) };
}

/** Hover for a key the spec does not define where it stands: the nearest real key and where this one belongs. */
export function explainUnknownKey({ parent, name, suggestion: near }: UnknownKey, path: readonly PathSegment[]): HoverContent {
  const where = parent ? `under ${code(dotted(path.slice(0, -1)) || parent)}` : 'at the top level';
  // A real key in the wrong place (say `driver` directly under a service): say where it belongs.
  const shared = (p: string): number => {
    const a = p.split('/'), b = parent.split('/');
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  };
  // Nearest homes first: for a service, `services.<name>.logging` before `networks.<name>`.
  const homes = Object.keys(composeKeys).filter(p => p.endsWith('/' + name) || p === name)
    .sort((a, b) => shared(b) - shared(a) || a.length - b.length)
    .map(p => code(p.split('/').slice(0, -1).join('.').replace(/\*/g, '<name>') || 'top level'));
  const lines = [
    ...(near ? [`Did you mean ${code(near)}?`] : []),
    ...(homes.length ? [`${code(name)} is a Compose key under ${homes.slice(0, 4).join(', ')}${homes.length > 4 ? ' and more' : ''}.`] : []),
  ];
  return {
    title: name, tags: ['not a Compose key here'],
    what: `${code(name)} is not a Compose key ${where}. Compose rejects the file (or ignores the key) until it is fixed.`,
    inThisLine: lines.length ? lines : undefined,
    watchOut: name.startsWith('X-') || name.startsWith('x_') ? ['Custom keys must start with lowercase `x-`.'] : undefined,
    docsUrl: 'https://docs.docker.com/reference/compose-file/',
  };
}

/** `web:` followed by a lone word on the next line: most likely a key being typed. */
export function halfTypedServiceKey(node: Node): HoverContent | undefined {
  const word = scalarText(node);
  if (!word || !/^[a-z_]+$/.test(word)) return undefined;
  const near = nearestKey(word, keysUnder('services/*'));
  return {
    title: word, tags: ['incomplete'],
    what: 'A service must be a mapping of settings, like `image: nginx`. This line looks like a key still being typed.',
    inThisLine: near ? [`Did you mean ${code(near + ':')}?`] : undefined,
    docsUrl: 'https://docs.docker.com/reference/compose-file/services/',
  };
}
