// SPDX-License-Identifier: MIT
// DependencyCycle: services that wait for each other, through `depends_on`, `links`, `volumes_from` or a
// `service:` network/ipc/pid namespace, which Compose counts as dependencies too. Compose checks the
// whole graph first and starts nothing.
// Sources: compose-spec/compose-go loader/normalize.go (links, namespaces and volumes_from become
// depends_on), graph/cycle.go ("dependency cycle detected: a -> b -> a").
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { ComposeModel } from '../../../compose/composeDocument';
import { dockerErrors } from '../../../knowledge/dockerErrors';
import type { ComposeRule } from '../../types';
import { itemsOf, nodeRange, scalarText, services, setting } from '../nodes';

/** One dependency: `from` waits for `to`, written at `node`. */
interface Edge { from: string; to: string; node: Node; via: string }

function dependencyEdges(model: ComposeModel): Edge[] {
  const edges: Edge[] = [];
  const add = (from: string, to: string | undefined, node: unknown, via: string): void => {
    if (to && !to.includes('$') && node) edges.push({ from, to, node: node as Node, via });
  };
  for (const svc of services(model)) {
    const deps = setting(model, svc, 'depends_on');
    if (isSeq(deps)) for (const it of deps.items) add(svc.name, scalarText(it), it, 'depends_on');
    if (isMap(deps)) for (const p of deps.items) add(svc.name, scalarText(p.key), p.key, 'depends_on');
    for (const it of itemsOf(model, setting(model, svc, 'links'))) add(svc.name, scalarText(it)?.split(':')[0], it, 'links');
    for (const key of ['network_mode', 'ipc', 'pid', 'uts', 'cgroup']) {
      const n = setting(model, svc, key);
      const v = scalarText(n);
      if (v?.startsWith('service:')) add(svc.name, v.slice('service:'.length), n, key);
    }
    for (const it of itemsOf(model, setting(model, svc, 'volumes_from'))) {
      const v = isScalar(it) ? scalarText(it) : undefined;
      if (v && !v.startsWith('container:')) add(svc.name, v.split(':')[0], it, 'volumes_from');
    }
  }
  return edges;
}

/** The strongly connected parts of the graph (Tarjan's algorithm, without recursion): node → part number. */
function stronglyConnected(adjacency: ReadonlyMap<string, readonly string[]>): Map<string, number> {
  const index = new Map<string, number>(), low = new Map<string, number>(), part = new Map<string, number>();
  const stack: string[] = [], onStack = new Set<string>();
  let counter = 0, parts = 0;
  for (const root of adjacency.keys()) {
    if (index.has(root)) continue;
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, counter); low.set(root, counter++); stack.push(root); onStack.add(root);
    while (work.length) {
      const top = work[work.length - 1];
      const out = adjacency.get(top.node) ?? [];
      if (top.next < out.length) {
        const to = out[top.next++];
        if (!index.has(to)) {
          index.set(to, counter); low.set(to, counter++); stack.push(to); onStack.add(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) low.set(top.node, Math.min(low.get(top.node)!, index.get(to)!));
        continue;
      }
      work.pop();
      if (work.length) low.set(work[work.length - 1].node, Math.min(low.get(work[work.length - 1].node)!, low.get(top.node)!));
      if (low.get(top.node) === index.get(top.node)) {
        let n: string;
        do { n = stack.pop()!; onStack.delete(n); part.set(n, parts); } while (n !== top.node);
        parts++;
      }
    }
  }
  return part;
}

/** Past this many services in one knot, circles are not spelled out: a search per edge would cost too much. */
const spelledOutUpTo = 64;

/**
 * For every edge that lies on a circle, the circle through it: [from, to, …, from], or only [from, to]
 * when the knot is larger than `spelledOutUpTo`. Edges are answered in the order given; edges to unknown
 * nodes are never on a circle.
 */
export function circlesThrough<E extends { from: string; to: string }>(edges: readonly E[]): { edge: E; circle: string[] }[] {
  // Each edge once: a service may name another many times (`depends_on: [b, b, …]`), and every copy walked
  // again made a 32 KB file of two services take a second.
  const adjacency = new Map<string, string[]>();
  const distinct = new Set<string>();
  for (const e of edges) {
    if (!adjacency.has(e.to)) adjacency.set(e.to, []);
    const key = `${e.from}\u0000${e.to}`;
    if (distinct.has(key)) continue;
    distinct.add(key);
    const out = adjacency.get(e.from);
    if (out) out.push(e.to); else adjacency.set(e.from, [e.to]);
  }
  const part = stronglyConnected(adjacency);
  const size = new Map<number, number>();
  for (const p of part.values()) size.set(p, (size.get(p) ?? 0) + 1);
  const out: { edge: E; circle: string[] }[] = [];
  const found = new Map<string, string[]>();
  for (const e of edges) {
    if (e.from === e.to) { out.push({ edge: e, circle: [e.from, e.from] }); continue; }
    if (part.get(e.from) !== part.get(e.to)) continue;
    if (size.get(part.get(e.from)!)! > spelledOutUpTo) { out.push({ edge: e, circle: [e.from, e.to] }); continue; }
    const key = `${e.from}\u0000${e.to}`;
    const known = found.get(key);
    if (known) { out.push({ edge: e, circle: known.slice() }); continue; }
    // Shortest way back from `to` to `from`, inside their part.
    const previous = new Map<string, string>([[e.to, e.to]]);
    const queue = [e.to];
    for (let i = 0; i < queue.length && !previous.has(e.from); i++) {
      for (const next of adjacency.get(queue[i]) ?? []) {
        if (previous.has(next) || part.get(next) !== part.get(e.from)) continue;
        previous.set(next, queue[i]);
        queue.push(next);
      }
    }
    const back = [e.from];
    for (let at = e.from; at !== e.to;) { at = previous.get(at)!; back.push(at); }
    const circle = [e.from, ...back.reverse()];
    found.set(key, circle);
    out.push({ edge: e, circle: circle.slice() });
  }
  return out;
}

export const dependencyCycle: ComposeRule = {
  code: 'DependencyCycle',
  source: 'coach',
  severity: 'error',
  title: 'Services that wait for each other',
  why: 'Compose starts a service only after the ones it depends on. When two services depend on each other (directly, or around a longer circle), neither can go first, so Compose refuses to start anything. `links`, `volumes_from` and `network_mode: service:…` count as dependencies too.',
  fix: 'Remove one of the dependencies in the circle. Services on the same network can still reach each other by name without `depends_on`.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#depends_on',
  reference: 'compose-spec-docs/05-services.md',
  rejectedBy: 'compose-spec/compose-go:graph/cycle.go',
  dockerErrors: ['dependencyCycle'],
  check({ model }, report) {
    const known = new Set(services(model).map(s => s.name));
    const edges = dependencyEdges(model).filter(e => known.has(e.to));
    for (const { edge: e, circle } of circlesThrough(edges)) {
      const range = nodeRange(model, e.node);
      if (!range) continue;
      const message = e.from === e.to
        ? `\`${e.from}\` depends on itself (through \`${e.via}\`), so Compose starts nothing ("dependency cycle detected: ${e.from} -> ${e.from}").`
        : circle.length === 2
          ? `\`${e.from}\` waits for \`${e.to}\`, which leads back to \`${e.from}\` through many services, so Compose starts nothing ("dependency cycle detected: …").`
          : `${circle.length === 3 ? `\`${e.from}\` and \`${e.to}\` wait for each other` : 'These services wait for each other in a circle'} (${circle.map(s => `\`${s}\``).join(' → ')}), so Compose starts nothing ("dependency cycle detected: …").`;
      report({ range, message: `${message} ${dockerErrors.dependencyCycle.says}` });
    }
  },
};
