// SPDX-License-Identifier: MIT
// The one module that starts a program itself (DESIGN: child_process in one adapter module only). It runs
// an argv the core built, with execFile and never a shell, and reports the exit code and what was printed.
// The start happens in a worker thread of its own (dist/programWorker.js): starting a process copies the
// starting process's memory map, and the extension host is a large process shared by every extension of
// the window; there one start took 90–180 ms of its thread (issue 29's CPU profiles), and a lens refresh
// asks `docker` every 15 s. Where no worker can start, the program is started on this thread, as before.
// It does not import `vscode`, so unit tests run it against stand-in programs.
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { SHARE_ENV } from 'worker_threads';
import { WorkerWithFallback } from '../worker/workerWithFallback';

/** What a finished program left: its exit code (undefined when it could not start or timed out), stdout and stderr. */
export interface ProgramResult { exitCode: number | undefined; stdout: string; stderr: string }

/**
 * Runs `argv[0]` with `argv[1..]` as its arguments, no shell, with a deadline, in `cwd` when given (compose
 * finds its files from there), on this thread; never rejects.
 */
export function execProgram(argv: readonly string[], timeoutMs: number, cwd?: string): Promise<ProgramResult> {
  return new Promise((resolve) => {
    if (argv.length === 0) { resolve({ exitCode: undefined, stdout: '', stderr: '' }); return; }
    try {
      execFile(argv[0], argv.slice(1), { timeout: timeoutMs, windowsHide: true, maxBuffer: 1024 * 1024, ...(cwd ? { cwd } : {}) }, (err, stdout, stderr) => {
        if (!err) { resolve({ exitCode: 0, stdout: String(stdout), stderr: String(stderr) }); return; }
        // A number means the program ran and exited with it; a string code (ENOENT) or a kill means it never answered.
        const code = (err as { code?: unknown }).code;
        resolve({ exitCode: typeof code === 'number' && !(err as { killed?: boolean }).killed ? code : undefined, stdout: String(stdout ?? ''), stderr: String(stderr ?? '') });
      });
    } catch (err) {
      // execFile throws at once on arguments it cannot pass (a NUL byte): the program never started.
      resolve({ exitCode: undefined, stdout: '', stderr: err instanceof Error ? err.message : String(err) });
    }
  });
}

/** Marks the worker when the entry script starts again inside it. */
export const programWorkerRole = 'docker-coach-programs';

interface ProgramJob { id: number; argv: readonly string[]; timeoutMs: number; cwd?: string }
interface ProgramAnswer { id: number; result: ProgramResult }

/** The worker's side: starts each program asked for and answers with what it left. */
export function servePrograms(port: import('worker_threads').MessagePort): void {
  port.on('message', (job: ProgramJob) => {
    void execProgram(job.argv, job.timeoutMs, job.cwd).then(result => port.postMessage({ id: job.id, result } satisfies ProgramAnswer));
  });
}

/** Starts programs from one worker thread, made on the first program; without one, on this thread. */
export class ProgramRunner {
  private readonly thread: WorkerWithFallback<ProgramJob, ProgramAnswer>;
  private nextId = 0;

  /** `script`: the entry file that serves programs in the `programWorkerRole` (dist/programWorker.js, or src/vscode/programWorker.ts as tsc built it). */
  constructor(script: string | undefined) {
    // SHARE_ENV: a program is looked up on this thread's PATH as it is now, not as it was when the worker started.
    this.thread = new WorkerWithFallback<ProgramJob, ProgramAnswer>(script, { workerData: { role: programWorkerRole }, argv: [], env: SHARE_ENV },
      job => execProgram(job.argv, job.timeoutMs, job.cwd), ({ id, result }) => this.thread.answer(id, { result }));
  }

  /** Programs started from the worker thread, and from this one (read by tests). */
  get started(): { inWorker: number; inPlace: number } {
    return this.thread.counts;
  }

  run(argv: readonly string[], timeoutMs = 5000, cwd?: string): Promise<ProgramResult> {
    const job: ProgramJob = { id: ++this.nextId, argv: [...argv], timeoutMs, cwd };
    return this.thread.run(job, worker => worker.postMessage(job)) as Promise<ProgramResult>;
  }

  dispose(): void {
    this.thread.dispose();
  }
}

/**
 * The worker's script: dist/programWorker.js beside the bundle, or src/vscode/programWorker.ts as tsc built
 * it under out/ (the same folder as this module then).
 */
function programWorkerScript(): string | undefined {
  const file = path.join(__dirname, 'programWorker.js');
  return fs.existsSync(file) ? file : undefined;
}

let runner: ProgramRunner | undefined;

/**
 * Runs `argv[0]` with `argv[1..]` as its arguments, no shell, with a deadline, in `cwd` when given (compose
 * finds its files from there); never rejects. Every program run here is a question to docker (a version,
 * an image, a list, a history), safe to ask again if the worker thread is lost while it runs.
 */
export function runProgram(argv: readonly string[], timeoutMs = 5000, cwd?: string): Promise<ProgramResult> {
  return (runner ??= new ProgramRunner(programWorkerScript())).run(argv, timeoutMs, cwd);
}

/** True when the program ran and exited 0. */
export async function succeeds(argv: readonly string[]): Promise<boolean> {
  return (await runProgram(argv)).exitCode === 0;
}

/** Stops the worker thread (on deactivation). */
export function disposePrograms(): void {
  runner?.dispose();
  runner = undefined;
}
