// SPDX-License-Identifier: MIT
// Outline, go to definition, references, highlights, rename, folding and links for Dockerfiles and
// compose files: each provider converts types and calls the core's Navigation for the document's kind.
import * as fs from 'fs';
import * as vscode from 'vscode';
import { documentServices, type FileContext, type Navigation, type OutlineSymbol, type PathKind } from '../core/index';
import { fromVsPosition, toVsRange } from './convert';
import { documentText } from './documentText';
import { isLargeDocument } from './largeFiles';
import { guard } from './log';
import { composeSelector, dockerfileSelector } from './selectors';

const symbolKinds: Record<OutlineSymbol['kind'], vscode.SymbolKind> = {
  stage: vscode.SymbolKind.Class,
  instruction: vscode.SymbolKind.Function,
  section: vscode.SymbolKind.Namespace,
  service: vscode.SymbolKind.Class,
  entry: vscode.SymbolKind.Field,
  key: vscode.SymbolKind.Property,
};

function toVsSymbol(s: OutlineSymbol): vscode.DocumentSymbol {
  const symbol = new vscode.DocumentSymbol(s.name || ' ', s.detail ?? '', symbolKinds[s.kind], toVsRange(s.range), toVsRange(s.selectionRange));
  symbol.children = s.children.map(toVsSymbol);
  return symbol;
}

/** What exists on disk at a path, for links: a link is offered only to a file or folder that is there. */
function pathKindOnDisk(p: string): PathKind | undefined {
  try {
    const stat = fs.statSync(p);
    return stat.isDirectory() ? 'directory' : stat.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

function fileOf(doc: vscode.TextDocument): FileContext | undefined {
  if (doc.uri.scheme !== 'file') return undefined;
  return { path: doc.uri.fsPath, workspaceFolder: vscode.workspace.getWorkspaceFolder(doc.uri)?.uri.fsPath };
}

class NavigationProvider implements vscode.DocumentSymbolProvider, vscode.DefinitionProvider, vscode.ReferenceProvider,
  vscode.DocumentHighlightProvider, vscode.RenameProvider, vscode.FoldingRangeProvider, vscode.DocumentLinkProvider {
  /** `navigation` is asked for at each call: the core loads on the first request, not at activation. */
  constructor(private readonly name: string, private readonly navigation: () => Navigation) {}

  private get nav(): Navigation { return this.navigation(); }

  /** Runs `fn` on the document's text, unless the document is past the size limit (then `fallback`). */
  private run<T>(what: string, doc: vscode.TextDocument, fn: (text: string) => T, fallback: T): T {
    if (isLargeDocument(doc)) return fallback;
    return guard(`${this.name} ${what} in ${doc.uri.toString()}`, () => fn(documentText(doc)), fallback);
  }

  provideDocumentSymbols(doc: vscode.TextDocument): vscode.DocumentSymbol[] {
    return this.run('outline', doc, text => this.nav.symbols(text).map(toVsSymbol), []);
  }

  provideDefinition(doc: vscode.TextDocument, pos: vscode.Position): vscode.Location[] {
    return this.run('definition', doc, text => this.nav.definition(text, fromVsPosition(pos)).map(r => new vscode.Location(doc.uri, toVsRange(r))), []);
  }

  provideReferences(doc: vscode.TextDocument, pos: vscode.Position, context: vscode.ReferenceContext): vscode.Location[] {
    return this.run('references', doc, text => this.nav.references(text, fromVsPosition(pos), context.includeDeclaration).map(r => new vscode.Location(doc.uri, toVsRange(r))), []);
  }

  provideDocumentHighlights(doc: vscode.TextDocument, pos: vscode.Position): vscode.DocumentHighlight[] {
    return this.run('highlights', doc, text => this.nav.highlights(text, fromVsPosition(pos))
      .map(h => new vscode.DocumentHighlight(toVsRange(h.range), h.write ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Read)), []);
  }

  prepareRename(doc: vscode.TextDocument, pos: vscode.Position): { range: vscode.Range; placeholder: string } {
    const answer = this.run('prepare rename', doc, text => this.nav.prepareRename(text, fromVsPosition(pos)), { refused: 'This file is past Docker Coach\'s size limit.' });
    // VS Code shows the message of the error thrown here as the reason the rename cannot start.
    if ('refused' in answer) throw new Error(answer.refused);
    return { range: toVsRange(answer.range), placeholder: answer.placeholder };
  }

  provideRenameEdits(doc: vscode.TextDocument, pos: vscode.Position, newName: string): vscode.WorkspaceEdit {
    const answer = this.run('rename', doc, text => this.nav.rename(text, fromVsPosition(pos), newName), { refused: 'This file is past Docker Coach\'s size limit.' });
    if ('refused' in answer) throw new Error(answer.refused);
    const edit = new vscode.WorkspaceEdit();
    for (const e of answer.edits) edit.replace(doc.uri, toVsRange(e.range), e.newText);
    return edit;
  }

  provideFoldingRanges(doc: vscode.TextDocument): vscode.FoldingRange[] {
    return this.run('folding', doc, text => this.nav.folding(text).map(f => new vscode.FoldingRange(f.startLine, f.endLine, f.kind === 'comment' ? vscode.FoldingRangeKind.Comment : undefined)), []);
  }

  provideDocumentLinks(doc: vscode.TextDocument): vscode.DocumentLink[] {
    return this.run('links', doc, text => this.nav.links(text, { file: fileOf(doc), pathKind: pathKindOnDisk }).map(l => {
      const link = new vscode.DocumentLink(toVsRange(l.range), l.kind === 'url' ? vscode.Uri.parse(l.target) : vscode.Uri.file(l.target));
      link.tooltip = l.kind === 'url' ? 'Open the image page' : l.kind === 'folder' ? 'Reveal the folder' : 'Open the file';
      return link;
    }), []);
  }
}

/** Registers the navigation providers for Dockerfiles and compose files, with the selectors hovers use. */
export function registerNavigation(context: vscode.ExtensionContext): void {
  const kinds = [
    { name: 'Dockerfile', selector: dockerfileSelector, nav: () => documentServices.dockerfile.navigation! },
    { name: 'Compose', selector: composeSelector, nav: () => documentServices.compose.navigation! },
  ];
  for (const { name, selector, nav } of kinds) {
    const p = new NavigationProvider(name, nav);
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
