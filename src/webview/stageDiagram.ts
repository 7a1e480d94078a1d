// SPDX-License-Identifier: MIT
// A Dockerfile's stages as an SVG: each stage a box, base images as ellipses, `FROM` and `COPY --from`
// as arrows from what is read to the stage that reads it. dagre places them top to bottom.
import type { OutlineStage } from '../core/graph/types';
import { detailedNodeLimit } from './composeDiagram';
import { edgePath, layout, nodeGroup, svgDocument, textWidth, type BoxIn, type EdgeIn } from './svg';

interface Item { id: string; kind: 'stage' | 'image'; lines: string[]; aria: string }

const clip = (s: string, max = 40) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Ids used by the view to reveal lines: `stage:<index>` and `image:<name>`. */
export const stageId = (index: number) => `stage:${index}`;
export const imageId = (stage: number, name: string) => `image:${stage}:${name}`;

/** The stage diagram as SVG markup; `standalone` is for the exported file. */
export function stagesSvg(stages: readonly OutlineStage[], standalone = false): string {
  const items = new Map<string, Item>();
  const edges: (EdgeIn & { kind: string })[] = [];
  // Each stage gets its own ellipse for the images it reads: one node shared by many stages would pull long
  // edges across the whole chain, which costs dagre seconds on a file with a hundred stages.
  const image = (name: string, stage: number) => {
    const id = imageId(stage, name);
    if (!items.has(id)) items.set(id, { id, kind: 'image', lines: [clip(name)], aria: `Image ${name}, pulled from a registry. Enter shows its FROM line.` });
    return id;
  };
  for (const s of stages) {
    const layers = s.steps.filter(st => st.kind === 'layer').length;
    const sub = `${layers} layer${layers === 1 ? '' : 's'}${s.isFinal ? ' · final image' : ''}`;
    items.set(stageId(s.index), { id: stageId(s.index), kind: 'stage', lines: [clip(s.label), sub], aria: `Stage ${s.label}, ${sub}, built on ${s.base.image}. Enter shows its FROM line.` });
  }
  for (const s of stages) {
    const from = s.base.kind === 'stage' ? stageId(s.base.stage) : image(s.base.image, s.index);
    edges.push({ id: `from:${s.index}`, from, to: stageId(s.index), label: 'FROM', kind: 'from' });
    // Several COPY --from lines between the same two stages are one arrow, with their count.
    const copies = new Map<string, number>();
    for (const c of s.copyFrom) {
      const src = c.fromStage !== undefined ? stageId(c.fromStage) : image(c.from, s.index);
      copies.set(src, (copies.get(src) ?? 0) + 1);
    }
    for (const [src, n] of copies) edges.push({ id: `copy:${s.index}:${src}`, from: src, to: stageId(s.index), label: n > 1 ? `COPY --from ×${n}` : 'COPY --from', kind: 'copy' });
  }
  const boxes: BoxIn[] = [...items.values()].map(it => ({ id: it.id, width: Math.max(110, ...it.lines.map(l => textWidth(l) + 28)), height: 22 + it.lines.length * 14 }));
  // Past the compose drawing's limit, dagre gets no edge labels and the linear-time ranker, as there.
  const compact = boxes.length > detailedNodeLimit;
  const placed = layout(boxes, compact ? edges.map(e => ({ ...e, label: undefined })) : edges, 'TB', compact);
  const parts: string[] = [];
  for (const e of edges) {
    const route = placed.edges.get(e.id);
    if (route) parts.push(edgePath(e.kind, route, compact ? undefined : e.label));
  }
  for (const it of items.values()) {
    const p = placed.nodes.get(it.id);
    if (p) parts.push(nodeGroup(it.id, it.kind, p, it.lines, it.aria));
  }
  return svgDocument(placed.width, placed.height, parts.join(''), 'Diagram of the Dockerfile stages', standalone);
}
