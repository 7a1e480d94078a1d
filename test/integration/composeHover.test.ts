// SPDX-License-Identifier: MIT
// Compose hovers through the real provider path of a running VS Code, on samples/docker-compose.yml.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, hoverMarkdown, openSample, positionOf, sampleUri } from './helpers';

suite('Compose hover (samples/docker-compose.yml)', () => {
  const uri = () => sampleUri('docker-compose.yml');
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    doc = await openSample('docker-compose.yml');
    await activateExtension();
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
    const markdown = await hoverMarkdown(uri(), positionOf(doc, 'driver:', { after: /^networks:/m }));
    assert.match(markdown, /What kind of network this is/, `hover: ${markdown}`);
    const value = await hoverMarkdown(uri(), positionOf(doc, 'bridge', { after: /^networks:/m }));
    assert.match(value, /private network on this machine/, `hover: ${value}`);
  });

  test('a depends_on condition explains what Compose waits for', async () => {
    const markdown = await hoverMarkdown(uri(), positionOf(doc, 'service_healthy', { after: /condition:/ }));
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
    const markdown = await hoverMarkdown(uri(), positionOf(doc, 'db-data:/', { after: /^ {4}volumes:/m, offset: 2 }));
    assert.match(markdown, /named volume/, `hover: ${markdown}`);
    assert.match(markdown, /down -v/, `hover: ${markdown}`);
  });
});
