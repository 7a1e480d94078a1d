// SPDX-License-Identifier: MIT
// Dockerfile hovers in depth through the real provider path: a flag, a variable and a stage reference,
// in an untitled Dockerfile (nothing is written to the workspace).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, hoverMarkdown, positionOf } from './helpers';

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

suite('Dockerfile hovers in depth (flag, variable, stage)', () => {
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    await activateExtension();
    doc = await vscode.workspace.openTextDocument({ language: 'dockerfile', content });
    await vscode.window.showTextDocument(doc);
  });

  test('a --mount option is explained for its mount type', async () => {
    const markdown = await hoverMarkdown(doc.uri, positionOf(doc, 'target=/root', { offset: 2 }));
    assert.match(markdown, /`target` · --mount option · type=cache/, markdown);
    assert.match(markdown, /For a `cache` mount/, markdown);
  });

  test('a COPY --from flag points to the stage and its line', async () => {
    const markdown = await hoverMarkdown(doc.uri, positionOf(doc, '--from', { offset: 3 }));
    assert.match(markdown, /`--from` · COPY flag/, markdown);
    assert.match(markdown, /Points to the stage `build`: `FROM python:\$\{PYTHON\}-slim AS build` on line 2\./, markdown);
  });

  test('a variable shows where it is defined and its default', async () => {
    const markdown = await hoverMarkdown(doc.uri, positionOf(doc, '${PORT}', { offset: 3 }));
    assert.match(markdown, /`\$\{PORT\}` · variable · ARG/, markdown);
    assert.match(markdown, /Declared by `ARG PORT=4567` on line 7: its default is `4567`/, markdown);
  });

  test('a stage name lists the lines that use it', async () => {
    const markdown = await hoverMarkdown(doc.uri, positionOf(doc, 'AS build', { offset: 4 }));
    assert.match(markdown, /`AS build` · build stage · multi-stage build/, markdown);
    assert.match(markdown, /Used on line 6\./, markdown);
  });
});
