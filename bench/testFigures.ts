// SPDX-License-Identifier: MIT
// The figures `npm test` counts instead of timing (issue 30): the practice rules against the parse they
// share, and the slowest fuzzed call. Reported here, on this machine, never asserted.
import { performance } from 'perf_hooks';
import { dockerfileModel } from '../src/core/dockerfile/model';
import { practiceRules } from '../src/core/diagnostics/dockerfile/practiceRules';
import { runFuzz } from '../test/fuzz/harness';
import { thousandLineDockerfile } from './generate';

export function benchTestFigures(): void {
  console.log('\n## What the unit tests count instead of timing');
  let parse = 0, rules = 0;
  for (let i = 0; i < 6; i++) {
    const text = thousandLineDockerfile() + '\n'.repeat(i + 1); // a text the cache has not seen
    const t0 = performance.now();
    const model = dockerfileModel(text);
    const t1 = performance.now();
    for (const rule of practiceRules) rule.check({ model }, () => undefined);
    const t2 = performance.now();
    if (i >= 2) { parse += (t1 - t0) / 4; rules += (t2 - t1) / 4; }
  }
  console.log(`1,000-line Dockerfile: parse ${parse.toFixed(1)} ms, all practice rules on that parse ${rules.toFixed(1)} ms (target: rules below the parse)`);
  const cases = 300;
  const report = runFuzz({ seed: 20261129, maxCases: cases, budgetMs: Number.MAX_SAFE_INTEGER });
  console.log(`fuzz, ${cases} cases: slowest call ${report.slowest.entry} ${report.slowest.ms.toFixed(1)} ms on ${report.slowest.bytes} characters; `
    + `calls over 100 ms on inputs up to 100 KB (best of three): ${report.slow.length} (target 0; npm run fuzz fails on one)`);
}
