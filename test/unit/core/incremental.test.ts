// SPDX-License-Identifier: MIT
// Issue 14: the cost of an edit follows the edit, and the answers do not change for it.
//  - Counted, never timed: an edit inside one compose service patches the outline and reparses only that
//    service's part; the parts of the services it did not touch are reused, even when they moved down.
//  - Same answers: random edits to real files, and after each one the hovers, problems and completions
//    equal those worked out afresh from a whole-file parse.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { completeCompose, completeDockerfile, composeDiagnostics, dockerfileDiagnostics, explainCompose, explainDockerfile } from '../../../src/core/index';
import { dockerfileModel, dockerfileParseCount } from '../../../src/core/dockerfile/model';
import { forgetSkeletons, skeletonCounts } from '../../../src/core/dockerfile/skeleton';
import { composeModel, composeParseCount } from '../../../src/core/compose/composeDocument';
import { composeOutline, forgetOutlines, outlineCounts } from '../../../src/core/compose/outline';
import { blockCheckCount, partialParseCount } from '../../../src/core/compose/partialModel';
import type { Position } from '../../../src/core/text';
import { generatedCompose, generatedDockerfile, seededRandom as random } from '../../../bench/generate';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const corpus = path.resolve(repoRoot, '..', 'shared', 'corpus', 'compose');
const dockerfileCorpus = path.resolve(repoRoot, '..', 'shared', 'corpus', 'dockerfile');

function lineOf(text: string, needle: string): number {
  const line = text.split('\n').findIndex(l => l === needle);
  assert.ok(line >= 0, `no line ${JSON.stringify(needle)}`);
  return line;
}

function counts() {
  return { whole: composeParseCount(), partial: partialParseCount(), ...outlineCounts(), checks: blockCheckCount() };
}

function grew(before: ReturnType<typeof counts>) {
  const now = counts();
  return { whole: now.whole - before.whole, partial: now.partial - before.partial, builds: now.builds - before.builds, patches: now.patches - before.patches, checks: now.checks - before.checks };
}

describe('compose: an edit inside one service reparses only that service (counted)', () => {
  it('patches the outline, reparses the edited service, and reuses the others even after they moved', () => {
    forgetOutlines();
    let text = generatedCompose(60) + '# counted\n';
    // Their images: an image value is answered from that service's parse alone (a `ports` entry, the edited
    // line, would be read off the lines with no parse at all).
    const svc11 = lineOf(text, '  svc11:') + 1, svc41 = lineOf(text, '  svc41:') + 1;
    // The first hover on a fresh file settles, with one whole parse, that no block holds a YAML error.
    explainCompose(text, { line: svc11, character: 14 });

    // One character typed inside svc11's port: only svc11 is parsed, alone (its image reads nothing outside it).
    text = text.replace('"10011:80"', '"10012:80"');
    let before = counts();
    assert.match(explainCompose(text, { line: svc11, character: 14 })!.markdown, /app11/);
    assert.deepStrictEqual(grew(before), { whole: 0, partial: 0, builds: 0, patches: 1, checks: 1 });
    before = counts();
    explainCompose(text, { line: svc41, character: 14 });
    assert.deepStrictEqual(grew(before), { whole: 0, partial: 0, builds: 0, patches: 0, checks: 1 }, 'svc41 is hovered for the first time');

    // Another character in svc11: svc41's parse is reused, and svc11 alone is checked for YAML errors.
    text = text.replace('"10012:80"', '"10013:80"');
    before = counts();
    explainCompose(text, { line: svc41, character: 14 });
    assert.deepStrictEqual(grew(before), { whole: 0, partial: 0, builds: 0, patches: 1, checks: 1 }, 'svc41 untouched: its parse is reused');

    // Two lines added inside svc11: svc41 is the same text two lines lower, and its parse is reused.
    text = text.replace('      - "10013:80"\n', '      - "10013:80"\n      - "9010:90"\n      - "9011:91"\n');
    before = counts();
    const moved = explainCompose(text, { line: svc41 + 2, character: 14 });
    assert.deepStrictEqual(grew(before), { whole: 0, partial: 0, builds: 0, patches: 1, checks: 1 }, 'svc41 moved, and its parse is reused');
    assert.strictEqual(moved!.range.start.line, svc41 + 2, 'the reused part answers with the lines of the new text');
    assert.match(moved!.markdown, /app41/);
    assert.deepStrictEqual(moved, explainCompose(text, { line: svc41 + 2, character: 14 }, { partialFrom: Infinity }));
  });

  it('parses the whole file while any block it would leave out holds a YAML error', () => {
    forgetOutlines();
    let text = generatedCompose(20);
    const svc15 = lineOf(text, '  svc15:') + 3;
    explainCompose(text, { line: svc15, character: 10 });
    // svc3's image line broken so that YAML reads what follows it differently.
    text = text.replace('    image: registry.example.com/team/app3:1.3\n', '    image: registry.example.com/team/app3:1.3\n        oops: x\n');
    const before = counts();
    const hover = explainCompose(text, { line: svc15 + 1, character: 10 });
    assert.strictEqual(grew(before).whole, 1, 'a block with an error sends the hover to the whole parse');
    assert.deepStrictEqual(hover, explainCompose(text, { line: svc15 + 1, character: 10 }, { partialFrom: Infinity }));
  });

  it('keeps the outline of the version parsed whole: edits at many places, each from it, patch it without scanning it again', () => {
    forgetOutlines();
    const lines = (generatedCompose(100) + '# base kept\n').split('\n');
    const base = lines.join('\n');
    // Two lines of each service: the second edit is patched from the first (same block), which used to push the
    // base's outline out of the two kept, so the next service's edit scanned the base again.
    const places = lines.map((l, i) => (l === '    environment:' || l === '    restart: unless-stopped' ? i : -1)).filter(i => i >= 0).slice(0, 12);
    let before = counts();
    places.forEach((line, k) => {
      explainCompose(base, { line, character: 6 }); // the learner was in the base version...
      const edited = lines.map((l, i) => (i === line ? `${l} ` : l)).join('\n'); // ...and typed a blank at this line's end
      assert.match(explainCompose(edited, { line, character: 6 })!.markdown, /^`services\.svc\d+\.(restart|environment)`/);
      // The first round parses the base whole and outlines it; the rounds after it are what is counted.
      if (k === 0) before = counts();
    });
    assert.deepStrictEqual(grew(before), { whole: 0, partial: 0, builds: 0, patches: places.length - 1, checks: 0 }, 'each edit is patched, and the base is not outlined again');
  });

  it('outlines from scratch when an edit could move a service boundary', () => {
    forgetOutlines();
    const text = generatedCompose(5);
    composeOutline(text);
    const before = outlineCounts();
    // A key line moved out to the services' depth starts a new block.
    const split = text.replace('  svc2:\n    build:', '  svc2:\n  build:');
    assert.deepStrictEqual(composeOutline(split)!.services.map(s => s.name), ['svc0', 'svc1', 'svc2', 'build', 'svc3', 'svc4']);
    assert.deepStrictEqual(outlineCounts(), { builds: before.builds + 1, patches: before.patches });
  });

  it('patches the outline when an edit only renames a service', () => {
    forgetOutlines();
    const text = generatedCompose(5);
    composeOutline(text);
    const before = outlineCounts();
    // Renaming a service is an edit on the line that starts its block: its edges stay where they were.
    const renamed = text.replace('  svc2:', '  api:');
    assert.deepStrictEqual(composeOutline(renamed)!.services.map(s => s.name), ['svc0', 'svc1', 'api', 'svc3', 'svc4']);
    assert.deepStrictEqual(outlineCounts(), { builds: before.builds, patches: before.patches + 1 });
    // A rename to a name another service has is left to a fresh outline (which then gives up on the file).
    assert.strictEqual(composeOutline(renamed.replace('  api:', '  svc3:')), undefined);
  });
});

type Pos = Position;

/** An outline without its record of which blocks parse cleanly (a cache that fills in as hovers learn it). */
function shape(outline: ReturnType<typeof composeOutline>) {
  return outline && { ...outline, clean: undefined };
}

/** Two places on each chosen line: its first word, and just inside what follows `: ` or `- `. */
function placesOn(text: string, lines: number[]): Pos[] {
  const all = text.split('\n');
  const out: Pos[] = [];
  for (const line of lines) {
    const l = all[line];
    if (l === undefined) continue;
    const first = l.search(/\S/);
    if (first < 0) continue;
    out.push({ line, character: first + 1 });
    const value = l.search(/(: |- )\S/);
    if (value > first) out.push({ line, character: value + 3 });
  }
  return out;
}

const PIECES = ['x', ' ', '\n', ':', '- ', '  ', '#', '"', '1', 'image: a\n', '    ports:\n      - "80:80"\n', '  extra:\n    image: b\n', '&a ', '*a', '\t', '{', ']'];

/** One random edit: a piece typed at a random place, a short span deleted, or one character replaced. */
function randomEdit(text: string, next: () => number): { text: string; line: number } {
  const lines = text.split('\n');
  const line = Math.floor(next() * lines.length);
  let offset = 0;
  for (let i = 0; i < line; i++) offset += lines[i].length + 1;
  offset += Math.floor(next() * (lines[line].length + 1));
  const kind = next();
  if (kind < 0.5) return { text: text.slice(0, offset) + PIECES[Math.floor(next() * PIECES.length)] + text.slice(offset), line };
  if (kind < 0.8) return { text: text.slice(0, offset) + text.slice(offset + 1 + Math.floor(next() * 20)), line };
  return { text: text.slice(0, offset) + String.fromCharCode(97 + Math.floor(next() * 26)) + text.slice(offset + 1), line };
}

/** Applies `edits` random edits one after another; after each, compares every answer with a fresh whole-file one. */
function replay(name: string, start: string, edits: number, seed: number): { hovers: number; patched: number } {
  const next = random(seed);
  const file = { path: '/work/app/compose.yaml', workspaceFolder: '/work/app' };
  let text = start;
  let hovers = 0;
  const patchesBefore = outlineCounts().patches;
  forgetOutlines();
  composeOutline(text);
  for (let e = 0; e < edits; e++) {
    // Runs of six edits from the original text: damage piles up otherwise, and a file full of tabs or
    // anchors only ever takes the whole-file path.
    const edit = randomEdit(e % 6 === 0 ? start : text, next);
    text = edit.text;
    const count = text.split('\n').length;
    const lines = [edit.line - 1, edit.line, edit.line + 1, ...Array.from({ length: 8 }, () => Math.floor(next() * count))];
    const at = placesOn(text, lines);
    const where = `${name}, seed ${seed}, edit ${e + 1} (line ${edit.line + 1})`;
    // The incremental way first (patched outline, reused parts), before any whole-file parse of this text exists.
    // Problems before the hovers on every other edit (the pass puts its model together from parts and tells
    // the hovers which blocks are clean), after them on the others.
    const problemsFirst = e % 2 === 0 ? composeDiagnostics(text, { file }) : undefined;
    const incremental = at.map(p => explainCompose(text, p, { file: file.path }));
    const problems = problemsFirst ?? composeDiagnostics(text, { file });
    const completions = completeCompose(text, { line: edit.line, character: 0 });
    const patched = shape(composeOutline(text));
    // Then afresh: no outline remembered, every hover on the whole-file parse.
    forgetOutlines();
    assert.deepStrictEqual(shape(composeOutline(text)), patched, `${where}: the patched outline differs from a fresh one`);
    at.forEach((p, i) => assert.deepStrictEqual(incremental[i], explainCompose(text, p, { file: file.path, partialFrom: Infinity }), `${where}: hover at ${p.line + 1}:${p.character + 1} differs`));
    composeModel(text); // the whole-file parse, which the problems pass then reads
    assert.deepStrictEqual(problems, composeDiagnostics(text, { file }), `${where}: problems differ`);
    assert.deepStrictEqual(completions, completeCompose(text, { line: edit.line, character: 0 }), `${where}: completions differ`);
    hovers += at.length;
  }
  return { hovers, patched: outlineCounts().patches - patchesBefore };
}

describe('compose: random edits give the answers of a fresh whole-file parse', function () {
  // Hundreds of edits, each checked against a whole-file parse: seconds, not milliseconds.
  this.timeout(300_000);

  it('on the samples and a generated file', () => {
    const samples = path.join(repoRoot, 'samples');
    const files = fs.readdirSync(samples).filter(f => /compose.*\.ya?ml$/.test(f)).map(f => ({ name: `samples/${f}`, text: fs.readFileSync(path.join(samples, f), 'utf8') }));
    assert.ok(files.length > 0, 'no compose sample found');
    files.push({ name: 'generated 40 services', text: generatedCompose(40) });
    let hovers = 0, patched = 0;
    files.forEach((f, i) => { const r = replay(f.name, f.text, 60, 20261129 + i); hovers += r.hovers; patched += r.patched; });
    assert.ok(hovers > 1000, `only ${hovers} hovers compared`);
    assert.ok(patched > 15, `only ${patched} edits took the patched path`);
  });

  it('on every corpus compose file', function () {
    if (!fs.existsSync(corpus)) {
      console.log(`      ../shared/corpus is not there (looked in ${corpus}): this test needs it, so it is skipped`);
      this.skip();
    }
    let hovers = 0, patched = 0, files = 0;
    for (const f of fs.readdirSync(corpus).filter(n => /\.ya?ml$/.test(n)).sort()) {
      const r = replay(`corpus/${f}`, fs.readFileSync(path.join(corpus, f), 'utf8'), 12, 7 + files++);
      hovers += r.hovers;
      patched += r.patched;
    }
    console.log(`      ${files} files, ${files * 12} edits, ${hovers} hovers compared, ${patched} edits on a patched outline`);
    assert.ok(patched > 100, `only ${patched} edits took the patched path`);
  });
});

function dockerfileCounts() {
  return { whole: dockerfileParseCount(), ...skeletonCounts() };
}

describe('Dockerfile: an edit inside one instruction reparses only that instruction (counted)', () => {
  it('parses the edited instruction alone, then the skeleton and the hovered instruction, never the whole file', () => {
    forgetSkeletons();
    let text = generatedDockerfile(1000);
    const lines = text.split('\n');
    const run = lines.findIndex((l, i) => i > 500 && l.startsWith('RUN apt-get update'));
    explainDockerfile(text, { line: run, character: 1 }); // the version before the edit: parsed whole, once
    const before = dockerfileCounts();
    text = text.replace(lines[run + 1], lines[run + 1].replace('curl', 'curl wget'));
    const grown = () => Object.fromEntries(Object.entries(dockerfileCounts()).map(([k, v]) => [k, v - before[k as keyof typeof before]]));
    // The edited line, past the RUN's flags and with no `$`, has nothing to explain: the patch, no part parsed.
    const onEdit = explainDockerfile(text, { line: run + 1, character: 52 });
    assert.deepStrictEqual(grown(), { whole: 0, instructionParses: 1, patches: 1, partialParses: 0 });
    const hover = explainDockerfile(text, { line: run, character: 1 });
    assert.deepStrictEqual(grown(), { whole: 0, instructionParses: 1, patches: 1, partialParses: 1 });
    forgetSkeletons();
    dockerfileModel(text);
    assert.deepStrictEqual(onEdit, explainDockerfile(text, { line: run + 1, character: 52 }), 'the same answer as the whole-file parse');
    assert.deepStrictEqual(hover, explainDockerfile(text, { line: run, character: 1 }), 'the same answer as the whole-file parse');
    assert.ok(hover, 'the RUN keyword is explained');
  });

  it('patches the skeleton for an edit in the comments between instructions or below the last one, and re-reads it when the edit makes an instruction', () => {
    forgetSkeletons();
    const start = generatedDockerfile(1000);
    const lines = start.split('\n');
    const run = lines.findIndex((l, i) => i > 500 && l.startsWith('RUN apt-get update'));
    explainDockerfile(start, { line: run, character: 1 }); // parsed whole, once
    const before = dockerfileCounts();
    const grown = () => Object.fromEntries(Object.entries(dockerfileCounts()).map(([k, v]) => [k, v - before[k as keyof typeof before]]));
    // A comment typed below the last instruction, then one between two instructions, each hovered after.
    const atEnd = `${start}# a note at the end\n`;
    const hoverEnd = explainDockerfile(atEnd, { line: run, character: 1 });
    assert.deepStrictEqual(grown(), { whole: 0, instructionParses: 1, patches: 1, partialParses: 1 });
    const between = atEnd.replace(`${lines[run]}\n`, `# why this RUN\n\n${lines[run]}\n`);
    const hoverBetween = explainDockerfile(between, { line: run + 2, character: 1 });
    // Lines typed just above the RUN read first as an edit of the RUN itself (one parse, declined), then as the gap below the line before.
    assert.deepStrictEqual(grown(), { whole: 0, instructionParses: 3, patches: 2, partialParses: 2 });
    // A line that is an instruction, typed in the same place: the patch declines, and the hover is still right.
    const made = atEnd.replace(`${lines[run]}\n`, `USER nobody\n${lines[run]}\n`);
    const hoverMade = explainDockerfile(made, { line: run + 1, character: 1 });
    assert.strictEqual(grown().patches, 2, 'no patch when the edit adds an instruction');
    for (const [text, line, hover] of [[atEnd, run, hoverEnd], [between, run + 2, hoverBetween], [made, run + 1, hoverMade]] as const) {
      forgetSkeletons();
      dockerfileModel(text);
      assert.ok(hover);
      assert.deepStrictEqual(hover, explainDockerfile(text, { line, character: 1 }), 'the same answer as the whole-file parse');
    }
  });

  it('reads the settings of the stages a stage builds on, and none of the others', () => {
    forgetSkeletons();
    const base = 'FROM python:3.12 AS base\nENV PORT=4567\nENTRYPOINT ["python"]\nRUN pip install flask\nFROM node:20 AS other\nENV PORT=1\nCMD ["node"]\nFROM base AS dev\nRUN echo one\nCMD ["app.py", "--port", "${PORT}"]\n';
    explainDockerfile(base, { line: 9, character: 1 });
    const text = base.replace('echo one', 'echo two');
    const before = dockerfileCounts();
    const answers = [{ line: 9, character: 1 }, { line: 9, character: 30 }, { line: 7, character: 14 }, { line: 0, character: 20 }].map(p => explainDockerfile(text, p));
    assert.strictEqual(dockerfileCounts().whole, before.whole, 'no whole-file parse');
    assert.match(answers[1]!.markdown, /4567/, 'the variable hover finds PORT in the stage dev builds on, not in the other stage');
    forgetSkeletons();
    dockerfileModel(text);
    assert.deepStrictEqual(answers, [{ line: 9, character: 1 }, { line: 9, character: 30 }, { line: 7, character: 14 }, { line: 0, character: 20 }].map(p => explainDockerfile(text, p)));
  });

  it("a stage name's hover after an edit lists the lines that copy from it, which parts keep only for a FROM's hover", () => {
    forgetSkeletons();
    const base = 'FROM alpine:3.20 AS build\nRUN echo one\nFROM alpine:3.20 AS test\nCOPY --from=build /a /a\nRUN --mount=from=build,target=/b true\nFROM scratch\nCOPY --from=build /a /a\nUSER app\n';
    explainDockerfile(base, { line: 1, character: 1 });
    const text = base.replace('echo one', 'echo two');
    const before = dockerfileCounts();
    // Two hovers: past two parts for one version, the whole parse is cheaper (PARTS_PER_VERSION).
    const places = [{ line: 0, character: 22 }, { line: 7, character: 1 }];
    const answers = places.map(p => explainDockerfile(text, p));
    assert.strictEqual(dockerfileCounts().whole, before.whole, 'no whole-file parse');
    assert.match(answers[0]!.markdown, /Used on lines 4, 5, 7\./, 'the users of `build`');
    forgetSkeletons();
    dockerfileModel(text);
    assert.deepStrictEqual(answers, places.map(p => explainDockerfile(text, p)));
  });

  it('parses a large file whole, once, when the edited instruction is most of it (a here-document that never closes), and not at all for a body line with nothing to explain', () => {
    forgetSkeletons();
    let text = 'FROM alpine:3.20\nRUN <<EOF\n' + 'echo step\n'.repeat(8000);
    assert.ok(text.length > 64 * 1024, 'a large file');
    explainDockerfile(text, { line: 1, character: 1 });
    text += 'echo typed $HOME\n';
    const grown = (before: ReturnType<typeof dockerfileCounts>) => Object.fromEntries(Object.entries(dockerfileCounts()).map(([k, v]) => [k, v - before[k as keyof typeof before]]));
    // A body line with no `$` has nothing to explain: no parse at all (quietAt).
    let before = dockerfileCounts();
    const middle = { line: 4000, character: 2 };
    assert.strictEqual(explainDockerfile(text, middle), undefined);
    assert.deepStrictEqual(grown(before), { whole: 0, instructionParses: 0, patches: 0, partialParses: 0 });
    // A variable in it: the whole file, once (before: the instruction alone, then the hover's part with it again).
    before = dockerfileCounts();
    const variable = { line: 8002, character: 12 };
    const hover = explainDockerfile(text, variable);
    assert.match(hover?.markdown ?? '', /HOME/);
    assert.deepStrictEqual(grown(before), { whole: 1, instructionParses: 0, patches: 0, partialParses: 0 });
    forgetSkeletons();
    dockerfileModel(text);
    assert.deepStrictEqual(hover, explainDockerfile(text, variable), 'the same answer as the whole-file parse');
    assert.strictEqual(explainDockerfile(text, middle), undefined, 'the whole-file parse says nothing there either');
  });

  it('parses the whole file when an edit ends an instruction early', () => {
    forgetSkeletons();
    let text = generatedDockerfile(200);
    const run = text.split('\n').findIndex(l => l.startsWith('RUN apt-get update'));
    explainDockerfile(text, { line: run, character: 1 });
    text = text.replace('RUN apt-get update \\\n', 'RUN apt-get update\n'); // the continuation is gone
    const before = dockerfileCounts();
    explainDockerfile(text, { line: run, character: 1 });
    assert.strictEqual(dockerfileCounts().whole - before.whole, 1);
    assert.strictEqual(dockerfileCounts().patches - before.patches, 0);
  });
});

const DOCKERFILE_PIECES = ['x', ' ', '\n', '\\\n', '$', '${A}', '--from=base ', '#', '"', 'RUN echo hi\n', 'FROM alpine AS b\n', 'ARG A=1\n', '<<EOF\nhi\nEOF\n', '[', '"]'];

/** Random edits to a Dockerfile; after each, hovers, problems and completions equal the whole-file parse's. */
function replayDockerfile(name: string, start: string, edits: number, seed: number): { hovers: number; patched: number } {
  const next = random(seed);
  const file = { path: '/work/app/Dockerfile', workspaceFolder: '/work/app' };
  let text = start;
  let hovers = 0;
  const patchesBefore = skeletonCounts().patches;
  forgetSkeletons();
  dockerfileModel(text);
  for (let e = 0; e < edits; e++) {
    const base = e % 6 === 0 ? start : text;
    if (e % 6 === 0) dockerfileModel(base); // as in the editor: the version before the edit has been parsed
    const lines = base.split('\n');
    const line = Math.floor(next() * lines.length);
    let offset = 0;
    for (let i = 0; i < line; i++) offset += lines[i].length + 1;
    offset += Math.floor(next() * (lines[line].length + 1));
    const kind = next();
    text = kind < 0.5 ? base.slice(0, offset) + DOCKERFILE_PIECES[Math.floor(next() * DOCKERFILE_PIECES.length)] + base.slice(offset)
      : kind < 0.8 ? base.slice(0, offset) + base.slice(offset + 1 + Math.floor(next() * 20))
        : base.slice(0, offset) + String.fromCharCode(97 + Math.floor(next() * 26)) + base.slice(offset + 1);
    const count = text.split('\n').length;
    const at: Pos[] = [];
    const all = text.split('\n');
    for (const l of [line - 1, line, line + 1, ...Array.from({ length: 6 }, () => Math.floor(next() * count))]) {
      const s = all[l];
      if (s === undefined) continue;
      for (let c = 0; c <= s.length; c += Math.max(1, Math.floor(s.length / 6))) at.push({ line: l, character: c });
    }
    const where = `${name}, seed ${seed}, edit ${e + 1} (line ${line + 1})`;
    const incremental = at.map(p => explainDockerfile(text, p));
    const problems = dockerfileDiagnostics(text, { file });
    const completions = completeDockerfile(text, { line, character: 0 });
    forgetSkeletons();
    dockerfileModel(text); // now every hover reads the whole-file parse
    at.forEach((p, i) => assert.deepStrictEqual(incremental[i], explainDockerfile(text, p), `${where}: hover at ${p.line + 1}:${p.character + 1} differs`));
    assert.deepStrictEqual(problems, dockerfileDiagnostics(text, { file }), `${where}: problems differ`);
    assert.deepStrictEqual(completions, completeDockerfile(text, { line, character: 0 }), `${where}: completions differ`);
    hovers += at.length;
  }
  return { hovers, patched: skeletonCounts().patches - patchesBefore };
}

describe('Dockerfile: random edits give the answers of a fresh whole-file parse', function () {
  this.timeout(300_000);

  it('on the samples and a generated file', () => {
    const files = [path.join(repoRoot, 'samples', 'backend-flask', 'Dockerfile'), path.join(repoRoot, 'samples', 'frontend-react-js', 'Dockerfile')]
      .map(f => ({ name: path.relative(repoRoot, f), text: fs.readFileSync(f, 'utf8') }));
    files.push({ name: 'generated 300 lines', text: generatedDockerfile(300) });
    let hovers = 0, patched = 0;
    files.forEach((f, i) => { const r = replayDockerfile(f.name, f.text, 60, 4242 + i); hovers += r.hovers; patched += r.patched; });
    assert.ok(hovers > 1000, `only ${hovers} hovers compared`);
    assert.ok(patched > 15, `only ${patched} edits took the patched path`);
  });

  it('on every corpus Dockerfile', function () {
    if (!fs.existsSync(dockerfileCorpus)) {
      console.log(`      ../shared/corpus is not there (looked in ${dockerfileCorpus}): this test needs it, so it is skipped`);
      this.skip();
    }
    let hovers = 0, patched = 0, files = 0;
    for (const f of fs.readdirSync(dockerfileCorpus).sort()) {
      const r = replayDockerfile(`corpus/${f}`, fs.readFileSync(path.join(dockerfileCorpus, f), 'utf8'), 8, 99 + files++);
      hovers += r.hovers;
      patched += r.patched;
    }
    console.log(`      ${files} files, ${files * 8} edits, ${hovers} hovers compared, ${patched} edits on a patched skeleton`);
    assert.ok(patched > 100, `only ${patched} edits took the patched path`);
  });
});
