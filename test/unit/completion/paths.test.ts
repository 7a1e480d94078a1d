// SPDX-License-Identifier: MIT
// Issue 24, item 4: paths offer the folder's files and folders, for COPY and ADD sources and for compose's
// build:, build.context: and env_file:. The folder is a hand-written fake of the learner's project
// (the audit's cruddur folder: backend-flask/ with app.py and requirements.txt, frontend-react-js/, .env).
import * as assert from 'node:assert';
import { completeCompose, completeDockerfile, type FolderEntry } from '../../../src/core/index';
import { cursor, labels } from './cursor';

const tree: Record<string, FolderEntry[]> = {
  '.': [
    { name: 'backend-flask', folder: true }, { name: 'frontend-react-js', folder: true }, { name: '.env', folder: false },
    { name: 'docker-compose.yml', folder: false }, { name: '.git', folder: true },
  ],
  'backend-flask/': [{ name: 'app.py', folder: false }, { name: 'requirements.txt', folder: false }, { name: 'services', folder: true }],
};
const asked: string[] = [];
const listFolder = (relative: string) => { asked.push(relative); return tree[relative]; };

const dockerfile = (...lines: string[]) => { const { text, position } = cursor(...lines); return completeDockerfile(text, position, { listFolder }); };
const compose = (...lines: string[]) => { const { text, position } = cursor(...lines); return completeCompose(text, position, { listFolder }); };

describe('path completions (issue 24)', () => {
  it('COPY offers the context folder, folders first, .git left out', () => {
    const items = dockerfile('FROM python:3.12-slim', 'COPY |');
    assert.deepStrictEqual(labels(items), ['backend-flask/', 'frontend-react-js/', '.env', 'docker-compose.yml']);
    assert.strictEqual(items[0].kind, 'folder');
    assert.strictEqual(items[0].retrigger, true);
  });

  it('after a folder, lists that folder and replaces only the last part', () => {
    const items = dockerfile('FROM python:3.12-slim', 'COPY backend-flask/re|');
    assert.deepStrictEqual(labels(items), ['services/', 'app.py', 'requirements.txt']);
    assert.deepStrictEqual(items[0].range, { start: { line: 1, character: 19 }, end: { line: 1, character: 21 } });
  });

  it('COPY --chown=... then a path works; COPY --from and heredocs, variables and absolute paths get none', () => {
    assert.ok(labels(dockerfile('FROM x', 'COPY --chown=1000:1000 |')).includes('.env'));
    assert.deepStrictEqual(dockerfile('FROM x AS a', 'FROM y', 'COPY --from=a |'), []);
    assert.deepStrictEqual(dockerfile('FROM x', 'COPY $SRC|'), []);
    assert.deepStrictEqual(dockerfile('FROM x', 'COPY /etc/|'), []);
    assert.deepStrictEqual(dockerfile('FROM x', 'COPY <<EOF |'), []);
    // ADD takes paths too.
    assert.ok(labels(dockerfile('FROM x', 'ADD |')).includes('backend-flask/'));
  });

  it('no lister (or a folder that is not there) gives nothing, and a throwing lister is calm', () => {
    const { text, position } = cursor('FROM x', 'COPY nothere/|');
    assert.deepStrictEqual(completeDockerfile(text, position, { listFolder }), []);
    assert.deepStrictEqual(completeDockerfile(text, position), []);
    assert.deepStrictEqual(completeDockerfile(text, position, { listFolder: () => { throw new Error('EACCES'); } }), []);
  });

  it('compose build: offers folders only, env_file: files too, as a value and as a list item', () => {
    assert.deepStrictEqual(labels(compose('services:', '  backend-flask:', '    build: ./|')), ['backend-flask/', 'frontend-react-js/']);
    assert.deepStrictEqual(labels(compose('services:', '  web:', '    build:', '      context: |')), ['backend-flask/', 'frontend-react-js/']);
    assert.ok(labels(compose('services:', '  web:', '    env_file: |')).includes('.env'));
    assert.ok(labels(compose('services:', '  web:', '    env_file:', '      - |')).includes('.env'));
    // Other keys keep their own values.
    assert.ok(labels(compose('services:', '  web:', '    restart: |')).includes('always'));
  });
});
