// SPDX-License-Identifier: MIT
// Issue 24, item 8 (audit A5): the Run lens says which URL to open. Expected addresses follow Docker's -p
// forms (docker-cli-docs, container run "--publish"): HOST:CONTAINER, IP:HOST:CONTAINER, CONTAINER alone.
import * as assert from 'assert';
import { dockerfileActions, publishedUrls } from '../../../src/core/index';

describe('publishedUrls (issue 24)', () => {
  it('gives http://localhost:4567 for the Run lens of a Dockerfile with EXPOSE 4567', () => {
    const run = dockerfileActions('FROM python:3.12-slim\nEXPOSE 4567\nCMD ["python3", "app.py"]', { path: '/w/backend-flask/Dockerfile', workspaceFolder: '/w' })
      .find((a) => a.kind === 'dockerfile.run' || a.kind === 'dockerfile.buildAndRun')!;
    assert.deepStrictEqual(publishedUrls(run.then ?? run.argv), ['http://localhost:4567']);
  });

  it('reads every -p form, and skips a container port alone and UDP', () => {
    assert.deepStrictEqual(publishedUrls(['docker', 'run', '-p', '8080:80', '--publish=127.0.0.1:3000:3000', '-p9000:9000/tcp', 'web']),
      ['http://localhost:8080', 'http://127.0.0.1:3000', 'http://localhost:9000']);
    assert.deepStrictEqual(publishedUrls(['docker', 'run', '-p', '4567', '-p', '53:53/udp', 'web']), []);
    assert.deepStrictEqual(publishedUrls(['docker', 'run', '-p', '[::1]:8080:80', 'web']), ['http://[::1]:8080']);
    assert.deepStrictEqual(publishedUrls(['docker', 'run', '-p']), []);
  });
});
