// SPDX-License-Identifier: MIT
// Issue 29, item 3: fast while typing, not only after one edit. A chain of one-character edits at random
// places, each version derived from the last, with a hover after each one on the character just typed,
// ours against the anchors on the same versions and positions. The edits are seeded, so every run makes
// the same chain. Each side builds its own copies of the versions, so no string hash is shared.
import { performance } from 'perf_hooks';
import * as core from '../src/core/index';
import { composeAnchor, dockerfileAnchor } from './anchors';
import { pct } from './afterEditChecks';
import { generatedCompose, generatedDockerfile, seededRandom } from './generate';

type Pos = { line: number; character: number };
type Hover = (text: string, p: Pos) => unknown;

/** One typed character: where it goes (offset, and the same place as line and column) and what it is. */
export interface ChainEdit { readonly offset: number; readonly at: Pos; readonly char: string }

const WORD_INSIDE = /[A-Za-z0-9](?=[A-Za-z0-9])/g;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * `count` edits, each one a letter or digit typed inside a word of a random line of the version before it
 * (between two letters or digits, so indentation, `:` and `\` stay as they were: the file keeps its
 * shape, as it mostly does while a learner types a name or a value).
 */
export function chainOfEdits(text: string, count: number, seed: number): ChainEdit[] {
  const next = seededRandom(seed);
  const lines = text.split('\n');
  const edits: ChainEdit[] = [];
  const typable = (l: string) => !l.trimStart().startsWith('#') && /[A-Za-z0-9](?=[A-Za-z0-9])/.test(l);
  if (!lines.some(typable)) return edits; // nothing to type into (a file of comments): no chain
  while (edits.length < count) {
    const line = Math.floor(next() * lines.length);
    if (!typable(lines[line])) continue;
    const places = [...lines[line].matchAll(WORD_INSIDE)].map(m => m.index + 1);
    const character = places[Math.floor(next() * places.length)];
    const char = LETTERS[Math.floor(next() * LETTERS.length)];
    let offset = character;
    for (let i = 0; i < line; i++) offset += lines[i].length + 1;
    lines[line] = lines[line].slice(0, character) + char + lines[line].slice(character);
    edits.push({ offset, at: { line, character }, char });
  }
  return edits;
}

/** Milliseconds of each hover in the chain, each on the version just made by one more edit. */
async function timeChain(start: string, edits: readonly ChainEdit[], hover: Hover): Promise<number[]> {
  if (!edits.length) return [];
  let text = start.slice(0, start.length - 1) + start[start.length - 1]; // this side's own copy
  await hover(text, edits[0].at); // the learner was working in this version before typing
  const out: number[] = [];
  for (const e of edits) {
    text = text.slice(0, e.offset) + e.char + text.slice(e.offset);
    const t = performance.now();
    await hover(text, e.at);
    out.push(performance.now() - t);
  }
  return out;
}

const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(3));

interface ChainFile { name: string; text: string; target?: number }

async function suite(title: string, files: ChainFile[], ours: Hover, theirs: () => Hover, edits: number): Promise<void> {
  console.log(`\n## ${title}: a hover after each of ${edits} one-character edits in a row (ms, ours / theirs; ratio = ours ÷ theirs)`);
  console.log('| file | edits | p50 | p95 | ratio p50 / p95 | target (p50) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [i, f] of files.entries()) {
    const chain = chainOfEdits(f.text, edits, 2026_12_06 + i);
    const a = await timeChain(f.text, chain, ours);
    const b = await timeChain(f.text, chain, theirs());
    const r = (q: number) => pct(a, q) / Math.max(pct(b, q), 1e-6);
    const target = f.target === undefined ? '' : `≤ ${f.target}${r(0.5) <= f.target ? ' (met)' : ' (not met)'}`;
    console.log(`| ${f.name} | ${chain.length} | ${ms(pct(a, 0.5))} / ${ms(pct(b, 0.5))} | ${ms(pct(a, 0.95))} / ${ms(pct(b, 0.95))} | ${r(0.5).toFixed(3)} / ${r(0.95).toFixed(3)} | ${target} |`);
  }
}

/** The chained-edit rows: Dockerfiles of 100, 1,000 and 10,000 lines; compose files of 10, 100 and 1,000 services. */
export async function benchChain(only?: 'dockerfile' | 'compose', edits = 200): Promise<void> {
  if (only !== 'compose') {
    const files = ([[100], [1000, 0.5], [10000, 0.5]] as const).map(([n, target]) => ({ name: `Dockerfile, ${n.toLocaleString('en')} lines`, text: generatedDockerfile(n), target }));
    await suite('Dockerfile hover while typing', files, (t, p) => core.explainDockerfile(t, p), dockerfileAnchor, edits);
  }
  if (only !== 'dockerfile') {
    const files = ([[10], [100, 1.0], [1000, 1.0]] as const).map(([n, target]) => ({ name: `compose, ${n.toLocaleString('en')} services`, text: generatedCompose(n), target }));
    await suite('Compose hover while typing', files, (t, p) => core.explainCompose(t, p), composeAnchor, edits);
  }
}
