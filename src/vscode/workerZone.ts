// SPDX-License-Identifier: MIT
// Large documents, from 64 KB up to the size limit, are worked on in a worker thread (src/worker/): their
// first parse takes a second or more at 1.9 MB, and on this thread it would hold up every extension of the
// window. Problems, hovers, completions and lenses of such a file are asked of the worker; here only the
// request waits. It is the language server's worker too (answersInWorker there and here).
import * as fs from 'fs';
import * as path from 'path';
import type * as vscode from 'vscode';
import type { DocumentKind } from '../core/index';
import { answersInWorker, CheckRunner } from '../worker/checkWorker';
import { disposePrograms } from './dockerProcess';
import { guardLater } from './log';

let runner: CheckRunner | undefined;

/**
 * The worker's script: dist/coachWorker.js beside the bundle, or src/worker/main.ts as tsc built it
 * under out/. Where neither is found, the runner works each job on this thread.
 */
function workerScript(): string | undefined {
  return [path.join(__dirname, 'coachWorker.js'), path.join(__dirname, '..', 'worker', 'main.js')].find(file => fs.existsSync(file));
}

/**
 * The worker that answers for this document (by its URI and text), or undefined when its work stays on this thread: a small file,
 * a file past the limit (keyword answers only), or a document that is not a file on disk (the worker reads
 * what lies beside the file, .dockerignore and .env, from disk itself).
 */
function workerFor(uri: vscode.Uri, kind: DocumentKind, text: string, maxFileChars: number): CheckRunner | undefined {
  if (uri.scheme !== 'file' || !answersInWorker(kind, text, maxFileChars)) return undefined;
  return runner ??= new CheckRunner(workerScript());
}

/**
 * A document's answer, asked of the worker thread for a large file (see workerFor) or worked out here: the
 * one place for that choice, and for what a failure gives (logged with `where`, then `fallback`), so each
 * provider says only what to ask.
 */
export function answerFrom<T>(uri: vscode.Uri, kind: DocumentKind, text: string, maxFileChars: number, where: string, fallback: T,
  ask: { inWorker: (worker: CheckRunner) => Promise<T>; here: () => T | Promise<T> }): Promise<T> {
  const worker = workerFor(uri, kind, text, maxFileChars);
  return worker ? guardLater(`${where}, in the worker`, () => ask.inWorker(worker), fallback) : guardLater(where, async () => ask.here(), fallback);
}

/** How many jobs the worker thread answered, and how many ran here instead (read by the integration tests). */
export function workerAnswers(): { inWorker: number; inPlace: number } {
  return { ...(runner?.answered ?? { inWorker: 0, inPlace: 0 }) };
}

/** Stops the worker threads when the extension is deactivated. */
export function registerWorkerZone(context: vscode.ExtensionContext): void {
  // The thread that starts programs (dockerProcess.ts) too.
  context.subscriptions.push({ dispose: () => { runner?.dispose(); runner = undefined; disposePrograms(); } });
}
