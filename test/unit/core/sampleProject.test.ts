// SPDX-License-Identifier: MIT
// The sample project "New sample project" writes (issue 24): every walkthrough step has something to act on
// (a Dockerfile, a compose file with a named volume and a bridge network, notes the setting points at), and
// its own files raise no problem in Docker Coach's checks.
import * as assert from 'assert';
import { composeDiagnostics, dockerfileDiagnostics, sampleProject } from '../../../src/core/index';

const files = new Map(sampleProject().map((f) => [f.path, f.text]));

describe('sampleProject', () => {
  it('has what the walkthrough steps use', () => {
    assert.ok(files.get('backend-flask/Dockerfile')?.includes('CMD ['));
    const compose = files.get('docker-compose.yml') ?? '';
    assert.match(compose, /- db-data:\/var\/lib\/postgresql\/data/);
    assert.match(compose, /driver: bridge/);
    assert.deepStrictEqual(JSON.parse(files.get('.vscode/settings.json') ?? '{}')['dockerCoach.notes.files'], ['notes/*.md']);
    assert.ok(files.has('notes/my-notes.md'));
  });

  it('its Dockerfile and compose file raise no problem', () => {
    const dir = '/home/me/docker-coach-sample';
    const dockerfile = dockerfileDiagnostics(files.get('backend-flask/Dockerfile') ?? '', { dockerignore: files.get('backend-flask/.dockerignore'), file: { path: `${dir}/backend-flask/Dockerfile` } });
    assert.deepStrictEqual(dockerfile.map((d) => `${d.code}: ${d.message}`), []);
    const compose = composeDiagnostics(files.get('docker-compose.yml') ?? '', { file: { path: `${dir}/docker-compose.yml` } });
    assert.deepStrictEqual(compose.map((d) => `${d.code}: ${d.message}`), []);
  });
});
