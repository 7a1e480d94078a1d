// SPDX-License-Identifier: MIT
// The size limit (`dockerCoach.maxFileSizeKB`): past it the core explains keywords only and offers no
// lenses or problems; the status bar says so once per file, so the quiet is never a mystery.
import * as vscode from 'vscode';
import { isTooLarge, maxFileCharsFrom } from '../core/index';

const told = new Set<string>();

/** The limit for a document, in characters. */
export function maxFileCharsFor(uri: vscode.Uri): number {
  const c = vscode.workspace.getConfiguration('dockerCoach', uri);
  return maxFileCharsFrom(key => c.get(key));
}

/** True when the document is past the limit; the first time for each file, the status bar says what that means. */
export function checkLargeFile(doc: vscode.TextDocument, text: string): boolean {
  const max = maxFileCharsFor(doc.uri);
  if (!isTooLarge(text, max)) return false;
  const key = doc.uri.toString();
  if (!told.has(key)) {
    told.add(key);
    vscode.window.setStatusBarMessage(`$(info) Docker Coach: ${vscode.workspace.asRelativePath(doc.uri)} is over ${Math.round(max / 1024)} KB, so it gets keyword hovers only (dockerCoach.maxFileSizeKB)`, 15000);
  }
  return true;
}
