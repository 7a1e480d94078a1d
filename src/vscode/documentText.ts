// SPDX-License-Identifier: MIT
// Hands the core the same string object for as long as a document's version is unchanged, so the
// core's parse cache hits on identity instead of copying and hashing the whole text on every hover.
import type * as vscode from 'vscode';

const seen = new WeakMap<vscode.TextDocument, { version: number; text: string }>();
let largestCopied = 0;

/** The longest document copied into one string since the last reset, in characters (read by tests). */
export function largestCopiedChars(reset = false): number {
  const value = largestCopied;
  if (reset) largestCopied = 0;
  return value;
}

/** The document's text, reused while its version stays the same. */
export function documentText(doc: vscode.TextDocument): string {
  const hit = seen.get(doc);
  if (hit && hit.version === doc.version) return hit.text;
  const text = doc.getText();
  if (text.length > largestCopied) largestCopied = text.length;
  seen.set(doc, { version: doc.version, text });
  return text;
}
