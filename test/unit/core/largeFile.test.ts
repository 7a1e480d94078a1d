// SPDX-License-Identifier: MIT
// Past the size limit: keyword-only hovers from the line under the cursor, no lenses, no problems.
import * as assert from 'assert';
import {
  composeActions, composeDiagnostics, dockerfileActions, dockerfileDiagnostics, explainCompose, explainComposeKeyOnly, explainDockerfile,
  explainDockerfileKeywordOnly, isTooLarge, type Lines,
} from '../../../src/core/index';
import { joinLines } from '../helpers';

const small = { maxFileChars: 40 };
const dockerfile = joinLines('FROM alpine:latest', 'MAINTAINER me', 'RUN apk add \\', '  curl', 'CMD echo hi', '');
const compose = joinLines('services:', '  web:', '    image: nginx', '    ports:', '      - "80:80"', 'networks:', '  back:', '    driver: bridge', '');

describe('files past dockerCoach.maxFileSizeKB', () => {
  it('is decided by the text length against the limit', () => {
    assert.strictEqual(isTooLarge('x'.repeat(41), 40), true);
    assert.strictEqual(isTooLarge('x'.repeat(40), 40), false);
    assert.strictEqual(isTooLarge('FROM alpine'), false);
  });

  it('gives the same keyword hovers from an editor\'s lines as from the text, reading only the lines it needs', () => {
    // What the VS Code adapter passes for a document past the limit: its lines, one at a time, never the text.
    const linesOf = (text: string): Lines & { read: Set<number> } => {
      const all = text.split('\n');
      const read = new Set<number>();
      return { lineCount: all.length, read, lineText: (l) => { read.add(l); return all[l] ?? ''; } };
    };
    for (const line of [1, 2, 3, 4]) {
      const lines = linesOf(dockerfile);
      assert.deepStrictEqual(explainDockerfileKeywordOnly(lines, { line, character: 1 }, 40), explainDockerfile(dockerfile, { line, character: 1 }, small), `line ${line}`);
      assert.ok(lines.read.size <= 2, `line ${line}: read ${[...lines.read].join(', ')}`);
    }
    for (const [line, character] of [[2, 5], [7, 5], [4, 9]]) {
      assert.deepStrictEqual(explainComposeKeyOnly(linesOf(compose), { line, character }, 40), explainCompose(compose, { line, character }, small), `line ${line}`);
    }
    assert.match(explainComposeKeyOnly(linesOf(compose), { line: 7, character: 5 }, 40)!.markdown, /networks\.back\.driver|driver/);
  });

  it('a second compose key hover on the same lines jumps over the lines the first one walked, with the same answers', () => {
    const linesOf = (text: string): Lines & { reads: number } => {
      const all = text.split('\n');
      const lines = { lineCount: all.length, reads: 0, lineText: (l: number) => { lines.reads++; return all[l] ?? ''; } };
      return lines;
    };
    const services = Array.from({ length: 3000 }, (_, i) => joinLines(`  app${i}:`, '    image: nginx', '    # a comment', '', '    ports:', '      - target: 80', '        published: "8080"'));
    const text = joinLines('name: big', 'services:', ...services, 'volumes:', '  data:', '    driver: local', '');
    const all = text.split('\n');
    const shared = linesOf(text);
    const keyLines = all.flatMap((line, i) => /^\s*(- )?[a-z_]+:/.test(line) ? [i] : []);
    // Far down first, then in an order that crosses runs already read, at every key line of a sample.
    const sample = [all.indexOf('  app2999:') + 4, all.indexOf('  app2500:') + 1, ...keyLines.filter((_, k) => k % 97 === 0), keyLines[keyLines.length - 1]];
    let second = Infinity;
    for (const [n, line] of sample.entries()) {
      const character = all[line].search(/[a-z]/);
      const before = shared.reads;
      const answer = explainComposeKeyOnly(shared, { line, character }, 40);
      if (n === 1) second = shared.reads - before;
      assert.deepStrictEqual(answer, explainComposeKeyOnly(linesOf(text), { line, character }, 40), `line ${line + 1}: ${all[line]}`);
    }
    assert.ok(second < 50, `the second hover read ${second} lines`);
    const far = all.indexOf('  app2999:') + 4; // its `ports:`
    const fresh = linesOf(text);
    explainComposeKeyOnly(fresh, { line: far, character: 4 }, 40);
    assert.ok(fresh.reads > 10000, `a first hover far down walks the lines above it (${fresh.reads})`);
    assert.match(explainComposeKeyOnly(shared, { line: far, character: 4 }, 40)!.markdown, /services\.app2999\.ports/);
  });

  it('explains a Dockerfile keyword from its own line, and says why that is all', () => {
    const hover = explainDockerfile(dockerfile, { line: 2, character: 1 }, small);
    assert.match(hover!.markdown, /^`RUN` · build time/);
    assert.match(hover!.markdown, /larger than 0 KB \(`dockerCoach.maxFileSizeKB`\), so Docker Coach explains keywords only/);
    assert.deepStrictEqual(hover!.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } });
    // Arguments, continuation lines and lower-case words that are not instructions get nothing.
    assert.strictEqual(explainDockerfile(dockerfile, { line: 0, character: 7 }, small), undefined);
    assert.strictEqual(explainDockerfile(dockerfile, { line: 3, character: 3 }, small), undefined);
    assert.strictEqual(explainDockerfile('FROM a\nfoo bar\n', { line: 1, character: 1 }, { maxFileChars: 1 }), undefined);
  });

  it('explains a compose key by the path of the lines above it', () => {
    const driver = explainCompose(compose, { line: 7, character: 6 }, small);
    assert.match(driver!.markdown, /^`networks\.back\.driver`/);
    const image = explainCompose(compose, { line: 2, character: 5 }, small);
    assert.match(image!.markdown, /^`services\.web\.image`/);
    assert.strictEqual(explainCompose(compose, { line: 4, character: 10 }, small), undefined, 'values are not explained');
  });

  it('offers no lenses and checks nothing', () => {
    assert.deepStrictEqual(dockerfileActions(dockerfile, { path: '/w/Dockerfile' }, small), []);
    assert.deepStrictEqual(composeActions(compose, { path: '/w/compose.yaml' }, small), []);
    assert.deepStrictEqual(dockerfileDiagnostics(dockerfile, small), []);
    assert.deepStrictEqual(composeDiagnostics(compose, small), []);
    assert.ok(dockerfileDiagnostics(dockerfile).length > 0, 'under the limit the same file has problems');
  });

  it('stays on one line of a 5 MB single-line file', () => {
    const huge = 'RUN echo ' + 'a'.repeat(5 * 1024 * 1024);
    assert.match(explainDockerfile(huge, { line: 0, character: 1 })!.markdown, /^`RUN`/);
    assert.match(explainCompose('services: {web: {image: "' + 'a'.repeat(5 * 1024 * 1024) + '"}}', { line: 0, character: 2 })!.markdown, /^`services`/);
  });
});
