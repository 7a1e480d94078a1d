// SPDX-License-Identifier: MIT
// Issue 29: YAML errors cost no stack trace. On 10,000-deep flow nesting `yaml` makes one error per level, and
// capturing each one's stack took most of the parse (seconds under mocha, whose frame limit is unlimited).
import * as assert from 'assert';
import { parseYaml } from '../../../src/core/compose/parseYaml';

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

  it('parses a plain file as parseDocument does', () => {
    const doc = parseYaml('services:\n  web:\n    image: nginx\n');
    assert.deepStrictEqual(doc.toJS(), { services: { web: { image: 'nginx' } } });
    assert.strictEqual(doc.errors.length, 0);
  });
});
