// SPDX-License-Identifier: MIT
// `npm run fuzz`: at least 100,000 cases with a fixed seed over every core entry point; prints the
// counts, any throw with its input, and the slowest call. Exit code 1 on a throw or a slow call.
import * as fs from 'fs';
import { runFuzz } from './harness';

const cases = Number(process.env.FUZZ_CASES ?? 100_000);
const seed = Number(process.env.FUZZ_SEED ?? 20261129);
const t0 = Date.now();
const report = runFuzz({ seed, maxCases: cases, budgetMs: Number.MAX_SAFE_INTEGER });
console.log(`fuzz: seed ${seed}, ${report.cases} cases, ${report.calls} calls in ${((Date.now() - t0) / 1000).toFixed(0)} s${report.corpus ? '' : ' (../shared/corpus absent: samples only)'}`);
console.log(`throws: ${report.throws.length}; calls over 100 ms on inputs up to 100 KB: ${report.slow.length}`);
console.log(`slowest call: ${report.slowest.entry}, ${report.slowest.ms.toFixed(1)} ms on ${report.slowest.bytes} characters`);
for (const t of report.throws.slice(0, 5)) console.log(`\nTHROW in ${t.entry}: ${t.error}\ninput: ${JSON.stringify(t.input).slice(0, 2000)}`);
for (const s of report.slow.slice(0, 5)) console.log(`\nSLOW ${s.entry}: ${s.ms.toFixed(1)} ms; input: ${JSON.stringify(s.input).slice(0, 500)}`);
if (report.throws.length || report.slow.length) fs.writeFileSync('fuzz-failures.json', JSON.stringify({ throws: report.throws, slow: report.slow }, null, 2));
process.exit(report.throws.length || report.slow.length ? 1 : 0);
