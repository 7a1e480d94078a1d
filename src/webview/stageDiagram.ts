// SPDX-License-Identifier: MIT
// A Dockerfile's stages as an SVG: each stage a box, base images as ellipses, `FROM` and `COPY --from`
// as arrows from what is read to the stage that reads it. dagre places them top to bottom.
import type { OutlineStage } from '../core/graph/types';
import { edgePath, layout, nodeGroup, svgDocument, textWidth, type BoxIn, type EdgeIn } from './svg';

interface Item { id: string; kind: 'stage' | 'image'; lines: string[]; aria: string }

const clip = (s: string, max = 40) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Ids used by the view to reveal lines: `stage:<index>` and `image:<name>`. */
export const stageId = (index: number) => `stage:${index}`;

/** The stage diagram as SVG markup; `standalone` is for the exported file. */
export function stagesSvg(stages: readonly OutlineStage[], standalone = false): string {
  const items = new Map<string, Item>();
  const edges: (EdgeIn & { kind: string })[] = [];
  const image = (name: string) => {
    const id = `image:${name}`;
    if (!items.has(id)) items.set(id, { id, kind: 'image', lines: [clip(name)], aria: `Image ${name}, pulled from a registry. Enter shows its FROM line.` });
    return id;
  };
  for (const s of stages) {
    const layers = s.steps.filter(st => st.kind === 'layer').length;
    const sub = `${layers} layer${layers === 1 ? '' : 's'}${s.isFinal ? ' · final image' : ''}`;
    items.set(stageId(s.index), { id: stageId(s.index), kind: 'stage', lines: [clip(s.label), sub], aria: `Stage ${s.label}, ${sub}, built on ${s.base.image}. Enter shows its FROM line.` });
  }
  for (const s of stages) {
    const from = s.base.kind === 'stage' ? stageId(s.base.stage) : image(s.base.image);
    edges.push({ id: `from:${s.index}`, from, to: stageId(s.index), label: 'FROM', kind: 'from' });
    s.copyFrom.forEach((c, i) => {
      const src = c.fromStage !== undefined ? stageId(c.fromStage) : image(c.from);
      edges.push({ id: `copy:${s.index}:${i}`, from: src, to: stageId(s.index), label: 'COPY --from', kind: 'copy' });
    });
  }
  const boxes: BoxIn[] = [...items.values()].map(it => ({ id: it.id, width: Math.max(110, ...it.lines.map(l => textWidth(l) + 28)), height: 22 + it.lines.length * 14 }));
  const placed = layout(boxes, edges, 'TB');
  const parts: string[] = [];
  for (const e of edges) {
    const route = placed.edges.get(e.id);
    if (route) parts.push(edgePath(e.kind, route, e.label));
  }
  for (const it of items.values()) {
    const p = placed.nodes.get(it.id);
    if (p) parts.push(nodeGroup(it.id, it.kind, p, it.lines, it.aria));
  }
  return svgDocument(placed.width, placed.height, parts.join(''), 'Diagram of the Dockerfile stages', standalone);
}
