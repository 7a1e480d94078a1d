// SPDX-License-Identifier: MIT
// The compose project as an SVG: services as boxes, networks as hexagons with the services that join them,
// volumes as cylinders, bind-mounted folders as folders, host ports as pills on the left, secrets and
// configs as pages. dagre places everything; this file only says what each thing looks like.
import type { ComposeEdge, ComposeGraph, ComposeNode } from '../core/graph/types';
import { edgePath, layout, nodeGroup, svgDocument, textWidth, type BoxIn } from './svg';

const kindWords: Record<string, string> = {
  service: 'Service', network: 'Network', volume: 'Volume', bind: 'Folder on your machine', secret: 'Secret', config: 'Config', port: 'Port on your machine',
};

function subtitle(n: ComposeNode): string | undefined {
  if (n.kind === 'service') return n.build !== undefined ? `build ${n.build}` : n.image;
  if (n.kind === 'network') return [n.driver, n.external ? 'external' : n.implicit && n.id === 'network:default' ? 'made by Compose' : undefined].filter(Boolean).join(', ');
  if ((n.kind === 'volume' || n.kind === 'secret' || n.kind === 'config') && n.external) return 'external';
  return undefined;
}

/** Shorter label for a long value, so one long path does not make a box the width of the screen. */
const clip = (s: string, max = 34) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

function box(n: ComposeNode, extra: string[] = []): BoxIn & { lines: string[] } {
  const lines = [clip(n.label), ...[subtitle(n)].filter((s): s is string => !!s).map(s => clip(s)), ...(n.warnings ?? []).map(w => clip(`⚠ ${w}`)), ...extra];
  const width = Math.max(n.kind === 'port' ? 56 : 90, ...lines.map(l => textWidth(l) + 24));
  return { id: n.id, width, height: n.kind === 'port' ? 26 : 22 + lines.length * 14, lines };
}

/** What the edge reads as; networks draw the alias names only. */
function edgeText(e: ComposeEdge): string | undefined {
  return e.label ? clip(e.label, 30) : undefined;
}

function ariaOf(n: ComposeNode, links: number): string {
  const sub = subtitle(n);
  const warned = n.warnings?.length ? ` Warning: ${n.warnings.join('; ')}.` : '';
  return `${kindWords[n.kind]} ${n.label}${sub ? `, ${sub}` : ''}, ${links} link${links === 1 ? '' : 's'}.${warned} Enter shows its line.`;
}

/**
 * Up to this many nodes every node and edge goes to dagre, edge labels included. Past it dagre's time grows
 * steeply (about 1 s at 120 nodes), so the compact drawing hands it far less: see `compactParts`.
 */
export const detailedNodeLimit = 60;

/** The diagram of a compose graph as SVG markup; `standalone` is for the exported file. */
export function composeSvg(graph: ComposeGraph, standalone = false): string {
  const links = new Map<string, number>();
  for (const e of graph.edges) for (const id of [e.from, e.to]) links.set(id, (links.get(id) ?? 0) + 1);
  const compact = graph.nodes.length > detailedNodeLimit;
  const { nodes, edges, extra } = compact ? compactParts(graph, links) : { nodes: graph.nodes, edges: graph.edges, extra: new Map<string, string[]>() };
  const boxes = nodes.map(n => box(n, extra.get(n.id)));
  // Top to bottom: the view sits beside the editor, taller than wide. Host ports on top, what services use below.
  const placed = layout(boxes, edges.map(e => ({ id: e.id, from: e.from, to: e.to, label: compact ? undefined : edgeText(e) })), 'TB', compact);
  const parts: string[] = [];
  for (const e of edges) {
    const route = placed.edges.get(e.id);
    if (route) parts.push(edgePath(e.kind, route, compact ? undefined : edgeText(e)));
  }
  nodes.forEach((n, i) => {
    const p = placed.nodes.get(n.id);
    if (p) parts.push(nodeGroup(n.id, n.kind, p, boxes[i].lines, ariaOf(n, links.get(n.id) ?? 0), !!n.warnings?.length));
  });
  const title = compact ? 'Compact diagram of the compose project: each service box lists its own ports, folders, networks and waits' : 'Diagram of the compose project';
  return svgDocument(placed.width, placed.height, parts.join(''), title, standalone, !compact);
}

/**
 * For a large project: what belongs to one service only (its host ports, its folders, an anonymous volume)
 * and its networks and `depends_on` waits become lines in the service's box; only things shared by several
 * services stay nodes with edges. dagre then places a few hundred nodes in well under a second.
 */
function compactParts(graph: ComposeGraph, links: Map<string, number>): { nodes: ComposeNode[]; edges: ComposeEdge[]; extra: Map<string, string[]> } {
  const byId = new Map(graph.nodes.map(n => [n.id, n]));
  const folded = (n: ComposeNode | undefined) => !!n && n.kind !== 'service' && (n.kind === 'network' || (links.get(n.id) ?? 0) <= 1);
  const extra = new Map<string, string[]>();
  const add = (id: string, line: string) => { let l = extra.get(id); if (!l) extra.set(id, l = []); if (l.length < 6) l.push(clip(line)); };
  const edges: ComposeEdge[] = [];
  for (const e of graph.edges) {
    const other = byId.get(e.kind === 'port' ? e.from : e.to);
    const service = e.kind === 'port' ? e.to : e.from;
    if (e.kind === 'depends_on') add(service, `after ${other?.label}`);
    else if (e.kind === 'network') add(service, `on ${other?.label}`);
    else if (e.kind === 'port') add(service, `${other?.label} → ${e.containerPort}`);
    else if (folded(other)) add(service, `${other?.label} → ${e.target ?? ''}`);
    else edges.push(e);
  }
  return { nodes: graph.nodes.filter(n => !folded(n)), edges, extra };
}

/** The legend's entries: a shape for each kind the diagram uses, in words. */
export const composeLegend: { kind: string; text: string }[] = [
  { kind: 'service', text: 'Service: one container Compose starts' },
  { kind: 'port', text: 'Port on your machine, forwarded into a service' },
  { kind: 'network', text: 'Network: linked services reach each other by name' },
  { kind: 'volume', text: 'Volume: data Docker keeps after the container is gone' },
  { kind: 'bind', text: 'Folder of your machine mounted into the container' },
  { kind: 'secret', text: 'Secret or config: a file handed to the container' },
];
