// SPDX-License-Identifier: MIT
// DependencyCycle: services that wait for each other, through `depends_on`, `links`, `volumes_from` or a
// `service:` network/ipc/pid namespace, which Compose counts as dependencies too. Compose checks the
// whole graph first and starts nothing.
// Sources: compose-spec/compose-go loader/normalize.go (links, namespaces and volumes_from become
// depends_on), graph/cycle.go ("dependency cycle detected: a -> b -> a").
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { ComposeModel } from '../../../compose/composeDocument';
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

/** The shortest way back from `start` to `goal` along `edges`, as the list of services passed. */
export function pathBack(edges: readonly { from: string; to: string }[], start: string, goal: string): string[] | undefined {
  const previous = new Map<string, string>([[start, start]]);
  const queue = [start];
  while (queue.length) {
    const at = queue.shift()!;
    if (at === goal) {
      const path = [at];
      for (let p = at; p !== start;) { p = previous.get(p)!; path.unshift(p); }
      return path;
    }
    for (const e of edges) if (e.from === at && !previous.has(e.to)) { previous.set(e.to, at); queue.push(e.to); }
  }
  return undefined;
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
  check({ model }, report) {
    const known = new Set(services(model).map(s => s.name));
    const edges = dependencyEdges(model).filter(e => known.has(e.to));
    for (const e of edges) {
      const back = e.from === e.to ? [e.to] : pathBack(edges, e.to, e.from);
      const range = back ? nodeRange(model, e.node) : undefined;
      if (!back || !range) continue;
      const circle = [e.from, ...back];
      const message = e.from === e.to
        ? `\`${e.from}\` depends on itself (through \`${e.via}\`), so Compose starts nothing ("dependency cycle detected: ${e.from} -> ${e.from}").`
        : `${circle.length === 3 ? `\`${e.from}\` and \`${e.to}\` wait for each other` : `These services wait for each other in a circle`} (${circle.map(s => `\`${s}\``).join(' → ')}), so Compose starts nothing ("dependency cycle detected: …").`;
      report({ range, message });
    }
  },
};
