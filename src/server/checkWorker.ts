// SPDX-License-Identifier: MIT
// The core's checks in a worker thread. A check of a large file takes the core hundreds of milliseconds
// or more (10,000 Dockerfile lines: about 2 s here); on the main thread that would hold up every hover,
// completion and cancellation behind it. The main thread keeps the protocol; the worker only checks.
import { Worker, threadId } from 'worker_threads';
import { checkDocument, type Diagnostic, type DocumentKind, type FileContext, type SettingReader } from '../core/index';
import { nodeDisk } from './disk';

/** The settings a check reads (see checkDocument): copied into each job, since a reader cannot cross threads. */
const checkSettingKeys = ['diagnostics.enabled', 'diagnostics.rules', 'maxFileSizeKB', 'build.context'];

/** Marks the worker when the entry script starts again inside it. */
export const checkWorkerRole = 'docker-coach-checks';

interface CheckJob { id: number; kind: DocumentKind; text: string; file?: FileContext; settings: Record<string, unknown> }
// Each answer names the thread that worked it out, so a test can tell a working worker from the fallback.
type CheckAnswer = { id: number; thread: number } & ({ diagnostics: Diagnostic[] } | { error: string });

/** The worker's side: answers each job with the core's diagnostics, or the error it met. */
export function serveChecks(port: import('worker_threads').MessagePort): void {
  port.on('message', (job: CheckJob) => {
    checkDocument(job.kind, job.text, job.file, key => job.settings[key], nodeDisk)
      .then(diagnostics => port.postMessage({ id: job.id, thread: threadId, diagnostics } satisfies CheckAnswer))
      .catch((err: unknown) => port.postMessage({ id: job.id, thread: threadId, error: err instanceof Error ? err.stack ?? err.message : String(err) } satisfies CheckAnswer));
  });
}

/**
 * Sends checks to one worker thread, started on the first check. Where no worker can start (or one
 * dies), the check runs on this thread instead: slower to answer around, never missing.
 */
export class CheckRunner {
  private worker: Worker | undefined;
  private failed = false;
  private nextId = 0;
  private readonly waiting = new Map<number, { job: CheckJob; resolve: (d: Diagnostic[]) => void; reject: (e: Error) => void }>();
  /** Checks answered by another thread than this one, and checks run on this thread (read by tests). */
  readonly answered = { inWorker: 0, inPlace: 0 };

  /** `script` is the entry file to start again as the worker: dist/server.js, or main.js from tsc. */
  constructor(private readonly script: string | undefined) {}

  check(kind: DocumentKind, text: string, file: FileContext | undefined, read: SettingReader): Promise<Diagnostic[]> {
    const worker = this.ensureWorker();
    if (!worker) return this.inPlace(kind, text, file, read);
    const settings = Object.fromEntries(checkSettingKeys.map(key => [key, read(key)]));
    const job: CheckJob = { id: ++this.nextId, kind, text, file, settings };
    return new Promise((resolve, reject) => {
      this.waiting.set(job.id, { job, resolve, reject });
      worker.postMessage(job);
    });
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private inPlace(kind: DocumentKind, text: string, file: FileContext | undefined, read: SettingReader): Promise<Diagnostic[]> {
    this.answered.inPlace++;
    return checkDocument(kind, text, file, read, nodeDisk);
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker || this.failed || !this.script) return this.worker;
    try {
      const worker = new Worker(this.script, { workerData: { role: checkWorkerRole }, argv: [] });
      worker.unref(); // never what keeps the server alive
      worker.on('message', (answer: CheckAnswer) => {
        const waiter = this.waiting.get(answer.id);
        this.waiting.delete(answer.id);
        if (!waiter) return;
        if (answer.thread !== threadId) this.answered.inWorker++;
        if ('error' in answer) waiter.reject(new Error(answer.error));
        else waiter.resolve(answer.diagnostics);
      });
      // A worker that fails leaves its jobs to this thread, and no new worker is started.
      const lost = () => {
        this.failed = true;
        this.worker = undefined;
        for (const { job, resolve, reject } of this.waiting.values()) {
          this.inPlace(job.kind, job.text, job.file, key => job.settings[key]).then(resolve, reject);
        }
        this.waiting.clear();
      };
      worker.on('error', () => lost());
      worker.on('exit', () => { if (this.worker === worker) lost(); });
      this.worker = worker;
    } catch {
      this.failed = true;
    }
    return this.worker;
  }
}
