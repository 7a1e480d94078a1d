// SPDX-License-Identifier: MIT
// Outline, go to definition, references, highlights, rename, folding and links for Dockerfiles and
// compose files: each provider converts types and calls the core's Navigation for the document's kind.
import * as vscode from 'vscode';
import { documentServices, type DocumentKind, type DocumentLink as DocumentLinkInfo, type FileContext, type Navigation, type OutlineSymbol } from '../core/index';
import { navigate, type NavigationAsk } from '../worker/checkWorker';
import { fromVsPosition, toVsRange } from './convert';
import { documentTextSoon } from './documentText';
import { isLargeDocument, maxFileCharsFor } from './largeFiles';
import { composeSelector, dockerfileSelector } from './selectors';
import { mapInTurns, mapTreeInTurns } from './inTurns';
import { answerFrom } from './workerZone';

const symbolKinds: Record<OutlineSymbol['kind'], vscode.SymbolKind> = {
  stage: vscode.SymbolKind.Class,
  instruction: vscode.SymbolKind.Function,
  section: vscode.SymbolKind.Namespace,
  service: vscode.SymbolKind.Class,
  entry: vscode.SymbolKind.Field,
  key: vscode.SymbolKind.Property,
};

/**
 * How many items a turn makes into VS Code's objects. Each costs 10–20 µs on a slow machine (VS Code checks
 * every symbol's ranges, and parses every link's target): 2,000 per turn held the thread 35–50 ms in the
 * host test's 1.9 MB compose file, whose outline and links reach their caps of 5,000 (navigation/caps.ts).
 */
const NAVIGATION_PER_TURN = 500;

/** One symbol without its children: `mapTreeInTurns` adds them, a slice per turn. */
function toVsSymbol(s: OutlineSymbol): vscode.DocumentSymbol {
  return new vscode.DocumentSymbol(s.name || ' ', s.detail ?? '', symbolKinds[s.kind], toVsRange(s.range), toVsRange(s.selectionRange));
}

function toVsLink(l: DocumentLinkInfo): vscode.DocumentLink {
  const link = new vscode.DocumentLink(toVsRange(l.range), l.kind === 'url' ? vscode.Uri.parse(l.target) : vscode.Uri.file(l.target));
  link.tooltip = l.kind === 'url' ? 'Open the image page' : l.kind === 'folder' ? 'Reveal the folder' : 'Open the file';
  return link;
}

function fileOf(doc: vscode.TextDocument): FileContext | undefined {
  if (doc.uri.scheme !== 'file') return undefined;
  return { path: doc.uri.fsPath, workspaceFolder: vscode.workspace.getWorkspaceFolder(doc.uri)?.uri.fsPath };
}

class NavigationProvider implements vscode.DocumentSymbolProvider, vscode.DefinitionProvider, vscode.ReferenceProvider,
  vscode.DocumentHighlightProvider, vscode.RenameProvider, vscode.FoldingRangeProvider, vscode.DocumentLinkProvider {
  /** `navigation` is asked for at each call: the core loads on the first request, not at activation. */
  constructor(private readonly name: string, private readonly kind: DocumentKind, private readonly navigation: () => Navigation) {}

  /**
   * Asks the core's Navigation about the document and converts the answer; `fallback` past the size limit.
   * A large file is asked in the worker thread, since the first answer parses it whole. A long answer is
   * converted in turns (`mapInTurns`): the outline of a 1.9 MB compose file took 40 ms in one (issue 29).
   */
  private async run<A extends NavigationAsk, T>(what: string, doc: vscode.TextDocument, ask: A, convert: (answer: ReturnType<Navigation[A['method']]>) => T | Promise<T>, fallback: T): Promise<T> {
    if (isLargeDocument(doc)) return fallback;
    const where = `${this.name} ${what} in ${doc.uri.toString()}`;
    const text = await documentTextSoon(doc);
    if (text === undefined) return fallback; // edited meanwhile: the editor asks again
    return answerFrom(doc.uri, this.kind, text, maxFileCharsFor(doc.uri), where, fallback, {
      inWorker: async worker => await convert(await worker.navigate(this.kind, text, ask)),
      here: () => convert(navigate(this.navigation(), text, ask)),
    });
  }

  provideDocumentSymbols(doc: vscode.TextDocument, token: vscode.CancellationToken): vscode.ProviderResult<vscode.DocumentSymbol[]> {
    return this.run('outline', doc, { method: 'symbols' }, symbols => mapTreeInTurns(symbols, toVsSymbol, (parent, child) => parent.children.push(child), token, NAVIGATION_PER_TURN), []);
  }

  provideDefinition(doc: vscode.TextDocument, pos: vscode.Position, token: vscode.CancellationToken): vscode.ProviderResult<vscode.Location[]> {
    return this.run('definition', doc, { method: 'definition', position: fromVsPosition(pos) }, ranges => mapInTurns(ranges, r => new vscode.Location(doc.uri, toVsRange(r)), token, NAVIGATION_PER_TURN), []);
  }

  provideReferences(doc: vscode.TextDocument, pos: vscode.Position, context: vscode.ReferenceContext, token: vscode.CancellationToken): vscode.ProviderResult<vscode.Location[]> {
    return this.run('references', doc, { method: 'references', position: fromVsPosition(pos), includeDeclaration: context.includeDeclaration },
      ranges => mapInTurns(ranges, r => new vscode.Location(doc.uri, toVsRange(r)), token, NAVIGATION_PER_TURN), []);
  }

  provideDocumentHighlights(doc: vscode.TextDocument, pos: vscode.Position, token: vscode.CancellationToken): vscode.ProviderResult<vscode.DocumentHighlight[]> {
    return this.run('highlights', doc, { method: 'highlights', position: fromVsPosition(pos) }, highlights => mapInTurns(highlights,
      h => new vscode.DocumentHighlight(toVsRange(h.range), h.write ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Read), token, NAVIGATION_PER_TURN), []);
  }

  async prepareRename(doc: vscode.TextDocument, pos: vscode.Position): Promise<{ range: vscode.Range; placeholder: string }> {
    const answer = await this.run('prepare rename', doc, { method: 'prepareRename', position: fromVsPosition(pos) }, a => a, { refused: 'This file is past Docker Coach\'s size limit.' });
    // VS Code shows the message of the error thrown here as the reason the rename cannot start.
    if ('refused' in answer) throw new Error(answer.refused);
    return { range: toVsRange(answer.range), placeholder: answer.placeholder };
  }

  async provideRenameEdits(doc: vscode.TextDocument, pos: vscode.Position, newName: string): Promise<vscode.WorkspaceEdit> {
    const answer = await this.run('rename', doc, { method: 'rename', position: fromVsPosition(pos), newName }, a => a, { refused: 'This file is past Docker Coach\'s size limit.' });
    if ('refused' in answer) throw new Error(answer.refused);
    const edit = new vscode.WorkspaceEdit();
    for (const e of answer.edits) edit.replace(doc.uri, toVsRange(e.range), e.newText);
    return edit;
  }

  provideFoldingRanges(doc: vscode.TextDocument, _context: vscode.FoldingContext, token: vscode.CancellationToken): vscode.ProviderResult<vscode.FoldingRange[]> {
    return this.run('folding', doc, { method: 'folding' }, folds => mapInTurns(folds,
      f => new vscode.FoldingRange(f.startLine, f.endLine, f.kind === 'comment' ? vscode.FoldingRangeKind.Comment : undefined), token, NAVIGATION_PER_TURN), []);
  }

  provideDocumentLinks(doc: vscode.TextDocument, token: vscode.CancellationToken): vscode.ProviderResult<vscode.DocumentLink[]> {
    return this.run('links', doc, { method: 'links', file: fileOf(doc) }, links => mapInTurns(links, toVsLink, token, NAVIGATION_PER_TURN), []);
  }
}

/** Registers the navigation providers for Dockerfiles and compose files, with the selectors hovers use. */
export function registerNavigation(context: vscode.ExtensionContext): void {
  const kinds = [
    { name: 'Dockerfile', selector: dockerfileSelector, kind: 'dockerfile' as const, nav: () => documentServices.dockerfile.navigation! },
    { name: 'Compose', selector: composeSelector, kind: 'compose' as const, nav: () => documentServices.compose.navigation! },
  ];
  for (const { name, selector, kind, nav } of kinds) {
    const p = new NavigationProvider(name, kind, nav);
    context.subscriptions.push(
      vscode.languages.registerDocumentSymbolProvider(selector, p, { label: 'Docker Coach' }),
      vscode.languages.registerDefinitionProvider(selector, p),
      vscode.languages.registerReferenceProvider(selector, p),
      vscode.languages.registerDocumentHighlightProvider(selector, p),
      vscode.languages.registerRenameProvider(selector, p),
      vscode.languages.registerFoldingRangeProvider(selector, p),
      vscode.languages.registerDocumentLinkProvider(selector, p),
    );
  }
}
