// SPDX-License-Identifier: MIT
// Issue 26, Dockerfiles: outline, go to definition, references and highlights, rename, folding and
// links. Expected values are written by hand from the Dockerfile reference (stage names, variable
// scope: buildkit-dockerfile-docs/reference.md "Scope" and "ENV"), then checked as properties over
// every corpus Dockerfile.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { documentServices, LineIndex } from '../../../src/core/index';
import { dockerfileModel } from '../../../src/core/dockerfile/model';
import { dockerfileNameIndex } from '../../../src/core/dockerfile/names';
import { skeletonCounts } from '../../../src/core/dockerfile/skeleton';
import { dockerfileSymbolsOf } from '../../../src/core/dockerfile/navigation';
import type { OutlineSymbol } from '../../../src/core/index';
import { corpusDir, corpusFiles } from '../corpusGuards';
import { joinLines, positionOf } from '../helpers';
import { applyEdits, at, checkNameGroups, renameRoundTrip, textOf } from './navHelpers';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const nav = documentServices.dockerfile.navigation!;

const scoped = joinLines(
  'ARG V=1',                                   // 0
  'FROM alpine:3.20 AS base',                  // 1
  'ENV E=x',                                   // 2
  'RUN echo $E $V',                            // 3: V is not in scope here (no ARG V in this stage)
  'FROM base AS app',                          // 4
  'ARG V',                                     // 5
  'RUN echo ${E} $V',                          // 6: E inherited from base, V from line 5 (default from line 0)
  'COPY --from=base /a /b',                    // 7
  'RUN --mount=type=cache,from=base,target=/x true', // 8
  'ENV E=y',                                   // 9
  'RUN echo $E',                               // 10: the ENV on line 9 now
  'FROM nginx AS base2',                       // 11
);

describe('issue 26: Dockerfile go to definition', () => {
  it('a stage name in FROM, COPY --from and RUN --mount from= goes to its AS name', () => {
    for (const [needle, off] of [['FROM base', 5], ['--from=base', 7], ['from=base,', 5]] as const) {
      const defs = nav.definition(scoped, positionOf(scoped, needle, off));
      assert.deepStrictEqual(defs.map(at), ['1:20'], needle);
    }
  });

  it('$VAR and ${VAR} go to the ARG or ENV in force on that line', () => {
    assert.deepStrictEqual(nav.definition(scoped, positionOf(scoped, '${E}', 2)).map(at), ['2:4'], 'inherited ENV of the base stage');
    assert.deepStrictEqual(nav.definition(scoped, positionOf(scoped, '$V', 1, 1)).map(at), ['5:4'], 'the stage\'s own ARG');
    assert.deepStrictEqual(nav.definition(scoped, positionOf(scoped, '$E', 1, 1)).map(at), ['9:4'], 'the later ENV');
    assert.deepStrictEqual(nav.definition(scoped, positionOf(scoped, '$V', 1, 0)), [], 'a global ARG is not in scope after FROM without its own ARG');
  });

  it('a global ARG used in FROM goes to the ARG before the first FROM', () => {
    const text = joinLines('ARG TAG=3.20', 'FROM alpine:${TAG}', 'ARG TAG', 'RUN echo $TAG');
    assert.deepStrictEqual(nav.definition(text, positionOf(text, '${TAG}', 2)).map(at), ['0:4']);
    assert.deepStrictEqual(nav.definition(text, positionOf(text, '$TAG', 1)).map(at), ['2:4']);
  });

  it('gives nothing on keywords, images and variables the file does not define', () => {
    for (const [needle, off] of [['RUN echo', 0], ['alpine', 0], ['nginx', 1]] as const) {
      assert.deepStrictEqual(nav.definition(scoped, positionOf(scoped, needle, off)), [], needle);
    }
    const text = joinLines('FROM alpine', 'RUN echo $HOME');
    assert.deepStrictEqual(nav.definition(text, positionOf(text, '$HOME', 1)), []);
  });
});

describe('issue 26: Dockerfile references, highlights and rename', () => {
  it('references of a stage: its AS name, FROM, --from= and from=; no image, no variable', () => {
    const refs = nav.references(scoped, positionOf(scoped, 'AS base', 4), true);
    assert.deepStrictEqual(refs.map(at), ['1:20', '4:5', '7:12', '8:28']);
    assert.ok(refs.every(r => textOf(scoped, r) === 'base'));
    assert.deepStrictEqual(nav.references(scoped, positionOf(scoped, 'AS base', 4), false).map(at), ['4:5', '7:12', '8:28']);
  });

  it('a global ARG and the stage ARG that brings it in are one variable', () => {
    const refs = nav.references(scoped, positionOf(scoped, 'V=1'), true);
    assert.deepStrictEqual(refs.map(at), ['0:4', '5:4', '6:15']);
    const lights = nav.highlights(scoped, positionOf(scoped, 'V=1'));
    assert.deepStrictEqual(lights.map(h => h.write), [true, true, false]);
  });

  it('an ENV redefined later is a different definition', () => {
    assert.deepStrictEqual(nav.references(scoped, positionOf(scoped, 'E=x'), true).map(at), ['2:4', '3:10', '6:11']);
    assert.deepStrictEqual(nav.references(scoped, positionOf(scoped, 'E=y'), true).map(at), ['9:4', '10:10']);
  });

  it('renames a stage everywhere, and back', () => {
    const result = nav.rename(scoped, positionOf(scoped, '--from=base', 8), 'builder');
    assert.ok(!('refused' in result));
    const renamed = applyEdits(scoped, result.edits);
    assert.match(renamed, /AS builder\nENV/);
    assert.match(renamed, /FROM builder AS app/);
    assert.match(renamed, /--from=builder \/a/);
    assert.match(renamed, /from=builder,target/);
    assert.match(renamed, /FROM nginx AS base2/);
    assert.strictEqual(renameRoundTrip(nav, scoped, positionOf(scoped, 'AS base', 4), 'base', 'fresh-name'), scoped);
  });

  it('refuses keywords, values, stage numbers and names Docker rejects, saying why', () => {
    for (const [needle, off] of [['RUN echo', 0], ['alpine', 0], ['/a /b', 1]] as const) {
      const r = nav.prepareRename(scoped, positionOf(scoped, needle, off));
      assert.ok('refused' in r && /Only names can be renamed/.test(r.refused), needle);
    }
    const numbered = joinLines('FROM alpine AS one', 'FROM alpine', 'COPY --from=0 /a /b');
    const n = nav.prepareRename(numbered, positionOf(numbered, '=0', 1));
    assert.ok('refused' in n && /stage number/.test(n.refused));
    const caps = nav.rename(scoped, positionOf(scoped, 'AS base', 4), 'Builder');
    assert.ok('refused' in caps && /lowercase/.test(caps.refused));
    const spaced = nav.rename(scoped, positionOf(scoped, 'AS base', 4), 'my stage');
    assert.ok('refused' in spaced && /no spaces/.test(spaced.refused));
    const taken = nav.rename(scoped, positionOf(scoped, 'AS base', 4), 'app');
    assert.ok('refused' in taken && /already called/.test(taken.refused));
    const badVar = nav.rename(scoped, positionOf(scoped, 'E=x'), '1E');
    assert.ok('refused' in badVar && /cannot be a variable name/.test(badVar.refused));
  });
});

describe('issue 26: Dockerfile outline, folding and links', () => {
  const prod = fs.readFileSync(path.join(repoRoot, 'samples', 'backend-flask', 'Dockerfile.prod'), 'utf8');

  it('outlines samples/backend-flask/Dockerfile.prod: the global ARG, then each stage with its instructions', () => {
    const symbols = nav.symbols(prod);
    assert.deepStrictEqual(symbols.map(s => [s.name, s.detail]), [
      ['ARG', 'PYTHON_VERSION=3.12'],
      ['builder', 'python:${PYTHON_VERSION:-3.12}-slim'],
      ['runtime', 'python:${PYTHON_VERSION:-3.12}-slim'],
    ]);
    assert.deepStrictEqual(symbols[1].children.map(c => c.name), ['FROM', 'WORKDIR', 'COPY', 'RUN']);
    assert.deepStrictEqual(symbols[2].children.map(c => c.name), ['FROM', 'WORKDIR', 'RUN', 'COPY', 'USER', 'ENV', 'EXPOSE', 'HEALTHCHECK', 'CMD']);
    assert.strictEqual(textOf(prod, symbols[1].selectionRange), 'builder');
  });

  it('an unnamed stage is called by its number', () => {
    const text = joinLines('FROM alpine', 'RUN true', 'FROM alpine AS two');
    assert.deepStrictEqual(nav.symbols(text).map(s => s.name), ['stage 0', 'two']);
  });

  it('folds each stage, each continued instruction and each heredoc', () => {
    const folds = nav.folding(prod).map(f => `${f.startLine}-${f.endLine}`);
    for (const expected of ['8-13', '12-13', '15-31', '19-24', '29-30']) assert.ok(folds.includes(expected), `${expected} in ${folds.join(' ')}`);
    // The three comment lines under the syntax directive (lines 3-5 of the file).
    assert.ok(nav.folding(prod).some(f => f.startLine === 2 && f.endLine === 4 && f.kind === 'comment'));
  });

  it('links FROM images and the # syntax= frontend to Docker Hub, never a stage or another registry', () => {
    const text = joinLines('# syntax=docker/dockerfile:1.7', 'FROM golang:1.23 AS build', 'FROM bitnami/nginx:1.27', 'FROM ghcr.io/acme/tool:1', 'FROM build', 'FROM scratch', 'FROM library/redis');
    const links = nav.links(text, {}).map(l => [textOf(text, l.range), l.target]);
    assert.deepStrictEqual(links, [
      ['docker/dockerfile:1.7', 'https://hub.docker.com/r/docker/dockerfile'],
      ['golang:1.23', 'https://hub.docker.com/_/golang'],
      ['bitnami/nginx:1.27', 'https://hub.docker.com/r/bitnami/nginx'],
      ['library/redis', 'https://hub.docker.com/_/redis'],
    ]);
  });
});

describe('issue 26: Dockerfile names over the corpus', function () {
  this.timeout(300_000);

  it('definition from each reference lands on a declaration of that name; references from a declaration are exactly its occurrences; rename round-trips', function () {
    const dir = corpusDir('dockerfile', repoRoot);
    if (!dir) { console.log('      corpus not found: skipping'); this.skip(); }
    let names = 0, renamed = 0;
    const failures: string[] = [];
    for (const f of corpusFiles(dir!)) {
      const text = fs.readFileSync(path.join(dir!, f), 'utf8');
      const r = checkNameGroups(nav, f, text, dockerfileNameIndex(dockerfileModel(text)), space => space === 'stage' ? 'zz-fresh' : 'ZZ_FRESH', (a, b) => a.toLowerCase() === b.toLowerCase());
      failures.push(...r.failures); names += r.names; renamed += r.renamed;
    }
    assert.deepStrictEqual(failures.slice(0, 10), []);
    assert.ok(names > 100 && renamed > 50, `${names} names, ${renamed} renamed`);
  });

  it('right after an edit, definition (read from the partial model hovers use) lands where the whole-file answer does', function () {
    const dir = corpusDir('dockerfile', repoRoot);
    if (!dir) { console.log('      corpus not found: skipping'); this.skip(); }
    let checked = 0;
    const failures: string[] = [];
    const partialsBefore = skeletonCounts().partialParses;
    for (const f of corpusFiles(dir!)) {
      const text = fs.readFileSync(path.join(dir!, f), 'utf8');
      const lines = new LineIndex(text);
      const refs = [...dockerfileNameIndex(dockerfileModel(text)).values()].flat().filter(o => !o.declaration).slice(0, 12);
      for (const o of refs) {
        const pos = lines.positionAt(o.start);
        const expected = nav.definition(text, pos).map(at);
        // A space typed at the end of the reference's own line (never after a line continuation).
        const lineEnd = lines.offsetAt({ line: pos.line + 1, character: 0 }) - (text[lines.offsetAt({ line: pos.line + 1, character: 0 }) - 1] === '\n' ? 1 : 0);
        if (/[\\`]\s*$/.test(text.slice(lines.offsetAt({ line: pos.line, character: 0 }), lineEnd))) continue;
        dockerfileModel(text); // the version before the edit is the newest the editor has seen
        const edited = text.slice(0, lineEnd) + ' ' + text.slice(lineEnd);
        const got = nav.definition(edited, pos).map(at);
        checked++;
        if (got.join(' ') !== expected.join(' ')) failures.push(`${f}: ${o.key} at ${at({ start: pos, end: pos })}: ${got.join(' ')} after the edit, ${expected.join(' ')} before`);
      }
    }
    assert.deepStrictEqual(failures.slice(0, 10), []);
    assert.ok(checked > 200, `${checked} definitions checked`);
    assert.ok(skeletonCounts().partialParses - partialsBefore > 100, 'the partial model answered');
  });

  it('right after an edit, the outline (read from the instruction spans hovers keep) matches the whole-file outline', function () {
    const dir = corpusDir('dockerfile', repoRoot);
    if (!dir) { console.log('      corpus not found: skipping'); this.skip(); }
    let quick = 0;
    const failures: string[] = [];
    const shape = (symbols: OutlineSymbol[]): string => JSON.stringify(symbols.map(function flat(s: OutlineSymbol): unknown {
      return [s.name, s.detail, s.kind, s.range.start, s.range.end.line, s.selectionRange, s.children.map(flat)];
    }));
    for (const f of corpusFiles(dir!)) {
      const text = fs.readFileSync(path.join(dir!, f), 'utf8');
      const model = dockerfileModel(text);
      const last = model.instructions[model.instructions.length - 1];
      if (!last) continue;
      // A space typed at the end of the last instruction's first line (not after a line continuation).
      const line = last.getRange().start.line;
      const lineText = model.lines.lineText(line).replace(/\r?\n$/, '');
      if (/\\\s*$/.test(lineText)) continue;
      const at = model.lines.offsetAt({ line, character: lineText.length });
      const edited = text.slice(0, at) + ' ' + text.slice(at);
      const before = skeletonCounts().patches;
      const got = nav.symbols(edited);
      if (skeletonCounts().patches > before) quick++;
      const expected = dockerfileSymbolsOf(dockerfileModel(edited));
      if (shape(got) !== shape(expected)) failures.push(`${f}: ${shape(got).slice(0, 300)} != ${shape(expected).slice(0, 300)}`);
    }
    assert.deepStrictEqual(failures.slice(0, 5), []);
    assert.ok(quick > 100, `${quick} outlines from the spans`);
  });
});
