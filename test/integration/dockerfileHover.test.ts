// SPDX-License-Identifier: MIT
// Dockerfile hovers through the real provider path of a running VS Code.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, hoverMarkdown, openSample, keywordPosition, sampleUri } from './helpers';

suite('Dockerfile hover (backend-flask sample)', () => {
  const uri = () => sampleUri('backend-flask/Dockerfile');
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    doc = await openSample('backend-flask/Dockerfile');
    await activateExtension();
  });

  test('the Dockerfile opens in the built-in dockerfile language', () => {
    assert.strictEqual(doc.languageId, 'dockerfile');
  });

  test('RUN explains that it runs at build time', async () => {
    const markdown = await hoverMarkdown(uri(), keywordPosition(doc, 'RUN'));
    assert.match(markdown, /\bRUN\b/, `hover: ${markdown}`);
    assert.match(markdown, /build time/i, `hover: ${markdown}`);
  });

  test('CMD explains that it runs when the container starts', async () => {
    const markdown = await hoverMarkdown(uri(), keywordPosition(doc, 'CMD'));
    assert.match(markdown, /\bCMD\b/, `hover: ${markdown}`);
    assert.match(markdown, /container starts|container start|starts the container|when .*start/i, `hover: ${markdown}`);
  });

  test('a comment line has no Docker Coach hover', async () => {
    const line = [...Array(doc.lineCount).keys()].find((l) => doc.lineAt(l).text.startsWith('# ') && !/syntax=/.test(doc.lineAt(l).text));
    assert.ok(line !== undefined, 'the sample has a comment line');
    const markdown = await hoverMarkdown(uri(), new vscode.Position(line, 3));
    assert.doesNotMatch(markdown, /docs\.docker\.com/, `hover: ${markdown}`);
  });
});
