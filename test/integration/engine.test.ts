// SPDX-License-Identifier: MIT
// End to end against a real Docker engine, driven through the lenses: build a FROM-scratch image with
// busybox copied in (nothing is pulled), run it, exec into it, and check with `docker images`/`docker ps`.
// Skips with a plain message where no engine answers or busybox-static is missing.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { needOrSkip } from '../needs';
import { activateExtension, waitFor } from './helpers';

const busybox = '/bin/busybox';
const tag = 'coach-e2e:dev';
const name = 'coach-e2e-dev';

/** Prints through the reporter's output (the extension host does not show console.log). */
function say(message: string): void {
  Mocha.reporters.Base.consoleLog(`    ${message}`);
}

/** Runs docker from the test itself, to check what the lenses did; undefined when it fails. */
function docker(...args: string[]): string | undefined {
  try {
    return execFileSync('docker', args, { encoding: 'utf8', timeout: 20000, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch {
    return undefined;
  }
}

// The engine works at its own pace, so builds and runs get a generous deadline, polled less often.
const engineTimeoutMs = 120000;
const enginePollMs = 250;

async function runLens(uri: vscode.Uri, title: string): Promise<void> {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
  const lens = lenses.find((l) => l.command?.command === 'dockerCoach.runAction' && l.command.title === title);
  assert.ok(lens?.command, `no lens "${title}"`);
  const result = await vscode.commands.executeCommand<{ sent?: string; refused?: string }>(lens.command.command, ...(lens.command.arguments ?? []));
  assert.ok(result.sent, `the lens did not run: ${result.refused}`);
}

function removeLeftovers(): void {
  docker('rm', '-f', name);
  docker('rmi', '-f', tag);
}

suite('Real Docker engine, driven by the lenses', function () {
  this.timeout(300000);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-engine-'));
  // The folder name gives the tag (coach-e2e:dev) and the container name (coach-e2e-dev).
  const dir = path.join(work, 'coach-e2e');
  let uri: vscode.Uri;

  suiteSetup(async function () {
    const server = docker('version', '--format', '{{.Server.Version}}');
    const missing = !server ? 'no Docker engine answers `docker version` (start dockerd)' : !fs.existsSync(busybox) ? `${busybox} is missing (apt-get install busybox-static)` : undefined;
    needOrSkip(this, 'real-engine tests', missing, say);
    say(`Docker engine ${server}`);
    removeLeftovers();
    fs.mkdirSync(dir);
    fs.copyFileSync(busybox, path.join(dir, 'busybox'));
    // A static busybox is a whole userland: as /bin/sh it is the shell `exec` starts.
    fs.writeFileSync(path.join(dir, 'Dockerfile'), [
      'FROM scratch',
      'COPY busybox /bin/busybox',
      'COPY busybox /bin/sh',
      'ENTRYPOINT ["/bin/busybox"]',
      'CMD ["sleep", "3600"]',
      '',
    ].join('\n'));
    await activateExtension();
    for (const t of vscode.window.terminals) if (t.name === 'Docker Coach') t.dispose();
    const config = vscode.workspace.getConfiguration();
    await config.update('terminal.integrated.env.linux', undefined, vscode.ConfigurationTarget.Global);
    // Detached, so the terminal is free for `exec`; no network, since nothing needs one.
    await config.update('dockerCoach.run.extraArgs', ['--network', 'none', '-d'], vscode.ConfigurationTarget.Global);
    uri = vscode.Uri.file(path.join(dir, 'Dockerfile'));
    const doc = await vscode.workspace.openTextDocument(uri);
    if (doc.languageId !== 'dockerfile') await vscode.languages.setTextDocumentLanguage(doc, 'dockerfile');
    await vscode.window.showTextDocument(doc);
  });

  suiteTeardown(async () => {
    removeLeftovers();
    await vscode.workspace.getConfiguration().update('dockerCoach.run.extraArgs', undefined, vscode.ConfigurationTarget.Global);
    for (const t of vscode.window.terminals) if (t.name === 'Docker Coach') t.dispose();
    fs.rmSync(work, { recursive: true, force: true });
  });

  test('Build makes the image `docker images` lists', async () => {
    await runLens(uri, '$(tools) Build');
    const listed = await waitFor(`${tag} in docker images`, () => {
      const out = docker('images', '--format', '{{.Repository}}:{{.Tag}}');
      return out?.split('\n').includes(tag) ? out : undefined;
    }, engineTimeoutMs, enginePollMs);
    assert.ok(listed.split('\n').includes(tag));
  });

  // Run and Shell need the image, and Shell a running container: when the test before did not leave them (run
  // alone, or under --grep), they are made here with docker itself, not through the lens under test.
  function ensureImage(): void {
    if (docker('images', '--format', '{{.Repository}}:{{.Tag}}')?.split('\n').includes(tag)) return;
    assert.ok(docker('build', '-q', '-t', tag, dir) !== undefined, `could not build ${tag} for this test`);
  }

  function ensureContainer(): void {
    ensureImage();
    if (docker('ps', '-q', '--filter', `name=^${name}$`)) return;
    docker('rm', '-f', name);
    assert.ok(docker('run', '-d', '--network', 'none', '--name', name, tag) !== undefined, `could not start ${name} for this test`);
  }

  test('Run starts the container `docker ps` lists, by the derived name', async () => {
    ensureImage();
    docker('rm', '-f', name);
    await runLens(uri, '$(play) Run');
    const line = await waitFor(`${name} in docker ps`, () => {
      const out = docker('ps', '--filter', `name=^${name}$`, '--format', '{{.Names}} {{.Image}} {{.Status}}');
      return out ? out : undefined;
    }, engineTimeoutMs, enginePollMs);
    assert.match(line, new RegExp(`^${name} ${tag} Up`));
  });

  test('Shell opens a shell in that container, which runs what is typed', async () => {
    ensureContainer();
    await runLens(uri, '$(terminal) Shell');
    // Wait until the engine has the exec session, then type into it through the same terminal.
    await waitFor('the exec session', () => (Number(docker('inspect', '-f', '{{len .ExecIDs}}', name)) > 0 ? true : undefined), 30000, enginePollMs);
    const terminal = vscode.window.terminals.find((t) => t.name === 'Docker Coach');
    assert.ok(terminal);
    terminal.sendText('echo typed-in-exec > /exec-proof; exit');
    const proof = await waitFor('the file written inside the container', () => docker('exec', name, '/bin/busybox', 'cat', '/exec-proof') || undefined, 30000, enginePollMs);
    assert.strictEqual(proof, 'typed-in-exec');
  });
});
