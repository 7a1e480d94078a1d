// SPDX-License-Identifier: MIT
// Issue 14's table: the first hover after a one-character edit, and the warm hover, ours against the
// existing language services, at the same positions of the same files. Positions mix every kind of
// thing a learner hovers (keywords and keys, flags, variables, values, list items), one per line, and
// each hover follows an edit on its own line, so neither side has seen that text before.
import { performance } from 'perf_hooks';
import * as core from '../src/core/index';
import { composeAnchor, dockerfileAnchor } from './anchors';
import { generatedCompose, generatedDockerfile } from './generate';

type Pos = { line: number; character: number };
type Hover = (text: string, p: Pos) => unknown;
type Kind = 'keyword/key' | 'flag' | 'variable' | 'value' | 'item';

/** Every hoverable place of a line, by kind: the first word, then flags, variables, values and list items. */
function placesOf(line: string): { kind: Kind; character: number }[] {
  const out: { kind: Kind; character: number }[] = [];
  const first = line.search(/\S/);
  if (first < 0 || line.trimStart().startsWith('#')) return out;
  const item = /^\s*- +(\S)/.exec(line);
  out.push(item ? { kind: 'item', character: item[0].length } : { kind: 'keyword/key', character: first + 1 });
  const flag = /\s(--?[a-z])/.exec(line);
  if (flag) out.push({ kind: 'flag', character: flag.index + 2 });
  const variable = /\$\{?[A-Za-z_]/.exec(line);
  if (variable) out.push({ kind: 'variable', character: variable.index + 2 });
  const value = /:\s+["']?([^\s"'])/.exec(line);
  if (value && !item) out.push({ kind: 'value', character: value.index + value[0].length });
  return out;
}

/** Up to `max` positions, one per line, spread over the file, taking the kinds in turn. */
export function mixedPositions(text: string, max = 200): Pos[] {
  const lines = text.split('\n');
  const byKind = new Map<Kind, Pos[]>();
  lines.forEach((l, line) => {
    const places = placesOf(l);
    // One kind per line, chosen by the line number, so every kind gets lines from all over the file.
    if (places.length) {
      const p = places[line % places.length];
      let list = byKind.get(p.kind);
      if (!list) byKind.set(p.kind, list = []);
      list.push({ line, character: p.character });
    }
  });
  const lists = [...byKind.values()].map(list => {
    const step = Math.max(1, Math.floor(list.length / Math.ceil(max / byKind.size)));
    return list.filter((_, i) => i % step === 0);
  });
  const out: Pos[] = [];
  for (let i = 0; out.length < max && lists.some(l => i < l.length); i++) for (const l of lists) if (i < l.length && out.length < max) out.push(l[i]);
  return out.sort((a, b) => a.line - b.line);
}

/**
 * Issue 29 names key hovers on small compose files apart: the first word of every line that starts with a
 * key (no list items), up to `max`, spread over the file.
 */
export function keyPositions(text: string, max = 200): Pos[] {
  const keys: Pos[] = [];
  text.split('\n').forEach((l, line) => {
    const first = placesOf(l)[0];
    if (first?.kind === 'keyword/key' && /^\s*[\w.-]+:/.test(l)) keys.push({ line, character: first.character });
  });
  const step = Math.max(1, Math.floor(keys.length / max));
  return keys.filter((_, i) => i % step === 0).slice(0, max);
}

/** The text after one character typed on line `line`: a space at its end (before a trailing `\`). */
function editedOn(text: string, line: number): string {
  let start = 0;
  for (let i = 0; i < line; i++) start = text.indexOf('\n', start) + 1;
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  const at = text[end - 1] === '\\' ? end - 1 : end;
  return text.slice(0, at) + ' ' + text.slice(at);
}

const pct = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];

interface Side { afterEdit: number[]; warm: number[] }

async function measure(text: string, positions: Pos[], hover: Hover): Promise<Side> {
  const afterEdit: number[] = [];
  for (const p of positions) {
    // The learner was working in this version (its problems and hovers are known), then typed one character.
    await hover(text, p);
    const version = editedOn(text, p.line); // built afresh for each side: no string hash is shared
    const t = performance.now();
    await hover(version, p);
    afterEdit.push(performance.now() - t);
  }
  await hover(text, positions[0]);
  const warm: number[] = [];
  for (const p of positions) {
    const t = performance.now();
    await hover(text, p);
    warm.push(performance.now() - t);
  }
  return { afterEdit, warm };
}

const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(3));

/** One table row per file: after-edit and warm p50/p95, each as ours / theirs and the ratio. */
async function suite(title: string, files: { name: string; text: string; max: number }[], ours: Hover, theirs: Hover, targets: { afterEdit: number; warm: number }, positionsOf = mixedPositions): Promise<void> {
  console.log(`\n## ${title}: first hover after a one-character edit, and warm (ms, ours / theirs; ratio = ours ÷ theirs)`);
  console.log(`| file | positions | after edit p50 | after edit p95 | ratio p50 / p95 (target ≤ ${targets.afterEdit}) | warm p50 | warm ratio p50 / p95 (target ≤ ${targets.warm}) |`);
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const f of files) {
    const positions = positionsOf(f.text, f.max);
    const a = await measure(f.text, positions, ours);
    const b = await measure(f.text, positions, theirs);
    const r = (side: 'afterEdit' | 'warm', q: number) => pct(a[side], q) / Math.max(pct(b[side], q), 1e-6);
    const met = (x: number, target: number) => `${x.toFixed(3)}${x <= target ? '' : ' (not met)'}`;
    console.log(`| ${f.name} | ${positions.length} | ${ms(pct(a.afterEdit, 0.5))} / ${ms(pct(b.afterEdit, 0.5))} | ${ms(pct(a.afterEdit, 0.95))} / ${ms(pct(b.afterEdit, 0.95))} | ${met(r('afterEdit', 0.5), targets.afterEdit)} / ${met(r('afterEdit', 0.95), targets.afterEdit)} | ${ms(pct(a.warm, 0.5))} / ${ms(pct(b.warm, 0.5))} | ${met(r('warm', 0.5), targets.warm)} / ${r('warm', 0.95).toFixed(3)} |`);
  }
}

export async function benchAfterEdit(only?: 'dockerfile' | 'compose'): Promise<void> {
  if (only !== 'compose') await dockerfileSuite();
  if (only !== 'dockerfile') await composeSuite();
}

async function dockerfileSuite(): Promise<void> {
  const dockerfiles = [[100, 200], [1000, 200], [10000, 60], [50000, 12]].map(([n, max]) => ({ name: `Dockerfile, ${n.toLocaleString('en')} lines`, text: generatedDockerfile(n), max }));
  await suite('Dockerfile hover', dockerfiles, (t, p) => core.explainDockerfile(t, p), dockerfileAnchor(), { afterEdit: 0.5, warm: 0.05 });
}

async function composeSuite(): Promise<void> {
  const composes = [10, 100, 1000, 5000].map(n => ({ name: `compose, ${n.toLocaleString('en')} services`, text: generatedCompose(n), max: 200 }));
  await suite('Compose hover', composes, (t, p) => core.explainCompose(t, p), composeAnchor(), { afterEdit: 1.0, warm: 0.05 });
  await suite('Compose key hover (the key of each `key:` line, small files)', composes.slice(0, 2), (t, p) => core.explainCompose(t, p), composeAnchor(), { afterEdit: 1.0, warm: 0.05 }, keyPositions);
}
