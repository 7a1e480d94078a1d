// SPDX-License-Identifier: MIT
// Issue 29: YAML errors cost no stack trace. On 10,000-deep flow nesting `yaml` makes one error per level, and
// capturing each one's stack took most of the parse (seconds under mocha, whose frame limit is unlimited).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { droppedContentAt, droppedScalarAt, MAX_NESTING, parseYaml } from '../../../src/core/compose/parseYaml';
import { corpusDir, corpusFiles } from '../corpusGuards';
import { needOrSkip } from '../../needs';

describe('parseYaml', () => {
  it('reports YAML errors with their message and place, and no stack frames', () => {
    const doc = parseYaml('services:\n  web: ' + '['.repeat(50) + '\n');
    assert.ok(doc.errors.length >= 50, `one error per unclosed level (${doc.errors.length})`);
    const first = doc.errors[0];
    assert.match(first.message, /\S/);
    assert.ok(first.pos[0] >= 0);
    assert.doesNotMatch(first.stack ?? '', /\n\s+at /, 'no frames were captured');
  });

  it('puts the stack trace limit back, whatever the limit was', () => {
    const limit = Error.stackTraceLimit;
    try {
      Error.stackTraceLimit = 7;
      parseYaml('a: [\n');
      assert.strictEqual(Error.stackTraceLimit, 7);
      assert.match(new Error('after').stack ?? '', /\n\s+at /, 'errors made afterwards have their frames');
    } finally {
      Error.stackTraceLimit = limit;
    }
  });

  it('reads collections nested more than MAX_NESTING deep up to that point, with one error there, and never lets yaml run out of stack', () => {
    // On the code before, V8 aborted this process (no exception to catch) by the third of these parses: `yaml`
    // recursed to the edge of the stack and, in its catch, compiled a regular expression there.
    const shapes = ['{"a":'.repeat(2730) + '1' + '}'.repeat(2730), '['.repeat(2000), '- '.repeat(4000) + '1', '? '.repeat(4000) + '1', 'x: ' + '{a: '.repeat(3000) + '1' + '}'.repeat(3000)];
    for (const shape of shapes) {
      for (let k = 0; k < 4; k++) {
        const text = `${shape}${' '.repeat(k)}\n`;
        const doc = parseYaml(text);
        const deep = doc.errors.filter(e => e.code === 'RESOURCE_EXHAUSTION');
        assert.strictEqual(deep.length, 1, `${shape.slice(0, 12)}…: ${doc.errors.map(e => e.code).slice(0, 5)}`);
        assert.match(deep[0].message, new RegExp(`nested more than ${MAX_NESTING} deep`));
        assert.ok(deep[0].pos[0] > 0 && deep[0].pos[0] < shape.length);
      }
    }
    // Nesting up to the bound is read as parseDocument reads it, with no such error.
    const fine = 'x: ' + '{a: '.repeat(MAX_NESTING - 1) + '1' + '}'.repeat(MAX_NESTING - 1) + '\n';
    const doc = parseYaml(fine);
    assert.deepStrictEqual(doc.errors, []);
    assert.deepStrictEqual(doc.toJS(), parseDocument(fine).toJS());
  });

  it('keeps the errors of other top-level entries past the bound, and none that the cut itself makes', () => {
    // 201 flow maps over many lines, each `{` then `k:`: valid YAML, but cut open, yaml reports each map's key.
    let flow = '';
    for (let i = 0; i <= MAX_NESTING; i++) flow += `${' '.repeat(i * 2)}{\n${' '.repeat(i * 2 + 2)}k:\n`;
    flow += `${' '.repeat((MAX_NESTING + 1) * 2)}x\n`;
    for (let i = MAX_NESTING; i >= 0; i--) flow += `${' '.repeat(i * 2)}}\n`;
    assert.deepStrictEqual(parseDocument(flow).errors, []);
    assert.deepStrictEqual(parseYaml(flow).errors.map(e => e.code), ['RESOURCE_EXHAUSTION']);
    // A real error in an entry before the deep one stays.
    const both = `services:\n  web:\n\timage: x\nx-deep: ${'['.repeat(MAX_NESTING + 5)}${']'.repeat(MAX_NESTING + 5)}\n`;
    const codes = parseYaml(both).errors.map(e => e.code);
    assert.ok(codes.includes('RESOURCE_EXHAUSTION') && codes.length > 1, codes.join());
  });

  it('finds the first line yaml skips with no error, and none in ordinary files', function () {
    const middle = 'services:\n  a:\n    labels:\n      - ? k\n        - - v\n          - w\n          x: y\n    image: z\n';
    const doc = parseYaml(middle);
    assert.deepStrictEqual(doc.errors, []);
    assert.strictEqual(droppedContentAt(doc, middle), middle.indexOf('v\n'));
    // Every kind of scalar, anchors, tags, aliases, merge keys, flow collections and explicit keys read whole.
    const whole = ['x-base: &base', '  image: "nginx:1.27"', "  command: ['a', \"b\"]", 'services:', '  web:', '    <<: *base',
      '    environment: !!map { A: 1, B: "two" }', '    entrypoint: |', '      echo hi', '    labels:', '      ? k', '      : v', '      other: c', '    ports: [ ? "80:80" ]', ''].join('\n');
    const read = parseYaml(whole);
    assert.deepStrictEqual(read.errors, []);
    assert.strictEqual(droppedScalarAt(read, whole), -1);
    const dir = corpusDir('compose', path.resolve(__dirname, '..', '..', '..', '..'));
    needOrSkip(this, 'the corpus part of this test', dir ? undefined : '../shared/corpus/compose is not here');
    const files = corpusFiles(dir!);
    assert.ok(files.length >= 100, `only ${files.length} compose files`);
    for (const f of files) {
      const text = fs.readFileSync(path.join(dir!, f), 'utf8');
      assert.strictEqual(droppedScalarAt(parseYaml(text), text), -1, f);
    }
  });

  it('parses a plain file as parseDocument does', () => {
    const doc = parseYaml('services:\n  web:\n    image: nginx\n');
    assert.deepStrictEqual(doc.toJS(), { services: { web: { image: 'nginx' } } });
    assert.strictEqual(doc.errors.length, 0);
  });
});
