// SPDX-License-Identifier: MIT
// Runs Docker Coach's own Dockerfile rules over the real files of ../shared/corpus/dockerfile: no call
// may throw, and the per-rule counts are printed for the resolve note. Skips when the corpus is absent.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { dockerfileDiagnostics } from '../../../src/core/diagnostics/dockerfileDiagnostics';
import { dockerfileModel } from '../../../src/core/dockerfile/model';
import { practiceRules } from '../../../src/core/diagnostics/dockerfile/practiceRules';
import { diagnosticCheckFailures } from '../../../src/core/diagnostics/run';
import { corpusDir, corpusFiles } from '../corpusGuards';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

describe('practice rules over the real-world corpus', function () {
  this.timeout(120000);

  it('never throws, and reports how often each rule fires', function () {
    const dir = corpusDir('dockerfile', repoRoot);
    if (!dir) {
      console.log(`    corpus not found next to ${repoRoot} (../shared/corpus/dockerfile): skipping the corpus run`);
      this.skip();
    }
    const ours = new Set(practiceRules.map(r => r.code));
    const counts = new Map<string, number>(practiceRules.map(r => [r.code, 0]));
    const before = diagnosticCheckFailures();
    const files = corpusFiles(dir);
    for (const file of files) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const found = dockerfileDiagnostics(text);
      for (const d of found) if (ours.has(d.code)) counts.set(d.code, counts.get(d.code)! + 1);
    }
    console.log(`    ${files.length} files: ${[...counts].map(([code, n]) => `${code} ${n}`).join(', ')}`);
    assert.strictEqual(diagnosticCheckFailures(), before, 'a practice check threw on a corpus file');
  });

  it('stays cheap: on a 1,000-line Dockerfile the practice rules cost less than the parse they share', () => {
    const lines = ['FROM node:22 AS build', 'WORKDIR /app'];
    for (let i = 0; lines.length < 1000; i++) {
      lines.push(`RUN apt-get update && apt-get install -y --no-install-recommends pkg${i} && rm -rf /var/lib/apt/lists/*`,
        `COPY src${i} /app/src${i}`, `ENV V${i}=${i}`, `RUN cd /app && npm ci && pip install -r r${i}.txt`);
    }
    lines.push('FROM node:22', 'COPY --from=build /app /app', 'CMD ["node", "/app"]');
    // Timed against the parse on the same machine, so a loaded CI box does not fail it; `npm run bench` has the absolute figures.
    let parse = 0, rules = 0;
    for (let i = 0; i < 6; i++) {
      const text = lines.join('\n') + '\n'.repeat(i + 1);
      const t0 = process.hrtime.bigint();
      const model = dockerfileModel(text);
      const t1 = process.hrtime.bigint();
      for (const rule of practiceRules) rule.check({ model }, () => undefined);
      const t2 = process.hrtime.bigint();
      if (i >= 2) { parse += Number(t1 - t0) / 4e6; rules += Number(t2 - t1) / 4e6; }
    }
    console.log(`    1,000 lines: parse ${parse.toFixed(1)} ms, all practice rules ${rules.toFixed(1)} ms`);
    assert.ok(rules < parse, `practice rules ${rules} ms vs parse ${parse} ms`);
  });
});
