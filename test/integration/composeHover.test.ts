// SPDX-License-Identifier: MIT
// Compose hovers through the real provider path of a running VS Code, on samples/docker-compose.yml.
import * as assert from 'assert';
import * as vscode from 'vscode';

const extensionId = 'docker-coach.docker-coach';

function sampleUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests expect samples/ to be open as the workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

/** Position inside the first occurrence of `needle` after the line matching `after` (found in the text, not hard-coded). */
function positionOf(doc: vscode.TextDocument, needle: string, after?: RegExp, delta = 1): vscode.Position {
  const text = doc.getText();
  let from = 0;
  if (after) {
    const m = after.exec(text);
    assert.ok(m, `${doc.uri.path} has no line matching ${after}`);
    from = m.index;
  }
  const offset = text.indexOf(needle, from);
  assert.ok(offset >= 0, `${doc.uri.path} has no "${needle}"`);
  return doc.positionAt(offset + delta);
}

async function hoverMarkdown(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n---\n');
}

suite('Compose hover (samples/docker-compose.yml)', () => {
  const uri = () => sampleUri('docker-compose.yml');
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension(extensionId);
    assert.ok(ext, `extension ${extensionId} is not loaded`);
    doc = await vscode.workspace.openTextDocument(uri());
    await vscode.window.showTextDocument(doc);
    await ext.activate();
  });

  test('the compose file opens as dockercompose (or YAML named like a compose file)', () => {
    assert.ok(['dockercompose', 'yaml'].includes(doc.languageId), doc.languageId);
  });

  test('a ports value says which host port goes to which container port', async () => {
    const mapping = /"(\d+):(\d+)"/.exec(doc.getText());
    assert.ok(mapping, 'the sample publishes a port');
    const markdown = await hoverMarkdown(uri(), doc.positionAt(mapping.index + 2));
    assert.match(markdown, new RegExp(`host port \`${mapping[1]}\``), `hover: ${markdown}`);
    assert.match(markdown, new RegExp(`container port \`${mapping[2]}\``), `hover: ${markdown}`);
  });

  test('the network driver is explained as a network driver', async () => {
    const markdown = await hoverMarkdown(uri(), positionOf(doc, 'driver:', /^networks:/m));
    assert.match(markdown, /What kind of network this is/, `hover: ${markdown}`);
    const value = await hoverMarkdown(uri(), positionOf(doc, 'bridge', /^networks:/m));
    assert.match(value, /private network on this machine/, `hover: ${value}`);
  });

  test('a depends_on condition explains what Compose waits for', async () => {
    const markdown = await hoverMarkdown(uri(), positionOf(doc, 'service_healthy', /condition:/));
    assert.match(markdown, /healthcheck/, `hover: ${markdown}`);
    assert.match(markdown, /service_healthy/, `hover: ${markdown}`);
  });

  test('a bind mount shows its host path resolved against the compose file\'s folder', async () => {
    const bind = /- (\.\/[\w.-]+):\//.exec(doc.getText());
    assert.ok(bind, 'the sample bind-mounts a folder');
    const markdown = await hoverMarkdown(uri(), doc.positionAt(bind.index + 3));
    const folder = vscode.Uri.joinPath(uri(), '..', bind[1].slice(2)).fsPath;
    assert.match(markdown, /bind mount/, `hover: ${markdown}`);
    assert.ok(markdown.includes(folder), `expected ${folder} in hover: ${markdown}`);
  });

  test('a named volume says it survives docker compose down', async () => {
    const markdown = await hoverMarkdown(uri(), positionOf(doc, 'db-data:/', /^ {4}volumes:/m, 2));
    assert.match(markdown, /named volume/, `hover: ${markdown}`);
    assert.match(markdown, /down -v/, `hover: ${markdown}`);
  });
});
