// SPDX-License-Identifier: MIT
// Every core entry point on a fixed number of fuzzed cases (2,000 with a fixed seed; FUZZ_CASES to change it):
// no call throws. The same inputs on every machine, fast or loaded, so a throw is found everywhere or nowhere.
// Speed is not asserted here: `npm run fuzz` (100,000 cases) fails on a call over 100 ms, and `npm run bench`
// reports the slowest fuzzed call.
import * as assert from 'assert';
import * as core from '../../../src/core/index';
import { entryPoints, notFuzzed } from '../../fuzz/entryPoints';
import { runFuzz } from '../../fuzz/harness';

const cases = Number(process.env.FUZZ_CASES ?? 2_000);

describe('fuzzing the core', function () {
  // A guard against a hang, not a speed check: half a second per case is ten times a loaded machine's.
  this.timeout(60_000 + cases * 500);

  it('has a fuzz entry for every function the core exports', () => {
    for (const name of Object.keys(core)) {
      assert.ok(name in entryPoints || name in notFuzzed, `core export ${name} is not fuzzed: add it to test/fuzz/entryPoints.ts`);
    }
    for (const name of Object.keys(entryPoints)) assert.ok(name in core, `${name} is fuzzed but no longer exported`);
  });

  it(`no entry point throws, on ${cases} cases`, () => {
    const report = runFuzz({ seed: 20261129, maxCases: cases, budgetMs: Number.MAX_SAFE_INTEGER });
    console.log(`      fuzz: ${report.cases} cases, ${report.calls} calls; slowest ${report.slowest.entry} ${report.slowest.ms.toFixed(1)} ms on ${report.slowest.bytes} characters${report.corpus ? '' : '; ../shared/corpus is absent, so only samples/ seeded the inputs'}`);
    assert.strictEqual(report.cases, cases);
    assert.deepStrictEqual(report.throws.map(t => `${t.entry}: ${t.error.split('\n')[0]} on ${JSON.stringify(t.input).slice(0, 300)}`), []);
  });
});
