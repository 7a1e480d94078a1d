// SPDX-License-Identifier: MIT
// The name grammars and the sanitising that turns a folder name into an image name.
import * as assert from 'assert';
import fc from 'fast-check';
import {
  containerNameFor, containerNameProblem, imageReferenceProblem, sanitizeImageName, serviceNameProblem, stageNameProblem,
} from '../../../src/core/actions/names';

describe('imageReferenceProblem', () => {
  it('accepts valid references', () => {
    for (const ref of ['nginx', 'backend-flask:dev', 'a__b', 'a---b', 'library/nginx:1.27-alpine', 'localhost/x', 'localhost:5000/x:y',
      'registry.example.com/team/app:V1.0_rc', '[::1]:5000/x', 'docker.io/a/b/c']) {
      assert.strictEqual(imageReferenceProblem(ref), undefined, ref);
    }
  });
  it('refuses invalid ones, and a leading "-" with its own message', () => {
    assert.match(imageReferenceProblem('-x') ?? '', /starts with "-"/);
    for (const ref of ['', 'Nginx', 'a b', 'a_-b', '.a', 'a.', 'x:', 'x:.y', 'a//b', 'bad_host:5000/x', `${'a'.repeat(256)}`]) {
      assert.ok(imageReferenceProblem(ref), ref);
    }
  });
});

describe('sanitizeImageName', () => {
  it('makes folder names into valid image names', () => {
    assert.strictEqual(sanitizeImageName('Backend Flask'), 'backend-flask');
    assert.strictEqual(sanitizeImageName('my_app.v2'), 'my_app.v2');
    assert.strictEqual(sanitizeImageName('--weird..name__'), 'weird-name');
    assert.strictEqual(sanitizeImageName('Café'), 'caf');
    assert.strictEqual(sanitizeImageName('日本'), 'image');
  });
  it('always gives a valid image name', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (folder) => {
      const name = sanitizeImageName(folder);
      assert.strictEqual(imageReferenceProblem(`${name}:dev`), undefined, name);
      assert.strictEqual(containerNameProblem(containerNameFor(`${name}:dev`)), undefined);
    }), { numRuns: 2000, seed: 1 });
  });
});

describe('container, service and stage names', () => {
  it('derives container names from tags', () => {
    assert.strictEqual(containerNameFor('backend-flask:dev'), 'backend-flask-dev');
    assert.strictEqual(containerNameFor('localhost:5000/team/app:v1'), 'localhost-5000-team-app-v1');
  });
  it('checks container names', () => {
    assert.strictEqual(containerNameProblem('a.b_c-1'), undefined);
    assert.match(containerNameProblem('-a') ?? '', /starts with "-"/);
    assert.ok(containerNameProblem('_a'));
    assert.ok(containerNameProblem(''));
  });
  it('checks service names against the compose-spec pattern', () => {
    for (const ok of ['web', 'web.v2', 'front_end-1', '.hidden']) assert.strictEqual(serviceNameProblem(ok), undefined, ok);
    assert.match(serviceNameProblem('-d') ?? '', /starts with "-"/);
    for (const bad of ['', 'a b', 'a/b', 'ü']) assert.ok(serviceNameProblem(bad), bad);
  });
  it('checks stage names against the BuildKit pattern, in any case', () => {
    for (const ok of ['builder', 'Build-2', 'a.b_c']) assert.strictEqual(stageNameProblem(ok), undefined, ok);
    assert.match(stageNameProblem('-x') ?? '', /starts with "-"/);
    for (const bad of ['1st', '_x', 'a b', '']) assert.ok(stageNameProblem(bad), bad);
  });
});
