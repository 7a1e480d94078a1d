// SPDX-License-Identifier: MIT
// The Explain view's script, bundled alone into media/explain/explain.js: it receives plain data from the
// extension, lays out and draws the diagram (composeDiagram.ts, stageDiagram.ts), lists the steps, and
// sends back clicks (reveal a line), hovers (ask for the editor's explanation) and exports.
import type { ComposeGraph, OutlineStage, LayerReport, Range } from '../core/index';
import type { WalkStep } from '../core/graph/composeWalkthrough';
import { composeLegend, composeSvg } from './composeDiagram';
import { inline, markdownToHtml } from './markdown';
import { imageId, stageId, stagesSvg } from './stageDiagram';
import { esc, legendIcon } from './svg';

declare function acquireVsCodeApi(): { postMessage(message: unknown): void };
const vscode = acquireVsCodeApi();

type LayerState = { kind: 'report'; tag: string; report: LayerReport } | { kind: 'message'; text: string; command?: string } | { kind: 'loading' };
/** `overLimit` is set by the extension when there are more things to draw than `dockerCoach.explain.maxNodes`. */
type ComposeMessage = { type: 'compose'; file: string; graph: ComposeGraph; walk: WalkStep[]; maxNodes: number; overLimit?: string; tooLarge?: boolean };
type DockerfileMessage = { type: 'dockerfile'; file: string; stages: OutlineStage[]; maxNodes: number; overLimit?: string; layers?: LayerState; canAskEngine: boolean; tooLarge?: boolean };
type Message = ComposeMessage | DockerfileMessage | { type: 'hover'; id: string; markdown: string } | { type: 'layers'; state: LayerState } | { type: 'exported'; path: string };

const root = document.getElementById('root')!;
const tooltip = document.getElementById('tooltip')!;
/** Where each drawn thing comes from, so a click or a hover can name the line. */
let targets = new Map<string, { range: Range; word?: string }>();
let exportSvg: () => string = () => '';
let hoverAsked = '';

/** Human sizes as docker prints them (1000-based). */
function size(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let v = bytes, i = -1;
  while (v >= 1000 && i < units.length - 1) { v /= 1000; i++; }
  return `${v.toFixed(v >= 100 ? 0 : v >= 10 ? 1 : 2)} ${units[i]}`;
}

function header(file: string, what: string): string {
  return `<header><h1>${esc(file)}</h1><p class="what">${esc(what)}</p>`
    + '<button id="export" type="button" title="Save the diagram as an SVG file next to this file">Export as SVG</button></header>';
}

function renderCompose(m: ComposeMessage): void {
  targets = new Map(m.graph.nodes.map(n => [n.id, { range: n.range }]));
  const parts = [header(m.file, 'What this compose file starts, and how the parts connect.')];
  if (m.tooLarge) parts.push('<p class="notice">This file is past the size limit (dockerCoach.maxFileSizeKB), so it is not drawn.</p>');
  else if (m.overLimit) {
    parts.push(`<p class="notice" role="status">${esc(m.overLimit)}</p>`);
    exportSvg = () => '';
  } else if (!m.graph.nodes.length) {
    parts.push('<p class="notice">No services yet: add a <code>services:</code> section and the diagram appears here.</p>');
  } else {
    const svg = composeSvg(m.graph);
    exportSvg = () => composeSvg(m.graph, true);
    parts.push(`<section class="diagram-box" aria-label="Diagram">${svg}</section>`);
    parts.push(`<ul class="legend" aria-label="Legend">${composeLegend.map(l => `<li>${legendIcon(l.kind)}<span>${esc(l.text)}</span></li>`).join('')}</ul>`);
  }
  parts.push('<h2>What <code>docker compose up</code> does, in order</h2><ol class="walk">');
  m.walk.forEach((s, i) => {
    const id = s.nodeId ?? `walk:${i}`;
    if (s.range && !targets.has(id)) targets.set(id, { range: s.range });
    parts.push(`<li>${s.range ? `<button type="button" class="step" data-id="${esc(id)}">${inline(s.text)}</button>` : inline(s.text)}</li>`);
  });
  parts.push('</ol>');
  root.innerHTML = parts.join('');
}

function argvText(argv: string[]): string {
  return `[${argv.map(a => JSON.stringify(a)).join(', ')}]`;
}

function renderStage(s: OutlineStage): string {
  const base = s.base.kind === 'stage' ? `builds on stage <code>${esc(s.base.image)}</code>` : s.base.kind === 'scratch' ? 'starts from nothing (<code>scratch</code>)' : `starts from the image <code>${esc(s.base.image)}</code>`;
  const out = [`<section class="stage" aria-label="Stage ${esc(s.label)}"><h3><button type="button" class="step" data-id="${stageId(s.index)}">Stage ${esc(s.name ?? String(s.index))}</button>${s.isFinal ? ' <span class="badge final">final image</span>' : ''}</h3><p>It ${base}.</p><ol class="steps">`];
  s.steps.forEach((st, i) => {
    const id = `step:${s.index}:${i}`;
    targets.set(id, { range: st.range });
    const when = st.time === 'build' ? 'build time' : st.time === 'start' ? 'start time' : 'build and start';
    out.push(`<li><button type="button" class="step" data-id="${id}"><code class="kw">${esc(st.keyword)}</code> ${inline(st.summary)}<span class="badges"><span class="badge">${when}</span><span class="badge ${st.kind}">${st.kind === 'layer' ? 'adds a layer' : 'no layer'}</span></span></button></li>`);
  });
  out.push('</ol>');
  const st = s.start;
  out.push(`<div class="start"><p><strong>When the container starts, it runs</strong> ${st.invalid ? `<em>nothing: line ${st.invalid.range.start.line + 1} stops the build</em>` : st.argv.length ? `<code class="argv">${esc(argvText(st.argv))}</code>` : '<em>nothing set in this file</em>'}</p><ul>${st.notes.map(n => `<li>${inline(n)}</li>`).join('')}</ul></div>`);
  const facts: string[] = [];
  if (s.user) facts.push(`user <code>${esc(s.user.value)}</code>`);
  if (s.workdir) facts.push(`working folder <code>${esc(s.workdir.value)}</code>`);
  if (s.exposed.length) facts.push(`documented ports ${s.exposed.map(p => `<code>${esc(p.port)}</code>`).join(', ')}`);
  if (s.env.length) facts.push(`environment ${s.env.slice(0, 8).map(e => `<code>${esc(e.name)}</code>`).join(', ')}${s.env.length > 8 ? ` and ${s.env.length - 8} more` : ''}`);
  if (facts.length) out.push(`<p class="facts">Its containers start with ${facts.join('; ')}.</p>`);
  out.push('</section>');
  return out.join('');
}

function renderLayers(state: LayerState | undefined, canAsk: boolean): string {
  const button = canAsk ? '<button id="layers" type="button">Show the image\'s real layers</button>' : '<p class="notice">The image\'s layers come from <code>docker history</code>, which Docker Coach runs only in a trusted workspace.</p>';
  if (!state) return `<section id="layer-box" aria-label="Image layers"><h2>The image's real layers</h2>${button}</section>`;
  if (state.kind === 'loading') return '<section id="layer-box" aria-label="Image layers"><h2>The image\'s real layers</h2><p>Asking Docker…</p></section>';
  if (state.kind === 'message') return `<section id="layer-box" aria-label="Image layers"><h2>The image's real layers</h2><p class="notice">${esc(state.text)}${state.command ? ` <code>${esc(state.command)}</code>` : ''}</p>${button}</section>`;
  const r = state.report;
  const max = Math.max(1, ...r.layers.map(l => l.size));
  const rows = r.layers.map((l, i) => {
    const id = `layer:${i}`;
    if (l.range) targets.set(id, { range: l.range });
    const where = l.range ? `line ${l.range.start.line + 1}` : 'base image';
    const bar = `<span class="bar" aria-hidden="true"><span class="fill w${Math.round((l.size / max) * 20)}"></span></span>`;
    const label = `<span class="size">${esc(size(l.size))}</span>${bar}<span class="where">${esc(where)}</span> <code>${esc(l.instruction.slice(0, 90))}</code>${l.changed ? ' <span class="badge">changed since</span>' : ''}`;
    return `<li data-size="${l.size}">${l.range ? `<button type="button" class="step" data-id="${id}">${label}</button>` : label}</li>`;
  });
  const biggest = r.biggest.map(l => `<li><strong>${esc(size(l.size))}</strong> ${l.range ? `line ${l.range.start.line + 1}` : 'base image'}: <code>${esc(l.instruction.slice(0, 70))}</code>${l.hints.length ? `<ul>${l.hints.map(h => `<li>${inline(h)}</li>`).join('')}</ul>` : ''}</li>`);
  return `<section id="layer-box" aria-label="Image layers"><h2>The image's real layers: <code>${esc(state.tag)}</code></h2>`
    + `<p>Total <strong id="layer-total" data-bytes="${r.total}">${esc(size(r.total))}</strong>${r.baseTotal ? `, of which ${esc(size(r.baseTotal))} came with the base image` : ''}. Newest layer first, as <code>docker history</code> lists them.</p>`
    + (r.stale ? '<p class="notice">The file changed since this image was built: build again to see its current layers.</p>' : '')
    + `<ol class="layers">${rows.join('')}</ol><h3>Biggest layers</h3><ul class="biggest">${biggest.join('')}</ul>${button}</section>`;
}

function renderDockerfile(m: DockerfileMessage): void {
  targets = new Map();
  for (const s of m.stages) {
    targets.set(stageId(s.index), { range: s.range });
    if (s.base.kind !== 'stage') targets.set(imageId(s.index, s.base.image), { range: s.range, word: s.base.image });
    for (const c of s.copyFrom) if (c.fromStage === undefined && !targets.has(imageId(s.index, c.from))) targets.set(imageId(s.index, c.from), { range: c.range, word: c.from });
  }
  const parts = [header(m.file, 'The stages this Dockerfile builds, each step in plain words, and what the container runs.')];
  if (m.tooLarge) parts.push('<p class="notice">This file is past the size limit (dockerCoach.maxFileSizeKB), so it is not drawn.</p>');
  else if (!m.stages.length) parts.push('<p class="notice">No <code>FROM</code> line yet: every Dockerfile starts with one.</p>');
  else if (m.overLimit) parts.push(`<p class="notice" role="status">${esc(m.overLimit)}</p>`);
  else {
    exportSvg = () => stagesSvg(m.stages, true);
    parts.push(`<section class="diagram-box" aria-label="Stage diagram">${stagesSvg(m.stages)}</section>`);
  }
  parts.push('<h2>Step by step</h2>', ...m.stages.map(renderStage), renderLayers(m.layers, m.canAskEngine));
  root.innerHTML = parts.join('');
  current = m;
}

let current: DockerfileMessage | undefined;

function showTooltip(el: Element, html: string): void {
  tooltip.innerHTML = html;
  tooltip.hidden = false;
  const r = el.getBoundingClientRect();
  tooltip.style.left = `${Math.max(4, Math.min(window.innerWidth - tooltip.offsetWidth - 4, r.left + window.scrollX))}px`;
  tooltip.style.top = `${r.bottom + window.scrollY + 6}px`;
}

function hideTooltip(): void {
  tooltip.hidden = true;
  hoverAsked = '';
}

function idOf(e: Event): { el: Element; id: string } | undefined {
  const el = (e.target as Element | null)?.closest?.('[data-id]');
  const id = el?.getAttribute('data-id');
  return el && id ? { el, id } : undefined;
}

function ask(el: Element, id: string): void {
  const t = targets.get(id);
  if (!t || !el.classList.contains('node')) return;
  hoverAsked = id;
  vscode.postMessage({ type: 'hover', id, range: t.range, word: t.word });
  tooltipFor = el;
}
let tooltipFor: Element | undefined;

root.addEventListener('click', e => {
  const hit = idOf(e);
  if (hit && targets.has(hit.id)) vscode.postMessage({ type: 'reveal', range: targets.get(hit.id)!.range });
  const button = (e.target as Element).closest('button');
  if (button?.id === 'export') { const svg = exportSvg(); if (svg) vscode.postMessage({ type: 'export', svg }); }
  if (button?.id === 'layers') vscode.postMessage({ type: 'layers' });
});
root.addEventListener('mouseover', e => { const hit = idOf(e); if (hit && hit.id !== hoverAsked) ask(hit.el, hit.id); });
root.addEventListener('mouseout', e => { if (!(e.relatedTarget as Element | null)?.closest?.('[data-id]')) hideTooltip(); });
root.addEventListener('focusin', e => { const hit = idOf(e); if (hit) ask(hit.el, hit.id); });
root.addEventListener('focusout', hideTooltip);
root.addEventListener('keydown', e => {
  const hit = idOf(e);
  if (!hit) return;
  if ((e.key === 'Enter' || e.key === ' ') && hit.el.classList.contains('node')) {
    e.preventDefault();
    vscode.postMessage({ type: 'reveal', range: targets.get(hit.id)!.range });
  } else if (e.key === 'Escape') hideTooltip();
  else if (/^Arrow(Right|Down|Left|Up)$/.test(e.key) && hit.el.classList.contains('node')) {
    // Arrow keys walk the diagram's nodes in drawing order; Tab still moves through everything.
    e.preventDefault();
    const nodes = [...root.querySelectorAll('.node')];
    const next = nodes[(nodes.indexOf(hit.el) + (/Right|Down/.test(e.key) ? 1 : nodes.length - 1)) % nodes.length] as HTMLElement | SVGElement;
    next.focus();
  }
});

window.addEventListener('message', (e: MessageEvent<Message>) => {
  const m = e.data;
  const focused = (document.activeElement as Element | null)?.getAttribute('data-id');
  if (m.type === 'compose') renderCompose(m);
  else if (m.type === 'dockerfile') renderDockerfile(m);
  else if (m.type === 'hover') { if (m.id === hoverAsked && tooltipFor && m.markdown) showTooltip(tooltipFor, markdownToHtml(m.markdown)); return; }
  else if (m.type === 'layers') {
    if (current) current.layers = m.state;
    const box = document.getElementById('layer-box');
    if (box) box.outerHTML = renderLayers(m.state, current?.canAskEngine ?? false);
    return;
  } else if (m.type === 'exported') { document.getElementById('export')?.setAttribute('title', `Saved as ${m.path}`); return; }
  // Keep the keyboard where it was across a live update.
  if (focused) (root.querySelector(`[data-id="${CSS.escape(focused)}"]`) as HTMLElement | null)?.focus();
});

vscode.postMessage({ type: 'ready' });
