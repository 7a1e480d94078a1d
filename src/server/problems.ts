// SPDX-License-Identifier: MIT
// Docker Coach's problems for each open document, kept per version, so code actions and hovers reuse them
// instead of checking again. The checks themselves run in a worker thread (checkWorker.ts).
import type { Diagnostic, SettingReader } from '../core/index';
import type { CoachDocument } from './coachDocument';
import type { CheckRunner } from '../worker/checkWorker';

/** The last problems computed for each document, by version. */
export class ProblemCache {
  constructor(private readonly runner: CheckRunner) {}

  private readonly byUri = new Map<string, { version: number; text: string; diagnostics: Diagnostic[] }>();
  private readonly running = new Map<string, { version: number; promise: Promise<Diagnostic[]> }>();

  /** The problems for this version, computed once however many callers ask at the same time. */
  async problemsOf(doc: CoachDocument, read: SettingReader): Promise<Diagnostic[]> {
    const hit = this.byUri.get(doc.uri);
    if (hit && hit.version === doc.version && hit.text === doc.text) return hit.diagnostics;
    const running = this.running.get(doc.uri);
    if (running && running.version === doc.version) return running.promise;
    const promise = this.runner.check(doc.kind, doc.text, doc.file, read).then(diagnostics => {
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
