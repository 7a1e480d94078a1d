// SPDX-License-Identifier: MIT
// A guard for the future (issue 30), over every test under test/ (unit, server, integration, trust, UI, host):
// no test asserts nothing, and no test that waits on the product asserts only that something did not happen
// without first waiting for the positive signal (waitFor…, typeAndWait, coachFinished, …), and no negative
// assertion follows a fixed sleep. A sleep is not a wait. (A test of synchronous code, "stays silent on a near
// miss", may assert only negatives: there is nothing to wait for.)
// The guard's own reading is tested on small made-up files first, so a guard that finds nothing means something.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { assertingHelpers, sourceFiles, testsOf, type TestShape } from './testShape';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const where = (t: TestShape) => `${path.relative(repoRoot, t.file)}:${t.line} ${t.name.slice(0, 90)}`;

describe('the shape of every test', () => {
  const files = sourceFiles(path.join(repoRoot, 'test'));
  const helpers = assertingHelpers([...files, ...['workbench.mjs', 'workbenchBase.mjs', 'workbenchState.mjs'].map(f => path.join(repoRoot, 'scripts', 'test-host', f))]);
  const tests = files.flatMap(f => testsOf(f, helpers));

  it('reads the suite: hundreds of tests, in every kind of test file', () => {
    assert.ok(tests.length >= 500, `only ${tests.length} tests found`);
    for (const dir of ['unit', 'server', 'integration', 'untrusted', 'ui', 'host']) {
      assert.ok(tests.some(t => t.file.includes(`${path.sep}test${path.sep}${dir}${path.sep}`)), `no tests read under test/${dir}`);
    }
  });

  it('finds a test with no assertion, and a negative one that does not wait, in made-up files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-shape-'));
    try {
      const file = path.join(dir, 'made.test.ts');
      fs.writeFileSync(file, [
        "it('asserts nothing', () => { run(); });",
        "it('negative after a sleep', async () => { await sleep(1000); assert.doesNotMatch(await peek(), /x/); });",
        "it('negative after the signal', async () => { await waitFor('end', done); assert.strictEqual(await peek(), undefined); });",
        "it('through a helper', () => { check(1); });",
        "it('slept, then negative', async () => { await new Promise((r) => setTimeout(r, 2000)); assert.strictEqual(await peek(), undefined); });",
        'function check(n: number) { if (n < 0) throw new Error(String(n)); }',
      ].join('\n'));
      const shapes = testsOf(file, assertingHelpers([file]));
      assert.deepStrictEqual(shapes.map(s => [s.name, s.asserts, s.unguardedNegative, s.sleptNegative]), [
        ["'asserts nothing'", 0, false, false], ["'negative after a sleep'", 1, true, true], ["'negative after the signal'", 1, false, false],
        ["'through a helper'", 1, false, false], ["'slept, then negative'", 1, true, true],
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('no test asserts nothing', () => {
    assert.deepStrictEqual(tests.filter(t => t.asserts === 0).map(where), []);
  });

  it('no test that waits on the product asserts only negatives before waiting for the positive signal', () => {
    assert.deepStrictEqual(tests.filter(t => t.async && t.asserts > 0 && t.negatives === t.asserts && t.unguardedNegative).map(where), []);
  });

  it('no negative assertion comes right after a fixed sleep', () => {
    assert.deepStrictEqual(tests.filter(t => t.sleptNegative).map(where), []);
  });
});
