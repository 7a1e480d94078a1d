// SPDX-License-Identifier: MIT
// Snippets inside a real VS Code: they are offered by completion for both languages (through Docker
// Coach's completion provider, which decides where each may appear), and inserting one (through the
// editor's own snippet engine) gives the expected text.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension } from './helpers';

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

async function completions(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider', doc.uri, position);
  return list.items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet);
}

async function openEditor(language: string, content: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language, content });
  return vscode.window.showTextDocument(doc);
}

/** Inserts a completion item the way accepting it would, through the editor's snippet engine. */
async function accept(editor: vscode.TextEditor, item: vscode.CompletionItem): Promise<string> {
  const insert = item.insertText;
  assert.ok(insert instanceof vscode.SnippetString, `${labelOf(item)} inserts a snippet`);
  const where = item.range instanceof vscode.Range ? item.range : item.range?.replacing;
  const ok = await editor.insertSnippet(insert, where ?? editor.selection);
  assert.ok(ok, `inserting ${labelOf(item)} failed`);
  // Leave snippet mode so the next test starts clean.
  await vscode.commands.executeCommand('leaveSnippet');
  return editor.document.getText();
}

/** Opens `content`, asks for completions at `position`, and inserts the snippet `label`; returns the text. */
async function insertOffered(language: string, content: string, position: vscode.Position, label: string): Promise<string> {
  const editor = await openEditor(language, content);
  const items = await completions(editor.document, position);
  const item = items.find((candidate) => labelOf(candidate) === label);
  assert.ok(item, `no ${label} snippet among ${items.map(labelOf).join(', ')}`);
  return accept(editor, item);
}

suite('Snippets', () => {
  suiteSetup(async () => {
    const ext = await activateExtension();
    // No snippet files: VS Code would offer those on any word, FROM node included.
    assert.strictEqual(ext.packageJSON.contributes?.snippets, undefined);
    // Compose values are YAML strings; suggestions must appear in them while typing.
    const quick = vscode.workspace.getConfiguration('editor', { languageId: 'dockercompose' }).get<Record<string, string>>('quickSuggestions');
    assert.strictEqual(quick?.strings, 'on');
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('Dockerfile completion offers our snippets with their descriptions', async () => {
    const editor = await openEditor('dockerfile', '');
    const items = await completions(editor.document, new vscode.Position(0, 0));
    const labels = items.map(labelOf);
    for (const prefix of ['df-flask', 'df-multistage', 'healthcheck', 'run-cache', 'run-heredoc', 'nonroot', 'entrypoint-cmd']) {
      assert.ok(labels.includes(prefix), `no ${prefix} snippet among ${labels.join(', ')}`);
    }
    // One entry per snippet.
    assert.strictEqual(new Set(labels).size, labels.length);
    const flask = items.find((item) => labelOf(item) === 'df-flask');
    const docs = flask?.documentation;
    const text = typeof docs === 'string' ? docs : docs?.value ?? '';
    const name = flask && typeof flask.label !== 'string' ? flask.label.description ?? '' : '';
    // The editor shows the snippet's name next to the prefix and its description as detail.
    assert.match(`${name} ${flask?.detail ?? ''} ${text}`, /Flask/);
  });

  test('inserting the cmd snippet in a Dockerfile gives an exec-form CMD', async () => {
    const text = await insertOffered('dockerfile', 'FROM python:3.12-slim\ncm', new vscode.Position(1, 2), 'cmd');
    assert.strictEqual(text, 'FROM python:3.12-slim\nCMD ["python3", "app.py"]\n');
  });

  test('FROM node offers no snippet, so Enter cannot insert one', async () => {
    const editor = await openEditor('dockerfile', 'FROM node');
    assert.deepStrictEqual((await completions(editor.document, new vscode.Position(0, 9))).map(labelOf), []);
  });

  test('Compose completion offers our snippets', async () => {
    const editor = await openEditor('dockercompose', '');
    const labels = (await completions(editor.document, new vscode.Position(0, 0))).map(labelOf);
    for (const prefix of ['compose-cruddur', 'compose-postgres', 'network-bridge', 'compose-volume', 'x-fragment', 'compose-secrets']) {
      assert.ok(labels.includes(prefix), `no ${prefix} snippet among ${labels.join(', ')}`);
    }
  });

  test('inserting the restart snippet under a service keeps its indentation', async () => {
    const text = await insertOffered('dockercompose', 'services:\n  web:\n    image: nginx\n    rest', new vscode.Position(3, 8), 'restart');
    assert.strictEqual(text, 'services:\n  web:\n    image: nginx\n    restart: unless-stopped\n    ');
  });

  test('inserting a multi-line compose snippet indents every line to the cursor', async () => {
    const text = await insertOffered('dockercompose', 'services:\n  web:\n    image: nginx\n    depends', new vscode.Position(3, 11), 'depends_on');
    assert.strictEqual(text, [
      'services:', '  web:', '    image: nginx',
      '    depends_on:', '      db:', '        condition: service_healthy', '    ',
    ].join('\n'));
  });
});
