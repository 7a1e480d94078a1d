// SPDX-License-Identifier: MIT
// Core results as LSP types, and the notes globs the server expands itself.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { completeDockerfile, dockerfileActions } from '../../../src/core/index';
import { plainTitle, toLspCodeLens, toLspCompletionItem, withoutPlaceholders } from '../../../src/server/convert';
import { commandLineOf } from '../../../src/server/lensCommand';
import { findNoteFiles, globToRegExp } from '../../../src/server/noteFiles';

describe('language server conversions', () => {
  it('makes snippets plain for clients without snippet support', () => {
    assert.strictEqual(withoutPlaceholders('--mount=type=${1|cache,bind|},target=${2:/root/.cache}$0'), '--mount=type=cache,target=/root/.cache');
    assert.strictEqual(withoutPlaceholders('FROM ${1:${2:python}:${3:3.12}}'), 'FROM python:3.12');
    assert.strictEqual(withoutPlaceholders('echo \\$HOME'), 'echo $HOME');
  });

  it('sends snippet items as snippets only to clients that take them', () => {
    const item = completeDockerfile('FROM alpine\n', { line: 1, character: 0 }).find(i => i.snippet);
    assert.ok(item, 'the core offers a snippet item on an empty line');
    assert.strictEqual(toLspCompletionItem(item, { withDocs: false, snippets: true }).insertTextFormat, 2);
    const plain = toLspCompletionItem(item, { withDocs: true, snippets: false });
    assert.strictEqual(plain.insertTextFormat, 1);
    assert.doesNotMatch(plain.textEdit?.newText ?? plain.insertText ?? '', /\$\{\d/);
    assert.ok(plain.documentation);
  });

  it('puts the quoted command line in the lens title, without VS Code icons', () => {
    const [build] = dockerfileActions('FROM alpine\n', { path: '/w/my app/Dockerfile', workspaceFolder: '/w' });
    const lens = toLspCodeLens('file:///w/my%20app/Dockerfile', build, commandLineOf(build, 'posix').line);
    assert.strictEqual(lens.command?.title, "Build: docker build -t my-app:dev -f 'my app/Dockerfile' 'my app'");
    assert.strictEqual(plainTitle('$(play) Run'), 'Run');
  });

  it('expands notes globs inside the workspace folders, bounded', async () => {
    assert.ok(globToRegExp('notes/**/*.md').test('notes/week1.md'));
    assert.ok(globToRegExp('notes/**/*.md').test('notes/a/b.md'));
    assert.ok(!globToRegExp('notes/*.md').test('notes/a/b.md'));
    assert.ok(globToRegExp('{notes,docs}/*.md').test('docs/x.md'));
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'coach-notes-'));
    fs.mkdirSync(path.join(root, 'notes', 'node_modules'), { recursive: true });
    fs.writeFileSync(path.join(root, 'notes', 'week1.md'), '# RUN\n');
    fs.writeFileSync(path.join(root, 'notes', 'node_modules', 'x.md'), '# skipped\n');
    try {
      assert.deepStrictEqual(await findNoteFiles(['notes/**/*.md'], [root]), [path.join(root, 'notes', 'week1.md')]);
      assert.deepStrictEqual(await findNoteFiles([path.join(root, 'notes', '*.md')], []), [path.join(root, 'notes', 'week1.md')]);
      assert.deepStrictEqual(await findNoteFiles(['missing/*.md'], [root, '/does/not/exist']), []);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
