// SPDX-License-Identifier: MIT
// Docker Coach's problems for an open document: the core's checks, fed with what lies beside the file
// (.dockerignore, .env, the paths a compose file names) read through Node's fs. Results are kept per
// document version, so code actions and hovers reuse them instead of checking again.
import { promises as fs } from 'fs';
import { checkDocument, type Diagnostic, type DiskReader, type SettingReader } from '../core/index';
import type { CoachDocument } from './coachDocument';

/** The disk as the core's input readers see it; nothing here throws. */
export const nodeDisk: DiskReader = {
  async readText(filePath) {
    try {
      return await fs.readFile(filePath, 'utf8');
    } catch {
      return undefined; // absent or unreadable: the check that needs it simply does not run
    }
  },
  async kindOf(filePath) {
    try {
      return (await fs.stat(filePath)).isDirectory() ? 'directory' : 'file';
    } catch {
      return 'missing';
    }
  },
};

/** The core diagnostics for one document at its version, with everything read from beside the file. */
export function computeProblems(doc: CoachDocument, read: SettingReader): Promise<Diagnostic[]> {
  return checkDocument(doc.kind, doc.text, doc.file, read, nodeDisk);
}

/** The last problems computed for each document, by version. */
export class ProblemCache {
  private readonly byUri = new Map<string, { version: number; text: string; diagnostics: Diagnostic[] }>();
  private readonly running = new Map<string, { version: number; promise: Promise<Diagnostic[]> }>();

  /** The problems for this version, computed once however many callers ask at the same time. */
  async problemsOf(doc: CoachDocument, read: SettingReader): Promise<Diagnostic[]> {
    const hit = this.byUri.get(doc.uri);
    if (hit && hit.version === doc.version && hit.text === doc.text) return hit.diagnostics;
    const running = this.running.get(doc.uri);
    if (running && running.version === doc.version) return running.promise;
    const promise = computeProblems(doc, read).then(diagnostics => {
      this.byUri.set(doc.uri, { version: doc.version, text: doc.text, diagnostics });
      return diagnostics;
    }).finally(() => { if (this.running.get(doc.uri)?.promise === promise) this.running.delete(doc.uri); });
    this.running.set(doc.uri, { version: doc.version, promise });
    return promise;
  }

  /** The problems already computed for this version, without computing any. */
  shownFor(doc: CoachDocument): Diagnostic[] | undefined {
    const hit = this.byUri.get(doc.uri);
    return hit && hit.version === doc.version && hit.text === doc.text ? hit.diagnostics : undefined;
  }

  /** Settings or files beside changed: everything is checked again on the next ask. */
  clear(): void {
    this.byUri.clear();
    this.running.clear();
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
    this.running.delete(uri);
  }
}
