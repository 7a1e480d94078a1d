// SPDX-License-Identifier: MIT
// The one module that starts a program itself (DESIGN: child_process in one adapter module only). It runs
// an argv the core built, with execFile and never a shell, and reports the exit code and what was printed.
// It does not import `vscode`, so unit tests run it against stand-in programs.
import { execFile } from 'child_process';

/** What a finished program left: its exit code (undefined when it could not start or timed out), stdout and stderr. */
export interface ProgramResult { exitCode: number | undefined; stdout: string; stderr: string }

/**
 * Runs `argv[0]` with `argv[1..]` as its arguments, no shell, with a deadline, in `cwd` when given (compose
 * finds its files from there); never rejects.
 */
export function runProgram(argv: readonly string[], timeoutMs = 5000, cwd?: string): Promise<ProgramResult> {
  return new Promise((resolve) => {
    if (argv.length === 0) { resolve({ exitCode: undefined, stdout: '', stderr: '' }); return; }
    execFile(argv[0], argv.slice(1), { timeout: timeoutMs, windowsHide: true, maxBuffer: 1024 * 1024, ...(cwd ? { cwd } : {}) }, (err, stdout, stderr) => {
      if (!err) { resolve({ exitCode: 0, stdout: String(stdout), stderr: String(stderr) }); return; }
      // A number means the program ran and exited with it; a string code (ENOENT) or a kill means it never answered.
      const code = (err as { code?: unknown }).code;
      resolve({ exitCode: typeof code === 'number' && !(err as { killed?: boolean }).killed ? code : undefined, stdout: String(stdout ?? ''), stderr: String(stderr ?? '') });
    });
  });
}

/** True when the program ran and exited 0. */
export async function succeeds(argv: readonly string[]): Promise<boolean> {
  return (await runProgram(argv)).exitCode === 0;
}
