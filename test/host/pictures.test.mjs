// SPDX-License-Identifier: MIT
// Pictures are outputs (issue 30): a UI run writes the pictures a test names in the repository under the
// git-ignored .vscode-test/runs/ui/pictures; only `npm run pictures` writes the tracked paths.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'mocha';
import { hostDir, repoRoot } from '../../scripts/test-host/paths.mjs';
import { pictureTarget, picturesDir } from '../../scripts/test-host/workbench.mjs';

describe('where a UI run writes its pictures', () => {
  const readme = path.join(repoRoot, 'docs', 'images', 'hover-run.png');
  const walkthrough = path.join(repoRoot, 'media', 'walkthrough', 'lenses.png');

  it('a tracked path goes to the ignored pictures folder, at the same relative path', () => {
    assert.equal(pictureTarget(readme, {}), path.join(picturesDir, 'docs', 'images', 'hover-run.png'));
    assert.equal(pictureTarget(walkthrough, {}), path.join(picturesDir, 'media', 'walkthrough', 'lenses.png'));
    assert.ok(picturesDir.startsWith(hostDir + path.sep), 'the pictures folder is inside .vscode-test/, which git ignores');
  });

  it('npm run pictures (DOCKER_COACH_PICTURES=tracked) writes the tracked path itself', () => {
    assert.equal(pictureTarget(readme, { DOCKER_COACH_PICTURES: 'tracked' }), readme);
  });

  it('a run artifact or a path outside the repository is written where named', () => {
    const artifact = path.join(hostDir, 'runs', 'ui', 'artifacts', 'failed-1.png');
    assert.equal(pictureTarget(artifact, {}), artifact);
    assert.equal(pictureTarget('/tmp/elsewhere/x.png', {}), '/tmp/elsewhere/x.png');
  });
});
