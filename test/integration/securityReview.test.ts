// SPDX-License-Identifier: MIT
// "Docker Coach: Security review" in a real VS Code host, on samples/: the command opens the view with the ten
// practices, its page allows only its own script and stylesheets, and an unsaved edit shows in the next review.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, openSample, waitFor } from './helpers';

interface Finding { path: string; code: string; range: { start: { line: number } } }
interface Review { practices: { id: string; status: string; findings: Finding[] }[]; score: { met: number; applicable: number } }
interface ViewResult { panel: vscode.WebviewPanel; review(): Review | undefined; refresh(): Promise<Review | undefined> }

suite('Security review', function () {
  this.timeout(120000);

  suiteSetup(async () => { await activateExtension(); });
  suiteTeardown(async () => { await vscode.commands.executeCommand('workbench.action.closeAllEditors'); });

  test('opens the ten practices of samples/ and follows an unsaved edit', async () => {
    const view = await vscode.commands.executeCommand<ViewResult>('dockerCoach.securityReview');
    assert.ok(view, 'the command returned no view');
    assert.strictEqual(view.panel.title, 'Security review');
    assert.deepStrictEqual(view.panel.webview.options.localResourceRoots?.map(u => path.basename(path.dirname(u.fsPath)) + '/' + path.basename(u.fsPath)), ['media/security', 'media/explain']);
    assert.match(view.panel.webview.html, /Content-Security-Policy" content="default-src 'none';[^"]*script-src 'nonce-[A-Za-z0-9]{32}';/);
    const first = view.review();
    assert.strictEqual(first?.practices.length, 10);
    // samples/: only exercises/Dockerfile.mistakes (line 4, `FROM python:latest`) runs as root.
    const rootLines = (r: Review | undefined) => r?.practices[0].findings.map(f => `${path.basename(f.path)}:${f.range.start.line + 1}`);
    assert.deepStrictEqual(rootLines(first), ['Dockerfile.mistakes:4']);

    const frontend = await openSample('frontend-react-js/Dockerfile');
    const editor = await vscode.window.showTextDocument(frontend);
    const line = [...Array(frontend.lineCount).keys()].find(l => frontend.lineAt(l).text === 'USER node')!;
    try {
      await editor.edit(b => b.replace(frontend.lineAt(line).range, 'USER root'));
      // The view reviews again after the edit (debounced); the new finding is on the edited line.
      await waitFor('the review to see the edit', () => rootLines(view.review())?.length === 2 || undefined);
      assert.deepStrictEqual(rootLines(view.review()), ['Dockerfile.mistakes:4', 'Dockerfile:' + (line + 1)]);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });
});
