// SPDX-License-Identifier: MIT
// Dockerfile hovers in depth through the real provider path: a flag, a variable and a stage reference,
// in an untitled Dockerfile (nothing is written to the workspace).
import * as assert from 'assert';
import * as vscode from 'vscode';

const extensionId = 'docker-coach.docker-coach';

const content = [
  'ARG PYTHON=3.12',
  'FROM python:${PYTHON}-slim AS build',
  'ARG PORT=4567',
  'RUN --mount=type=cache,target=/root/.cache/pip pip install flask',
  'FROM python:3.12-slim',
  'COPY --from=build /usr/local /usr/local',
  'ARG PORT=4567',
  'EXPOSE ${PORT}',
  'CMD ["python3", "app.py"]',
].join('\n');

/** The position `offset` characters into the `nth` occurrence of `needle`. */
function positionOf(doc: vscode.TextDocument, needle: string, offset = 1, nth = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = doc.getText().indexOf(needle, at + 1);
    assert.ok(at >= 0, `'${needle}' not in the document`);
  }
  return doc.positionAt(at + offset);
}

async function hoverMarkdown(doc: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n---\n');
}

suite('Dockerfile hovers in depth (flag, variable, stage)', () => {
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension(extensionId);
    assert.ok(ext, `extension ${extensionId} is not loaded`);
    await ext.activate();
    doc = await vscode.workspace.openTextDocument({ language: 'dockerfile', content });
    await vscode.window.showTextDocument(doc);
  });

  test('a --mount option is explained for its mount type', async () => {
    const markdown = await hoverMarkdown(doc, positionOf(doc, 'target=/root', 2));
    assert.match(markdown, /`target` · --mount option · type=cache/, markdown);
    assert.match(markdown, /For a `cache` mount/, markdown);
  });

  test('a COPY --from flag points to the stage and its line', async () => {
    const markdown = await hoverMarkdown(doc, positionOf(doc, '--from', 3));
    assert.match(markdown, /`--from` · COPY flag/, markdown);
    assert.match(markdown, /Points to the stage `build`: `FROM python:\$\{PYTHON\}-slim AS build` on line 2\./, markdown);
  });

  test('a variable shows where it is defined and its default', async () => {
    const markdown = await hoverMarkdown(doc, positionOf(doc, '${PORT}', 3));
    assert.match(markdown, /`\$\{PORT\}` · variable · ARG/, markdown);
    assert.match(markdown, /Declared by `ARG PORT=4567` on line 7: its default is `4567`/, markdown);
  });

  test('a stage name lists the lines that use it', async () => {
    const markdown = await hoverMarkdown(doc, positionOf(doc, 'AS build', 4));
    assert.match(markdown, /`AS build` · build stage · multi-stage build/, markdown);
    assert.match(markdown, /Used on line 6\./, markdown);
  });
});
