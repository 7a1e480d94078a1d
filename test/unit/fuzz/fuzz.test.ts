// SPDX-License-Identifier: MIT
// Every core entry point on fuzzed input for a fixed time budget (2 minutes; FUZZ_BUDGET_MS to change it):
// no call throws, and no call on an input up to 100 KB takes over 100 ms. `npm run fuzz` runs 100,000 cases.
import * as assert from 'assert';
import * as core from '../../../src/core/index';
import { entryPoints, notFuzzed } from '../../fuzz/entryPoints';
import { runFuzz } from '../../fuzz/harness';

const budgetMs = Number(process.env.FUZZ_BUDGET_MS ?? 120_000);

describe('fuzzing the core', function () {
  this.timeout(budgetMs + 120_000);

  it('has a fuzz entry for every function the core exports', () => {
    for (const name of Object.keys(core)) {
      assert.ok(name in entryPoints || name in notFuzzed, `core export ${name} is not fuzzed: add it to test/fuzz/entryPoints.ts`);
    }
    for (const name of Object.keys(entryPoints)) assert.ok(name in core, `${name} is fuzzed but no longer exported`);
  });

  it(`no entry point throws or takes over 100 ms, for ${budgetMs / 1000} s of cases`, () => {
    const report = runFuzz({ seed: 20261129, maxCases: Number.MAX_SAFE_INTEGER, budgetMs });
    console.log(`      fuzz: ${report.cases} cases, ${report.calls} calls; slowest ${report.slowest.entry} ${report.slowest.ms.toFixed(1)} ms on ${report.slowest.bytes} characters${report.corpus ? '' : '; ../shared/corpus is absent, so only samples/ seeded the inputs'}`);
    assert.ok(report.cases > 100, `only ${report.cases} cases ran`);
    assert.deepStrictEqual(report.throws.map(t => `${t.entry}: ${t.error.split('\n')[0]} on ${JSON.stringify(t.input).slice(0, 300)}`), []);
    assert.deepStrictEqual(report.slow.map(s => `${s.entry}: ${s.ms.toFixed(0)} ms on ${s.bytes} characters`), []);
  });
});
