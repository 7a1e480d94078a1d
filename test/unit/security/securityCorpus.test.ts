// SPDX-License-Identifier: MIT
// The security review on every project of ../shared/corpus: it never throws, and no rule check throws inside it.
// The table of how many projects meet each practice is printed by test/securityCorpusTable.ts, not asserted.
import * as assert from 'assert';
import * as path from 'path';
import { diagnosticCheckFailures, securityReview } from '../../../src/core/index';
import { corpusProjects } from './corpusProjects';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

describe('securityReview on ../shared/corpus', function () {
  this.timeout(600000);
  it('reviews every project without a throw, ten practices each', function () {
    const projects = corpusProjects(repoRoot);
    if (!projects) {
      console.log(`    corpus not found next to ${repoRoot} (../shared/corpus): skipping the corpus run`);
      this.skip();
    }
    const before = diagnosticCheckFailures();
    let files = 0;
    for (const [repo, list] of projects) {
      files += list.length;
      const review = securityReview(list);
      assert.strictEqual(review.practices.length, 10, repo);
      assert.ok(review.score.met <= review.score.applicable, repo);
    }
    assert.ok(files > 0);
    assert.strictEqual(diagnosticCheckFailures(), before, 'a check threw inside the review');
    console.log(`    ${projects.size} projects, ${files} files`);
  });
});
