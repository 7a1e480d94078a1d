// SPDX-License-Identifier: MIT
// Terminal coaching in an untrusted workspace: off. A docker command that fails in a terminal is not read
// or explained (package.json lists its setting as restricted, so a workspace cannot turn it on either). The "docker" here is
// a shell function typed into the terminal, so no docker program (the canary on PATH) runs.
import * as assert from 'assert';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, shellIntegrationOf } from '../integration/helpers';

function runAndWait(si: vscode.TerminalShellIntegration, terminal: vscode.Terminal, line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { listener.dispose(); reject(new Error(`no end reported for: ${line}`)); }, 30000);
    const listener = vscode.window.onDidEndTerminalShellExecution((e) => {
      if (e.terminal !== terminal) return;
      clearTimeout(timer);
      listener.dispose();
      resolve();
    });
    si.executeCommand(line);
  });
}

suite('Untrusted workspace: no terminal coaching', function () {
  this.timeout(90000);

  test('a docker command that fails in a terminal is not read or explained', async () => {
    await activateExtension();
    assert.strictEqual(vscode.workspace.isTrusted, false);
    const terminal = vscode.window.createTerminal({ name: 'Coach untrusted test' });
    try {
      // A function named docker that fails the way a stopped engine does: a known failure, and nothing on PATH runs.
      const define = 'docker() { echo "Cannot connect to the Docker daemon at unix:///tmp/none.sock. Is the docker daemon running?"; return 1; }';
      // Restricted Mode may give the terminal no shell integration at all (then nothing could be read anyway);
      // where it has it, the commands go through it, so their start and end reach the coach.
      const si = await shellIntegrationOf(terminal, 20000);
      Mocha.reporters.Base.consoleLog(`    terminal shell integration in Restricted Mode: ${si ? 'on' : 'off'}`);
      if (si) {
        await runAndWait(si, terminal, define);
        await runAndWait(si, terminal, 'docker ps');
      } else {
        terminal.sendText(define, true);
        terminal.sendText('docker ps', true);
      }
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const last = await vscode.commands.executeCommand<unknown>('dockerCoach.explainLastFailure', { peek: true });
      assert.strictEqual(last, undefined);
    } finally {
      terminal.dispose();
    }
  });
});
