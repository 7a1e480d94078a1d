// SPDX-License-Identifier: MIT
// The rules for what Docker's builder refuses, over the real files of ../shared/corpus/dockerfile
// (issue 23): those files build, so no such rule may fire on them. The one exception is named below
// with the reason Docker refuses it too. Also prints how often the Alpine, RHEL and pipe rules fire.
// Skips, saying so, when the corpus is absent.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { dockerfileDiagnostics } from '../../../src/core/diagnostics/dockerfileDiagnostics';
import { refusedRules } from '../../../src/core/diagnostics/dockerfile/refusedRules';
import { corpusDir, corpusFiles } from '../corpusGuards';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

/** Corpus files Docker does refuse, with the reason; a finding on any other file is a wrong rule. */
const refusedByDocker: Readonly<Record<string, string>> = {
  // A fixture of BuildKit's low-level parser, not a buildable Dockerfile: `HEALTHCHECK` alone,
  // `HEALTHCHECK CMD` alone and `HEALTHCHECK CONNECT TCP 7000` all fail in instructions/parse.go.
  'moby__buildkit__frontend__dockerfile__parser__testfiles__health__Dockerfile': 'MissingArguments',
};

describe('builder-refusal rules over the real-world corpus', function () {
  this.timeout(120000);

  it('fire on no corpus file that Docker builds, and the package and pipe rules report their counts', function () {
    const dir = corpusDir('dockerfile', repoRoot);
    if (!dir) {
      console.log(`    corpus not found next to ${repoRoot} (../shared/corpus/dockerfile): skipping the corpus run`);
      this.skip();
    }
    const refused = new Set(refusedRules.map(r => r.code));
    const practice = ['ApkAddWithoutNoCache', 'RpmInstallMissingYes', 'PipeWithoutPipefail', 'AptInScript', 'ZypperMissingNonInteractive', 'RpmCacheNotCleaned', 'BinShReplaced', 'YarnCacheNotCleaned',
      'EnvUsesItsOwnName', 'CopyRelativeWithoutWorkdir', 'UseraddHighUid', 'ServiceStartInRun'];
    const counts = new Map(practice.map(code => [code, { findings: 0, files: 0 }]));
    const unexpected: string[] = [];
    const files = corpusFiles(dir);
    for (const file of files) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const found = dockerfileDiagnostics(text);
      for (const d of found) {
        if (refused.has(d.code) && refusedByDocker[file] !== d.code) unexpected.push(`${file}:${d.range.start.line + 1} ${d.code}: ${d.message}`);
      }
      for (const [code, n] of counts) {
        const here = found.filter(d => d.code === code).length;
        n.findings += here;
        if (here) n.files++;
      }
    }
    console.log(`    ${files.length} files: ${[...counts].map(([code, n]) => `${code} ${n.findings} in ${n.files} files`).join(', ')}`);
    // 167 Dockerfiles in ../shared/corpus (SOURCES.tsv): a check over far fewer would pass without looking.
    assert.ok(files.length >= 100, `only ${files.length} corpus Dockerfiles`);
    assert.deepStrictEqual(unexpected, []);
  });
});
