// SPDX-License-Identifier: MIT
// A small stand-in for the `vscode` module, just big enough for src/vscode/{actions,codeLensProvider,terminal}.ts,
// so the adapter's own logic (trust, toggles, terminal reuse, quoting per shell, refusals) runs under mocha.
// It records what the adapter did; the real API is exercised by test/integration/actions.test.ts.
import * as path from 'path';
import Module from 'module';

type Listener<T> = (e: T) => unknown;

class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (l: Listener<T>) => {
    this.listeners.push(l);
    return { dispose: () => { this.listeners = this.listeners.filter((x) => x !== l); } };
  };
  fire(e: T): void { for (const l of [...this.listeners]) l(e); }
  dispose(): void { this.listeners = []; }
}

class Uri {
  private constructor(readonly scheme: string, readonly fsPath: string) {}
  static file(p: string): Uri { return new Uri('file', p); }
  static parse(s: string): Uri {
    const m = /^(\w+):\/\/(.*)$/.exec(s);
    return m ? new Uri(m[1], decodeURIComponent(m[2])) : new Uri('file', s);
  }
  toString(): string { return `${this.scheme}://${encodeURIComponent(this.fsPath)}`; }
}

class Range {
  constructor(readonly startLine: number, readonly startCharacter: number, readonly endLine: number, readonly endCharacter: number) {}
}

class CodeLens {
  constructor(readonly range: Range, readonly command?: { title: string; tooltip?: string; command: string; arguments?: unknown[] }) {}
}

/** A text document the fake can open. */
export class FakeDocument {
  version = 1;
  constructor(readonly uri: Uri, readonly languageId: string, private readonly text: string) {}
  isClosed = false;
  getText(r?: Range): string {
    if (!r) return this.text;
    return this.text.slice(this.offsetAt({ line: r.startLine, character: r.startCharacter }), this.offsetAt({ line: r.endLine, character: r.endCharacter }));
  }
  // The size check (largeFiles.ts) reads the length from the line table, as VS Code's documents allow.
  get lineCount(): number { return this.text.split('\n').length; }
  lineAt(line: number): { text: string; range: { end: { line: number; character: number } } } {
    const text = this.text.split('\n')[line];
    return { text, range: { end: { line, character: text.length } } };
  }
  offsetAt(pos: { line: number; character: number }): number {
    return this.text.split('\n').slice(0, pos.line).reduce((n, l) => n + l.length + 1, 0) + pos.character;
  }
}

/** A terminal that records what was done to it, in order. With shell integration, commands go through it. */
export class FakeTerminal {
  readonly calls: string[] = [];
  exitStatus: undefined | { code: number } = undefined;
  state: { shell?: string } = {};
  readonly processId = Promise.resolve(4242);
  shellIntegration: undefined | { executeCommand(line: string): { commandLine: string } } = undefined;
  constructor(readonly name: string, readonly creationOptions: { name?: string; cwd?: string }) {}
  show(): void { this.calls.push('show'); }
  sendText(text: string, execute: boolean): void { this.calls.push(`send${execute ? '+enter' : ''}:${text}`); }
  /** Turns shell integration on, as VS Code does a moment after the shell starts. */
  integrate(): void {
    this.shellIntegration = { executeCommand: (line: string) => { this.calls.push(`execute:${line}`); return { commandLine: line }; } };
    fake.shellIntegrationChanged.fire({ terminal: this, shellIntegration: this.shellIntegration });
  }
  /** Reports a command as started (it keeps the terminal busy until `end`). */
  start(): { commandLine: string } {
    const execution = { commandLine: 'running' };
    fake.executionStarted.fire({ terminal: this, execution });
    return execution;
  }
  end(execution: { commandLine: string }): void {
    fake.executionEnded.fire({ terminal: this, execution });
  }
}

/** Everything a test can set or read. */
export const fake = {
  trusted: true,
  shell: '/bin/bash',
  settings: new Map<string, unknown>(),
  workspaceFolder: undefined as string | undefined,
  documents: new Map<string, FakeDocument>(),
  activeDocument: undefined as FakeDocument | undefined,
  terminals: [] as FakeTerminal[],
  warnings: [] as string[],
  infos: [] as string[],
  /** Error notifications shown, and lines written to the log at info level. */
  errors: [] as string[],
  logged: [] as string[],
  quickPickChoice: (items: { label: string }[]) => items[0] as unknown,
  commands: new Map<string, (...args: unknown[]) => unknown>(),
  lensProviders: [] as { provideCodeLenses(doc: unknown, token: unknown): CodeLens[]; onDidChangeCodeLenses: (l: Listener<void>) => unknown }[],
  configChanged: new EventEmitter<{ affectsConfiguration(section: string): boolean }>(),
  shellIntegrationChanged: new EventEmitter<{ terminal: FakeTerminal; shellIntegration: unknown }>(),
  executionStarted: new EventEmitter<{ terminal: FakeTerminal; execution: unknown }>(),
  executionEnded: new EventEmitter<{ terminal: FakeTerminal; execution: unknown }>(),
  /** New terminals report shell integration right after they open. */
  integrateNewTerminals: false,
  /** Every `executeCommand` call, such as setContext. */
  executed: [] as unknown[][],
  /** Where each `withProgress` showed its work, in order. */
  progress: [] as unknown[],
  reset(): void {
    this.integrateNewTerminals = false;
    this.executed.length = 0;
    this.progress.length = 0;
    this.infos.length = 0;
    this.trusted = true;
    this.shell = '/bin/bash';
    this.settings.clear();
    this.workspaceFolder = undefined;
    this.documents.clear();
    this.activeDocument = undefined;
    this.terminals.length = 0;
    this.warnings.length = 0;
    this.infos.length = 0;
    this.errors.length = 0;
    this.logged.length = 0;
  },
  /** Adds a document the adapter can open by its path. */
  open(file: string, languageId: string, text: string): FakeDocument {
    const doc = new FakeDocument(Uri.file(file), languageId, text);
    this.documents.set(file, doc);
    return doc;
  },
};

const noop = { dispose: () => undefined };

/** What the Practice view's adapter asks for (test/unit/practice/practiceAdapter.test.ts). */
class RelativePattern { constructor(readonly base: unknown, readonly pattern: string) {} }

const vscodeApi = {
  EventEmitter, Uri, Range, CodeLens, RelativePattern,
  Disposable: class Disposable {
    constructor(private readonly onDispose: () => unknown) {}
    dispose(): void { this.onDispose(); }
    static from(...items: { dispose(): unknown }[]) { return { dispose: () => items.forEach((i) => i.dispose()) }; }
  },
  DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
  // convert.ts maps completion kinds when it loads; the numbers are VS Code's.
  CompletionItemKind: { Function: 2, Field: 4, Variable: 5, Property: 9, Keyword: 13, Reference: 17, EnumMember: 19 },
  MarkdownString: class {}, Hover: class {},
  ConfigurationTarget: { Global: 1 },
  TerminalShellExecutionCommandLineConfidence: { Low: 0, Medium: 1, High: 2 },
  env: { get shell() { return fake.shell; } },
  workspace: {
    get isTrusted() { return fake.trusted; },
    getConfiguration(section: string) {
      return { get: <T>(key: string, fallback?: T) => (fake.settings.has(`${section}.${key}`) ? fake.settings.get(`${section}.${key}`) as T : fallback) };
    },
    getWorkspaceFolder(uri: Uri) {
      const ws = fake.workspaceFolder;
      return ws && uri.fsPath.startsWith(ws + path.sep) ? { uri: Uri.file(ws) } : undefined;
    },
    async openTextDocument(uri: Uri) {
      const doc = fake.documents.get(uri.fsPath);
      if (!doc) throw new Error(`no such document ${uri.fsPath}`);
      return doc;
    },
    onDidChangeConfiguration: fake.configChanged.event,
    onDidGrantWorkspaceTrust: () => noop,
    onDidCloseTextDocument: () => noop,
    get workspaceFolders() { return fake.workspaceFolder ? [{ uri: Uri.file(fake.workspaceFolder) }] : undefined; },
    // The stand-in workspace holds no Dockerfile or compose file: practice falls back to the notes' names.
    async findFiles() { return []; },
    textDocuments: [],
  },
  window: {
    get terminals() { return fake.terminals; },
    get activeTextEditor() { return fake.activeDocument && { document: fake.activeDocument }; },
    createTerminal(options: { name: string; cwd: string }) {
      const t = new FakeTerminal(options.name, options);
      fake.terminals.push(t);
      if (fake.integrateNewTerminals) setTimeout(() => t.integrate(), 1);
      return t;
    },
    async showWarningMessage(message: string) { fake.warnings.push(message); return undefined; },
    async showInformationMessage(message: string) { fake.infos.push(message); return undefined; },
    async showErrorMessage(message: string) { fake.errors.push(message); return undefined; },
    async showQuickPick(items: { label: string }[]) { return fake.quickPickChoice(items); },
    createOutputChannel: () => ({
      error: (m: string) => { throw new Error(`adapter logged an error: ${m}`); },
      warn: (m: string) => { throw new Error(`adapter logged a warning: ${m}`); },
      info: (m: string) => { fake.logged.push(m); },
      dispose: () => undefined,
    }),
    onDidChangeTerminalState: () => noop,
    onDidChangeWindowState: () => noop,
    onDidChangeTextEditorVisibleRanges: () => noop,
    visibleTextEditors: [],
    onDidCloseTerminal: () => noop,
    onDidChangeTerminalShellIntegration: fake.shellIntegrationChanged.event,
    onDidStartTerminalShellExecution: fake.executionStarted.event,
    onDidEndTerminalShellExecution: fake.executionEnded.event,
    createTreeView: () => noop,
    withProgress<T>(options: { location: unknown }, task: (progress: { report(): void }) => Promise<T>): Promise<T> {
      fake.progress.push(options.location);
      return task({ report: () => undefined });
    },
  },
  languages: {
    registerCodeLensProvider(_selector: unknown, provider: (typeof fake.lensProviders)[number]) {
      fake.lensProviders.push(provider);
      return noop;
    },
  },
  commands: {
    registerCommand(id: string, fn: (...args: unknown[]) => unknown) {
      fake.commands.set(id, fn);
      return noop;
    },
    async executeCommand(...args: unknown[]) { fake.executed.push(args); return undefined; },
  },
};

const fakePath = path.join(__dirname, '__fake_vscode__.js');
const mod = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const original = mod._resolveFilename;

/**
 * Makes `require('vscode')` return the fake until `uninstallFakeVscode`. Called in a suite's `before()`, which
 * then requires the adapter modules it tests: installed when this file was imported, the hook was live while
 * mocha loaded every later test file (audit 4.7).
 */
export function installFakeVscode(): void {
  // Adapter modules another suite loaded against its own stand-in (activation.test.ts) must load again here.
  forgetAdapterModules();
  mod._resolveFilename = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? fakePath : original.call(this, request, ...rest);
  };
  const cached = new Module(fakePath);
  cached.filename = fakePath;
  cached.loaded = true;
  cached.exports = vscodeApi;
  require.cache[fakePath] = cached;
}

/**
 * Puts `require('vscode')` back and forgets every adapter module loaded against the fake, so later
 * test files (activation.test.ts has its own stand-in) load them afresh.
 */
export function uninstallFakeVscode(): void {
  mod._resolveFilename = original;
  delete require.cache[fakePath];
  forgetAdapterModules();
}

/** Drops the adapter modules (src/vscode, src/extension) from Node's cache, whichever `vscode` they were loaded against. */
function forgetAdapterModules(): void {
  const srcVscode = path.resolve(__dirname, '..', '..', '..', 'src');
  for (const key of Object.keys(require.cache)) {
    if (key.startsWith(path.join(srcVscode, 'vscode') + path.sep) || key === path.join(srcVscode, 'extension.js')) delete require.cache[key];
  }
}
