// SPDX-License-Identifier: MIT
// Every place a compose file writes a name that points somewhere: the definitions under `services:`,
// `networks:`, `volumes:`, `secrets:` and `configs:`, the references to them from each service, and
// YAML anchors with their aliases. Built with one walk per model, on first use, and kept sorted by
// offset so "what is at the cursor" is a binary search.
import { isAlias, isMap, isScalar, isSeq, type Node, type Pair, type Scalar } from 'yaml';
import type { NameSpace, Occurrence } from '../navigation/types';
import { sectionEntries, type ComposeModel } from './composeDocument';

export interface ComposeNames {
  /** Every occurrence, by start offset. */
  readonly sorted: readonly Occurrence[];
  readonly byKey: ReadonlyMap<string, readonly Occurrence[]>;
}

const SECTIONS: readonly [string, NameSpace][] = [['services', 'service'], ['networks', 'network'], ['volumes', 'volume'], ['secrets', 'secret'], ['configs', 'config']];

/**
 * The name held by a scalar, with offsets of the part `[from, from + length)` of its value. Only plain
 * and simply quoted scalars qualify: with escapes the written text differs from the value.
 */
function nameIn(model: ComposeModel, node: unknown, space: NameSpace, declaration: boolean, from = 0, length?: number): Occurrence | undefined {
  if (!isScalar(node) || !node.range || typeof node.value !== 'string' && typeof node.value !== 'number') return undefined;
  const value = String(node.value);
  const [s, e] = node.range;
  const written = model.text.slice(s, e);
  const quoted = written.startsWith('"') || written.startsWith("'");
  const inner = quoted ? s + 1 : s;
  if (model.text.slice(inner, inner + value.length) !== value) return undefined;
  const name = value.slice(from, length === undefined ? undefined : from + length);
  if (!name || /\s/.test(name)) return undefined;
  const key = `${space}:${name}`;
  return { key, space, name, start: inner + from, end: inner + from + name.length, declaration, renamable: true };
}

function items(node: unknown): unknown[] {
  return isSeq(node) ? node.items : [];
}

function get(map: unknown, key: string): unknown {
  if (!isMap(map)) return undefined;
  return map.items.find(p => isScalar(p.key) && p.key.value === key)?.value;
}

/** A list of names, or a mapping keyed by names (`depends_on`, `networks`): the names, as references. */
function listOrKeys(model: ComposeModel, node: unknown, space: NameSpace, out: Occurrence[], prefix?: (value: string) => number | undefined): void {
  if (isMap(node)) { for (const p of node.items) push(out, nameIn(model, p.key, space, false)); return; }
  for (const it of items(node)) {
    if (isScalar(it) && prefix) {
      const n = prefix(String(it.value));
      if (n !== undefined) push(out, nameIn(model, it, space, false, 0, n));
    } else if (isScalar(it)) {
      push(out, nameIn(model, it, space, false));
    } else if (isMap(it)) {
      push(out, nameIn(model, get(it, 'source'), space, false));
    }
  }
}

function push(out: Occurrence[], o: Occurrence | undefined): void {
  if (o) out.push(o);
}

/** `db:ro` in `volumes_from`, `db:database` in `links`: the service is the part before the `:`; `container:x` is not a service. */
function beforeColon(value: string): number | undefined {
  if (value.startsWith('container:')) return undefined;
  const colon = value.indexOf(':');
  return colon < 0 ? value.length : colon;
}

/** `data:/var/lib/data[:ro]`: a named volume when the source is a name, not a path. */
function volumeSource(value: string): number | undefined {
  const colon = value.indexOf(':');
  if (colon <= 0) return undefined;
  const source = value.slice(0, colon);
  return /^[a-zA-Z0-9][a-zA-Z0-9._-]*$/.test(source) ? colon : undefined;
}

function serviceReferences(model: ComposeModel, service: unknown, out: Occurrence[]): void {
  listOrKeys(model, get(service, 'depends_on'), 'service', out);
  listOrKeys(model, get(service, 'links'), 'service', out, beforeColon);
  listOrKeys(model, get(service, 'volumes_from'), 'service', out, beforeColon);
  const ext = get(service, 'extends');
  // With `file:`, the service lives in that other file.
  if (isMap(ext) && get(ext, 'file') === undefined) push(out, nameIn(model, get(ext, 'service'), 'service', false));
  for (const key of ['network_mode', 'ipc', 'pid']) {
    const mode = get(service, key);
    if (isScalar(mode) && typeof mode.value === 'string' && mode.value.startsWith('service:')) push(out, nameIn(model, mode, 'service', false, 'service:'.length));
  }
  listOrKeys(model, get(service, 'networks'), 'network', out);
  for (const v of items(get(service, 'volumes'))) {
    if (isScalar(v)) {
      const n = volumeSource(String(v.value));
      if (n !== undefined) push(out, nameIn(model, v, 'volume', false, 0, n));
    } else if (isMap(v)) {
      const type = get(v, 'type');
      if (isScalar(type) && type.value === 'volume') push(out, nameIn(model, get(v, 'source'), 'volume', false));
    }
  }
  listOrKeys(model, get(service, 'secrets'), 'secret', out);
  listOrKeys(model, get(service, 'configs'), 'config', out);
  const build = get(service, 'build');
  if (isMap(build)) listOrKeys(model, get(build, 'secrets'), 'secret', out);
}

/** `&name` before a node and `*name` aliases, in document order: an alias means the latest anchor of that name before it. */
function anchorsAndAliases(model: ComposeModel, out: Occurrence[]): void {
  const latest = new Map<string, number>();
  let defined = 0;
  const visit = (n: unknown, depth: number): void => {
    if (!n || typeof n !== 'object' || depth > 200) return;
    const node = n as Node;
    if (node.anchor && node.range) {
      const at = model.text.lastIndexOf(`&${node.anchor}`, node.range[0]);
      if (at >= 0) {
        latest.set(node.anchor, ++defined);
        out.push({ key: `anchor:${defined}:${node.anchor}`, space: 'anchor', name: node.anchor, start: at + 1, end: at + 1 + node.anchor.length, declaration: true, renamable: true });
      }
    }
    if (isAlias(node) && node.range && model.text[node.range[0]] === '*') {
      const id = latest.get(node.source);
      if (id !== undefined) out.push({ key: `anchor:${id}:${node.source}`, space: 'anchor', name: node.source, start: node.range[0] + 1, end: node.range[0] + 1 + node.source.length, declaration: false, renamable: true });
    }
    if (isMap(node)) for (const p of node.items as Pair[]) { visit(p.key, depth + 1); visit(p.value, depth + 1); }
    else if (isSeq(node)) for (const it of node.items) visit(it, depth + 1);
  };
  visit(model.doc.contents, 0);
}

const cache = new WeakMap<ComposeModel, ComposeNames>();

/** The names of a compose model, walked once per model. */
export function composeNames(model: ComposeModel): ComposeNames {
  let names = cache.get(model);
  if (names) return names;
  const out: Occurrence[] = [];
  for (const [section, space] of SECTIONS) {
    for (const pair of sectionEntries(model, section).values()) push(out, nameIn(model, pair.key as Scalar, space, true));
  }
  for (const pair of sectionEntries(model, 'services').values()) serviceReferences(model, pair.value, out);
  anchorsAndAliases(model, out);
  out.sort((a, b) => a.start - b.start);
  const byKey = new Map<string, Occurrence[]>();
  for (const o of out) {
    const list = byKey.get(o.key);
    if (list) list.push(o); else byKey.set(o.key, [o]);
  }
  names = { sorted: out, byKey };
  cache.set(model, names);
  return names;
}

/** The occurrence covering `offset`, by binary search. */
export function composeNameAt(names: ComposeNames, offset: number): Occurrence | undefined {
  const list = names.sorted;
  let lo = 0, hi = list.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  const o = found >= 0 ? list[found] : undefined;
  return o && offset <= o.end ? o : undefined;
}
