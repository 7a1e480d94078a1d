// SPDX-License-Identifier: MIT
// The Docker Coach language server: each LSP request converts its params, calls the same core function
// the VS Code provider calls, and converts the result back. Nothing is parsed here.
import {
  CodeActionKind, CodeLensRefreshRequest, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, TextDocuments, TextDocumentSyncKind,
  type CancellationToken, type ClientCapabilities, type CodeAction, type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  actionSettingsFrom, contains, documentServices, explainProblemsInHover, explainWhileReading, featureEnabled, fromImageInProgress, isTooLarge, maxFileCharsFrom, mayWantNetwork, noteGlobsFrom,
  type CompletionItem, type DockerAction, type ShellKind,
} from '../core/index';
import { coachDocumentOf, type CoachDocument } from './coachDocument';
import { pathOf } from '../worker/folderLister';
import { problemSource, runActionCommand, tell, sameRange, toLspCodeLens, toLspCompletionItem, toLspDiagnostic, toLspHover, toQuickFix } from './convert';
import { commandLineOf, runLensAction } from './lensCommand';
import { listenForNavigation, navigationCapabilities } from './navigation';
import { NotesIndex } from './notesIndex';
import { checkExerciseCommand, exercisesCommand, runPracticeCommand } from './practice';
import { answersInWorker, CheckRunner, ignoreFixes } from '../worker/checkWorker';
import { answerOrStandIn } from '../worker/standIn';
import { ProblemCache } from './problems';
import { SettingsStore, sectionOf } from './settings';
import { securityReviewCommand, securityReviewOf } from './securityCommand';
import { serverVersion } from './version';
import { folderListerFor } from '../worker/folderLister';
import { ComposeNetworkSource, isComposeFile } from './composeNetworkFiles';

const PUSH_DEBOUNCE_MS = 300;
/** The first hover waits this long at most for the notes to be indexed, as the extension's does (4 s there). */
const NOTES_WAIT_MS = 1000;

/** What the client can do, from `initialize`. */
interface ClientAbilities {
  pullDiagnostics: boolean;
  diagnosticRefresh: boolean;
  codeLensRefresh: boolean;
  configuration: boolean;
  configurationRegistration: boolean;
  watchedFilesRegistration: boolean;
  snippets: boolean;
  showDocument: boolean;
  runInTerminal: boolean;
}

function abilitiesOf(caps: ClientCapabilities, initial: unknown): ClientAbilities {
  const experimental = sectionOf(caps.experimental) as { runInTerminal?: unknown } | undefined;
  return {
    pullDiagnostics: !!caps.textDocument?.diagnostic,
    diagnosticRefresh: !!caps.workspace?.diagnostics?.refreshSupport,
    codeLensRefresh: !!caps.workspace?.codeLens?.refreshSupport,
    configuration: !!caps.workspace?.configuration,
    configurationRegistration: !!caps.workspace?.didChangeConfiguration?.dynamicRegistration,
    watchedFilesRegistration: !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    snippets: !!caps.textDocument?.completion?.completionItem?.snippetSupport,
    showDocument: !!caps.window?.showDocument?.support,
    runInTerminal: experimental?.runInTerminal === true || (initial as { runInTerminal?: unknown } | undefined)?.runInTerminal === true,
  };
}

/** The workspace folders as paths, from whichever of the three ways the client named them. */
function foldersOf(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map(f => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  const paths = uris.map(pathOf).filter((p): p is string => p !== undefined);
  return paths.length === 0 && params.rootPath ? [params.rootPath] : paths;
}

/** Wires the server's handlers to a connection; `connection.listen()` is the caller's. */
export function startServer(connection: Connection, options: { workerScript?: string } = {}): void {
  const documents = new TextDocuments(TextDocument);
  const runner = new CheckRunner(options.workerScript);
  const problems = new ProblemCache(runner);
  const pushTimers = new Map<string, ReturnType<typeof setTimeout>>();
  const toldLarge = new Set<string>();
  let folders: string[] = [];
  let can: ClientAbilities = abilitiesOf({}, undefined);
  let settings = new SettingsStore(undefined, undefined);
  const composeFiles = new ComposeNetworkSource(() => documents.all().map(d => ({ path: pathOf(d.uri) ?? d.uri, text: d.getText() })), () => folders, () => maxFileCharsFrom(settings.readerFor('')));
  const notes = new NotesIndex(() => folders, message => connection.console.error(message), message => connection.console.info(message));
  let lastCompletion: { id: number; items: CompletionItem[] } = { id: 0, items: [] };

  /** Logs a failure instead of letting it reach the client as a crash; bad input gets an empty answer. */
  const logFailure = (what: string, err: unknown): void => connection.console.error(`${what}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  const guard = <T>(what: string, fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch (err) {
      logFailure(what, err);
      return fallback;
    }
  };

  /**
   * A document's answer: asked of the worker for a large file (answersInWorker: its first parse would hold
   * up every other request here), else worked out here. The one place for that choice, as answerFrom is in
   * VS Code; a failure is logged with `where` and gives undefined.
   */
  const answerFor = async <T>(doc: CoachDocument, maxFileChars: number | undefined, where: string, ask: { inWorker: (worker: CheckRunner) => Promise<T>; here: () => T }): Promise<T | undefined> => {
    try {
      return answersInWorker(doc.kind, doc.text, maxFileChars) ? await ask.inWorker(runner) : ask.here();
    } catch (err) {
      logFailure(where, err);
      return undefined;
    }
  };

  const coachDoc = (uri: string): CoachDocument | undefined => {
    const doc = documents.get(uri);
    return doc && coachDocumentOf(doc, folders);
  };

  /** The first time a file is past the size limit, the client is told why it gets keyword hovers only. */
  const tellIfLarge = (doc: CoachDocument, maxFileChars: number): boolean => {
    if (!isTooLarge(doc.text, maxFileChars)) return false;
    if (!toldLarge.has(doc.uri)) {
      toldLarge.add(doc.uri);
      tell(connection, 'info', `Docker Coach: ${doc.file?.path ?? doc.uri} is over ${Math.round(maxFileChars / 1024)} KB, so it gets keyword hovers only (dockerCoach.maxFileSizeKB).`);
    }
    return true;
  };

  const shell: ShellKind = process.platform === 'win32' ? 'pwsh' : 'posix';
  const actionsFor = async (uri: string): Promise<DockerAction[] | undefined> => {
    const doc = coachDoc(uri);
    const checks = doc && documentServices[doc.kind].checks;
    if (!doc?.file || !checks) return undefined;
    const read = settings.readerFor(uri);
    const maxFileChars = maxFileCharsFrom(read);
    if (tellIfLarge(doc, maxFileChars)) return [];
    const options = { ...actionSettingsFrom(read), maxFileChars, shell };
    const file = doc.file;
    return answerFor(doc, maxFileChars, `lenses of ${uri}`, {
      inWorker: worker => worker.actions(doc.kind, doc.text, file, options),
      here: () => checks.actions(doc.text, file, options),
    });
  };

  const pushProblems = async (uri: string): Promise<void> => {
    const doc = coachDoc(uri);
    if (!doc || !documentServices[doc.kind].checks) return;
    try {
      const found = await problems.problemsOf(doc, settings.readerFor(uri));
      if (coachDoc(uri)?.version !== doc.version) return; // edited meanwhile: the next push follows
      void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: found.map(toLspDiagnostic) });
    } catch (err) {
      logFailure(`diagnostics for ${uri}`, err);
    }
  };

  /** Push clients get problems after a pause in typing; pull clients ask when they want them. */
  const schedulePush = (uri: string, delay: number): void => {
    if (can.pullDiagnostics) return;
    clearTimeout(pushTimers.get(uri));
    pushTimers.set(uri, setTimeout(() => { pushTimers.delete(uri); void pushProblems(uri); }, delay));
  };

  /** Settings or a file beside changed: everything open is checked again, and lenses asked for again. */
  const refreshAll = async (): Promise<void> => {
    problems.clear();
    await Promise.all(documents.keys().map(uri => settings.load(uri)));
    if (can.pullDiagnostics) {
      if (can.diagnosticRefresh) connection.languages.diagnostics.refresh();
    } else {
      for (const uri of documents.keys()) schedulePush(uri, 0);
    }
    if (can.codeLensRefresh) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  };

  connection.onInitialize((params): InitializeResult => {
    const initial = sectionOf(params.initializationOptions);
    folders = foldersOf(params);
    can = abilitiesOf(params.capabilities, initial);
    settings = new SettingsStore(initial, can.configuration
      ? scopeUri => connection.workspace.getConfiguration({ scopeUri, section: 'dockerCoach' })
      : undefined);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        completionProvider: { resolveProvider: true, triggerCharacters: [...new Set(Object.values(documentServices).flatMap(s => s.triggers))] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [runActionCommand, securityReviewCommand, exercisesCommand, checkExerciseCommand] },
        ...navigationCapabilities,
        ...(can.pullDiagnostics ? { diagnosticProvider: { identifier: 'dockerCoach', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'docker-coach-language-server', version: serverVersion },
    };
  });

  connection.onInitialized(() => {
    if (can.configurationRegistration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'dockerCoach' });
    // A new .dockerignore or .env changes what the checks say about the files beside it.
    if (can.watchedFilesRegistration) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/{.dockerignore,*.dockerignore,.env}' }] });
  });

  connection.onDidChangeConfiguration(params => {
    settings.changed(params.settings);
    void refreshAll();
  });
  connection.onDidChangeWatchedFiles(() => { composeFiles.forget(); void refreshAll(); });

  documents.onDidOpen(e => {
    void settings.load(e.document.uri).then(() => schedulePush(e.document.uri, 0));
  });
  documents.onDidChangeContent(e => { schedulePush(e.document.uri, PUSH_DEBOUNCE_MS); if (isComposeFile(pathOf(e.document.uri))) composeFiles.forget(); });
  documents.onDidSave(e => notes.saved(pathOf(e.document.uri)));
  documents.onDidClose(e => {
    const uri = e.document.uri;
    clearTimeout(pushTimers.get(uri));
    pushTimers.delete(uri);
    problems.forget(uri);
    settings.forget(uri);
    toldLarge.delete(uri);
    if (!can.pullDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onHover(async (params, token) => {
    const read = settings.readerFor(params.textDocument.uri);
    if (token.isCancellationRequested || !featureEnabled(read, 'hover.enabled')) return null;
    const globs = noteGlobsFrom(read);
    let quotes = notes.current(globs);
    if (globs.length && !quotes) {
      // Only until the first index is ready: it reads from disk, asynchronously, so nothing blocks.
      await Promise.race([notes.ready(), new Promise(resolve => setTimeout(resolve, NOTES_WAIT_MS))]);
      quotes = notes.current(globs);
    }
    const doc = coachDoc(params.textDocument.uri);
    if (!doc || token.isCancellationRequested) return null;
    const maxFileChars = maxFileCharsFrom(read);
    const options = { notes: quotes, file: doc.file?.path, maxFileChars };
    const where = `hover at ${doc.uri}:${params.position.line + 1}`;
    const explanation = await answerFor(doc, maxFileChars, where, {
      // A worker still parsing the file, or checking an earlier version, gets a short wait, then the
      // keyword-only answer stands in (as in VS Code).
      inWorker: worker => answerOrStandIn(worker.explain(doc.kind, doc.text, params.position, options), () => explainWhileReading(doc.kind, doc.text, params.position)),
      here: () => documentServices[doc.kind].explain(doc.text, params.position, options),
    });
    if (token.isCancellationRequested) return null;
    return guard(where, () => {
      tellIfLarge(doc, maxFileChars);
      // Hovering a problem explains why it matters, as in VS Code.
      const codes = (problems.shownFor(doc) ?? []).filter(d => contains(d.range, params.position)).map(d => d.code);
      const problemTexts = explainProblemsInHover(codes, doc.text, doc.kind === 'dockerfile');
      return toLspHover(explanation, problemTexts) ?? null;
    }, null);
  });

  connection.onCompletion(async (params, token) => {
    const doc = coachDoc(params.textDocument.uri);
    const read = settings.readerFor(params.textDocument.uri);
    if (!doc || token.isCancellationRequested || !featureEnabled(read, 'completion.enabled')) return null;
    const where = `completion at ${doc.uri}:${params.position.line + 1}`;
    const lineBefore = doc.text.split('\n', params.position.line + 1)[params.position.line]?.slice(0, params.position.character) ?? '';
    const wantsNetwork = (doc.kind === 'shell' || doc.kind === 'markdown') && mayWantNetwork(lineBefore);
    const composeNetworks = wantsNetwork ? await composeFiles.networks() : undefined;
    const maxFileChars = maxFileCharsFrom(read);
    const items = await answerFor(doc, maxFileChars, where, {
      inWorker: worker => worker.complete(doc.kind, doc.text, params.position, { uri: params.textDocument.uri, maxFileChars, composeNetworks }),
      here: () => documentServices[doc.kind].complete(doc.text, params.position, { maxFileChars, listFolder: folderListerFor(params.textDocument.uri), composeNetworks }),
    });
    if (!items || token.isCancellationRequested) return null;
    return guard(where, () => {
      // The documentation waits for completionItem/resolve: a list of 100 keys sends no markdown until one is chosen.
      lastCompletion = { id: lastCompletion.id + 1, items };
      const list = lastCompletion.id;
      return { isIncomplete: doc.kind === 'dockerfile' && fromImageInProgress(lineBefore), items: items.map((item, index) => toLspCompletionItem(item, { withDocs: false, snippets: can.snippets, data: { list, index } })) };
    }, null);
  });

  connection.onCompletionResolve(item => {
    const data = item.data as { list?: unknown; index?: unknown } | undefined;
    const core = data?.list === lastCompletion.id && typeof data.index === 'number' ? lastCompletion.items[data.index] : undefined;
    return core ? { ...item, documentation: toLspCompletionItem(core, { withDocs: true, snippets: can.snippets }).documentation } : item;
  });

  connection.languages.diagnostics.on(async (params, token) => {
    const doc = coachDoc(params.textDocument.uri);
    if (!doc || token.isCancellationRequested) return { kind: 'full', items: [] };
    const found = await problems.problemsOf(doc, settings.readerFor(doc.uri)).catch(() => []);
    return { kind: 'full', items: found.map(toLspDiagnostic) };
  });

  connection.onCodeAction(async (params, token) => codeActions(params.textDocument.uri, params.context.diagnostics, params.context.only, token));

  /** For each of our problems the client names: its certain fixes, then a way to silence it on that line. */
  async function codeActions(uri: string, diagnostics: import('vscode-languageserver').Diagnostic[], only: string[] | undefined, token: CancellationToken): Promise<CodeAction[]> {
    if (only && !only.some(kind => CodeActionKind.QuickFix.startsWith(kind))) return [];
    const ours = diagnostics.filter(d => d.source === problemSource && d.code !== undefined);
    const doc = coachDoc(uri);
    const checks = doc && documentServices[doc.kind].checks;
    if (!doc || !checks || ours.length === 0) return [];
    const read = settings.readerFor(uri);
    const found = await problems.problemsOf(doc, read).catch(() => []);
    if (token.isCancellationRequested || coachDoc(uri)?.version !== doc.version) return [];
    const cores = ours.map(lsp => found.find(d => d.code === String(lsp.code) && sameRange(lsp.range, d.range)));
    if (!cores.some(Boolean)) return [];
    // "Ignore on this line" reads the file's parse: a large file's is the worker's, never made on this thread.
    const ignores = await answerFor(doc, maxFileCharsFrom(read), `code actions for ${uri}`, {
      inWorker: worker => worker.ignoreFixes(doc.kind, doc.text, cores),
      here: () => ignoreFixes(doc.kind, doc.text, cores),
    });
    if (!ignores || token.isCancellationRequested) return [];
    return guard(`code actions for ${uri}`, () => ours.flatMap((lsp, k) => {
      const core = cores[k];
      if (!core) return [];
      const fixes = (core.fixes ?? []).map((fix, i) => toQuickFix(uri, fix, lsp, i === 0));
      const ignore = ignores[k];
      return ignore ? [...fixes, toQuickFix(uri, ignore, lsp, false)] : fixes;
    }), []);
  }

  connection.onCodeLens(async (params, token) => {
    const read = settings.readerFor(params.textDocument.uri);
    if (token.isCancellationRequested || !featureEnabled(read, 'codeLens.enabled')) return [];
    const actions = await actionsFor(params.textDocument.uri).catch((err: unknown) => { logFailure(`lenses for ${params.textDocument.uri}`, err); return undefined; });
    if (token.isCancellationRequested) return [];
    return guard(`lenses for ${params.textDocument.uri}`, () => (actions ?? [])
      // Each group has its own switch, as in the extension: dockerCoach.codeLens.build, .run, .shell, .compose.
      .filter(a => read(`codeLens.${a.group}`) !== false)
      .map(a => toLspCodeLens(params.textDocument.uri, a, commandLineOf(a, shell).line)), []);
  });

  connection.onExecuteCommand(async params => {
    if (params.command === securityReviewCommand) return securityReviewOf(params.arguments?.[0], folders, documents);
    if (params.command === exercisesCommand || params.command === checkExerciseCommand) {
      const openText = (file: string): string | undefined => documents.all().find(d => pathOf(d.uri) === file)?.getText();
      return runPracticeCommand(params.command, params.arguments?.[0], folders, openText).catch((err: unknown) => {
        logFailure(params.command, err);
        return null;
      });
    }
    if (params.command !== runActionCommand) return null;
    try {
      return await runLensAction({ connection, runInTerminal: can.runInTerminal, showDocument: can.showDocument, shell, actionsFor }, params.arguments?.[0]);
    } catch (err) {
      logFailure(runActionCommand, err);
      return null;
    }
  });

  listenForNavigation({
    connection, document: coachDoc, guard, logFailure,
    tooLarge: (doc, uri) => tellIfLarge(doc, maxFileCharsFrom(settings.readerFor(uri))),
    worker: (doc, uri) => (answersInWorker(doc.kind, doc.text, maxFileCharsFrom(settings.readerFor(uri))) ? runner : undefined),
  });

  connection.onShutdown(() => {
    for (const timer of pushTimers.values()) clearTimeout(timer);
    pushTimers.clear();
    runner.dispose();
  });

  documents.listen(connection);
}
