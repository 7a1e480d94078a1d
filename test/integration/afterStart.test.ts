// SPDX-License-Identifier: MIT
// A container that exits at once, in the real VS Code host with shell integration (issue 23, item 4): a
// `docker run -d` typed into an integrated terminal succeeds, its container ends a moment later, and the
// terminal coach's one look a few seconds after the command explains it, with the container's log line and
// Show logs as the first fix, which runs `docker logs <name>` in the terminal. The image is FROM scratch with
// busybox copied in (nothing is pulled) and the container runs with --network none. Needs a Docker engine:
// skips with a plain message where none answers or busybox-static is missing, as failuresLive does.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { needOrSkip } from '../needs';
import { activateExtension, docker, say, shellIntegrationOf, typeAndWait, waitFor, waitForAsync } from './helpers';

interface Explained { code: string; title: string; markdown: string; commandLine: string; notified: boolean }

const busybox = '/bin/busybox';
const prefix = 'coach-it-after-';
const image = `${prefix}base:dev`;

function cleanup(): void {
  const ids = docker('ps', '-aq', '--filter', `name=${prefix}`)?.split('\n').filter(Boolean) ?? [];
  if (ids.length) docker('rm', '-f', ...ids);
  docker('rmi', '-f', image);
}

const peek = () => vscode.commands.executeCommand<Explained | undefined>('dockerCoach.explainLastFailure', { peek: true });

suite('A container that exits right after docker run -d', function () {
  this.timeout(120000);
  let terminal: vscode.Terminal | undefined;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), prefix));

  suiteSetup(async function () {
    const server = docker('version', '--format', '{{.Server.Version}}');
    const missing = !server ? 'no Docker engine answers `docker version` (start dockerd)' : !fs.existsSync(busybox) ? `${busybox} is missing (apt-get install busybox-static)` : undefined;
    needOrSkip(this, 'after-start tests', missing, say);
    cleanup();
    fs.copyFileSync(busybox, path.join(work, 'busybox'));
    fs.writeFileSync(path.join(work, 'Dockerfile'), 'FROM scratch\nCOPY busybox /bin/busybox\nCOPY busybox /bin/sh\nCMD ["sh"]\n');
    assert.ok(docker('build', '-q', '-t', image, work), 'could not build the busybox image');
    await activateExtension();
    await vscode.workspace.getConfiguration('dockerCoach').update('terminal.explainFailures', undefined, vscode.ConfigurationTarget.Global);
    terminal = vscode.window.createTerminal({ name: 'Coach after-start test' });
    terminal.show();
    assert.ok(await shellIntegrationOf(terminal, 60000), 'the terminal never reported shell integration');
    await waitFor('the first prompt', () => (terminal?.shellIntegration?.cwd ? true : undefined), 30000);
  });

  suiteTeardown(async () => {
    terminal?.dispose();
    for (const t of vscode.window.terminals) if (t.name === 'Docker Coach') t.dispose();
    cleanup();
    fs.rmSync(work, { recursive: true, force: true });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the look after start explains the exit, quotes the log, and Show logs runs docker logs', async () => {
    const name = `${prefix}crash`;
    const line = `docker run -d --network none --name ${name} ${image} sh -c 'echo "cannot reach the database at db:5432" >&2; exit 1'`;
    assert.strictEqual(await typeAndWait(terminal!, line), 0, 'docker run -d itself should succeed');
    const seen = await waitForAsync('the stopped container explained', async () => {
      const last = await peek();
      return last?.commandLine === line && last.code === 'ExitedAtOnce' ? last : undefined;
    }, 30000);
    assert.strictEqual(seen.title, `Container ${name} exited right after it started (code 1)`);
    assert.ok(seen.notified, 'no notification went out');
    assert.match(seen.markdown, /exit code 1\b/);
    assert.match(seen.markdown, /cannot reach the database at db:5432/);

    const fix = await vscode.commands.executeCommand<{ sent?: string; refused?: string }>('dockerCoach.runFailureFix', 0);
    assert.strictEqual(fix.sent, `docker logs ${name}`, fix.refused);
  });
});
