// SPDX-License-Identifier: MIT
// `npm run bench`: speed of Docker Coach against the existing language services, on the same files and
// the same positions, reported as ratios (ours / theirs; below 1 means we are faster). First issue 14's
// table (the first hover after an edit and the warm hover, problems and completions after an edit, the
// slowest single call up to 2 MB), issue 29's hovers during a chain of 200 one-character edits, issue 26's
// definition, references and symbols after an edit, then hovers on every corpus file and the older sections.
//   Dockerfile: dockerfile-language-service `computeHover(content, position)`.
//   Compose:    @microsoft/compose-language-service's KeyHoverProvider on a ComposeDocument.
// Files: generated ones (deterministic: up to 50,000 Dockerfile lines, 5,000 compose services) and,
// when ../shared/corpus exists beside the repository, every real file there.
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import * as core from '../src/core/index';
import { composeAnchor, dockerfileAnchor } from './anchors';
import { benchCompletion } from './completion';
import { benchDiagnostics } from './diagnostics';
import { benchExplain } from './explain';
import { benchLspHover, lspCases } from './lspHover';
import { generatedCompose, generatedDockerfile } from './generate';
import { benchAfterEdit } from './afterEdit';
import { benchAfterEditChecks } from './afterEditChecks';
import { benchChain } from './chain';
import { benchNavigation } from './navigation';
import { benchWorst } from './worst';
import { benchTestFigures } from './testFigures';
import { benchActivation } from './activation';

type Pos = { line: number; character: number };
interface Case { name: string; text: string; positions: Pos[] }
interface Timing { coldMs: number; warmMedianUs: number; warmP95Us: number }

const repoRoot = path.resolve(__dirname, '..', '..');
const corpus = path.resolve(repoRoot, '..', 'shared', 'corpus');
const MAX_POSITIONS = 300;

/** Positions spread over the file: the first non-blank character of evenly spaced lines. */
function spreadPositions(text: string): Pos[] {
  const lines = text.split('\n');
  const candidates: Pos[] = [];
  lines.forEach((l, line) => {
    const character = l.search(/\S/);
    if (character >= 0 && !l.trimStart().startsWith('#')) candidates.push({ line, character: character + 1 });
  });
  const step = Math.max(1, Math.floor(candidates.length / MAX_POSITIONS));
  return candidates.filter((_, i) => i % step === 0).slice(0, MAX_POSITIONS);
}

/**
 * Times `hover` over the positions. Cold: the median of five first hovers, each on a new version of the
 * text (as after an edit) at a position spread over the file, parse included. Warm: every position again.
 */
async function time(text: string, positions: Pos[], hover: (text: string, p: Pos) => unknown | Promise<unknown>): Promise<Timing> {
  const colds: number[] = [];
  let t = 0;
  for (let k = 0; k < 5; k++) {
    const version = text + '\n'.repeat(k + 2); // a text neither side has seen
    t = performance.now();
    await hover(version, positions[Math.floor((k * positions.length) / 5)]);
    colds.push(performance.now() - t);
  }
  colds.sort((a, b) => a - b);
  const coldMs = colds[2];
  const fresh = text + '\n';
  await hover(fresh, positions[0]);
  const samples: number[] = [];
  for (const p of positions) {
    t = performance.now();
    await hover(fresh, p);
    samples.push((performance.now() - t) * 1000);
  }
  samples.sort((a, b) => a - b);
  return { coldMs, warmMedianUs: samples[Math.floor(samples.length / 2)], warmP95Us: samples[Math.floor(samples.length * 0.95)] };
}

function corpusCases(folder: string): Case[] {
  const dir = path.join(corpus, folder);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).sort().map(f => {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    return { name: `corpus/${folder}/${f}`, text, positions: spreadPositions(text) };
  }).filter(c => c.positions.length > 0);
}

/** Geometric mean and worst of a list of ratios. */
function summary(ratios: number[]): string {
  const sorted = [...ratios].sort((x, y) => x - y);
  const geo = Math.exp(sorted.reduce((s, r) => s + Math.log(r), 0) / Math.max(sorted.length, 1));
  return `geometric mean ${geo.toFixed(3)}, worst ${sorted[sorted.length - 1]?.toFixed(3)}`;
}

function fmt(n: number): string { return n >= 100 ? n.toFixed(0) : n.toFixed(2); }

async function runSuite(title: string, cases: Case[], ours: (t: string, p: Pos) => unknown, theirs: (t: string, p: Pos) => unknown): Promise<void> {
  console.log(`\n## ${title}`);
  console.log('| file | KB | positions | cold median ms (ours / theirs) | warm median µs (ours / theirs) | warm ratio | cold ratio |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  const ratios: number[] = [];
  const coldRatios: number[] = [];
  for (const c of cases) {
    const a = await time(c.text, c.positions, ours);
    const b = await time(c.text, c.positions, theirs);
    const ratio = a.warmMedianUs / Math.max(b.warmMedianUs, 0.001);
    const coldRatio = a.coldMs / Math.max(b.coldMs, 0.001);
    ratios.push(ratio);
    coldRatios.push(coldRatio);
    console.log(`| ${c.name} | ${(c.text.length / 1024).toFixed(0)} | ${c.positions.length} | ${fmt(a.coldMs)} / ${fmt(b.coldMs)} | ${fmt(a.warmMedianUs)} / ${fmt(b.warmMedianUs)} | ${ratio.toFixed(3)} | ${coldRatio.toFixed(3)} |`);
  }
  console.log(`\n${title}: ${cases.length} files; warm ratios ${summary(ratios)}; cold ratios ${summary(coldRatios)}`);
}

async function main(): Promise<void> {
  benchActivation();
  await benchAfterEdit();
  await benchAfterEditChecks();
  await benchChain();
  await benchNavigation();
  benchWorst();
  benchTestFigures();
  if (!fs.existsSync(corpus)) console.log(`\n(no corpus at ${corpus}: the corpus sections are left out)`);
  // Generated Dockerfiles are in issue 14's table above; here, every real one.
  const dockerfiles: Case[] = corpusCases('dockerfile');
  const anchorDockerfile = dockerfileAnchor();
  await runSuite('Dockerfile hover', dockerfiles, (t, p) => core.explainDockerfile(t, p), (t, p) => anchorDockerfile(t, p));

  const composes: Case[] = corpusCases('compose');
  const anchorCompose = composeAnchor();
  await runSuite('Compose hover', composes, (t, p) => core.explainCompose(t, p), (t, p) => anchorCompose(t, p));
  benchDiagnostics(corpus);
  benchCompletion(corpus);
  benchExplain(corpus);
  await benchLspHover(lspCases(repoRoot, { dockerfile: generatedDockerfile(1000), compose: generatedCompose(500) }, spreadPositions));
}

main().catch(err => { console.error(err); process.exit(1); });
