// SPDX-License-Identifier: MIT
// "Docker Coach: Security review" (issue 27): the ten practices, checked on the workspace's Dockerfiles and compose
// files, in a webview beside the editor. This side reads the files and calls the core's securityReview; the webview
// script (media/security/) draws. A finding reveals its line; a fix is the rule's own, applied as the light bulb
// applies it; "Add to my notes" goes through the notes' draft-and-confirm flow. The view follows edits and saves.
import * as vscode from 'vscode';
import { isReviewFileName, securityReview, type SecurityReview } from '../core/index';
import { toVsRange, toWorkspaceEdit } from './convert';
import { readText } from './diagnosticInputs';
import { documentText } from './documentText';
import { guard } from './log';
import { addSecurityReviewToNotes } from './addToNotes';
import { webviewPage } from './webviewPage';

export const securityReviewCommand = 'dockerCoach.securityReview';

/** What the webview sends: indexes into the review it was last given. */
type FromView =
  | { type: 'ready' }
  | { type: 'reveal'; practice: number; finding: number }
  | { type: 'fix'; practice: number; finding: number; fix: number }
  | { type: 'notes' };

// Flat alternatives: VS Code's glob does not nest braces. isReviewFileName has the last word on each name.
const reviewGlob = '{**/Dockerfile,**/Dockerfile.*,**/*.Dockerfile,**/*.dockerfile,**/Containerfile,**/compose*.yml,**/compose*.yaml,**/*docker*compose*.yml,**/*docker*compose*.yaml,**/.dockerignore,**/*.dockerignore,**/.env,**/*.sarif,**/*.sarif.json,**/*trivy*.json,**/*grype*.json,**/*scout*.json}';
const debounceMs = 300;
const MAX_FILES = 400;

class SecurityPanel {
  readonly panel: vscode.WebviewPanel;
  review: SecurityReview | undefined;
  /** The document version each open file had when reviewed: a fix is only applied to the text it was made for. */
  private versions = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  private latest: Promise<SecurityReview | undefined> | undefined;
  /** Set when the learner closes the view: a review still reading files then has nowhere to go. */
  private disposed = false;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(context: vscode.ExtensionContext) {
    const media = vscode.Uri.joinPath(context.extensionUri, 'media', 'security');
    const explainMedia = vscode.Uri.joinPath(context.extensionUri, 'media', 'explain');
    this.panel = vscode.window.createWebviewPanel('dockerCoach.securityReview', 'Security review', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      // Only the view's own script and stylesheet; nothing from the workspace or the network.
      localResourceRoots: [media, explainMedia],
    });
    this.panel.webview.html = html(this.panel.webview, media, explainMedia);
    const watcher = vscode.workspace.createFileSystemWatcher(reviewGlob);
    this.subscriptions.push(
      watcher,
      watcher.onDidCreate(() => this.schedule()),
      watcher.onDidDelete(() => this.schedule()),
      watcher.onDidChange(() => this.schedule()),
      this.panel.webview.onDidReceiveMessage((m: FromView) => void this.receive(m)),
      vscode.workspace.onDidChangeTextDocument(e => { if (e.contentChanges.length && isReviewFileName(e.document.fileName)) this.schedule(); }),
    );
    this.panel.onDidDispose(() => this.dispose());
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), debounceMs);
  }

  /** Reads the files (open documents as they stand, unsaved edits included), reviews them and sends the result. */
  refresh(): Promise<SecurityReview | undefined> {
    const review = this.reviewNow(++this.generation);
    this.latest = review;
    return review;
  }

  private async reviewNow(generation: number): Promise<SecurityReview | undefined> {
    const uris = (await vscode.workspace.findFiles(reviewGlob, '**/{node_modules,.git}/**', MAX_FILES)).filter(u => isReviewFileName(u.fsPath));
    uris.sort((a, b) => a.fsPath.localeCompare(b.fsPath));
    const versions = new Map<string, number>();
    const files = (await Promise.all(uris.map(async uri => {
      const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
      if (open) versions.set(uri.fsPath, open.version);
      const text = open ? documentText(open) : await readText(uri.fsPath);
      return text === undefined ? undefined : { path: uri.fsPath, text };
    }))).filter((f): f is { path: string; text: string } => f !== undefined);
    // Closed while the files were read: the webview is gone, and touching it throws.
    if (this.disposed) return undefined;
    // A newer refresh is under way (an edit, the view's own first request): its review is the one to give.
    if (generation !== this.generation) return this.latest;
    const review = guard('Security review', () => securityReview(files), undefined);
    if (!review) return undefined;
    this.review = review;
    this.versions = versions;
    // The webview shows paths as the workspace names them; indexes stay the same, so its clicks map back here.
    const shown: SecurityReview = { ...review, practices: review.practices.map(p => ({ ...p, findings: p.findings.map(f => ({ ...f, path: vscode.workspace.asRelativePath(f.path) })) })) };
    const folder = vscode.workspace.workspaceFolders?.map(f => f.name).join(', ') ?? 'this window';
    if (!this.disposed) void this.panel.webview.postMessage({ type: 'review', review: shown, folder });
    return review;
  }

  private async receive(m: FromView): Promise<void> {
    if (m.type === 'ready') { await this.refresh(); return; }
    if (m.type === 'notes') { if (this.review) await addSecurityReviewToNotes(this.review); return; }
    const finding = this.review?.practices[m.practice]?.findings[m.finding];
    if (!finding) return;
    const uri = vscode.Uri.file(finding.path);
    if (m.type === 'reveal') { await revealFinding(uri, finding.range); return; }
    const fix = finding.fixes?.[m.fix];
    if (!fix) return;
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    if (open && this.versions.has(finding.path) && open.version !== this.versions.get(finding.path)) {
      // The file changed since the review: its fix may point at the wrong text. Show the new review instead.
      await this.refresh();
      return;
    }
    if (await vscode.workspace.applyEdit(toWorkspaceEdit(uri, fix))) await this.refresh();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
    if (current === this) current = undefined;
  }
}

/** Opens the file in the first editor group with the cursor at the start of the finding. */
async function revealFinding(uri: vscode.Uri, range: { start: { line: number; character: number }; end: { line: number; character: number } }): Promise<void> {
  const r = toVsRange(range);
  const doc = await vscode.workspace.openTextDocument(uri);
  const shown = vscode.window.visibleTextEditors.find(e => e.document === doc);
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
  editor.selection = new vscode.Selection(r.start, r.start);
  editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** The page: the Explain view's stylesheet (the shared look) with this view's additions, and this view's script. */
function html(webview: vscode.Webview, media: vscode.Uri, explainMedia: vscode.Uri): string {
  return webviewPage(webview, {
    scripts: [vscode.Uri.joinPath(media, 'security.js')],
    styles: [vscode.Uri.joinPath(explainMedia, 'explain.css'), vscode.Uri.joinPath(media, 'security.css')],
    title: 'Security review',
    body: '<main id="root" aria-live="polite"><p>Reading the workspace…</p></main>',
  });
}

let current: SecurityPanel | undefined;

/** What the command returns, for tests: the panel, the last review, and a way to wait for a fresh one. */
export interface SecurityViewResult { panel: vscode.WebviewPanel; review: () => SecurityReview | undefined; refresh: () => Promise<SecurityReview | undefined> }

/** Opens the review beside the editor, or brings it forward and reviews again. */
async function showSecurityReview(context: vscode.ExtensionContext): Promise<SecurityViewResult> {
  if (current) current.panel.reveal(vscode.ViewColumn.Beside, true);
  else current = new SecurityPanel(context);
  const panel = current;
  await panel.refresh();
  return { panel: panel.panel, review: () => panel.review, refresh: () => panel.refresh() };
}

export function registerSecurityReview(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(securityReviewCommand, () => showSecurityReview(context)));
}
