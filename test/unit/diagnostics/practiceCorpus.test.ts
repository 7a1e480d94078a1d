// SPDX-License-Identifier: MIT
// Runs Docker Coach's own Dockerfile rules over the real files of ../shared/corpus/dockerfile: no call
// may throw, and the per-rule counts are printed for the resolve note. Skips when the corpus is absent.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { dockerfileDiagnostics } from '../../../src/core/diagnostics/dockerfileDiagnostics';
import { DockerfileParser } from 'dockerfile-ast';
import { dockerfileModel, dockerfileParseCount } from '../../../src/core/dockerfile/model';
import { practiceRules } from '../../../src/core/diagnostics/dockerfile/practiceRules';
import { diagnosticCheckFailures } from '../../../src/core/diagnostics/run';
import { corpusDir, corpusFiles } from '../corpusGuards';
import { thousandLineDockerfile } from '../../../bench/generate';

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
    assert.ok(files.length >= 100, `only ${files.length} Dockerfiles in ${dir}`);
    for (const file of files) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const found = dockerfileDiagnostics(text);
      for (const d of found) if (ours.has(d.code)) counts.set(d.code, counts.get(d.code)! + 1);
    }
    console.log(`    ${files.length} files: ${[...counts].map(([code, n]) => `${code} ${n}`).join(', ')}`);
    assert.strictEqual(diagnosticCheckFailures(), before, 'a practice check threw on a corpus file');
  });

  // Counted, not timed: the rules read the model they are given and never parse the file again (neither
  // through the model cache nor with dockerfile-ast directly). `npm run bench` reports the milliseconds.
  it('stays cheap: on a 1,000-line Dockerfile the practice rules reuse the parse they share and parse nothing', () => {
    const text = thousandLineDockerfile();
    let model = dockerfileModel(text);
    // The counter sees the parse the model itself does, so a zero below means something.
    assert.ok(countAstParses(() => { model = dockerfileModel(text + '# once more\n'); }) > 0, 'the parse counter saw no parse');
    const parses = dockerfileParseCount();
    const astParses = countAstParses(() => {
      for (const rule of practiceRules) rule.check({ model }, () => undefined);
    });
    assert.strictEqual(dockerfileParseCount() - parses, 0, 'a practice rule parsed the whole file again');
    assert.strictEqual(astParses, 0, 'a practice rule called dockerfile-ast\'s parser');
  });
});

/** How many times `run` calls dockerfile-ast's parser (the core's skeleton uses it on spans of a file). */
function countAstParses(run: () => void): number {
  const original = DockerfileParser.parse;
  let calls = 0;
  DockerfileParser.parse = (content: string) => { calls++; return original.call(DockerfileParser, content); };
  try {
    run();
  } finally {
    DockerfileParser.parse = original;
  }
  return calls;
}
