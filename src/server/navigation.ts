// SPDX-License-Identifier: MIT
// The navigation requests of the language server: document symbols, definition, references, highlights,
// prepareRename and rename, folding ranges and document links. Each converts its params, calls the same
// core Navigation the VS Code providers call, and converts the answer back.
import { pathToFileURL } from 'url';
import {
  DocumentHighlightKind, FoldingRangeKind, ResponseError, SymbolKind,
  type Connection, type DocumentSymbol, type ServerCapabilities,
} from 'vscode-languageserver';
import { documentServices, type Navigation, type OutlineSymbol } from '../core/index';
import { navigate, type CheckRunner, type NavigationAsk } from '../worker/checkWorker';
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

export interface NavigationHost {
  connection: Connection;
  /** The open document, or undefined when Docker Coach does not serve it. */
  document(uri: string): CoachDocument | undefined;
  /** True when the document is past the size limit (the client is told once). */
  tooLarge(doc: CoachDocument, uri: string): boolean;
  guard<T>(what: string, fn: () => T, fallback: T): T;
  /** The worker that answers for a large document (see answersInWorker), or undefined to answer here. */
  worker(doc: CoachDocument, uri: string): CheckRunner | undefined;
  /** Logs a failure that `guard` could not catch: one in the worker. */
  logFailure(what: string, err: unknown): void;
}

/** Wires the navigation requests to the connection. */
export function listenForNavigation(host: NavigationHost): void {
  const { connection } = host;
  /**
   * Asks the core's Navigation about the document and converts the answer, or answers `fallback`. A large
   * document is asked in the worker, since the first answer parses it whole, as its hovers are.
   */
  const withNav = <A extends NavigationAsk, T>(what: string, uri: string, question: A | ((doc: CoachDocument) => A), convert: (answer: ReturnType<Navigation[A['method']]>, doc: CoachDocument) => T, fallback: T): T | Promise<T> => {
    const doc = host.document(uri);
    const nav = doc && documentServices[doc.kind].navigation;
    if (!doc || !nav || host.tooLarge(doc, uri)) return fallback;
    const where = `${what} in ${uri}`;
    const ask = typeof question === 'function' ? question(doc) : question;
    const worker = host.worker(doc, uri);
    if (!worker) return host.guard(where, () => convert(navigate(nav, doc.text, ask), doc), fallback);
    return worker.navigate(doc.kind, doc.text, ask).then(answer => host.guard(where, () => convert(answer, doc), fallback), (err: unknown) => {
      host.logFailure(where, err);
      return fallback;
    });
  };
  const same = <T>(answer: T) => answer;

  connection.onDocumentSymbol(p => withNav('outline', p.textDocument.uri, { method: 'symbols' }, symbols => symbols.map(toLspSymbol), []));
  connection.onDefinition(p => withNav('definition', p.textDocument.uri, { method: 'definition', position: p.position }, (ranges, doc) => ranges.map(r => ({ uri: doc.uri, range: toLspRange(r) })), []));
  connection.onReferences(p => withNav('references', p.textDocument.uri, { method: 'references', position: p.position, includeDeclaration: p.context.includeDeclaration }, (ranges, doc) => ranges.map(r => ({ uri: doc.uri, range: toLspRange(r) })), []));
  connection.onDocumentHighlight(p => withNav('highlights', p.textDocument.uri, { method: 'highlights', position: p.position }, highlights => highlights
    .map(h => ({ range: toLspRange(h.range), kind: h.write ? DocumentHighlightKind.Write : DocumentHighlightKind.Read })), []));
  connection.onPrepareRename(async p => {
    const answer = await withNav('prepare rename', p.textDocument.uri, { method: 'prepareRename', position: p.position }, same, undefined);
    if (!answer) return null;
    // An error response carries the reason to the client, which shows it (a null result would say nothing).
    if ('refused' in answer) return new ResponseError(-32803 /* RequestFailed */, answer.refused);
    return { range: toLspRange(answer.range), placeholder: answer.placeholder };
  });
  connection.onRenameRequest(async p => {
    const answer = await withNav('rename', p.textDocument.uri, { method: 'rename', position: p.position, newName: p.newName }, same, undefined);
    if (!answer) return null;
    if ('refused' in answer) return new ResponseError(-32803, answer.refused);
    return { changes: { [p.textDocument.uri]: answer.edits.map(e => ({ range: toLspRange(e.range), newText: e.newText })) } };
  });
  connection.onFoldingRanges(p => withNav('folding', p.textDocument.uri, { method: 'folding' }, folds => folds
    .map(f => ({ startLine: f.startLine, endLine: f.endLine, kind: f.kind === 'comment' ? FoldingRangeKind.Comment : undefined })), []));
  connection.onDocumentLinks(p => withNav('links', p.textDocument.uri, doc => ({ method: 'links' as const, file: doc.file }), links => links
    .map(l => ({ range: toLspRange(l.range), target: l.kind === 'url' ? l.target : pathToFileURL(l.target).toString() })), []));
}
