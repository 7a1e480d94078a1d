// SPDX-License-Identifier: MIT
// Dockerfile hovers through the real provider path of a running VS Code.
import * as assert from 'assert';
import * as vscode from 'vscode';

const extensionId = 'docker-coach.docker-coach';

function sampleUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests expect samples/ to be open as the workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

/** Position of the first instruction keyword `keyword` at the start of a line (no line numbers hard-coded). */
function keywordPosition(doc: vscode.TextDocument, keyword: string): vscode.Position {
  for (let line = 0; line < doc.lineCount; line++) {
    const text = doc.lineAt(line).text;
    if (new RegExp(`^\\s*${keyword}\\b`, 'i').test(text)) {
      const indent = text.length - text.trimStart().length;
      return new vscode.Position(line, indent + 1); // inside the keyword
    }
  }
  assert.fail(`${doc.uri.path} has no ${keyword} line`);
}

async function hoverMarkdown(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n---\n');
}

suite('Dockerfile hover (backend-flask sample)', () => {
  const uri = () => sampleUri('backend-flask/Dockerfile');
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension(extensionId);
    assert.ok(ext, `extension ${extensionId} is not loaded`);
    doc = await vscode.workspace.openTextDocument(uri());
    await vscode.window.showTextDocument(doc);
    await ext.activate();
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
