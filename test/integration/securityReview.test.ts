// SPDX-License-Identifier: MIT
// "Docker Coach: Security review" in a real VS Code host, on samples/: the command opens the view with the ten
// practices, its page allows only its own script and stylesheets, and an unsaved edit shows in the next review.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, waitFor, workspaceFolder } from './helpers';

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

    // A scratch Dockerfile inside the workspace, removed afterwards: the web host saves edits on its own (files.autoSave),
    // so the test edits a file of its own rather than a sample.
    const scratch = path.join(workspaceFolder().fsPath, 'docker-coach-test-security');
    fs.rmSync(scratch, { recursive: true, force: true });
    fs.mkdirSync(scratch, { recursive: true });
    const file = path.join(scratch, 'Dockerfile');
    fs.writeFileSync(file, 'FROM alpine:3.20\nUSER 65534\nCMD ["sh"]\n');
    try {
      // The new file is read before the edit: it has no HEALTHCHECK, so practice 9 names it.
      let read = false;
      for (let i = 0; i < 50 && !read; i++) {
        read = (await view.refresh())?.practices[8].findings.some(f => f.path === file) ?? false;
        if (!read) await new Promise(r => setTimeout(r, 100));
      }
      assert.ok(read, 'the review read the scratch Dockerfile');
      const doc = await vscode.workspace.openTextDocument(file);
      const editor = await vscode.window.showTextDocument(doc);
      await editor.edit(b => b.replace(doc.lineAt(1).range, 'USER root'));
      // The view reviews again after the edit (debounced); the new finding is on the edited line, 2.
      await waitFor('the review to see the edit', () => rootLines(view.review())?.length === 2 || undefined);
      // Sorted by path: docker-coach-test-security/ comes before exercises/.
      assert.deepStrictEqual(rootLines(view.review()), ['Dockerfile:2', 'Dockerfile.mistakes:4']);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor').then(undefined, () => undefined);
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });

  test('closing the view while it reads the workspace ends that review quietly, and the command opens a new view', async () => {
    const view = await vscode.commands.executeCommand<ViewResult>('dockerCoach.securityReview');
    assert.ok(view, 'the command returned no view');
    // The review reads files (awaits) before it posts: the learner closes the view in between, as a teardown or a
    // quick Ctrl+W does. A post to the closed webview would throw "Webview is disposed" into the extension host.
    const pending = view.refresh();
    view.panel.dispose();
    assert.strictEqual(await pending, undefined, 'a review finished for a closed view');
    const again = await vscode.commands.executeCommand<ViewResult>('dockerCoach.securityReview');
    assert.ok(again && again.panel !== view.panel, 'the command did not open a new view');
    assert.strictEqual(again.review()?.practices.length, 10);
    again.panel.dispose();
  });
});
