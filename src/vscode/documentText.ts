// SPDX-License-Identifier: MIT
// Hands the core the same string object for as long as a document's version is unchanged, so the
// core's parse cache hits on identity instead of copying and hashing the whole text on every hover.
// A large document's text is read in slices, with the host's other work running between them: VS Code
// builds the whole text of a 1.9 MB document in one call of about 85 ms here, and that thread is every
// extension's (issue 29).
import * as vscode from 'vscode';
import { WORKER_FROM_CHARS } from '../worker/checkWorker';
import { nextTurn } from './inTurns';

const seen = new WeakMap<vscode.TextDocument, { version: number; text: string }>();
const reading = new WeakMap<vscode.TextDocument, { version: number; text: Promise<string | undefined> }>();
let largestCopied = 0;

/**
 * Lines read in one slice: about 50–100 KB of a Dockerfile or compose file, a few milliseconds to copy.
 * A single long line is one slice whatever its length; VS Code keeps each line as one string already.
 */
const SLICE_LINES = 2000;

/** The longest document copied into one string since the last reset, in characters (read by tests). */
export function largestCopiedChars(reset = false): number {
  const value = largestCopied;
  if (reset) largestCopied = 0;
  return value;
}

/** The document's length in characters, from VS Code's line table, without building its text. */
export function documentLength(doc: vscode.TextDocument): number {
  return doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
}

function remember(doc: vscode.TextDocument, version: number, text: string): string {
  if (text.length > largestCopied) largestCopied = text.length;
  seen.set(doc, { version, text });
  return text;
}

/** The document's text, reused while its version stays the same. */
export function documentText(doc: vscode.TextDocument): string {
  const hit = seen.get(doc);
  if (hit && hit.version === doc.version) return hit.text;
  return remember(doc, doc.version, doc.getText());
}

/**
 * True from 64 KB (WORKER_FROM_CHARS): the document's text is read in slices, its work is asked of the worker
 * thread (within the size limit), and its lenses are only those near the view.
 */
export function atWorkerSize(doc: vscode.TextDocument): boolean {
  return documentLength(doc) >= WORKER_FROM_CHARS;
}

/**
 * The document's text for work that can wait a moment: a small document's at once, a large one's read in
 * slices between other work. Undefined when the document changed or closed meanwhile: the answer would
 * be for a version the editor no longer shows, and the editor asks again for the new one.
 */
export function documentTextSoon(doc: vscode.TextDocument): Promise<string | undefined> {
  const hit = seen.get(doc);
  if (hit && hit.version === doc.version) return Promise.resolve(hit.text);
  if (!atWorkerSize(doc)) return Promise.resolve(documentText(doc));
  const pending = reading.get(doc);
  if (pending && pending.version === doc.version) return pending.text;
  const version = doc.version;
  const text = readInSlices(doc, version);
  reading.set(doc, { version, text });
  return text;
}

async function readInSlices(doc: vscode.TextDocument, version: number): Promise<string | undefined> {
  const parts: string[] = [];
  for (let line = 0; line < doc.lineCount; line += SLICE_LINES) {
    if (line > 0) {
      await nextTurn();
      if (doc.isClosed || doc.version !== version) return undefined;
    }
    // Each slice runs to the start of the next one's first line, so it carries its last line break.
    const next = line + SLICE_LINES;
    const end = next < doc.lineCount ? { line: next, character: 0 } : doc.lineAt(doc.lineCount - 1).range.end;
    parts.push(doc.getText(new vscode.Range(line, 0, end.line, end.character)));
  }
  const text = remember(doc, version, parts.join(''));
  // Joining 1.9 MB takes 10–40 ms here, and whoever waits next posts it to the worker (about 18 ms): a turn apart.
  await nextTurn();
  return text;
}
