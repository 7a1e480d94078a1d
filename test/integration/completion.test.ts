// SPDX-License-Identifier: MIT
// Completions inside a real VS Code: the items at places in samples/, their documentation resolved from
// the hover, and accepting an item writes the expected text.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, openSample, positionOf, workspaceFolder } from './helpers';

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

function docOf(item: vscode.CompletionItem): string {
  const d = item.documentation;
  return typeof d === 'string' ? d : d?.value ?? '';
}

/** The items at `position`, with the documentation of the first `resolve` items resolved. */
async function completions(uri: vscode.Uri, position: vscode.Position, trigger?: string, resolve = 200): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position, trigger, resolve);
  return list.items;
}

function find(items: vscode.CompletionItem[], label: string): vscode.CompletionItem {
  const item = items.find(i => labelOf(i) === label);
  assert.ok(item, `no ${label} among ${items.map(labelOf).join(', ')}`);
  return item;
}

/** Accepts `item` in `editor` as the suggest widget would (snippet engine for snippets, an edit otherwise). */
async function accept(editor: vscode.TextEditor, item: vscode.CompletionItem, at: vscode.Position): Promise<string> {
  const where = item.range instanceof vscode.Range ? item.range : item.range?.replacing ?? new vscode.Range(at, at);
  if (item.insertText instanceof vscode.SnippetString) {
    assert.ok(await editor.insertSnippet(item.insertText, where));
    await vscode.commands.executeCommand('leaveSnippet');
  } else {
    const text = typeof item.insertText === 'string' ? item.insertText : labelOf(item);
    assert.ok(await editor.edit(e => e.replace(where, text)));
  }
  return editor.document.getText();
}

async function openEditor(language: string, content: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language, content }));
}

suite('Completion', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('Dockerfile sample: instructions at a line start, ranked, with the hover as documentation', async () => {
    const doc = await openSample('backend-flask/Dockerfile');
    const items = await completions(doc.uri, positionOf(doc, 'WORKDIR', { offset: 0 }));
    const run = find(items, 'RUN');
    // The details pane shows the detail as its header, so the text starts with what RUN does (K2 of the 12-06 walkthrough).
    assert.strictEqual(run.detail, 'build time · adds a layer');
    assert.match(docOf(run), /^Runs a command while the image is being built/);
    assert.ok(items.some(i => labelOf(i) === 'MAINTAINER' && i.tags?.includes(vscode.CompletionItemTag.Deprecated)));
  });

  test('Dockerfile sample: the variables in scope inside ${', async () => {
    const doc = await openSample('backend-flask/Dockerfile');
    const items = await completions(doc.uri, positionOf(doc, '${PORT}', { offset: 2 }), '{');
    const port = find(items, 'PORT');
    assert.match(docOf(port), /It is `4567`, from `ARG PORT=4567` on line/);
    find(items, 'FLASK_ENV');
  });

  test('compose sample: depends_on condition values, keys of a service, and references', async () => {
    const doc = await openSample('docker-compose.yml');
    const values = await completions(doc.uri, positionOf(doc, 'condition: ', { offset: 11 }), ' ');
    assert.match(docOf(find(values, 'service_healthy')), /condition: service_healthy/);
    const keys = await completions(doc.uri, positionOf(doc, '    depends_on:', { offset: 4, after: /frontend-react-js:\n/ }));
    assert.ok(docOf(find(keys, 'restart')).includes('services.frontend-react-js.restart'));
    assert.ok(!keys.some(i => labelOf(i) === 'ports'), 'ports is already there');
    const refs = await completions(doc.uri, positionOf(doc, '- backend-flask', { offset: 2 }));
    assert.deepStrictEqual(refs.filter(i => i.kind === vscode.CompletionItemKind.Reference).map(labelOf), ['backend-flask', 'db']);
  });

  test('shell sample: docker subcommands and the flags of docker build', async () => {
    const doc = await openSample('scripts/build.sh');
    const commands = await completions(doc.uri, positionOf(doc, 'docker build -t backend', { offset: 7 }));
    assert.match(docOf(find(commands, 'build')), /docker build/);
    const flags = await completions(doc.uri, positionOf(doc, '-t backend', { offset: 1 }), '-');
    assert.match(docOf(find(flags, '--target')), /stage/i);
  });

  test('accepting a flag, a mount type and a compose value writes the expected text', async () => {
    let editor = await openEditor('dockerfile', 'FROM node:20\nRUN --mo');
    let at = new vscode.Position(1, 8);
    assert.strictEqual(await accept(editor, find(await completions(editor.document.uri, at), '--mount'), at), 'FROM node:20\nRUN --mount=');
    at = new vscode.Position(1, 12);
    const text = await accept(editor, find(await completions(editor.document.uri, at, '='), 'type'), at);
    assert.strictEqual(text, 'FROM node:20\nRUN --mount=type=');
    at = new vscode.Position(1, 17);
    assert.strictEqual(await accept(editor, find(await completions(editor.document.uri, at, '='), 'cache'), at), 'FROM node:20\nRUN --mount=type=cache');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

    editor = await openEditor('dockercompose', 'services:\n  web:\n    image: nginx\n    restart: unl');
    at = new vscode.Position(3, 16);
    assert.strictEqual(await accept(editor, find(await completions(editor.document.uri, at), 'unless-stopped'), at), 'services:\n  web:\n    image: nginx\n    restart: unless-stopped');
  });

  test('accepting CMD in a Dockerfile writes the exec form', async () => {
    const editor = await openEditor('dockerfile', 'FROM node:20\nENTR');
    const at = new vscode.Position(1, 4);
    const text = await accept(editor, find(await completions(editor.document.uri, at), 'ENTRYPOINT'), at);
    assert.strictEqual(text, 'FROM node:20\nENTRYPOINT ["executable", "arg"]');
  });

  test('dockerCoach.completion.enabled: false turns the items off', async () => {
    const config = vscode.workspace.getConfiguration('dockerCoach');
    // VS Code rewrites the folder's settings.json when a value changes: it goes back byte for byte after.
    const settingsFile = path.join(workspaceFolder().fsPath, '.vscode', 'settings.json');
    const saved = fs.existsSync(settingsFile) ? fs.readFileSync(settingsFile) : undefined;
    await config.update('completion.enabled', false, vscode.ConfigurationTarget.Workspace);
    try {
      const editor = await openEditor('dockerfile', 'FROM node:20\nCOPY --');
      const items = await completions(editor.document.uri, new vscode.Position(1, 7));
      assert.ok(!items.some(i => labelOf(i) === '--chown'), 'no flag items while turned off');
    } finally {
      await config.update('completion.enabled', undefined, vscode.ConfigurationTarget.Workspace);
      if (saved) fs.writeFileSync(settingsFile, saved);
    }
  });
});
