// SPDX-License-Identifier: MIT
// Shared by both diagrams: the call into dagre (all layout is dagre's), text escaping, the shapes, and
// edges drawn through the points dagre returns. Pure string building, no DOM, so the benchmark and the
// unit tests run it in Node, and the webview script and "Export as SVG" produce the very same markup.
import dagre from '@dagrejs/dagre';

export interface BoxIn { id: string; width: number; height: number }
export interface EdgeIn { id: string; from: string; to: string; label?: string; minlen?: number }
export interface Placed { x: number; y: number; width: number; height: number }
export interface Layout { nodes: Map<string, Placed>; edges: Map<string, { points: { x: number; y: number }[]; label?: { x: number; y: number } }>; width: number; height: number }

/** Rough text width at the diagram's 12px font: good enough to size boxes, the browser draws the text. */
export const textWidth = (s: string, px = 12) => Math.ceil(s.length * px * 0.6);

/** Positions from dagre. Edge labels get room in the layout, so they do not sit on top of boxes. */
export function layout(nodes: readonly BoxIn[], edges: readonly EdgeIn[], rankdir: 'LR' | 'TB', fast = false): Layout {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  // longest-path ranks in linear time; network-simplex gives tidier ranks but costs seconds on big graphs.
  g.setGraph({ rankdir, nodesep: 18, ranksep: 56, edgesep: 8, marginx: 12, marginy: 12, ...(fast ? { ranker: 'longest-path' } : {}) });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes) g.setNode(n.id, { width: n.width, height: n.height });
  for (const e of edges) {
    if (!g.hasNode(e.from) || !g.hasNode(e.to)) continue;
    g.setEdge(e.from, e.to, e.label ? { width: textWidth(e.label, 11), height: 14, labelpos: 'c', minlen: e.minlen ?? 1 } : { minlen: e.minlen ?? 1 }, e.id);
  }
  dagre.layout(g);
  const out: Layout = { nodes: new Map(), edges: new Map(), width: g.graph().width ?? 0, height: g.graph().height ?? 0 };
  for (const id of g.nodes()) {
    const n = g.node(id);
    out.nodes.set(id, { x: n.x ?? 0, y: n.y ?? 0, width: n.width, height: n.height });
  }
  for (const e of g.edges()) {
    const l = g.edge(e);
    out.edges.set(e.name ?? '', { points: l.points ?? [], label: l.x !== undefined && l.y !== undefined ? { x: l.x, y: l.y } : undefined });
  }
  return out;
}

/** Escapes text for SVG and HTML alike. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]!));
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** The outline of each kind of node, centred on (x, y). */
export function shape(kind: string, p: Placed): string {
  const { x, y, width: w, height: h } = p;
  const left = r1(x - w / 2), top = r1(y - h / 2), right = r1(x + w / 2), bottom = r1(y + h / 2);
  switch (kind) {
    case 'volume': { // a cylinder: data that stays
      const ry = 5;
      return `<path class="shape" d="M${left},${top + ry} A${r1(w / 2)},${ry} 0 0 1 ${right},${top + ry} V${bottom - ry} A${r1(w / 2)},${ry} 0 0 1 ${left},${bottom - ry} Z M${left},${top + ry} A${r1(w / 2)},${ry} 0 0 0 ${right},${top + ry}"/>`;
    }
    case 'bind': // a folder with a tab: a folder of your machine
      return `<path class="shape" d="M${left},${top + 5} H${r1(left + 14)} L${r1(left + 18)},${top} H${r1(left + 34)} L${r1(left + 38)},${top + 5} H${right} V${bottom} H${left} Z"/>`;
    case 'port': // a pill: a door into the project from your machine
      return `<rect class="shape" x="${left}" y="${top}" width="${r1(w)}" height="${r1(h)}" rx="${r1(h / 2)}"/>`;
    case 'network': // a hexagon: a network the linked services share
      return `<path class="shape" d="M${r1(left + 10)},${top} H${r1(right - 10)} L${right},${r1(y)} L${r1(right - 10)},${bottom} H${r1(left + 10)} L${left},${r1(y)} Z"/>`;
    case 'secret': case 'config': // a page with a folded corner: a file handed to the container
      return `<path class="shape" d="M${left},${top} H${r1(right - 8)} L${right},${top + 8} V${bottom} H${left} Z"/>`;
    case 'image': // an ellipse: an image from a registry
      return `<ellipse class="shape" cx="${r1(x)}" cy="${r1(y)}" rx="${r1(w / 2)}" ry="${r1(h / 2)}"/>`;
    default: // services and stages: boxes
      return `<rect class="shape" x="${left}" y="${top}" width="${r1(w)}" height="${r1(h)}" rx="4"/>`;
  }
}

/** An edge through dagre's points, with an arrow and its label. */
export function edgePath(kind: string, route: Layout['edges'] extends Map<string, infer R> ? R : never, label?: string): string {
  if (!route.points.length) return '';
  const d = route.points.map((p, i) => `${i ? 'L' : 'M'}${r1(p.x)},${r1(p.y)}`).join(' ');
  const text = label && route.label
    ? `<text class="edge-label" x="${r1(route.label.x)}" y="${r1(route.label.y + 4)}" text-anchor="middle">${esc(label)}</text>`
    : '';
  return `<g class="edge edge-${kind}"><path d="${d}" marker-end="url(#arrow)"/>${text}</g>`;
}

/** The node's group: focusable, labelled for screen readers, carrying its id for clicks and hovers. */
export function nodeGroup(id: string, kind: string, p: Placed, lines: string[], aria: string, warned = false): string {
  const first = lines[0] ?? '';
  const rest = lines.slice(1);
  const top = p.y - ((lines.length - 1) * 14) / 2 + 4;
  const texts = [`<text class="label" x="${r1(p.x)}" y="${r1(top)}" text-anchor="middle">${esc(first)}</text>`,
    ...rest.map((l, i) => `<text class="sub" x="${r1(p.x)}" y="${r1(top + 14 * (i + 1))}" text-anchor="middle">${esc(l)}</text>`)];
  return `<g class="node node-${kind}${warned ? ' has-warning' : ''}" data-id="${esc(id)}" tabindex="0" role="button" aria-label="${esc(aria)}">${shape(kind, p)}${texts.join('')}</g>`;
}

/**
 * Colours for the exported file, which is opened outside VS Code where no `--vscode-*` variable exists.
 * In the view, media/explain/explain.css styles the same classes with the theme's variables instead.
 */
const standaloneStyle = `<style>
text{font:12px sans-serif;fill:#1f1f1f}.sub,.edge-label{font-size:11px;fill:#555}
.shape{fill:#fff;stroke:#555;stroke-width:1.2}.node-service .shape,.node-stage .shape{fill:#e8f0fe;stroke:#1a73e8}
.node-network .shape{stroke-dasharray:4 3}.node-port .shape{fill:#e6f4ea;stroke:#188038}.node-volume .shape{fill:#fef7e0;stroke:#b06000}
.node-bind .shape{fill:#fce8e6;stroke:#c5221f}.has-warning .shape{stroke:#b06000;stroke-width:2.4}.edge path{fill:none;stroke:#777;stroke-width:1.2}
.edge-network path{stroke-dasharray:4 3}.edge-secret path,.edge-config path{stroke-dasharray:1 3}#arrow path{fill:#777}
</style>`;

/** Wraps the parts in an `<svg>` with the arrow marker; `standalone` adds fixed colours for export. */
export function svgDocument(width: number, height: number, body: string, title: string, standalone: boolean, fit = true): string {
  const w = Math.ceil(width), h = Math.ceil(height);
  // `fit`: the view shrinks the drawing to its width; a compact drawing of a big project keeps its size and scrolls.
  return `<svg xmlns="http://www.w3.org/2000/svg" class="diagram${fit ? ' fit' : ''}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="group" aria-label="${esc(title)}">`
    + `<title>${esc(title)}</title>${standalone ? standaloneStyle : ''}`
    + '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>'
    + `${body}</svg>`;
}

/** A small picture of one node kind, for the legend. */
export function legendIcon(kind: string): string {
  return `<svg class="legend-icon node-${kind}" width="40" height="20" viewBox="0 0 40 20" aria-hidden="true">${shape(kind, { x: 20, y: 10, width: 38, height: 18 })}</svg>`;
}
