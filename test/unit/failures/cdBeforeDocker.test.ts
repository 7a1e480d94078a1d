// SPDX-License-Identifier: MIT
// `cd backend-flask; docker build -t x` runs docker in backend-flask/: its fixes run there and its Dockerfile is
// read from there (the 2026-12-06 re-walk as a learner saw "Build with context ." run at the workspace root and
// fail). A `cd` whose target the line does not spell out leaves the folder the line started in.
import * as assert from 'assert';
import { explainDockerFailure, failureFilesFor } from '../../../src/core/index';

// The CLI's words when `docker build` gets no context (as fixes.test.ts and the BuildMissingContext entry have them).
const noContext = "docker: 'docker build' requires 1 argument";

describe('terminal coach: a cd before docker on the same line', () => {
  it('runs the fix in the folder the cd moved to, with ; and with &&', () => {
    for (const line of ['cd backend-flask; docker build -t x', 'cd backend-flask && docker build -t x']) {
      const failure = explainDockerFailure({ commandLine: line, output: noContext, exitCode: 1, cwd: '/w/cruddur' });
      assert.strictEqual(failure?.code, 'BuildMissingContext', line);
      assert.deepStrictEqual(failure.fixes.map((f) => [f.argv.join(' '), f.cwd]), [['docker build -t x .', '/w/cruddur/backend-flask']], line);
    }
  });

  it('follows several cds, .. and an absolute folder', () => {
    const failure = explainDockerFailure({ commandLine: 'cd app && cd ../api && docker build -t x', output: noContext, exitCode: 1, cwd: '/w' });
    assert.strictEqual(failure?.fixes[0]?.cwd, '/w/api');
    const absolute = explainDockerFailure({ commandLine: 'cd /srv/site; docker build -t x', output: noContext, exitCode: 1, cwd: '/w' });
    assert.strictEqual(absolute?.fixes[0]?.cwd, '/srv/site');
  });

  it('keeps the starting folder when the cd target is a variable, ~ or -', () => {
    for (const line of ['cd $APP && docker build -t x', 'cd ~ && docker build -t x', 'cd - && docker build -t x', 'cd && docker build -t x']) {
      const failure = explainDockerFailure({ commandLine: line, output: noContext, exitCode: 1, cwd: '/w' });
      assert.strictEqual(failure?.fixes[0]?.cwd, '/w', line);
    }
  });

  it('reads the Dockerfile from the folder the cd moved to', () => {
    assert.ok(failureFilesFor('cd backend-flask && docker build -t x .', '/w').includes('/w/backend-flask/Dockerfile'));
    assert.ok(failureFilesFor('docker build -t x .', '/w').includes('/w/Dockerfile'));
  });
});
