// SPDX-License-Identifier: MIT
// The "Docker Coach" problems: refreshed on open, on edit (debounced), when a .dockerignore or .env
// changes and when the settings change. The checks themselves are the core's; this only schedules them.
import * as vscode from 'vscode';
import { checkDocument, maxFileCharsFrom, type Diagnostic, type FileContext } from '../core/index';
import { fileContextOf } from './codeLensProvider';
import { problemSource, toVsDiagnostic } from './convert';
import { vscodeDisk } from './diagnosticInputs';
import { documentTextSoon } from './documentText';
import { mapInTurns, nextTurn } from './inTurns';
import { isLargeDocument } from './largeFiles';
import { noteChecked } from './workCounters';
import { leftOutMessage, problemsVsCodeShows } from './problemLimit';
import { answerFrom } from './workerZone';
import { log } from './log';
import { composeSelector, dockerfileSelector } from './selectors';

/** Problems made into VS Code's objects per turn of the extension host's thread. */
const PROBLEMS_PER_TURN = 500;

const DEBOUNCE_MS = 300;

type Kind = 'dockerfile' | 'compose';

/** Which checks a document gets, if any. */
export function diagnosticKindOf(doc: vscode.TextDocument): Kind | undefined {
  if (vscode.languages.match(dockerfileSelector, doc) > 0) return 'dockerfile';
  if (vscode.languages.match(composeSelector, doc) > 0) return 'compose';
  return undefined;
}

/** The core's diagnostics for one text, with everything read from beside the file. */
export async function computeProblems(kind: Kind, text: string, uri: vscode.Uri, file: FileContext | undefined): Promise<Diagnostic[]> {
  const config = vscode.workspace.getConfiguration('dockerCoach', uri);
  const read = (key: string) => config.get(key);
  // A large file is checked in the worker thread, which reads what lies beside it from disk itself.
  return answerFrom(uri, kind, text, maxFileCharsFrom(read), `${kind} diagnostics for ${uri.toString()}`, [], {
    inWorker: worker => worker.check(kind, text, file, read),
    here: () => checkDocument(kind, text, file, read, vscodeDisk),
  });
}

/** Owns the collection and keeps the core diagnostics it showed, so code actions can offer their fixes. */
export class ProblemController implements vscode.Disposable {
  private created?: { collection: vscode.DiagnosticCollection; watcher: vscode.FileSystemWatcher; dockerfiles: vscode.FileSystemWatcher };
  /** The core diagnostics behind what the collection shows, per document URI. */
  private readonly shown = new Map<string, { version: number; text: string; diagnostics: Diagnostic[] }>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Files filled in by "Check workspace"; they keep their problems when closed. */
  private readonly fromWorkspaceCheck = new Set<string>();

  /**
   * The collection, and a watcher that refreshes open files when a .dockerignore or .env changes, made
   * on the first check rather than at activation.
   */
  get collection(): vscode.DiagnosticCollection {
    if (!this.created) {
      const watcher = vscode.workspace.createFileSystemWatcher('**/{.dockerignore,*.dockerignore,.env}');
      const refresh = () => this.refreshAllOpen();
      watcher.onDidChange(refresh);
      watcher.onDidCreate(refresh);
      watcher.onDidDelete(refresh);
      // A Dockerfile made in (or removed from) a compose build folder changes that file's MissingPath problem; its edits do not.
      const dockerfiles = vscode.workspace.createFileSystemWatcher('**/{Dockerfile,dockerfile}', false, true, false);
      dockerfiles.onDidCreate(refresh);
      dockerfiles.onDidDelete(refresh);
      this.created = { collection: vscode.languages.createDiagnosticCollection(problemSource), watcher, dockerfiles };
    }
    return this.created.collection;
  }

  /** The core diagnostics shown for this document at its current version. */
  shownFor(doc: vscode.TextDocument): { text: string; diagnostics: Diagnostic[] } | undefined {
    const hit = this.shown.get(doc.uri.toString());
    return hit && hit.version === doc.version ? hit : undefined;
  }

  /** Refreshes a document after the debounce; `now` skips it (on open). */
  schedule(doc: vscode.TextDocument, now = false): void {
    if (!diagnosticKindOf(doc)) return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.refresh(doc);
    }, now ? 0 : DEBOUNCE_MS));
  }

  /** Checks a document now. Results for a version the user has already edited past are dropped. */
  async refresh(doc: vscode.TextDocument): Promise<void> {
    const kind = diagnosticKindOf(doc);
    if (!kind || doc.isClosed) return;
    const version = doc.version;
    // Past the size limit there are no problems to show, and the text is not worth copying to learn that.
    if (isLargeDocument(doc)) { this.show(doc.uri, version, '', []); return; }
    const text = await documentTextSoon(doc);
    if (text === undefined) return; // edited or closed meanwhile: that change schedules its own check
    const file = doc.uri.scheme === 'file' ? fileContextOf(doc) : undefined;
    try {
      const diagnostics = await computeProblems(kind, text, doc.uri, file);
      if (doc.isClosed || doc.version !== version) return;
      // A large file can have thousands of problems (13,000 in a 1.9 MB compose file that reuses host ports):
      // only those VS Code shows are made into its objects, a few hundred per turn.
      const { kept, left } = problemsVsCodeShows(diagnostics);
      const shown = await mapInTurns(kept, d => toVsDiagnostic(d), undefined, PROBLEMS_PER_TURN);
      if (!shown || doc.isClosed || doc.version !== version) return;
      // VS Code copies and sorts the whole list it is handed: when it is long, that gets a turn of its own
      // too, rather than following the last slice (together 54 ms on a 1.9 MB compose file, profiled).
      if (kept.length > PROBLEMS_PER_TURN) {
        await nextTurn();
        if (doc.isClosed || doc.version !== version) return;
      }
      this.show(doc.uri, version, text, diagnostics, false, withLeftOut(shown, left));
    } catch (err) {
      log().error(`diagnostics for ${doc.uri.toString()}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    }
  }

  /** Shows core diagnostics for a URI (also for files that are not open, from "Check workspace"). */
  show(uri: vscode.Uri, version: number, text: string, diagnostics: Diagnostic[], fromWorkspaceCheck = false, shown = toVsProblems(diagnostics)): void {
    const key = uri.toString();
    noteChecked(key, version);
    if (fromWorkspaceCheck) this.fromWorkspaceCheck.add(key);
    this.shown.set(key, { version, text, diagnostics });
    this.collection.set(uri, shown);
  }

  /** Forgets a closed document, unless "Check workspace" reported it. */
  forget(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    if (this.fromWorkspaceCheck.has(key)) return;
    this.shown.delete(key);
    this.created?.collection.delete(doc.uri);
  }

  refreshAllOpen(): void {
    for (const doc of vscode.workspace.textDocuments) this.schedule(doc);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.created?.watcher.dispose();
    this.created?.dockerfiles.dispose();
    this.created?.collection.dispose();
  }
}

/** Registers the controller and its triggers. Nothing is checked during activation itself. */
export function registerDiagnostics(context: vscode.ExtensionContext): ProblemController {
  const controller = new ProblemController();
  context.subscriptions.push(
    controller,
    vscode.workspace.onDidOpenTextDocument(doc => controller.schedule(doc, true)),
    vscode.workspace.onDidChangeTextDocument(e => { if (e.contentChanges.length) controller.schedule(e.document); }),
    vscode.workspace.onDidCloseTextDocument(doc => controller.forget(doc)),
    vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration('dockerCoach.diagnostics') || e.affectsConfiguration('dockerCoach.maxFileSizeKB') || e.affectsConfiguration('dockerCoach.build.context')) controller.refreshAllOpen();
    }),
  );
  // Documents already open when the extension activated (the one that activated it, for a start),
  // checked just after activation returns.
  const initial = setTimeout(() => { for (const doc of vscode.workspace.textDocuments) controller.schedule(doc, true); }, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(initial) });
  return controller;
}

/** The problems VS Code shows of `diagnostics` (problemLimit.ts), as its objects, with the left-out marker. */
function toVsProblems(diagnostics: readonly Diagnostic[]): vscode.Diagnostic[] {
  const { kept, left } = problemsVsCodeShows(diagnostics);
  return withLeftOut(kept.map(d => toVsDiagnostic(d)), left);
}

/** `shown`, then a note at the last of them saying how many were left out (none when `left` is 0). */
function withLeftOut(shown: vscode.Diagnostic[], left: number): vscode.Diagnostic[] {
  const last = shown[shown.length - 1];
  if (!left || !last) return shown;
  const marker = new vscode.Diagnostic(last.range, leftOutMessage(left), vscode.DiagnosticSeverity.Information);
  marker.source = problemSource;
  return [...shown, marker];
}
