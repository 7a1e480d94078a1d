// SPDX-License-Identifier: MIT
// Runs the compose rules over the real files of ../shared/corpus/compose: no call may throw, and the
// per-rule counts are printed for the resolve note. Each file is checked under its original name (from
// SOURCES.tsv), since the name decides whether it is a main file or one combined with `-f`.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { composeDiagnostics } from '../../../src/core/diagnostics/composeDiagnostics';
import { composeRules } from '../../../src/core/diagnostics/compose/composeRules';
import { composeReferencedPaths } from '../../../src/core/diagnostics/compose/referencedPaths';
import { diagnosticCheckFailures } from '../../../src/core/diagnostics/run';
import { corpusDir, corpusFiles, originalPaths } from '../corpusGuards';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

describe('compose rules over the real-world corpus', function () {
  this.timeout(120000);

  it('never throws, and reports how often each rule fires', function () {
    const dir = corpusDir('compose', repoRoot);
    if (!dir) {
      console.log(`    corpus not found next to ${repoRoot} (../shared/corpus/compose): skipping the corpus run`);
      this.skip();
    }
    const names = originalPaths(dir, 'compose');
    const counts = new Map<string, number>(composeRules.map(r => [r.code, 0]));
    const before = diagnosticCheckFailures();
    const files = corpusFiles(dir);
    assert.ok(files.length >= 100, `only ${files.length} compose files in ${dir}`);
    for (const f of files) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const file = { path: names.get(f) ?? path.join(dir, f) };
      assert.doesNotThrow(() => composeReferencedPaths(text, file), f);
      for (const d of composeDiagnostics(text, { file })) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
    }
    console.log(`    ${files.length} files: ${[...counts].map(([code, n]) => `${code} ${n}`).join(', ')}`);
    assert.strictEqual(diagnosticCheckFailures(), before, 'a compose check threw on a corpus file');
  });
});
