// SPDX-License-Identifier: MIT
// The size limit (`dockerCoach.maxFileSizeKB`): past it the core explains keywords only and offers no
// lenses or problems; the status bar says so once per file, so the quiet is never a mystery.
// A document past the limit is never copied into one string: its length comes from VS Code's own line
// table, and keyword hovers read its lines one at a time. Copying 5 MB on every keystroke held the
// extension host for 40 to 80 ms (test/integration/largeFiles.test.ts measures it).
import * as vscode from 'vscode';
import { maxFileCharsFrom, type Lines } from '../core/index';
import { documentLength } from './documentText';

const told = new Set<string>();

/** The limit for a document, in characters. */
export function maxFileCharsFor(uri: vscode.Uri): number {
  const c = vscode.workspace.getConfiguration('dockerCoach', uri);
  return maxFileCharsFrom(key => c.get(key)); // the same reading of the setting as the language server's
}

/** True when the document is past the limit; the first time for each file, the status bar says what that means. */
export function checkLargeFile(doc: vscode.TextDocument): boolean {
  const max = maxFileCharsFor(doc.uri);
  if (documentLength(doc) <= max) return false;
  const key = doc.uri.toString();
  if (!told.has(key)) {
    told.add(key);
    vscode.window.setStatusBarMessage(`$(info) Docker Coach: ${vscode.workspace.asRelativePath(doc.uri)} is over ${Math.round(max / 1024)} KB, so it gets keyword hovers only (dockerCoach.maxFileSizeKB)`, 15000);
  }
  return true;
}

/** True when the document is past the limit, without telling anyone (for work that runs unasked). */
export function isLargeDocument(doc: vscode.TextDocument): boolean {
  return documentLength(doc) > maxFileCharsFor(doc.uri);
}

/** The document's lines as the core reads them, one at a time. */
export function documentLines(doc: vscode.TextDocument): Lines {
  const kept = linesKept.get(doc);
  if (kept?.version === doc.version) return kept.lines;
  const lines: Lines = { lineCount: doc.lineCount, lineText: (line) => (line >= 0 && line < doc.lineCount ? doc.lineAt(line).text : '') };
  linesKept.set(doc, { version: doc.version, lines });
  return lines;
}

/** One `Lines` per document version: the core keeps what it learnt of a version's lines by that object. */
const linesKept = new WeakMap<vscode.TextDocument, { version: number; lines: Lines }>();
