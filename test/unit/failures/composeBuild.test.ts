// SPDX-License-Identifier: MIT
// `docker compose up` stopping on a service whose build folder has no Dockerfile (issue 24, C4): the
// explanation names the service and its `build:` line, and gives the location Go to line opens.
// Outputs: Compose v1 1.29 ("Building <svc>" then "ERROR: Cannot locate specified Dockerfile: Dockerfile", as the
// 2026-12-06 walkthrough saw it) and BuildKit's "failed to read dockerfile: open Dockerfile: no such file or directory".
import * as assert from 'assert';
import { explainDockerFailure } from '../../../src/core/index';

const compose = { path: '/home/learner/cruddur/docker-compose.yml', text: 'services:\n  backend-flask:\n    build: ./backend-flask\n  frontend-react-js:\n    build: ./frontend-react-js\n    ports:\n      - "3000:3000"\n' };
const cwd = '/home/learner/cruddur';

describe('compose up with no Dockerfile in a build folder', () => {
  it('v1: names the service and its build: line', () => {
    const f = explainDockerFailure({ commandLine: 'docker-compose up -d', exitCode: 1, cwd, files: [compose], output: 'Building frontend-react-js\nERROR: Cannot locate specified Dockerfile: Dockerfile\n' });
    assert.strictEqual(f?.code, 'DockerfileNotFound');
    assert.strictEqual(f.title, 'No Dockerfile for service frontend-react-js');
    assert.deepStrictEqual(f.location, { path: compose.path, line: 4 });
    assert.match(f.markdown, /`frontend-react-js` builds from `\.\/frontend-react-js` \(its `build:` on line 5\)/);
  });

  it('v2: the service from BuildKit\'s step name', () => {
    const output = ' => ERROR [frontend-react-js internal] load build definition from Dockerfile\nfailed to solve: failed to read dockerfile: open Dockerfile: no such file or directory\n';
    const f = explainDockerFailure({ commandLine: 'docker compose up -d', exitCode: 1, cwd, files: [compose], output });
    assert.strictEqual(f?.title, 'No Dockerfile for service frontend-react-js');
    assert.deepStrictEqual(f.location, { path: compose.path, line: 4 });
  });

  it('without the compose file or a service to name, the plain docker build story stays', () => {
    const f = explainDockerFailure({ commandLine: 'docker compose up', exitCode: 1, cwd, output: 'failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory\n' });
    assert.strictEqual(f?.code, 'DockerfileNotFound');
    assert.strictEqual(f.title, 'No Dockerfile there');
    assert.strictEqual(f.location, undefined);
  });
});
