// SPDX-License-Identifier: MIT
// Hands the core the same string object for as long as a document's version is unchanged, so the
// core's parse cache hits on identity instead of copying and hashing the whole text on every hover.
import type * as vscode from 'vscode';

const seen = new WeakMap<vscode.TextDocument, { version: number; text: string }>();

/** The document's text, reused while its version stays the same. */
export function documentText(doc: vscode.TextDocument): string {
  const hit = seen.get(doc);
  if (hit && hit.version === doc.version) return hit.text;
  const text = doc.getText();
  seen.set(doc, { version: doc.version, text });
  return text;
}
