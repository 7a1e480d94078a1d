// SPDX-License-Identifier: MIT
// An open document as the core sees it: its kind, its text at this version, and where it is on disk.
import * as path from 'path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { documentKindOf, type DocumentKind, type FileContext } from '../core/index';
import { pathOf } from '../worker/folderLister';

export interface CoachDocument {
  uri: string;
  version: number;
  kind: DocumentKind;
  /** The same string object for as long as the version is unchanged, so the core's parse cache hits. */
  text: string;
  /** Absent for documents that are not files (untitled buffers): they get hovers, not lenses. */
  file?: FileContext;
}

/** Where a file is, and the innermost workspace folder holding it. */
export function fileContextOf(filePath: string, folders: readonly string[]): FileContext {
  const holding = folders
    .filter(f => { const rel = path.relative(f, filePath); return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel); })
    .sort((a, b) => b.length - a.length)[0];
  return { path: filePath, workspaceFolder: holding };
}

/** The document as the core sees it, or undefined when Docker Coach has nothing for it. */
export function coachDocumentOf(doc: TextDocument, folders: readonly string[]): CoachDocument | undefined {
  const filePath = pathOf(doc.uri);
  const kind = documentKindOf(doc.languageId, filePath ?? doc.uri);
  if (!kind) return undefined;
  return { uri: doc.uri, version: doc.version, kind, text: doc.getText(), file: filePath === undefined ? undefined : fileContextOf(filePath, folders) };
}
