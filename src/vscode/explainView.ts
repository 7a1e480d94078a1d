// SPDX-License-Identifier: MIT
// The "Explain this file" webview: a diagram and plain-words walk-through of a compose file or a Dockerfile,
// beside the editor. This side only reads the core and passes plain data; the webview script (bundled apart
// into media/explain/) lays out and draws. Clicks reveal lines, hovers ask for the editor's explanation.
import * as path from 'path';
import * as vscode from 'vscode';
import { explainCompose, explainDockerfile, explainFileModel, type ExplainFileModel, type Range } from '../core/index';
import { vscodeDisk } from './diagnosticInputs';
import { fromVsPosition, toVsRange } from './convert';
import { documentTextSoon } from './documentText';
import { readLayers, buildOf, type LayerState } from './explainLayers';
import { log } from './log';
import { maxFileCharsFor } from './largeFiles';
import { currentNotes } from './notes';
import { webviewPage } from './webviewPage';
import { answerFrom } from './workerZone';

type Kind = 'compose' | 'dockerfile';

/** What the webview sends. */
type FromView =
  | { type: 'ready' }
  | { type: 'reveal'; range: Range }
  | { type: 'hover'; id: string; range: Range; word?: string }
  | { type: 'export'; svg: string }
  | { type: 'layers' };

const COMPOSE_NAME = /(^|[\\/])(compose|docker-compose|[^\\/]*docker[^\\/]*compose[^\\/]*)[^\\/]*\.ya?ml$/i;

/** Dockerfiles and compose files (also compose files VS Code opened as plain YAML). */
export function kindOf(doc: vscode.TextDocument): Kind | undefined {
  if (doc.languageId === 'dockerfile') return 'dockerfile';
  if (doc.languageId === 'dockercompose' || (doc.languageId === 'yaml' && COMPOSE_NAME.test(doc.fileName))) return 'compose';
  return undefined;
}

const debounceMs = 300;

/** One panel, moved to whichever file the command was last run on. */
class ExplainPanel {
  readonly panel: vscode.WebviewPanel;
  private doc: vscode.TextDocument;
  private timer: NodeJS.Timeout | undefined;
  private layers: LayerState | undefined;
  /** Counts posts, so a slow read beside the file never sends an older model after a newer one. */
  private generation = 0;
  /** The last model sent to the webview, for tests: what the view was told to draw. */
  lastMessage: unknown;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Set when the learner closes the view: a read or a docker call still under way then has nowhere to post. */
  private disposed = false;

  constructor(context: vscode.ExtensionContext, doc: vscode.TextDocument) {
    this.doc = doc;
    const media = vscode.Uri.joinPath(context.extensionUri, 'media', 'explain');
    this.panel = vscode.window.createWebviewPanel('dockerCoach.explain', this.title(), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      // Only the view's own script and stylesheet can be loaded; nothing from the workspace or the network.
      localResourceRoots: [media],
    });
    this.panel.webview.html = this.html(media);
    this.subscriptions.push(
      this.panel.webview.onDidReceiveMessage((m: FromView) => void this.receive(m)),
      vscode.workspace.onDidChangeTextDocument(e => { if (e.document === this.doc) this.schedule(); }),
      vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration('dockerCoach.explain')) this.schedule(); }),
      // A Build lens (or any `docker build` of this tag) finished in a terminal: the layers may have changed.
      vscode.window.onDidEndTerminalShellExecution(e => this.afterCommand(e.execution.commandLine.value)),
    );
    this.panel.onDidDispose(() => this.dispose());
  }

  title(): string {
    return `Explain ${path.basename(this.doc.fileName)}`;
  }

  show(doc: vscode.TextDocument): void {
    // The model of another file is not this one's, even for the moment the read beside the new file takes.
    if (doc !== this.doc) { this.doc = doc; this.layers = undefined; this.lastMessage = undefined; }
    this.panel.title = this.title();
    this.panel.reveal(vscode.ViewColumn.Beside, true);
    this.post();
  }

  private html(media: vscode.Uri): string {
    return webviewPage(this.panel.webview, {
      scripts: [vscode.Uri.joinPath(media, 'explain.js')],
      styles: [vscode.Uri.joinPath(media, 'explain.css')],
      title: 'Explain this file',
      body: '<main id="root" aria-live="polite"><p>Reading the file…</p></main>\n<div id="tooltip" role="tooltip" hidden></div>',
    });
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.post(), debounceMs);
  }

  /** Sends the current model of the file; the webview draws it. */
  post(): void {
    void this.postNow();
  }

  private async postNow(): Promise<void> {
    const generation = ++this.generation;
    const doc = this.doc;
    const kind = kindOf(doc) ?? 'dockerfile';
    const text = await documentTextSoon(doc);
    if (text === undefined || generation !== this.generation) return; // a newer edit or move is being posted
    const file = path.basename(doc.fileName);
    const fileContext = { path: doc.uri.fsPath };
    const settings = vscode.workspace.getConfiguration('dockerCoach', doc.uri);
    // Decided here, not in the webview: past the limit the diagram is not laid out at all.
    const options = { maxNodes: Math.max(1, settings.get<number>('explain.maxNodes', 1000)), maxFileChars: maxFileCharsFor(doc.uri) };
    // What the Problems panel reads beside a compose file too (its .env, the paths it names, a main compose
    // file next to it), so the walk-through refuses exactly the files the Problems call broken. A large
    // file's model is worked out in the worker thread, which reads those from disk itself.
    const model: ExplainFileModel | undefined = await answerFrom(doc.uri, kind, text, options.maxFileChars, `Explain view of ${doc.uri.toString()}`, undefined, {
      inWorker: worker => worker.explainFile(kind, text, fileContext, options),
      here: () => explainFileModel(kind, text, fileContext, vscodeDisk, options),
    });
    if (!model || generation !== this.generation) return;
    const message = model.type === 'compose'
      ? { ...model, file, maxNodes: options.maxNodes }
      : { ...model, file, maxNodes: options.maxNodes, layers: this.layers, canAskEngine: vscode.workspace.isTrusted };
    this.lastMessage = message;
    this.send(message);
  }

  private async receive(m: FromView): Promise<void> {
    switch (m.type) {
      case 'ready': this.post(); return;
      case 'reveal': await this.reveal(m.range); return;
      case 'hover': {
        const markdown = await this.explain(m.range, m.word);
        this.send({ type: 'hover', id: m.id, markdown: markdown ?? '' });
        return;
      }
      case 'export': await this.export(m.svg); return;
      case 'layers': await this.refreshLayers(); return;
    }
  }

  private async reveal(range: Range): Promise<void> {
    const r = toVsRange(range);
    const shown = vscode.window.visibleTextEditors.find(e => e.document === this.doc);
    const editor = await vscode.window.showTextDocument(this.doc, { viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
    editor.selection = new vscode.Selection(r.start, r.start);
    editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** The editor's hover at the start of the node's range (or at `word` on that line, for an image name). */
  private async explain(range: Range, word?: string): Promise<string | undefined> {
    const text = await documentTextSoon(this.doc);
    if (text === undefined) return undefined;
    let pos = fromVsPosition(toVsRange(range).start);
    if (word) {
      const at = this.doc.lineAt(Math.min(pos.line, this.doc.lineCount - 1)).text.indexOf(word);
      if (at >= 0) pos = { line: pos.line, character: at };
    }
    const options = { notes: currentNotes(), file: this.doc.uri.scheme === 'file' ? this.doc.uri.fsPath : undefined, maxFileChars: maxFileCharsFor(this.doc.uri) };
    const kind = kindOf(this.doc) === 'compose' ? 'compose' : 'dockerfile';
    // A large file's first hover parses it whole: asked of the worker, as the editor's hover is.
    const explain = kind === 'compose' ? explainCompose : explainDockerfile;
    const explanation = await answerFrom(this.doc.uri, kind, text, options.maxFileChars, 'Explain view hover', undefined, {
      inWorker: worker => worker.explain(kind, text, pos, options),
      here: () => explain(text, pos, options),
    });
    return explanation?.markdown;
  }

  /** Saves the diagram next to the file as `<name>.svg`, or where the user picks for an unsaved file. */
  private async export(svg: string): Promise<void> {
    if (!svg.startsWith('<svg')) return;
    const target = this.doc.uri.scheme === 'file'
      ? vscode.Uri.file(`${this.doc.uri.fsPath}.svg`)
      : await vscode.window.showSaveDialog({ filters: { SVG: ['svg'] }, saveLabel: 'Export diagram' });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`));
    this.send({ type: 'exported', path: vscode.workspace.asRelativePath(target) });
    const open = await vscode.window.showInformationMessage(`Docker Coach: diagram saved as ${vscode.workspace.asRelativePath(target)}`, 'Open');
    if (open) await vscode.commands.executeCommand('vscode.open', target);
  }

  async refreshLayers(): Promise<LayerState | undefined> {
    if (kindOf(this.doc) !== 'dockerfile') return undefined;
    this.send({ type: 'layers', state: { kind: 'loading' } });
    this.layers = await readLayers(this.doc).catch((err: unknown) => {
      log().error(`docker history: ${String(err)}`);
      return { kind: 'message', text: 'Reading the image\'s layers failed; see the Docker Coach output.' } as LayerState;
    });
    this.send({ type: 'layers', state: this.layers });
    return this.layers;
  }

  private afterCommand(commandLine: string): void {
    if (kindOf(this.doc) !== 'dockerfile' || !vscode.workspace.isTrusted || !/\bbuild\b/.test(commandLine)) return;
    void buildOf(this.doc).then(build => { if (build && commandLine.includes(build.tag)) void this.refreshLayers(); }, (err: unknown) => log().error(`the Build lens of ${this.doc.uri.toString()}: ${String(err)}`));
  }

  /** Posts to the webview unless it was closed meanwhile (a disposed webview throws). */
  private send(message: unknown): void {
    if (!this.disposed) void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
    if (current === this) current = undefined;
  }
}

let current: ExplainPanel | undefined;

/** What the command returns, for tests: the panel's file and, when asked for, the layers. */
export interface ExplainViewResult { file: string; kind: Kind; panel: vscode.WebviewPanel; refreshLayers: () => Promise<LayerState | undefined>; lastMessage: () => unknown }

/** Opens (or moves) the view for `uri`, or the active editor's file. */
export async function showExplainView(context: vscode.ExtensionContext, uri?: vscode.Uri): Promise<ExplainViewResult | undefined> {
  const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  const kind = doc && kindOf(doc);
  if (!doc || !kind) {
    void vscode.window.showWarningMessage('Docker Coach: open a Dockerfile or a compose file first, then run Explain this file.');
    return undefined;
  }
  if (current) current.show(doc);
  else current = new ExplainPanel(context, doc);
  const panel = current;
  return { file: doc.uri.fsPath, kind, panel: panel.panel, refreshLayers: () => panel.refreshLayers(), lastMessage: () => panel.lastMessage };
}
