// SPDX-License-Identifier: MIT
// Which documents get which features, by language id and file name, for both adapters.
import * as assert from 'assert';
import { composeFileGlob, documentKindOf } from '../../../src/core/index';
import { globToRegExp } from '../../../src/server/noteFiles';

describe('documentKindOf', () => {
  it('goes by the language id editors send', () => {
    assert.strictEqual(documentKindOf('dockerfile', '/w/anything.txt'), 'dockerfile');
    assert.strictEqual(documentKindOf('dockercompose', '/w/stack.yml'), 'compose');
    assert.strictEqual(documentKindOf('yaml.docker-compose', '/w/docker-compose.yml'), 'compose'); // Neovim 0.10
    for (const id of ['shellscript', 'sh', 'bash', 'zsh', 'makefile', 'make']) assert.strictEqual(documentKindOf(id, '/w/x'), 'shell', id);
    assert.strictEqual(documentKindOf('markdown', '/w/README.md'), 'markdown');
  });

  it('takes YAML as compose only under a compose file name', () => {
    for (const name of ['compose.yaml', 'compose.override.yml', 'docker-compose.yml', 'docker-compose.prod.yaml', 'my-docker-compose.yml']) {
      assert.strictEqual(documentKindOf('yaml', `/w/${name}`), 'compose', name);
    }
    for (const name of ['settings.yaml', 'k8s.yml', '.github/workflows/compose-check.txt']) assert.strictEqual(documentKindOf('yaml', `/w/${name}`), undefined, name);
  });

  it('recognises files by name when the editor named no language', () => {
    assert.strictEqual(documentKindOf('', 'C:\\work\\api\\Dockerfile'), 'dockerfile');
    assert.strictEqual(documentKindOf('plaintext', '/w/Dockerfile.prod'), 'dockerfile');
    assert.strictEqual(documentKindOf('', '/w/api.Dockerfile'), 'dockerfile');
    assert.strictEqual(documentKindOf('', '/w/Containerfile'), 'dockerfile');
    assert.strictEqual(documentKindOf('', '/w/compose.yaml'), 'compose');
    assert.strictEqual(documentKindOf('', '/w/Makefile'), 'shell');
    assert.strictEqual(documentKindOf('', '/w/notes.md'), 'markdown');
  });

  it('never takes a Dockerfile\'s ignore file, nor languages it does not serve', () => {
    assert.strictEqual(documentKindOf('', '/w/Dockerfile.dockerignore'), undefined);
    assert.strictEqual(documentKindOf('dockerfile', '/w/Dockerfile.dockerignore'), undefined);
    assert.strictEqual(documentKindOf('python', '/w/Dockerfile'), undefined);
    assert.strictEqual(documentKindOf('', '/w/app.py'), undefined);
  });

  it('agrees with the glob VS Code uses for compose files opened as YAML', () => {
    const glob = globToRegExp(composeFileGlob);
    for (const name of ['compose.yaml', 'compose.dev.yml', 'docker-compose.yml', 'ci.docker-compose.yaml', 'settings.yaml', 'compose.json', 'Dockerfile']) {
      assert.strictEqual(glob.test(`a/b/${name}`), documentKindOf('yaml', `/a/b/${name}`) === 'compose', name);
    }
  });
});
