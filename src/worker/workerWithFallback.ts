// SPDX-License-Identifier: MIT
// One worker thread, started on the first job, whose jobs run on this thread instead when it cannot start
// or is lost: slower to answer around, never missing. The check runner (checkWorker.ts) and the program
// runner (src/vscode/dockerProcess.ts) are each one of these, with their own messages.
import { Worker, type WorkerOptions } from 'worker_threads';

interface Waiter<J> { job: J; resolve: (value: unknown) => void; reject: (e: Error) => void }

/** `J`: the jobs, each with its id; `M`: the messages the worker sends back. */
export class WorkerWithFallback<J extends { id: number }, M> {
  private worker: Worker | undefined;
  private failed = false;
  private readonly waiting = new Map<number, Waiter<J>>();
  /** Jobs answered by the worker thread, and jobs run on this thread (read by tests). */
  readonly counts = { inWorker: 0, inPlace: 0 };

  /**
   * `script`: the worker's entry file (without one, every job runs here); `options`: how to start it;
   * `here`: a job's work on this thread; `onMessage`: what to do with each message the worker sends.
   */
  constructor(
    private readonly script: string | undefined,
    private readonly options: WorkerOptions,
    private readonly here: (job: J) => Promise<unknown>,
    private readonly onMessage: (message: M) => void,
  ) {}

  /**
   * Runs `job`: `post` hands it to the worker (and may throw, for a job that cannot cross), or it runs here
   * when there is no worker. Resolves with what `answer` is given for the job's id.
   */
  run(job: J, post: (worker: Worker) => void): Promise<unknown> {
    const worker = this.ensureWorker();
    if (!worker) return this.inPlace(job);
    return new Promise((resolve, reject) => {
      this.waiting.set(job.id, { job, resolve, reject });
      // Kept alive while a job waits, so that a script waiting for the answer does not end first.
      if (this.waiting.size === 1) worker.ref();
      try {
        post(worker);
      } catch (err) {
        this.forget(job.id);
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  }

  /** The worker's answer for job `id`: a result, or an error it met. */
  answer(id: number, outcome: { result: unknown } | { error: Error }): void {
    const waiter = this.forget(id);
    if (!waiter) return;
    this.counts.inWorker++;
    if ('error' in outcome) waiter.reject(outcome.error);
    else waiter.resolve(outcome.result);
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private forget(id: number): Waiter<J> | undefined {
    const waiter = this.waiting.get(id);
    this.waiting.delete(id);
    if (this.waiting.size === 0) this.worker?.unref();
    return waiter;
  }

  private inPlace(job: J): Promise<unknown> {
    this.counts.inPlace++;
    return this.here(job);
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker || this.failed || !this.script) return this.worker;
    try {
      const worker = new Worker(this.script, this.options);
      worker.unref(); // never what keeps the process alive while nothing waits
      worker.on('message', (message: M) => this.onMessage(message));
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
