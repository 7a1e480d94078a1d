// SPDX-License-Identifier: MIT
// "Explain this file" in a real VS Code host: the command opens the view beside the editor for the sample
// compose file and Dockerfile, moves with the command, refuses other files; and, against the real Docker
// engine, the layer view matches a FROM-scratch busybox image's layers to their lines with the very sizes
// `docker history` reports. The engine part skips with a plain message where no engine or busybox is found.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { needOrSkip } from '../needs';
import { activateExtension, openSample, waitFor } from './helpers';

interface ViewResult { file: string; kind: string; panel: vscode.WebviewPanel; refreshLayers(): Promise<LayerState | undefined>; lastMessage(): unknown }
/** The part of the view's model these tests read. */
interface ComposeModel { type: 'compose'; graph: { nodes: { kind: string; label: string }[] }; overLimit?: string }
type LayerState = { kind: 'report'; tag: string; report: { layers: { size: number; range?: vscode.Range; instruction: string }[]; total: number; stale: boolean } } | { kind: 'message'; text: string; command?: string };

function say(message: string): void {
  Mocha.reporters.Base.consoleLog(`    ${message}`);
}

function docker(...args: string[]): string | undefined {
  try {
    return execFileSync('docker', args, { encoding: 'utf8', timeout: 120000, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch {
    return undefined;
  }
}

suite('Explain this file', function () {
  this.timeout(120000);

  suiteSetup(async () => { await activateExtension(); });
  suiteTeardown(async () => { await vscode.commands.executeCommand('workbench.action.closeAllEditors'); });

  test('opens beside the editor for the sample compose file, then follows the command to the Dockerfile', async () => {
    const compose = await openSample('docker-compose.yml');
    const first = await vscode.commands.executeCommand<ViewResult>('dockerCoach.explainFile');
    assert.ok(first, 'the command returned no view');
    assert.strictEqual(first.kind, 'compose');
    assert.strictEqual(first.file, compose.uri.fsPath);
    assert.strictEqual(first.panel.title, 'Explain docker-compose.yml');
    // Beside the editor: the view's tab sits in another editor group than the compose file's.
    const groupOf = (label: string) => vscode.window.tabGroups.all.find(g => g.tabs.some(t => t.label === label))?.viewColumn;
    await waitFor('the view\'s tab', () => groupOf('Explain docker-compose.yml'));
    assert.notStrictEqual(groupOf('Explain docker-compose.yml'), groupOf('docker-compose.yml'), 'the view opened in the editor\'s own group');
    assert.deepStrictEqual(first.panel.webview.options.localResourceRoots?.map(u => path.basename(path.dirname(u.fsPath)) + '/' + path.basename(u.fsPath)), ['media/explain']);
    assert.match(first.panel.webview.html, /Content-Security-Policy" content="default-src 'none';[^"]*script-src 'nonce-[A-Za-z0-9]{32}';/);
    assert.doesNotMatch(first.panel.webview.html, /https?:\/\/(?!.*vscode)/, 'no remote resources');

    const dockerfile = await openSample('backend-flask/Dockerfile');
    const second = await vscode.commands.executeCommand<ViewResult>('dockerCoach.explainFile', dockerfile.uri);
    assert.strictEqual(second.kind, 'dockerfile');
    assert.strictEqual(second.panel, first.panel, 'one view, moved to the new file');
    assert.strictEqual(second.panel.title, 'Explain Dockerfile');
  });

  test('follows edits, and past dockerCoach.explain.maxNodes says so instead of drawing', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'dockercompose', content: 'services:\n  web:\n    image: nginx\n    ports:\n      - "8080:80"\n' });
    await vscode.window.showTextDocument(doc);
    const view = await vscode.commands.executeCommand<ViewResult>('dockerCoach.explainFile', doc.uri);
    const model = () => view.lastMessage() as ComposeModel | undefined;
    const services = () => model()?.graph.nodes.filter(n => n.kind === 'service').map(n => n.label).sort().join(',');
    await waitFor('the view to draw web', () => (services() === 'web' ? true : undefined));
    assert.strictEqual(model()?.overLimit, undefined);
    // Typing a second service redraws the view, after its debounce.
    const editor = vscode.window.visibleTextEditors.find(e => e.document === doc);
    assert.ok(editor);
    await editor.edit(b => b.insert(new vscode.Position(doc.lineCount, 0), '  db:\n    image: postgres\n'));
    await waitFor('the view to follow the edit', () => (services() === 'db,web' ? true : undefined));
    // A limit below what the file holds: the model says why there is no diagram.
    const config = vscode.workspace.getConfiguration('dockerCoach');
    await config.update('explain.maxNodes', 2, vscode.ConfigurationTarget.Global);
    try {
      await waitFor('the limit notice', () => model()?.overLimit);
      assert.match(model()?.overLimit ?? '', /more than the limit of 2 \(setting dockerCoach\.explain\.maxNodes\)/);
    } finally {
      await config.update('explain.maxNodes', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('the diagram back', () => (model() && model()?.overLimit === undefined ? true : undefined));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('closing the view while it asks Docker for layers ends quietly, and the command opens a new view', async () => {
    const dockerfile = await openSample('backend-flask/Dockerfile');
    const view = await vscode.commands.executeCommand<ViewResult>('dockerCoach.explainFile', dockerfile.uri);
    // readLayers awaits `docker history`; the learner closes the view meanwhile. The answer must not be posted to
    // the closed webview (that throws "Webview is disposed" into the extension host, which the run's log check fails).
    const pending = view.refreshLayers();
    view.panel.dispose();
    const state = await pending;
    assert.ok(state && ['report', 'message'].includes(state.kind), `the layer read ended as ${JSON.stringify(state)}`);
    const again = await vscode.commands.executeCommand<ViewResult>('dockerCoach.explainFile', dockerfile.uri);
    assert.notStrictEqual(again.panel, view.panel, 'the command reused the closed view');
    again.panel.dispose();
  });

  test('says what to open for any other file', async () => {
    const readme = await openSample('README.md');
    const result = await vscode.commands.executeCommand<ViewResult | undefined>('dockerCoach.explainFile', readme.uri);
    assert.strictEqual(result, undefined);
  });

  suite('real image layers (Docker engine)', function () {
    this.timeout(300000);
    const busybox = '/bin/busybox';
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-layers-'));
    // The folder name gives the Build lens's tag: coach-layers:dev.
    const dir = path.join(work, 'coach-layers');
    const tag = 'coach-layers:dev';

    suiteSetup(function () {
      const server = docker('version', '--format', '{{.Server.Version}}');
      const missing = !server ? 'no Docker engine answers `docker version` (start dockerd)' : !fs.existsSync(busybox) ? `${busybox} is missing (apt-get install busybox-static)` : undefined;
      needOrSkip(this, 'layer view against the engine', missing, say);
      fs.mkdirSync(dir);
      fs.copyFileSync(busybox, path.join(dir, 'busybox'));
      fs.writeFileSync(path.join(dir, 'note.txt'), 'hello\n');
      fs.writeFileSync(path.join(dir, 'Dockerfile'), [
        'FROM scratch',                                                   // 0
        'COPY busybox /bin/busybox',                                      // 1
        'COPY busybox /bin/sh',                                           // 2
        'WORKDIR /data',                                                  // 3
        'ENV FILL=zero',                                                  // 4
        'RUN dd if=/dev/zero of=/data/big bs=1024 count=512 && \\',       // 5
        '    echo done',                                                  // 6
        'COPY note.txt /data/note.txt',                                   // 7
        'RUN ["/bin/busybox", "sh", "-c", "echo small > /data/small"]',   // 8
        'CMD ["/bin/busybox", "ls", "-l", "/data"]',                      // 9
        '',
      ].join('\n'));
      docker('rmi', '-f', tag);
      // Nothing is pulled: FROM scratch, and no network for RUN.
      assert.ok(docker('build', '--network', 'none', '-t', tag, dir) !== undefined, 'docker build of the test image failed');
    });

    suiteTeardown(() => {
      docker('rmi', '-f', tag);
      fs.rmSync(work, { recursive: true, force: true });
    });

    test('matches each layer to its line, with the sizes docker history reports', async () => {
      const doc = await vscode.workspace.openTextDocument(path.join(dir, 'Dockerfile'));
      await vscode.window.showTextDocument(doc);
      const view = await vscode.commands.executeCommand<ViewResult>('dockerCoach.explainFile', doc.uri);
      const state = await view.refreshLayers();
      assert.ok(state && state.kind === 'report', `no layer report: ${JSON.stringify(state)}`);
      assert.strictEqual(state.tag, tag);
      // What docker itself says, read here independently: bytes, newest first.
      const history = docker('history', '--no-trunc', '--human=false', '--format', '{{.Size}}\t{{.CreatedBy}}', tag)!.split('\n');
      assert.deepStrictEqual(state.report.layers.map(l => l.size), history.map(h => Number(h.split('\t')[0])));
      assert.strictEqual(state.report.total, history.reduce((n, h) => n + Number(h.split('\t')[0]), 0));
      const lineOf = (pattern: RegExp) => state.report.layers.find(l => pattern.test(l.instruction))?.range?.start.line;
      assert.strictEqual(lineOf(/^RUN .*dd if=\/dev\/zero/), 5);
      assert.strictEqual(lineOf(/^COPY .*\/data\/note\.txt/), 7);
      assert.strictEqual(lineOf(/^RUN .*echo small/), 8);
      assert.strictEqual(lineOf(/^COPY .*\/bin\/busybox/), 1);
      assert.strictEqual(lineOf(/^COPY .*\/bin\/sh/), 2);
      assert.strictEqual(lineOf(/^CMD /), 9);
      const big = state.report.layers.find(l => l.range?.start.line === 5)!;
      assert.strictEqual(big.size, 512 * 1024);
      const copies = state.report.layers.filter(l => l.range?.start.line === 1 || l.range?.start.line === 2);
      assert.deepStrictEqual(copies.map(l => l.size), [fs.statSync(busybox).size, fs.statSync(busybox).size]);
      assert.strictEqual(state.report.stale, false);
      say(`layers of ${tag}: ${state.report.layers.map(l => `${l.size}@${l.range ? l.range.start.line + 1 : '-'}`).join(' ')}`);
    });

    test('says in one line, with the command, when the image is not built', async () => {
      docker('rmi', '-f', tag);
      const doc = await vscode.workspace.openTextDocument(path.join(dir, 'Dockerfile'));
      const view = await vscode.commands.executeCommand<ViewResult>('dockerCoach.explainFile', doc.uri);
      const state = await view.refreshLayers();
      assert.ok(state && state.kind === 'message', JSON.stringify(state));
      assert.match(state.text, /coach-layers:dev is not built yet/);
      assert.match(state.command ?? '', /^docker build -t coach-layers:dev -f /);
    });
  });
});
