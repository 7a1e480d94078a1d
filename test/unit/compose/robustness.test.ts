// SPDX-License-Identifier: MIT
// Bad input never throws and stays fast; the document is parsed once per text; lookups scale.
import * as assert from 'assert';
import fc from 'fast-check';
import { composeModel, composeParseCount, keyPathAt } from '../../../src/core/compose/composeDocument';
import { explainCompose } from '../../../src/core/compose/hover';
import { blockCheckCount, partialParseCount } from '../../../src/core/compose/partialModel';
import { at, hoverAt, joinLines } from './helpers';

/**
 * Counted, never timed (issue 30): what keeps a hover cheap is that it reuses the parse of its text, so these
 * tests count parses. A runaway (an endless loop, an alias expanded) still fails through mocha's timeout, and
 * how fast hovers are is measured, as ratios, by `npm run bench`.
 */
const parses = () => composeParseCount() + partialParseCount() + blockCheckCount();

/** Parses spent while hovering every character of every line of `text` (the first hover may parse it once). */
function hoverEverywhere(text: string): number {
  const before = parses();
  const lines = text.split('\n');
  lines.forEach((l, line) => {
    for (let character = 0; character <= l.length; character++) explainCompose(text, { line, character });
  });
  return parses() - before;
}

describe('compose robustness', () => {
  it('unknown keys say so and suggest the nearest Compose key', () => {
    const t = joinLines('servces:', '  web:', '    imgae: nginx', '    portz: ["80:80"]', '    healthcheck:', '      intervall: 5s');
    assert.match(hoverAt(t, 'servces'), /not a Compose key at the top level[\s\S]*Did you mean `services`/);
    const typo = joinLines('services:', '  web:', '    imgae: nginx', '    portz: ["80:80"]', '    healthcheck:', '      intervall: 5s', '    foo: 1');
    assert.match(hoverAt(typo, 'imgae'), /`imgae` is not a Compose key under `services\.web`[\s\S]*Did you mean `image`/);
    assert.match(hoverAt(typo, 'portz'), /Did you mean `ports`/);
    assert.match(hoverAt(typo, 'intervall'), /Did you mean `interval`/);
    assert.doesNotMatch(hoverAt(typo, 'foo'), /Did you mean/);
  });

  it('a real key in the wrong place says where it belongs', () => {
    const t = joinLines('services:', '  web:', '    driver: bridge');
    assert.match(hoverAt(t, 'driver'), /`driver` is a Compose key under .*`services\.<name>\.logging`/);
  });

  it('a half-typed key gets a calm hint', () => {
    const t = joinLines('services:', '  web:', '    imag');
    assert.match(hoverAt(t, 'imag'), /still being typed[\s\S]*`image:`/);
    const t2 = joinLines('services:', '  web:', '    image: ngi', '    por');
    assert.doesNotThrow(() => hoverEverywhere(t2));
  });

  it('invalid YAML, tabs and unclosed quotes neither throw nor parse again for each position', () => {
    const broken = [
      'services:\n\tweb:\n\t\timage: nginx\n',
      'services:\n  web:\n    image: "nginx\n    ports: [1, 2\n',
      'services: [}\n::\n- - -\n  ? x\n',
      '%YAML 9.9\n---\n--- \n...\nservices:\n',
      'services:\n  web:\n    image: nginx\n  web:\n    image: other\n',
      '\uFEFFservices:\r\n  web:\r\n    image: nginx\r\n',
      '',
    ];
    for (const text of broken) assert.ok(hoverEverywhere(text) <= 1, `${JSON.stringify(text)}: parsed again for one position after another`);
    assert.match(hoverAt(broken[5], 'image'), /The image the container starts from/);
  });

  it('an alias bomb ("billion laughs") is reported, never expanded', () => {
    const lines = ['x-a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      lines.push(`x-${cur}: &${cur} [${Array(10).fill('*' + prev).join(', ')}]`);
    }
    lines.push('services:', '  web:', '    labels: *j');
    const text = joinLines(...lines);
    const md = hoverAt(text, '*j', 1);
    assert.match(md, /alias bomb/);
    assert.ok(hoverEverywhere(text) <= 1, 'parsed again for one position after another');
  });

  it('an alias inside its own anchor is called out', () => {
    const t = joinLines('x-a: &a', '  - *a', 'services:', '  w:', '    labels: *a');
    assert.match(hoverAt(t, '*a', 1), /repeat forever/);
  });

  it('never throws at any position of arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.nat(20), fc.nat(40), (text, line, character) => {
      explainCompose(text, { line, character });
    }), { numRuns: 300 });
    const sample = joinLines('services:', '  web:', '    image: nginx', '    ports: ["80:80"]', '    volumes: [data:/d]', 'volumes:', '  data:');
    fc.assert(fc.property(fc.nat(sample.length), fc.nat(sample.length), fc.string({ maxLength: 5 }), (cut, pos, insert) => {
      const text = sample.slice(0, cut) + insert + sample.slice(cut);
      explainCompose(text, { line: Math.floor(pos / 12), character: pos % 17 });
    }), { numRuns: 300 });
  });

  it('parses once per text: a second hover on the same text reuses the parse', () => {
    // A hover parses the whole file, the hovered service's part, or that service alone (when nothing outside
    // it matters, like `image` here; the service's name lists the others, so it needs the part): count all.
    const text = joinLines('services:', '  once:', '    image: nginx', '    restart: always');
    const hovers = () => ['image', 'always', 'once'].map(w => explainCompose(text, at(text, w)));
    const first = hovers();
    const after = parses();
    assert.deepStrictEqual(hovers(), first);
    assert.strictEqual(parses(), after, 'the same hovers again parse nothing');
    explainCompose(text + '# edit\n', at(text, 'image'));
    assert.strictEqual(parses(), after + 1);
  });

  it('keyPathAt follows the yaml node ranges', () => {
    const text = joinLines('services:', '  web:', '    ports:', '      - target: 80');
    const model = composeModel(text);
    assert.deepStrictEqual(keyPathAt(model, at(text, 'target')), ['services', 'web', 'ports', 0, 'target']);
    assert.deepStrictEqual(keyPathAt(model, at(text, '80')), ['services', 'web', 'ports', 0, 'target']);
    assert.strictEqual(keyPathAt(model, { line: 3, character: 1 }), undefined);
  });

  it('hovers on 5,000 services parse each part once, never the whole file; on a broken 100 KB file they reuse one parse', function () {
    this.timeout(30_000);
    const services: string[] = ['services:'];
    for (let i = 0; i < 5000; i++) {
      services.push(`  svc${i}:`, `    image: registry.example.com/team/app${i}:1.${i}`, '    ports:', `      - "${10000 + i}:80"`, '    depends_on:', `      - svc${Math.max(0, i - 1)}`);
    }
    services.push('volumes:', '  data:');
    const big = joinLines(...services);
    // Every block is plain (a line scan tells), so no hover here parses the whole file: each parses at most the
    // hovered service alone or its part, once, and the second pass parses nothing.
    const wholeBefore = composeParseCount();
    explainCompose(big, at(big, 'svc4999:'));
    const needles = ['svc4990:', 'app4000', '"14321:80"', '- svc2500', 'depends_on', '  data:'];
    const positions = needles.map(n => at(big, n, 2));
    const before = parses();
    positions.forEach((p, i) => assert.ok(explainCompose(big, p), needles[i]));
    assert.ok(parses() - before <= needles.length, `${parses() - before} parts parsed for ${needles.length} hovers`);
    assert.strictEqual(composeParseCount(), wholeBefore, 'a hover parsed the whole file');
    const second = parses();
    positions.forEach((p, i) => assert.ok(explainCompose(big, p), needles[i]));
    assert.strictEqual(parses() - second, 0, 'a hover on an unchanged file parsed a part again');

    const small = joinLines(...services.slice(0, 1 + 6 * 800));
    assert.ok(small.length < 100 * 1024);
    // The same file broken in the middle (a tab, an unclosed quote, a stray flow bracket): still calm, one parse.
    const mid = small.indexOf('  svc400:');
    const broken = small.slice(0, mid) + '\t  bad: "unclosed\n  [ oops\n' + small.slice(mid);
    const first = parses();
    assert.doesNotThrow(() => explainCompose(broken, { line: 10, character: 6 }));
    assert.strictEqual(parses() - first, 1, 'the first hover on a new text parses it once');
    for (let i = 0; i < 200; i++) explainCompose(broken, { line: (i * 37) % 4900, character: i % 30 });
    assert.strictEqual(parses() - first, 1, 'later hovers on the same text reuse that parse');
  });
});
