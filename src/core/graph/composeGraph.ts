// SPDX-License-Identifier: MIT
// A compose file as a graph: services, the networks, volumes, folders, secrets, configs and host ports they
// use, and the links between them, each with the range it came from. Read from the cached model (parsed
// once per text); a broken or half-typed file gives whatever parts can be read, never a throw.
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { composeModel, mapGet, rangeOf, resolveAlias, sectionEntries, type ComposeModel } from '../compose/composeDocument';
import { scalarText } from '../compose/content';
import { parsePort } from '../compose/ports';
import { parseVolume } from '../compose/volumes';
import { isHostPath } from '../hostPath';
import { defaultMaxFileChars, isTooLarge } from '../largeFile';
import type { Range } from '../text';
import type { FileContext } from '../types';
import type { ComposeEdge, ComposeGraph, ComposeNode, ImplicitDependencyKey } from './types';
import { planStart } from './startPlan';

export interface ComposeGraphOptions { maxFileChars?: number }

/** Collects nodes by id (the first definition wins) and edges in file order. */
class GraphBuilder {
  readonly nodes = new Map<string, ComposeNode>();
  readonly edges: ComposeEdge[] = [];
  constructor(readonly model: ComposeModel) {}

  range(n: unknown, fallback: Range): Range {
    const r = (n as Node | null | undefined)?.range;
    return r ? rangeOf(this.model, r[0], r[1]) : fallback;
  }

  node(n: ComposeNode): ComposeNode {
    const known = this.nodes.get(n.id);
    if (known) return known;
    this.nodes.set(n.id, n);
    return n;
  }

  edge(e: Omit<ComposeEdge, 'id'>): void {
    this.edges.push({ ...e, id: `${e.kind}:${e.from}->${e.to}#${this.edges.length}` });
  }
}

const items = (model: ComposeModel, n: unknown): unknown[] => {
  const v = resolveAlias(model, n);
  return isSeq(v) ? v.items.map(i => resolveAlias(model, i)) : [];
};
const pairs = (model: ComposeModel, n: unknown): Pair[] => {
  const v = resolveAlias(model, n);
  return isMap(v) ? (v.items as Pair[]).filter(p => isScalar(p.key) && p.key.value !== '<<') : [];
};
const text = (model: ComposeModel, n: unknown): string | undefined => scalarText(resolveAlias(model, n));
const keyName = (p: Pair): string => String((p.key as { value: unknown }).value);

/** Top-level definitions: networks, volumes, secrets and configs, with driver and `external`. */
function addDeclared(b: GraphBuilder): void {
  const m = b.model;
  for (const [section, kind] of [['networks', 'network'], ['volumes', 'volume'], ['secrets', 'secret'], ['configs', 'config']] as const) {
    for (const [name, pair] of sectionEntries(m, section)) {
      const def = pair.value;
      const external = isTrue(text(m, mapGet(m, def, 'external'))) || isMap(resolveAlias(m, mapGet(m, def, 'external')));
      const driver = kind === 'network' ? text(m, mapGet(m, def, 'driver')) ?? 'bridge' : text(m, mapGet(m, def, 'driver'));
      const realName = text(m, mapGet(m, def, 'name'));
      b.node({
        id: `${kind}:${name}`, kind, label: realName && realName !== name ? `${name} (${realName})` : name,
        range: b.range(pair.key, zero), driver, external: external || undefined,
      });
    }
  }
}

const zero: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const isTrue = (v: string | undefined): boolean => v === 'true' || v === 'yes' || v === 'on';

/** A name a service uses but the file never declares still gets a node, marked implicit. */
function used(b: GraphBuilder, kind: 'network' | 'volume' | 'secret' | 'config', name: string, at: Range): string {
  const id = `${kind}:${name}`;
  b.node({ id, kind, label: name, range: at, implicit: true, driver: kind === 'network' ? 'bridge' : undefined });
  return id;
}

/** Adds the `depends_on` edges of a service; returns the ids of the services it lists. */
function addDependsOn(b: GraphBuilder, service: string, value: unknown): Set<string> {
  const m = b.model;
  const from = `service:${service}`;
  const listed = new Set<string>();
  for (const it of items(m, value)) {
    const name = text(m, it);
    if (name) b.edge({ kind: 'depends_on', from, to: `service:${name}`, label: 'after start', condition: 'service_started', range: b.range(it, zero) });
    if (name) listed.add(`service:${name}`);
  }
  for (const p of pairs(m, value)) {
    const condition = text(m, mapGet(m, p.value, 'condition')) ?? 'service_started';
    const optional = isFalse(text(m, mapGet(m, p.value, 'required'))) || undefined;
    b.edge({ kind: 'depends_on', from, to: `service:${keyName(p)}`, label: conditionLabel[condition] ?? condition, condition, optional, range: b.range(p.key, zero) });
    listed.add(`service:${keyName(p)}`);
  }
  return listed;
}

const isFalse = (v: string | undefined): boolean => v === 'false' || v === 'no' || v === 'off';

const implicitLabel: Record<ImplicitDependencyKey, string> = {
  links: 'link', volumes_from: 'volumes from', network_mode: 'shares network', ipc: 'shares ipc', pid: 'shares pid', uts: 'shares uts', cgroup: 'shares cgroup',
};

/**
 * The services this one starts after without `depends_on`, the way compose-go reads them (loader/normalize.go):
 * `links` (`name` or `name:alias`), `volumes_from` (`name`, `name:ro`; not `container:x`), and `service:x` in
 * `network_mode`, `ipc`, `pid`, `uts` and `cgroup`. A name `depends_on` already lists keeps its own condition.
 */
function addImplicitDependencies(b: GraphBuilder, service: string, def: unknown, listed: Set<string>): void {
  const m = b.model;
  const from = `service:${service}`;
  const add = (via: ImplicitDependencyKey, name: string | undefined, at: unknown) => {
    if (!name || name.includes('$') || listed.has(`service:${name}`)) return;
    listed.add(`service:${name}`);
    b.edge({ kind: 'depends_on', from, to: `service:${name}`, label: implicitLabel[via], condition: 'service_started', via, range: b.range(at, zero) });
  };
  for (const it of items(m, mapGet(m, def, 'links'))) add('links', text(m, it)?.split(':')[0], it);
  for (const key of ['network_mode', 'ipc', 'pid', 'uts', 'cgroup'] as const) {
    const node = mapGet(m, def, key);
    const value = text(m, node);
    if (value?.startsWith('service:')) add(key, value.slice('service:'.length), node);
  }
  for (const it of items(m, mapGet(m, def, 'volumes_from'))) {
    const value = text(m, it);
    if (value && !value.startsWith('container:')) add('volumes_from', value.split(':')[0], it);
  }
}

/** Short edge labels for the three conditions. ref: compose-spec-docs/05-services.md#long-syntax-1 */
const conditionLabel: Record<string, string> = {
  service_started: 'after start',
  service_healthy: 'when healthy',
  service_completed_successfully: 'after it exits 0',
};

function addNetworks(b: GraphBuilder, service: string, value: unknown, serviceRange: Range): void {
  const m = b.model;
  const from = `service:${service}`;
  const join = (name: string, at: Range, aliases: string[]) => {
    const to = b.nodes.has(`network:${name}`) ? `network:${name}` : used(b, 'network', name, at);
    b.edge({ kind: 'network', from, to, label: aliases.length ? `also ${aliases.join(', ')}` : '', aliases: aliases.length ? aliases : undefined, range: at });
  };
  if (value === undefined) {
    // No `networks:` key: Compose puts the service on the project's `default` network.
    join('default', serviceRange, []);
    return;
  }
  for (const it of items(m, value)) {
    const name = text(m, it);
    if (name) join(name, b.range(it, zero), []);
  }
  for (const p of pairs(m, value)) {
    const aliases = items(m, mapGet(m, p.value, 'aliases')).map(a => text(m, a)).filter((a): a is string => !!a);
    join(keyName(p), b.range(p.key, zero), aliases);
  }
}

function addVolumes(b: GraphBuilder, service: string, value: unknown): void {
  const m = b.model;
  const from = `service:${service}`;
  items(m, value).forEach((it, i) => {
    const at = b.range(it, zero);
    let source: string | undefined, target: string | undefined, type: string | undefined, readOnly = false;
    const short = text(m, it);
    if (short !== undefined) {
      const v = parseVolume(short);
      if (!v) return;
      ({ source, target } = v);
      readOnly = v.modes.includes('ro');
      type = !source ? 'volume' : isHostPath(source) ? 'bind' : 'volume';
    } else if (isMap(it)) {
      source = text(m, mapGet(m, it, 'source'));
      target = text(m, mapGet(m, it, 'target'));
      type = text(m, mapGet(m, it, 'type')) ?? (source && isHostPath(source) ? 'bind' : 'volume');
      readOnly = isTrue(text(m, mapGet(m, it, 'read_only')));
    }
    if (!target) return;
    let to: string;
    if (type === 'bind') {
      if (!source) return;
      to = b.node({ id: `bind:${source}`, kind: 'bind', label: source, range: at }).id;
    } else if (type === 'volume' && source) {
      to = b.nodes.has(`volume:${source}`) ? `volume:${source}` : used(b, 'volume', source, at);
    } else if (type === 'volume') {
      to = b.node({ id: `volume:(anonymous ${service} ${i})`, kind: 'volume', label: 'anonymous volume', range: at, implicit: true }).id;
    } else {
      return; // tmpfs, npipe, image mounts: nothing outside the container to draw
    }
    b.edge({ kind: 'volume', from, to, label: `${target}${readOnly ? ' (read-only)' : ''}`, target, readOnly: readOnly || undefined, range: at });
  });
}

function addPorts(b: GraphBuilder, service: string, value: unknown): void {
  const m = b.model;
  const to = `service:${service}`;
  items(m, value).forEach((it, i) => {
    const at = b.range(it, zero);
    let hostIp: string | undefined, host: string | undefined, container: string | undefined, protocol: string | undefined;
    const short = text(m, it);
    if (short !== undefined) {
      const p = parsePort(short);
      if (!p) return;
      ({ hostIp, host, container, protocol } = p);
    } else if (isMap(it)) {
      container = text(m, mapGet(m, it, 'target'));
      host = text(m, mapGet(m, it, 'published'));
      hostIp = text(m, mapGet(m, it, 'host_ip'));
      protocol = text(m, mapGet(m, it, 'protocol'));
    }
    if (!container) return;
    const proto = (protocol ?? 'tcp').toLowerCase();
    const hostLabel = host ? `${hostIp && hostIp !== '0.0.0.0' ? `${hostIp}:` : ''}${host}` : `random port`;
    // A published port is one thing on your machine: two services cannot share it, so the id is ip:port/protocol.
    const id = host ? `port:${hostIp ?? '0.0.0.0'}:${host}/${proto}` : `port:(random ${service} ${i})/${proto}`;
    const from = b.node({ id, kind: 'port', label: `${hostLabel}${proto === 'tcp' ? '' : `/${proto}`}`, range: at }).id;
    b.edge({ kind: 'port', from, to, label: `→ ${container}/${proto}`, containerPort: `${container}/${proto}`, range: at });
  });
}

/** `secrets:` and `configs:` of a service, short (`- name`) or long (`- source: name`, `target: ...`). */
function addFiles(b: GraphBuilder, service: string, value: unknown, kind: 'secret' | 'config'): void {
  const m = b.model;
  const from = `service:${service}`;
  for (const it of items(m, value)) {
    const name = text(m, it) ?? text(m, mapGet(m, it, 'source'));
    if (!name) continue;
    const at = b.range(it, zero);
    // ref: compose-spec-docs/09-secrets.md, 08-configs.md (default mount points)
    const target = text(m, mapGet(m, it, 'target')) ?? (kind === 'secret' ? `/run/secrets/${name}` : `/${name}`);
    const full = kind === 'secret' && !target.startsWith('/') ? `/run/secrets/${target}` : target;
    const to = b.nodes.has(`${kind}:${name}`) ? `${kind}:${name}` : used(b, kind, name, at);
    b.edge({ kind, from, to, label: full, target: full, range: at });
  }
}

function buildContext(m: ComposeModel, build: unknown): string | undefined {
  const direct = text(m, build);
  if (direct !== undefined) return direct;
  return isMap(resolveAlias(m, build)) ? text(m, mapGet(m, build, 'context')) ?? '.' : undefined;
}

function addService(b: GraphBuilder, name: string, pair: Pair): void {
  const m = b.model;
  const def = pair.value;
  const at = b.range(pair.key, zero);
  const networkMode = text(m, mapGet(m, def, 'network_mode'));
  const profiles = items(m, mapGet(m, def, 'profiles')).map(p => text(m, p)).filter((p): p is string => !!p);
  const build = mapGet(m, def, 'build');
  b.node({
    id: `service:${name}`, kind: 'service', label: name, range: at, image: text(m, mapGet(m, def, 'image')), build: buildContext(m, build), buildRange: build ? b.range(build, zero) : undefined, networkMode,
    profiles: profiles.length ? profiles : undefined, pullPolicy: text(m, mapGet(m, def, 'pull_policy')),
  });
  addImplicitDependencies(b, name, def, addDependsOn(b, name, mapGet(m, def, 'depends_on')));
  if (!networkMode) addNetworks(b, name, mapGet(m, def, 'networks'), at);
  addVolumes(b, name, mapGet(m, def, 'volumes'));
  addPorts(b, name, mapGet(m, def, 'ports'));
  addFiles(b, name, mapGet(m, def, 'secrets'), 'secret');
  addFiles(b, name, mapGet(m, def, 'configs'), 'config');
}

/**
 * The compose project as nodes (services, networks, volumes, bind-mounted folders, secrets, configs and host
 * ports) and edges (depends_on, network membership, mounts, published ports, secrets, configs), each carrying
 * the range of the file it came from, plus the order `docker compose up` starts the services in, the services
 * it leaves out, and why it refuses the file when it does (what only the whole graph shows: a loop, a needed
 * service switched off; the rest comes from the Problems given to `composeWalkthrough`). Paths are shown as
 * written. `_file` stays in the signature callers know; the graph no longer depends on the file's name.
 */
export function composeGraph(text: string, _file?: FileContext, options: ComposeGraphOptions = {}): ComposeGraph {
  if (isTooLarge(text, options.maxFileChars ?? defaultMaxFileChars)) return { nodes: [], edges: [], startOrder: [], tooLarge: true };
  try {
    const b = new GraphBuilder(composeModel(text));
    addDeclared(b);
    for (const [name, pair] of sectionEntries(b.model, 'services')) addService(b, name, pair);
    // An edge to a service the file does not define cannot be drawn; the diagnostics explain it instead.
    const edges = b.edges.filter(e => b.nodes.has(e.from) && b.nodes.has(e.to));
    const services = [...b.nodes.values()].filter(n => n.kind === 'service');
    const plan = planStart(services, edges.filter(e => e.kind === 'depends_on'));
    return { nodes: [...b.nodes.values()], edges, ...plan };
  } catch {
    // A YAML shape we did not foresee: an empty diagram is calmer than an error.
    return { nodes: [], edges: [], startOrder: [] };
  }
}
