// SPDX-License-Identifier: MIT
// Runs every entry point on fuzzed inputs: counts cases, collects any throw with its input, and keeps the
// slowest call. A call that takes over the limit is timed again (best of three) before it counts as slow,
// so a garbage collection or a busy machine does not pass for a slow path.
import { performance } from 'perf_hooks';
import fc from 'fast-check';
import { entryPoints, type FuzzInput } from './entryPoints';
import { fuzzInputs, seedTexts } from './inputs';

export interface FuzzReport {
  cases: number;
  calls: number;
  throws: { entry: string; error: string; input: FuzzInput }[];
  slow: { entry: string; ms: number; bytes: number; input: FuzzInput }[];
  slowest: { entry: string; ms: number; bytes: number };
  corpus: boolean;
}

export interface FuzzOptions { seed: number; maxCases: number; budgetMs: number; slowMs?: number; maxBytesForTiming?: number }

export function runFuzz({ seed, maxCases, budgetMs, slowMs = 100, maxBytesForTiming = 100 * 1024 }: FuzzOptions): FuzzReport {
  const { texts, corpus } = seedTexts();
  const arb = fuzzInputs(texts.length ? texts : ['FROM alpine\n', 'services: {}\n']);
  const entries = Object.entries(entryPoints);
  const report: FuzzReport = { cases: 0, calls: 0, throws: [], slow: [], slowest: { entry: '', ms: 0, bytes: 0 }, corpus };
  const end = performance.now() + budgetMs;
  for (let batch = 0; report.cases < maxCases && performance.now() < end; batch++) {
    for (const input of fc.sample(arb, { seed: seed + batch, numRuns: 200 })) {
      if (report.cases >= maxCases || performance.now() >= end) break;
      report.cases++;
      for (const [entry, call] of entries) {
        report.calls++;
        const t = performance.now();
        try {
          call(input);
        } catch (err) {
          if (report.throws.length < 20) report.throws.push({ entry, error: err instanceof Error ? err.stack ?? err.message : String(err), input });
          continue;
        }
        let ms = performance.now() - t;
        if (ms > slowMs) ms = Math.min(ms, timeAgain(call, input), timeAgain(call, input));
        const bytes = input.text.length;
        if (ms > report.slowest.ms) report.slowest = { entry, ms, bytes };
        if (ms > slowMs && bytes <= maxBytesForTiming && report.slow.length < 20) report.slow.push({ entry, ms, bytes, input });
      }
    }
  }
  return report;
}

/** Times a call again on a copy of the text, so no cache of the first call answers it. */
function timeAgain(call: (i: FuzzInput) => unknown, input: FuzzInput): number {
  const fresh = { ...input, text: input.text + ' ' };
  const t = performance.now();
  call(fresh);
  return performance.now() - t;
}
