// SPDX-License-Identifier: MIT
// The networks a workspace's compose files create, under the names Docker gives them, for completion after
// `docker run --network `. The naming follows compose-go (loader/loader.go NormalizeProjectName,
// loader/normalize.go normalizeNetworks and setNameFromKey).
import { isMap, isScalar, type Document, type Node, type YAMLMap } from 'yaml';
import { isTooLarge } from '../largeFile';
import { cachedComposeModel, parseCompose } from './composeDocument';

/** One compose file: its path (for the folder name) and its text. */
export interface ComposeFileText { path: string; text: string }

/** One network as `docker network ls` will list it once the project is up. */
export interface ComposeNetwork { name: string; detail: string }

/** Compose's project name rule: lower case, only a-z 0-9 _ -, no leading _ or -. */
export function normalizeProjectName(name: string): string {
  return (name.toLowerCase().match(/[a-z0-9_-]/g) ?? []).join('').replace(/^[_-]+/, '');
}

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);
const truthy = (v: unknown) => v === true || (typeof v === 'string' && /^(true|1|t)$/i.test(v));

/** The network names of each file, in file order, each name once; broken or huge files give nothing. */
export function composeNetworks(files: readonly ComposeFileText[], maxFileChars?: number): ComposeNetwork[] {
  const out: ComposeNetwork[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    for (const network of networksOf(file, maxFileChars)) {
      if (seen.has(network.name)) continue;
      seen.add(network.name);
      out.push(network);
    }
  }
  return out;
}

function networksOf(file: ComposeFileText, maxFileChars: number | undefined): ComposeNetwork[] {
  if (isTooLarge(file.text, maxFileChars)) return [];
  // The editor's model of this text when it has one; otherwise a parse of its own, kept out of the shared cache
  // so the workspace's other files do not push the open file's model out.
  const { doc } = cachedComposeModel(file.text) ?? parseCompose(file.text);
  if (doc.errors.length || !isMap(doc.contents)) return [];
  const root = doc.contents;
  // Only the three parts read here are turned into plain values: `toJS` of the whole file copied every service
  // (and failed on any alias bomb among them) to learn a few names.
  const name = plain(doc, lastValue(root, 'name'));
  const base = file.path.split(/[\\/]/).filter(Boolean);
  const folder = base.length > 1 ? base[base.length - 2] : '';
  const declared = typeof name === 'string' && !name.includes('$') ? name : folder;
  const project = normalizeProjectName(declared);
  const fileName = base[base.length - 1] ?? file.path;
  const from = `from ${fileName}${project ? `, project ${project}` : ''}`;
  const out: ComposeNetwork[] = [];
  const declaredNetworks = plain(doc, lastValue(root, 'networks'));
  const networks = isDict(declaredNetworks) ? declaredNetworks : {};
  for (const [key, value] of Object.entries(networks)) {
    const def = isDict(value) ? value : {};
    const named = typeof def.name === 'string' && def.name ? def.name : undefined;
    if (named) out.push({ name: named, detail: `${from} (its own name:)` });
    else if (truthy(def.external)) out.push({ name: key, detail: `${from} (external: made outside Compose)` });
    else if (project) out.push({ name: `${project}_${key}`, detail: from });
  }
  if (project && !('default' in networks) && usesDefaultNetwork(doc, resolved(doc, lastValue(root, 'services')))) {
    out.push({ name: `${project}_default`, detail: `${from} (the default network of services without networks:)` });
  }
  return out;
}

/** The value of the last pair whose key is `key` (the one a plain reading keeps, as `uniqueKeys: false` allows several). */
function lastValue(map: YAMLMap, key: string): unknown {
  for (let i = map.items.length - 1; i >= 0; i--) {
    const k = map.items[i].key;
    if ((isScalar(k) ? k.value : k) === key) return map.items[i].value;
  }
  return undefined;
}

/** An alias followed to the node it names. */
function resolved(doc: Document.Parsed, node: unknown): unknown {
  return node && typeof node === 'object' && 'resolve' in node && typeof node.resolve === 'function' ? (node as { resolve(d: Document): Node | undefined }).resolve(doc) : node;
}

/** A node as a plain value; undefined when it cannot be one (an alias bomb, a broken alias). */
function plain(doc: Document.Parsed, node: unknown): unknown {
  if (!node || typeof node !== 'object' || !('toJS' in node) || typeof node.toJS !== 'function') return undefined;
  try {
    return (node as Node).toJS(doc);
  } catch {
    return undefined;
  }
}

/** A service without `networks:` (or with an empty one), and not on `network_mode`, joins `default`. */
function usesDefaultNetwork(doc: Document.Parsed, services: unknown): boolean {
  if (!isMap(services)) return false;
  return services.items.some(pair => {
    const service = resolved(doc, pair.value);
    if (!isMap(service)) return true;
    const keys = service.items.map(p => (isScalar(p.key) ? p.key.value : p.key));
    if (keys.includes('provider') || keys.includes('network_mode')) return false;
    if (!keys.includes('networks')) return true;
    const nets = plain(doc, lastValue(service, 'networks'));
    if (Array.isArray(nets)) return nets.length === 0 || nets.includes('default');
    if (isDict(nets)) return Object.keys(nets).length === 0 || 'default' in nets;
    return true;
  });
}

/** Whether the text before the cursor may be waiting for a network name: adapters read compose files only then (completeShell decides exactly). */
export function mayWantNetwork(lineBefore: string): boolean {
  return /--net|\bnetwork\s/.test(lineBefore);
}
