// SPDX-License-Identifier: MIT
// The networks a workspace's compose files create, under the names Docker gives them, for completion after
// `docker run --network `. The naming follows compose-go (loader/loader.go NormalizeProjectName,
// loader/normalize.go normalizeNetworks and setNameFromKey).
import { isMap, type Node } from 'yaml';
import { isTooLarge } from '../largeFile';
import { cachedComposeModel, mapGet, parseCompose, resolveAlias, type ComposeModel } from './composeDocument';

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
  const model = cachedComposeModel(file.text) ?? parseCompose(file.text);
  const { doc } = model;
  if (doc.errors.length || !isMap(doc.contents)) return [];
  const root = doc.contents;
  // Only the parts read here become plain values, found as Compose finds them (aliases and `<<:` merges
  // followed): `toJS` of the whole file copied every service, and failed on any alias bomb among them.
  const name = plain(model, mapGet(model, root, 'name'));
  const base = file.path.split(/[\\/]/).filter(Boolean);
  const folder = base.length > 1 ? base[base.length - 2] : '';
  const declared = typeof name === 'string' && !name.includes('$') ? name : folder;
  const project = normalizeProjectName(declared);
  const fileName = base[base.length - 1] ?? file.path;
  const from = `from ${fileName}${project ? `, project ${project}` : ''}`;
  const out: ComposeNetwork[] = [];
  const declaredNetworks = plain(model, mapGet(model, root, 'networks'));
  const networks = isDict(declaredNetworks) ? declaredNetworks : {};
  for (const [key, value] of Object.entries(networks)) {
    const def = isDict(value) ? value : {};
    const named = typeof def.name === 'string' && def.name ? def.name : undefined;
    if (named) out.push({ name: named, detail: `${from} (its own name:)` });
    else if (truthy(def.external)) out.push({ name: key, detail: `${from} (external: made outside Compose)` });
    else if (project) out.push({ name: `${project}_${key}`, detail: from });
  }
  if (project && !('default' in networks) && usesDefaultNetwork(model, mapGet(model, root, 'services'))) {
    out.push({ name: `${project}_default`, detail: `${from} (the default network of services without networks:)` });
  }
  return out;
}

/** A node as a plain value; undefined when it cannot be one (an alias bomb, a broken alias). */
function plain(model: ComposeModel, node: Node | undefined): unknown {
  const resolved = resolveAlias(model, node);
  if (!resolved) return undefined;
  try {
    return resolved.toJS(model.doc);
  } catch {
    return undefined;
  }
}

/** A service without `networks:` (or with an empty one), and not on `network_mode` or a `provider`, joins `default`. */
function usesDefaultNetwork(model: ComposeModel, servicesNode: Node | undefined): boolean {
  const services = resolveAlias(model, servicesNode);
  if (!isMap(services)) return false;
  return services.items.some(pair => {
    const service = resolveAlias(model, pair.value);
    if (!isMap(service)) return true;
    if (mapGet(model, service, 'provider') !== undefined || mapGet(model, service, 'network_mode') !== undefined) return false;
    const nets = plain(model, mapGet(model, service, 'networks'));
    if (Array.isArray(nets)) return nets.length === 0 || nets.includes('default');
    if (isDict(nets)) return Object.keys(nets).length === 0 || 'default' in nets;
    return true;
  });
}

/** Whether the text before the cursor may be waiting for a network name: adapters read compose files only then (completeShell decides exactly). */
export function mayWantNetwork(lineBefore: string): boolean {
  return /--net|\bnetwork\s/.test(lineBefore);
}
