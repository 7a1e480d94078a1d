// SPDX-License-Identifier: MIT
// The navigation requests of the language server: document symbols, definition, references, highlights,
// prepareRename and rename, folding ranges and document links. Each converts its params, calls the same
// core Navigation the VS Code providers call, and converts the answer back.
import { statSync } from 'fs';
import { pathToFileURL } from 'url';
import {
  DocumentHighlightKind, FoldingRangeKind, ResponseError, SymbolKind,
  type Connection, type DocumentSymbol, type ServerCapabilities,
} from 'vscode-languageserver';
import { documentServices, type Navigation, type OutlineSymbol, type PathKind } from '../core/index';
import type { CoachDocument } from './coachDocument';
import { toLspRange } from './convert';

/** What `initialize` announces for these requests. */
export const navigationCapabilities: ServerCapabilities = {
  documentSymbolProvider: { label: 'Docker Coach' },
  definitionProvider: true,
  referencesProvider: true,
  documentHighlightProvider: true,
  renameProvider: { prepareProvider: true },
  foldingRangeProvider: true,
  documentLinkProvider: { resolveProvider: false },
};

const symbolKinds: Record<OutlineSymbol['kind'], SymbolKind> = {
  stage: SymbolKind.Class, instruction: SymbolKind.Function, section: SymbolKind.Namespace, service: SymbolKind.Class, entry: SymbolKind.Field, key: SymbolKind.Property,
};

function toLspSymbol(s: OutlineSymbol): DocumentSymbol {
  return { name: s.name || ' ', detail: s.detail, kind: symbolKinds[s.kind], range: toLspRange(s.range), selectionRange: toLspRange(s.selectionRange), children: s.children.map(toLspSymbol) };
}

function pathKindOnDisk(p: string): PathKind | undefined {
  try {
    const stat = statSync(p);
    return stat.isDirectory() ? 'directory' : stat.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

export interface NavigationHost {
  connection: Connection;
  /** The open document, or undefined when Docker Coach does not serve it. */
  document(uri: string): CoachDocument | undefined;
  /** True when the document is past the size limit (the client is told once). */
  tooLarge(doc: CoachDocument, uri: string): boolean;
  guard<T>(what: string, fn: () => T, fallback: T): T;
}

/** Wires the navigation requests to the connection. */
export function listenForNavigation(host: NavigationHost): void {
  const { connection } = host;
  /** Runs `fn` with the document's navigation and text, or answers `fallback`. */
  const withNav = <T>(what: string, uri: string, fn: (nav: Navigation, doc: CoachDocument) => T, fallback: T): T => {
    const doc = host.document(uri);
    const nav = doc && documentServices[doc.kind].navigation;
    if (!doc || !nav || host.tooLarge(doc, uri)) return fallback;
    return host.guard(`${what} in ${uri}`, () => fn(nav, doc), fallback);
  };

  connection.onDocumentSymbol(p => withNav('outline', p.textDocument.uri, (nav, doc) => nav.symbols(doc.text).map(toLspSymbol), []));
  connection.onDefinition(p => withNav('definition', p.textDocument.uri, (nav, doc) => nav.definition(doc.text, p.position).map(r => ({ uri: doc.uri, range: toLspRange(r) })), []));
  connection.onReferences(p => withNav('references', p.textDocument.uri, (nav, doc) => nav.references(doc.text, p.position, p.context.includeDeclaration).map(r => ({ uri: doc.uri, range: toLspRange(r) })), []));
  connection.onDocumentHighlight(p => withNav('highlights', p.textDocument.uri, (nav, doc) => nav.highlights(doc.text, p.position)
    .map(h => ({ range: toLspRange(h.range), kind: h.write ? DocumentHighlightKind.Write : DocumentHighlightKind.Read })), []));
  connection.onPrepareRename(p => {
    const answer = withNav('prepare rename', p.textDocument.uri, (nav, doc) => nav.prepareRename(doc.text, p.position), undefined);
    if (!answer) return null;
    // An error response carries the reason to the client, which shows it (a null result would say nothing).
    if ('refused' in answer) return new ResponseError(-32803 /* RequestFailed */, answer.refused);
    return { range: toLspRange(answer.range), placeholder: answer.placeholder };
  });
  connection.onRenameRequest(p => {
    const answer = withNav('rename', p.textDocument.uri, (nav, doc) => nav.rename(doc.text, p.position, p.newName), undefined);
    if (!answer) return null;
    if ('refused' in answer) return new ResponseError(-32803, answer.refused);
    return { changes: { [p.textDocument.uri]: answer.edits.map(e => ({ range: toLspRange(e.range), newText: e.newText })) } };
  });
  connection.onFoldingRanges(p => withNav('folding', p.textDocument.uri, (nav, doc) => nav.folding(doc.text)
    .map(f => ({ startLine: f.startLine, endLine: f.endLine, kind: f.kind === 'comment' ? FoldingRangeKind.Comment : undefined })), []));
  connection.onDocumentLinks(p => withNav('links', p.textDocument.uri, (nav, doc) => nav.links(doc.text, { file: doc.file, pathKind: pathKindOnDisk })
    .map(l => ({ range: toLspRange(l.range), target: l.kind === 'url' ? l.target : pathToFileURL(l.target).toString() })), []));
}
