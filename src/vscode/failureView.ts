// SPDX-License-Identifier: MIT
// "Explain" for a failed docker command: a panel beside the editor with the core's explanation (rendered by
// VS Code's own markdown renderer) and one button per fix, plus "Go to line". A button only posts a message;
// the extension then runs that fix, which the core built, in a terminal where the learner sees it.
import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import { localNoteLinks, type Failure, type NoteLinkTarget } from '../core/index';

/** What a button asks the extension to do. */
export type FailureViewMessage = { type: 'fix'; index: number } | { type: 'goToLine' };

/** A click on a notes quote's link: which of the page's note targets to open. */
interface OpenNoteMessage { type: 'openNote'; index: number }

let panel: vscode.WebviewPanel | undefined;
let listener: vscode.Disposable | undefined;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** VS Code's markdown renderer (the built-in markdown extension), or the text itself when it is not there. */
async function renderMarkdown(markdown: string): Promise<string> {
  try {
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', markdown);
    if (typeof html === 'string') return html;
  } catch {
    // Without the markdown extension, the plain text still explains.
  }
  return `<pre>${escapeHtml(markdown)}</pre>`;
}

function page(body: string, failure: Failure, nonce: string, cspSource: string): string {
  const buttons = failure.fixes.map((f, i) =>
    `<button class="fix${i === 0 ? ' primary' : ''}" data-index="${i}" title="${escapeHtml(f.tooltip)}">${escapeHtml(f.title)}</button><code>${escapeHtml(f.tooltip.split('\n')[0])}</code>`);
  const goTo = failure.location ? `<button class="goto" title="${escapeHtml(failure.location.path)}">Go to line ${failure.location.line + 1}</button>` : '';
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${cspSource} https:; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<style nonce="${nonce}">
  body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 16px 16px; line-height: 1.5; }
  a { color: var(--vscode-textLink-foreground); }
  code { font-family: var(--vscode-editor-font-family); background: var(--vscode-textCodeBlock-background); padding: 1px 4px; border-radius: 3px; }
  .actions { display: grid; grid-template-columns: max-content 1fr; gap: 6px 10px; align-items: center; margin: 12px 0 4px; padding: 10px; border: 1px solid var(--vscode-panel-border); border-radius: 4px; }
  .actions h2 { grid-column: 1 / -1; margin: 0 0 4px; font-size: 1em; }
  button { font: inherit; color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); border: none; padding: 4px 10px; border-radius: 2px; cursor: pointer; }
  button.primary, button.goto { color: var(--vscode-button-foreground); background: var(--vscode-button-background); }
  button:hover { background: var(--vscode-button-hoverBackground); color: var(--vscode-button-foreground); }
</style></head>
<body>
${body}
${buttons.length || goTo ? `<div class="actions"><h2>Run a fix (in the terminal, when you click)</h2>${buttons.join('\n')}${goTo ? `${goTo}<span></span>` : ''}</div>` : ''}
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  for (const b of document.querySelectorAll('button.fix')) b.addEventListener('click', () => vscode.postMessage({ type: 'fix', index: Number(b.dataset.index) }));
  for (const b of document.querySelectorAll('button.goto')) b.addEventListener('click', () => vscode.postMessage({ type: 'goToLine' }));
  for (const a of document.querySelectorAll('a[href^="#note-"]')) a.addEventListener('click', (e) => { e.preventDefault(); vscode.postMessage({ type: 'openNote', index: Number(a.getAttribute('href').slice(6)) }); });
</script>
</body></html>`;
}

/** Opens a notes file at the quoted line, in the editor column. */
async function openNote(target: NoteLinkTarget): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(target.path));
  const line = Math.min(Math.max(0, target.line), Math.max(0, doc.lineCount - 1));
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(line, 0, line, 0) });
}

/**
 * Shows `failure` beside the editor, reusing one panel; `onMessage` gets the buttons' requests.
 * Returns the panel, so callers (and tests) can tell it is open.
 */
export async function showFailure(failure: Failure, onMessage: (m: FailureViewMessage) => void): Promise<vscode.WebviewPanel> {
  const title = `Docker Coach: ${failure.title}`;
  if (!panel) {
    panel = vscode.window.createWebviewPanel('dockerCoach.failure', title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [],
    });
    panel.onDidDispose(() => { panel = undefined; listener?.dispose(); listener = undefined; });
  }
  panel.title = title;
  listener?.dispose();
  // Notes quotes link to file:line; the renderer would show file: links as raw text, so they become anchors.
  const { markdown, targets } = localNoteLinks(failure.markdown);
  listener = panel.webview.onDidReceiveMessage((m: unknown) => {
    const msg = m as Partial<FailureViewMessage | OpenNoteMessage>;
    if (msg?.type === 'fix' && typeof msg.index === 'number') onMessage({ type: 'fix', index: msg.index });
    else if (msg?.type === 'goToLine') onMessage({ type: 'goToLine' });
    else if (msg?.type === 'openNote' && typeof msg.index === 'number' && targets[msg.index]) void openNote(targets[msg.index]);
  });
  const nonce = randomBytes(16).toString('base64');
  const shown = panel;
  const rendered = await renderMarkdown(markdown);
  // Closed while the markdown was rendered: a disposed webview throws, and there is nothing left to show.
  if (panel !== shown) return shown;
  shown.webview.html = page(rendered, failure, nonce, shown.webview.cspSource);
  shown.reveal(vscode.ViewColumn.Beside, true);
  return shown;
}
