// SPDX-License-Identifier: MIT
// The core's checks in a worker thread. A check of a large file takes the core hundreds of milliseconds
// or more (10,000 Dockerfile lines: about 2 s here); on the main thread that would hold up every hover,
// completion and cancellation behind it. The main thread keeps the protocol; the worker checks, and answers
// the hovers of large Dockerfiles and compose files, whose first hover would parse the whole file (issue 29).
import { Worker, threadId } from 'worker_threads';
import { checkDocument, documentServices, isTooLarge, type Diagnostic, type DocumentKind, type Explanation, type FileContext, type Notes, type Position, type SettingReader } from '../core/index';
import { nodeDisk } from './disk';

/** The settings a check reads (see checkDocument): copied into each job, since a reader cannot cross threads. */
const checkSettingKeys = ['diagnostics.enabled', 'diagnostics.rules', 'maxFileSizeKB', 'build.context'];

/**
 * From this size, a hover on a Dockerfile or compose file is answered in the worker: a whole parse of 64 KB
 * (about 4,000 lines) is a few tens of milliseconds here, and it grows with the file. Past the size limit
 * a hover reads one line and stays here.
 */
export const WORKER_HOVER_CHARS = 64 * 1024;

/** Whether a hover on this document goes to the worker. */
export function hoversInWorker(kind: DocumentKind, text: string, maxFileChars: number | undefined): boolean {
  return (kind === 'dockerfile' || kind === 'compose') && text.length >= WORKER_HOVER_CHARS && !isTooLarge(text, maxFileChars);
}

/** Marks the worker when the entry script starts again inside it. */
export const checkWorkerRole = 'docker-coach-checks';

/** What a hover sends: the options `documentServices[kind].explain` takes (notes are plain data and cross as they are). */
export interface ExplainOptions { notes?: Notes; file?: string; maxFileChars?: number }

type Job = { id: number; kind: DocumentKind; text: string } & (
  | { type: 'check'; file?: FileContext; settings: Record<string, unknown> }
  | { type: 'explain'; position: Position; options: ExplainOptions });
// Each answer names the thread that worked it out, so a test can tell a working worker from the fallback.
type Answer = { id: number; thread: number } & ({ diagnostics: Diagnostic[] } | { explanation: Explanation | null } | { error: string });

/** The job done where it is: a check through the core's checkDocument, a hover through the kind's explain. */
async function work(job: Job): Promise<Diagnostic[] | Explanation | null> {
  if (job.type === 'check') return checkDocument(job.kind, job.text, job.file, key => job.settings[key], nodeDisk);
  return documentServices[job.kind].explain(job.text, job.position, job.options) ?? null;
}

/** The worker's side: answers each job with what the core says, or the error it met. */
export function serveChecks(port: import('worker_threads').MessagePort): void {
  port.on('message', (job: Job) => {
    work(job)
      .then(result => port.postMessage((job.type === 'check' ? { id: job.id, thread: threadId, diagnostics: result as Diagnostic[] } : { id: job.id, thread: threadId, explanation: result as Explanation | null }) satisfies Answer))
      .catch((err: unknown) => port.postMessage({ id: job.id, thread: threadId, error: err instanceof Error ? err.stack ?? err.message : String(err) } satisfies Answer));
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
  private readonly waiting = new Map<number, { job: Job; resolve: (result: unknown) => void; reject: (e: Error) => void }>();
  /** Jobs answered by another thread than this one, and jobs run on this thread (read by tests). */
  readonly answered = { inWorker: 0, inPlace: 0 };

  /** `script` is the entry file to start again as the worker: dist/server.js, or main.js from tsc. */
  constructor(private readonly script: string | undefined) {}

  check(kind: DocumentKind, text: string, file: FileContext | undefined, read: SettingReader): Promise<Diagnostic[]> {
    const settings = Object.fromEntries(checkSettingKeys.map(key => [key, read(key)]));
    return this.run({ id: ++this.nextId, type: 'check', kind, text, file, settings }) as Promise<Diagnostic[]>;
  }

  /**
   * A hover, answered in the worker: the first hover on a large file parses it whole, and the worker has
   * usually parsed it already for its check, which is kept in the worker's cache.
   */
  explain(kind: DocumentKind, text: string, position: Position, options: ExplainOptions): Promise<Explanation | undefined> {
    return (this.run({ id: ++this.nextId, type: 'explain', kind, text, position, options }) as Promise<Explanation | null>).then(e => e ?? undefined);
  }

  private run(job: Job): Promise<unknown> {
    const worker = this.ensureWorker();
    if (!worker) return this.inPlace(job);
    return new Promise((resolve, reject) => {
      this.waiting.set(job.id, { job, resolve, reject });
      worker.postMessage(job);
    });
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private inPlace(job: Job): Promise<unknown> {
    this.answered.inPlace++;
    return work(job);
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker || this.failed || !this.script) return this.worker;
    try {
      const worker = new Worker(this.script, { workerData: { role: checkWorkerRole }, argv: [] });
      worker.unref(); // never what keeps the server alive
      worker.on('message', (answer: Answer) => {
        const waiter = this.waiting.get(answer.id);
        this.waiting.delete(answer.id);
        if (!waiter) return;
        if (answer.thread !== threadId) this.answered.inWorker++;
        if ('error' in answer) waiter.reject(new Error(answer.error));
        else waiter.resolve('diagnostics' in answer ? answer.diagnostics : answer.explanation);
      });
      // A worker that fails leaves its jobs to this thread, and no new worker is started.
      const lost = () => {
        this.failed = true;
        this.worker = undefined;
        for (const { job, resolve, reject } of this.waiting.values()) this.inPlace(job).then(resolve, reject);
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
