// SPDX-License-Identifier: MIT
// Small helpers the compose rules share: ranges of YAML nodes, the services and their settings.
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { mapGet, rangeOf, resolveAlias, sectionEntries, type ComposeModel } from '../../compose/composeDocument';
import { scalarText } from '../../compose/content';
import type { Range } from '../../text';
import { parseByteSize } from './goParsers';

/** The range of a node; a block collection gets only its first line, so a squiggle never covers a page. */
export function nodeRange(model: ComposeModel, node: Node): Range | undefined {
  if (!node.range) return undefined;
  const start = node.range[0];
  let end = node.range[1];
  if (!isScalar(node)) {
    const nl = model.text.indexOf('\n', start);
    if (nl >= 0 && nl < end) end = nl;
  }
  while (end > start && /\s/.test(model.text[end - 1])) end--;
  return rangeOf(model, start, end);
}

/**
 * The line from which the YAML is broken (the first syntax error's line), or Infinity. Below it, what
 * `yaml` recovered is a guess, so checks that read the shape of the document stay quiet there.
 */
export function brokenFromLine(model: ComposeModel): number {
  const first = model.doc.errors[0];
  // The slip that caused it is often on the line before (an unclosed `[` or quote), so that line counts too.
  return first ? Math.max(0, rangeOf(model, first.pos[0], first.pos[0]).start.line - 1) : Infinity;
}

/** The range of a pair's key, or of its value when the key has no position. */
export function keyRange(model: ComposeModel, pair: Pair): Range | undefined {
  return nodeRange(model, (pair.key ?? pair.value) as Node);
}

/** One service: its name, its pair under `services:` and its settings (aliases resolved). */
export interface ServiceEntry { name: string; pair: Pair; body: Node | undefined }

const servicesCache = new WeakMap<ComposeModel, ServiceEntry[]>();

/** The services of the file, in order (built once per model: most rules walk them). */
export function services(model: ComposeModel): ServiceEntry[] {
  let list = servicesCache.get(model);
  if (!list) servicesCache.set(model, list = [...sectionEntries(model, 'services')].map(([name, pair]) => ({ name, pair, body: resolveAlias(model, pair.value) })));
  return list;
}

/** A service setting, following `<<` merges the way Compose does. */
export function setting(model: ComposeModel, service: ServiceEntry | Node | undefined, key: string): Node | undefined {
  const body = service && 'pair' in service ? service.body : service;
  return resolveAlias(model, mapGet(model, body, key));
}

/** A setting some keys down (`['healthcheck', 'interval']`), each step following merges like `setting`. */
export function settingAt(model: ComposeModel, from: ServiceEntry | Node | undefined, path: readonly string[]): Node | undefined {
  let node = from;
  for (const key of path) node = setting(model, node, key);
  return node as Node | undefined;
}

/** The items of a sequence (aliases resolved), or none. */
export function itemsOf(model: ComposeModel, n: Node | undefined): Node[] {
  const seq = resolveAlias(model, n);
  return isSeq(seq) ? seq.items.map(it => resolveAlias(model, it) as Node).filter(Boolean) : [];
}

/** The pairs of a mapping (own keys only), or none. */
export function pairsOf(model: ComposeModel, n: Node | undefined): Pair[] {
  const map = resolveAlias(model, n);
  return isMap(map) ? map.items as Pair[] : [];
}

/** A string value as written, or undefined for other values and for `${…}` ones (known only when Compose runs). */
export function literalString(n: Node | undefined): string | undefined {
  return isScalar(n) && typeof n.value === 'string' && !n.value.includes('$') ? n.value : undefined;
}

/** A boolean the way Compose reads one, also from `"true"` written as text. */
export function isTrue(n: Node | undefined): boolean {
  if (!isScalar(n)) return false;
  return n.value === true || (typeof n.value === 'string' && /^true$/i.test(n.value));
}

/**
 * A number written out in the file, read the way Compose reads that kind of value: a byte size (`512m`), a
 * whole count, or a CPU count (compared as a float32, as compose-go does). Undefined when the node is absent,
 * holds a `${…}` variable, or does not parse (another rule reports that).
 */
export function writtenNumber(node: Node | undefined, kind: 'bytes' | 'count' | 'cpus'): number | undefined {
  const text = scalarText(node);
  if (text === undefined || text.includes('$')) return undefined;
  if (kind === 'cpus') return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Math.fround(Number(text)) : undefined;
  if (kind === 'count') return /^[+-]?\d+$/.test(text) ? Number(text) : undefined;
  const parsed = parseByteSize(text);
  return 'bytes' in parsed ? parsed.bytes : undefined;
}

export { scalarText };
