// SPDX-License-Identifier: MIT
// Terminal coaching in the real VS Code host, with shell integration on: a failing docker command typed into an
// integrated terminal is explained (the notification goes out), "Explain" opens the panel with the text, a fix
// runs in the terminal only when asked, and the setting turns it all off. The failure used needs no engine:
// DOCKER_HOST points at a socket nobody listens on. Skips plainly where the docker CLI is missing.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as os from 'os';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { needOrSkip } from '../needs';
import { activateExtension, coachFinished, shellIntegrationOf, typeAndWait, waitFor, waitForAsync } from './helpers';

interface Explained { code: string; title: string; markdown: string; commandLine: string; notified: boolean; panel?: string }

const closedSocket = path.join(os.tmpdir(), 'coach-terminal-test-closed.sock');
const failingLine = `DOCKER_HOST=unix://${closedSocket} docker ps`;

function say(message: string): void {
  Mocha.reporters.Base.consoleLog(`    ${message}`);
}

const peek = () => vscode.commands.executeCommand<Explained | undefined>('dockerCoach.explainLastFailure', { peek: true });

suite('Terminal coaching in an integrated terminal', function () {
  this.timeout(120000);
  let terminal: vscode.Terminal;

  suiteSetup(async function () {
    let missing: string | undefined;
    try {
      execFileSync('docker', ['--version'], { stdio: 'ignore' });
    } catch {
      missing = 'no docker CLI on PATH (apt-get install docker.io)';
    }
    needOrSkip(this, 'terminal coaching tests', missing, say);
    await activateExtension();
    await vscode.workspace.getConfiguration('dockerCoach').update('terminal.explainFailures', undefined, vscode.ConfigurationTarget.Global);
    terminal = vscode.window.createTerminal({ name: 'Coach terminal test' });
    terminal.show();
    const si = await shellIntegrationOf(terminal, 60000);
    assert.ok(si, 'the terminal never reported shell integration');
    // Shell integration arrives while the shell's start-up files still run: wait for its first prompt.
    await waitFor('the first prompt', () => (terminal.shellIntegration?.cwd ? true : undefined), 30000);
  });

  suiteTeardown(async () => {
    terminal?.dispose();
    for (const t of vscode.window.terminals) if (t.name === 'Docker Coach') t.dispose();
    await vscode.workspace.getConfiguration('dockerCoach').update('terminal.explainFailures', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  /**
   * Types a docker command that fails (DOCKER_HOST at a closed socket) and waits until the coach has explained
   * it: each test that needs a failure explained makes its own, so it passes alone or under --grep.
   */
  async function explainedFailure(): Promise<Explained> {
    let exit: number | undefined;
    // This command's own end, explained (an earlier test's explanation of the same line does not count).
    let outcome = await coachFinished(async () => { exit = await typeAndWait(terminal, failingLine); }, failingLine);
    if (outcome === 'nothing to explain') {
      // Seen once in a fresh-clone run: VS Code's shell integration handed over no output for this sub-second
      // command, right after an explanation panel opened. Said aloud and typed once more, not hidden: a second
      // miss fails the test.
      say('NOTE: the terminal gave no output for the failing command; typing it once more');
      outcome = await coachFinished(async () => { exit = await typeAndWait(terminal, failingLine); }, failingLine);
    }
    assert.strictEqual(outcome, 'explained');
    assert.notStrictEqual(exit, 0);
    return waitForAsync('the failure explained', async () => {
      const last = await peek();
      return last?.commandLine === failingLine ? last : undefined;
    }, 20000);
  }

  test('a failing docker command typed into the terminal raises the notification, and Explain shows the text', async () => {
    const seen = await explainedFailure();
    assert.strictEqual(seen.code, 'DaemonNotRunning');
    assert.ok(seen.notified, 'no notification went out');

    const opened = await vscode.commands.executeCommand<Explained>('dockerCoach.explainLastFailure');
    assert.strictEqual(opened.panel, 'Docker Coach: The Docker engine is not reachable');
    assert.match(opened.markdown, /nothing answered at `unix:\/\/.*coach-terminal-test-closed\.sock`/);
    assert.match(opened.markdown, /\*\*What to do\*\*/);
    const tab = await waitFor('the explanation beside the editor', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs)
      .find((t) => t.input instanceof vscode.TabInputWebview && t.label === opened.panel), 10000);
    assert.ok(tab);
  });

  test('a fix runs only when asked, visibly, in the Docker Coach terminal', async () => {
    await explainedFailure();
    const before = vscode.window.terminals.filter((t) => t.name === 'Docker Coach').length;
    const result = await vscode.commands.executeCommand<{ sent?: string; refused?: string }>('dockerCoach.runFailureFix', 0);
    assert.strictEqual(result.sent, 'docker context ls', result.refused);
    assert.ok(vscode.window.terminals.filter((t) => t.name === 'Docker Coach').length >= Math.max(1, before));
  });

  test('commands that are not docker, and successful docker commands, are left alone', async () => {
    await explainedFailure();
    // Wait for the coach to finish with each end event (its file reads come after the event), then look.
    const echo = 'echo Cannot connect to the Docker daemon at unix:///x. Is the docker daemon running?; false';
    assert.strictEqual(await coachFinished(() => typeAndWait(terminal, echo), echo), 'not read');
    assert.strictEqual(await coachFinished(() => typeAndWait(terminal, 'docker --version'), 'docker --version'), 'nothing to explain');
    assert.strictEqual((await peek())?.commandLine, failingLine);
  });

  test('dockerCoach.terminal.explainFailures off: a failure is not explained', async () => {
    assert.strictEqual((await explainedFailure()).code, 'DaemonNotRunning');
    await vscode.workspace.getConfiguration('dockerCoach').update('terminal.explainFailures', false, vscode.ConfigurationTarget.Global);
    // The coach must have finished with this command's end before "nothing new was explained" means anything.
    assert.strictEqual(await coachFinished(() => typeAndWait(terminal, 'docker imgaes'), 'docker imgaes'), 'not read');
    assert.strictEqual((await peek())?.code, 'DaemonNotRunning');
    await vscode.workspace.getConfiguration('dockerCoach').update('terminal.explainFailures', undefined, vscode.ConfigurationTarget.Global);
    await typeAndWait(terminal, 'docker imgaes');
    const seen = await waitForAsync('the unknown command explained', async () => {
      const last = await peek();
      return last?.code === 'UnknownCommand' ? last : undefined;
    }, 20000);
    assert.match(seen.markdown, /docker images/);
  });
});
