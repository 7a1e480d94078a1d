// SPDX-License-Identifier: MIT
// What `docker compose up` does with this file, step by step in start order, for the view under the diagram.
// Facts: compose-spec-docs/05-services.md (depends_on, ports, volumes), 06-networks.md (default network,
// external), 07-volumes.md (external, kept by down). The sentences are ours.
import type { Range } from '../text';
import type { ComposeEdge, ComposeGraph, ComposeNode } from './types';

/** One sentence of the walk-through; `nodeId` and `range` say what clicking it reveals. */
export interface WalkStep { text: string; nodeId?: string; range?: Range }

const waitWords: Record<string, string> = {
  service_started: 'has started',
  service_healthy: 'reports healthy (its healthcheck passes)',
  service_completed_successfully: 'has run to the end and exited with code 0',
};

function prepareStep(n: ComposeNode): string {
  const what = { network: 'network', volume: 'volume', secret: 'secret', config: 'config' }[n.kind as 'network'];
  if (n.external) return `Checks that the ${what} \`${n.label}\` already exists: it is external, so Compose does not create it and stops with an error if it is missing.`;
  if (n.kind === 'network') {
    const driver = n.driver && n.driver !== 'bridge' ? ` with the \`${n.driver}\` driver` : '';
    return n.id === 'network:default'
      ? `Creates the project's \`default\` network${driver}; services on it reach each other by service name.`
      : `Creates the network \`${n.label}\`${driver}; services on it reach each other by service name.`;
  }
  if (n.kind === 'volume') return `Creates the volume \`${n.label}\` if it does not exist yet. It keeps its data after \`docker compose down\`; only \`down -v\` deletes it.`;
  return `Reads the ${what} \`${n.label}\` so the services that use it can see it as a file.`;
}

function serviceStep(n: ComposeNode, out: ComposeEdge[], nodes: Map<string, ComposeNode>): string {
  const name = `\`${n.label}\``;
  const parts: string[] = [];
  const deps = out.filter(e => e.kind === 'depends_on');
  const wait = deps.map(e => `\`${e.to.slice(8)}\` ${waitWords[e.condition ?? 'service_started'] ?? `meets \`${e.condition}\``}`);
  const source = n.build !== undefined
    ? `builds an image from \`${n.build}\`${n.image ? ` (tagged \`${n.image}\`)` : ''} unless one exists already, then starts`
    : n.image ? `starts \`${n.image}\` (pulled first if it is not on your machine) as` : 'starts';
  parts.push(`${wait.length ? `Once ${wait.join(' and ')}, it` : 'It'} ${source} ${name}.`);
  const ports = out.filter(e => e.kind === 'port');
  const portIns = ports.map(e => `${nodes.get(e.from)?.label ?? '?'} → ${e.containerPort}`);
  if (portIns.length) parts.push(`Your machine forwards ${portIns.map(p => `\`${p}\``).join(', ')} to it.`);
  const nets = out.filter(e => e.kind === 'network').map(e => nodes.get(e.to)?.label ?? e.to);
  if (n.networkMode) parts.push(`It uses \`network_mode: ${n.networkMode}\` instead of a project network.`);
  else if (nets.length) parts.push(`It joins ${nets.map(x => `\`${x}\``).join(', ')}.`);
  const mounts = out.filter(e => e.kind === 'volume').map(e => `\`${nodes.get(e.to)?.label}\` at \`${e.target}\`${e.readOnly ? ' (read-only)' : ''}`);
  if (mounts.length) parts.push(`It mounts ${mounts.join(', ')}.`);
  return parts.join(' ');
}

/** The walk-through: networks, volumes, secrets and configs first, then each service in start order. */
export function composeWalkthrough(graph: ComposeGraph): WalkStep[] {
  const nodes = new Map(graph.nodes.map(n => [n.id, n]));
  const used = new Set(graph.edges.map(e => e.to));
  const steps: WalkStep[] = [];
  for (const n of graph.nodes) {
    // Only what a service uses is prepared; an unused network is still created, but says little here.
    if (n.kind === 'service' || n.kind === 'port' || n.kind === 'bind' || !used.has(n.id)) continue;
    if (n.kind === 'volume' && n.implicit && n.label === 'anonymous volume') continue;
    steps.push({ text: prepareStep(n), nodeId: n.id, range: n.range });
  }
  const outOf = new Map<string, ComposeEdge[]>();
  for (const e of graph.edges) {
    const key = e.kind === 'port' ? e.to : e.from;
    let list = outOf.get(key);
    if (!list) outOf.set(key, list = []);
    list.push(e);
  }
  for (const name of graph.startOrder) {
    const n = nodes.get(`service:${name}`);
    if (n) steps.push({ text: serviceStep(n, outOf.get(n.id) ?? [], nodes), nodeId: n.id, range: n.range });
  }
  if (graph.cycle?.length) {
    steps.push({ text: `\`${graph.cycle.join('`, `')}\` wait for each other in a \`depends_on\` loop, so Compose refuses to start them. Remove one of the waits.` });
  }
  return steps;
}
