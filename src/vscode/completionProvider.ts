// SPDX-License-Identifier: MIT
// Completion providers: convert types, call the core, hand the documentation over only when VS Code asks
// for it (resolveCompletionItem), so a list of 100 compose keys sends no markdown until one is selected.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { cliTablesSteps, documentServices, fromImageInProgress, mayWantNetwork, type Complete, type CompletionItem, type CompletionOptions, type DocumentKind, type FolderEntry } from '../core/index';
// The trigger characters from their own table: providers register at activation, before the core loads (esbuild.mjs).
import { completionTriggers } from '../core/completion/triggers';
import { fromVsPosition, toVsCompletionItem } from './convert';
import { actionSettingsFor } from './codeLensProvider';
import { workspaceComposeNetworks } from './composeNetworkSource';
import { documentText, documentTextSoon } from './documentText';
import { localImages } from './engineState';
import { isLargeDocument, maxFileCharsFor } from './largeFiles';
import { stepsInTurns } from './inTurns';
import { guard } from './log';
import { composeSelector, dockerfileSelector, local } from './selectors';
import { answerFrom } from './workerZone';

const completers: { name: string; selector: vscode.DocumentSelector; kind: DocumentKind }[] = [
  { name: 'Dockerfile', selector: dockerfileSelector, kind: 'dockerfile' },
  { name: 'Compose', selector: composeSelector, kind: 'compose' },
  { name: 'Shell', selector: local('shellscript', 'makefile'), kind: 'shell' },
  { name: 'Markdown', selector: local('markdown'), kind: 'markdown' },
];

/** Past this many entries a folder is not read further (a node_modules is typed, not picked). */
const maxFolderEntries = 500;

/** Lists folders relative to `base` for path completions; the core asks only on a line that takes a path. */
function folderLister(base: string): (relative: string) => FolderEntry[] | undefined {
  return (relative) => {
    let dir: fs.Dir | undefined;
    try {
      dir = fs.opendirSync(path.resolve(base, relative));
      const entries: FolderEntry[] = [];
      for (let e = dir.readSync(); e && entries.length < maxFolderEntries; e = dir.readSync()) entries.push({ name: e.name, folder: e.isDirectory() });
      return entries;
    } catch {
      return undefined;
    } finally {
      try { dir?.closeSync(); } catch { /* already closed */ }
    }
  };
}

/** VS Code's item with the core item it came from, for resolveCompletionItem. */
type CoachItem = vscode.CompletionItem & { coach?: CompletionItem };

/** The item without its documentation, which waits for resolveCompletionItem. */
function toCoachItem(item: CompletionItem): CoachItem {
  const vs: CoachItem = toVsCompletionItem(item, false);
  vs.coach = item;
  return vs;
}

class CoachCompletionProvider implements vscode.CompletionItemProvider<CoachItem> {
  private readonly complete: Complete;

  constructor(private readonly name: string, private readonly kind: DocumentKind, private readonly context: vscode.ExtensionContext) {
    this.complete = (text, position, options) => documentServices[kind].complete(text, position, options);
  }

  provideCompletionItems(doc: vscode.TextDocument, pos: vscode.Position, token: vscode.CancellationToken): vscode.CompletionList<CoachItem> | CoachItem[] | undefined | Promise<vscode.CompletionList<CoachItem> | CoachItem[] | undefined> {
    if (token.isCancellationRequested) return undefined;
    if (!vscode.workspace.getConfiguration('dockerCoach', doc.uri).get<boolean>('completion.enabled', true)) return undefined;
    if (isLargeDocument(doc)) return undefined;
    // Shell lines that may want a network name wait for the compose files' networks (read once, cached).
    if ((this.name === 'Shell' || this.name === 'Markdown') && mayWantNetwork(doc.lineAt(pos.line).text.slice(0, pos.character))) {
      return workspaceComposeNetworks(this.context).then(async networks => {
        await this.cliTablesLoaded();
        return token.isCancellationRequested ? undefined : this.items(doc, pos, { composeNetworks: networks });
      });
    }
    const facts = this.engineFacts(doc, pos);
    return documentTextSoon(doc).then(async text => {
      if (text === undefined || token.isCancellationRequested) return undefined;
      const maxFileChars = maxFileCharsFor(doc.uri);
      const position = fromVsPosition(pos);
      // A large file's completions may parse it whole: the worker works them out, as the language server's does.
      const items = await answerFrom(doc.uri, this.kind, text, maxFileChars, `${this.name} completion at ${doc.uri.toString()}:${pos.line + 1}:${pos.character + 1}`, undefined, {
        inWorker: async worker => (await worker.complete(this.kind, text, position, { uri: doc.uri.toString(), maxFileChars, localImages: facts.localImages })).map(toCoachItem),
        here: async () => {
          await this.cliTablesLoaded();
          return this.complete(text, position, { maxFileChars, ...facts }).map(toCoachItem);
        },
      });
      return token.isCancellationRequested ? undefined : this.listed(doc, pos, items);
    });
  }

  /** Scripts and markdown complete from the CLI tables: the first time, they load a step per turn (issue 29). */
  private async cliTablesLoaded(): Promise<void> {
    if (this.kind === 'shell' || this.kind === 'markdown') await stepsInTurns(cliTablesSteps());
  }

  /** The image word of a FROM line is asked again at each keystroke (see fromImageInProgress). */
  private listed(doc: vscode.TextDocument, pos: vscode.Position, items: CoachItem[] | undefined): vscode.CompletionList<CoachItem> | CoachItem[] | undefined {
    if (items && this.name === 'Dockerfile' && fromImageInProgress(doc.lineAt(pos.line).text.slice(0, pos.character))) return new vscode.CompletionList(items, true);
    return items;
  }

  private items(doc: vscode.TextDocument, pos: vscode.Position, facts: CompletionOptions): CoachItem[] | undefined {
    return guard(`${this.name} completion at ${doc.uri.toString()}:${pos.line + 1}:${pos.character + 1}`, () =>
      this.complete(documentText(doc), fromVsPosition(pos), { maxFileChars: maxFileCharsFor(doc.uri), ...facts }).map(toCoachItem), undefined);
  }

  /** For Dockerfiles, the images the engine listed (for `FROM `); the list is asked in the background. */
  private engineFacts(doc: vscode.TextDocument, pos: vscode.Position): Pick<CompletionOptions, 'localImages' | 'listFolder'> {
    if (this.name !== 'Dockerfile' && this.name !== 'Compose') return {};
    const listFolder = doc.uri.scheme === 'file' ? folderLister(path.dirname(doc.uri.fsPath)) : undefined;
    // Only a FROM line needs the images: other lines never make docker run.
    if (this.name !== 'Dockerfile' || !/^\s*FROM\s/i.test(doc.lineAt(pos.line).text)) return { listFolder };
    const dockerPath = actionSettingsFor(doc.uri).dockerPath?.trim() || 'docker';
    return { localImages: localImages(dockerPath), listFolder };
  }

  resolveCompletionItem(item: CoachItem): CoachItem {
    if (item.coach) item.documentation = toVsCompletionItem(item.coach, true).documentation;
    return item;
  }
}

/** Registers one completion provider per language, with the trigger characters that fit it. */
export function registerCompletions(context: vscode.ExtensionContext): void {
  for (const c of completers) {
    context.subscriptions.push(vscode.languages.registerCompletionItemProvider(c.selector, new CoachCompletionProvider(c.name, c.kind, context), ...completionTriggers[c.kind]));
  }
}
