// SPDX-License-Identifier: MIT
// Runs every Dockerfile diagnostic over the real files of ../shared/corpus/dockerfile: no check may
// throw, and the count per BuildKit rule is printed for the review of false positives.
// Skips when the corpus is absent.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { diagnosticCheckFailures, dockerfileDiagnostics } from '../../../src/core/index';
import { buildkitRules } from '../../../src/core/diagnostics/dockerfile/buildkitRules';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const corpus = path.resolve(repoRoot, '..', 'shared', 'corpus', 'dockerfile');

describe('BuildKit checks over the real-world corpus', function () {
  this.timeout(120000);

  it('never throws, and counts the findings per rule', function () {
    if (!fs.existsSync(corpus)) {
      console.log(`    corpus not found at ${corpus}: skipping the corpus run`);
      this.skip();
    }
    const before = diagnosticCheckFailures();
    const counts = new Map<string, number>(buildkitRules.map(r => [r.code, 0]));
    const files = fs.readdirSync(corpus).filter(f => fs.statSync(path.join(corpus, f)).isFile()).sort();
    assert.ok(files.length >= 100, `only ${files.length} Dockerfiles in ${corpus}`);
    const all = { rules: Object.fromEntries(buildkitRules.map(r => [r.code, 'warning' as const])) };
    // The corpus has no .dockerignore files; a typical one exercises CopyIgnoredFile on real COPY lines.
    const dockerignore = ['.git', 'node_modules', '*.md', '**/*.log', 'tests', 'docs', '.env', '!docs/keep'].join('\n');
    for (const f of files) {
      const text = fs.readFileSync(path.join(corpus, f), 'utf8');
      for (const d of dockerfileDiagnostics(text, { settings: all, dockerignore })) {
        if (!counts.has(d.code)) continue;
        counts.set(d.code, counts.get(d.code)! + 1);
        if (process.env.DOCKER_COACH_LIST) console.log(`      ${d.code} ${f}:${d.range.start.line + 1} ${d.message}`);
      }
    }
    console.log(`    BuildKit findings over ${files.length} corpus Dockerfiles (experimental InvalidDefinitionDescription on; a typical .dockerignore):`);
    for (const [code, n] of counts) console.log(`      ${code}: ${n}`);
    assert.strictEqual(diagnosticCheckFailures() - before, 0, 'a check threw');
  });
});
