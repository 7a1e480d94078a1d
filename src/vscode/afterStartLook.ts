// SPDX-License-Identifier: MIT
// The one look after a `docker run -d` or `docker compose up -d` that succeeded: a few seconds later, run the
// command the core built (docker inspect, or compose ps), and if the container stopped, its `docker logs
// --tail`, then hand the core's explanation to the terminal coach. Programs run through dockerProcess (execFile,
// no shell). Nothing waits for it, it runs once per command, and not at all once coaching is off.
import * as vscode from 'vscode';
import { afterStartDelayMs, afterStartLogsArgv, afterStartLook, describeRandomPorts, explainAfterStart, randomPortLook, stoppedAfterStart, type Failure, type FailureInput } from '../core/index';
import { runProgram } from './dockerProcess';
import { log } from './log';

/** Looks not yet taken, so that closing the window cancels them. */
const pending = new Set<ReturnType<typeof setTimeout>>();

async function look(input: FailureInput, stillOn: () => boolean, show: (failure: Failure) => void): Promise<void> {
  const planned = afterStartLook(input);
  if (!planned || !stillOn()) return;
  const checked = await runProgram(planned.argv, 10000, planned.cwd || undefined);
  // Not answered (no engine, a timeout): say nothing rather than guess. inspect of a removed container exits 1 with `[]`.
  if (checked.exitCode === undefined) return;
  const stopped = stoppedAfterStart(planned, checked.stdout);
  if (!stopped || !stillOn()) return;
  const logsArgv = afterStartLogsArgv(planned, stopped);
  // docker logs passes the container's stderr on as its own: both belong in the last lines.
  const logs = logsArgv ? await runProgram(logsArgv, 10000, planned.cwd || undefined) : undefined;
  if (!stillOn()) return;
  log().info(`terminal coach: ${stopped.name || 'a container'} stopped after "${input.commandLine}"`);
  show(explainAfterStart(planned, stopped, logs ? logs.stdout + logs.stderr : ''));
}

/**
 * Schedules the look for a command that succeeded, when the core says it started containers in the
 * background; `stillOn` is asked again before anything runs (trust or the setting may change meanwhile).
 */
export function lookAfterStart(input: FailureInput, stillOn: () => boolean, show: (failure: Failure) => void): void {
  if (!afterStartLook(input)) return;
  const timer = setTimeout(() => {
    pending.delete(timer);
    look(input, stillOn, show).catch((err) => log().warn(`terminal coach: the look after start failed: ${String(err)}`));
  }, afterStartDelayMs);
  pending.add(timer);
}

/**
 * After a `docker run -d -p 4567` that succeeded: asks `docker port` once which host port Docker chose, and
 * says it with the URL to open. Silent when the engine does not answer or the container is already gone.
 */
export async function sayRandomPorts(input: FailureInput, stillOn: () => boolean, say: (text: string) => void): Promise<void> {
  const planned = randomPortLook(input);
  if (!planned || !stillOn()) return;
  const answer = await runProgram(planned.argv, 10000, planned.cwd || undefined);
  const text = answer.exitCode === 0 ? describeRandomPorts(planned, answer.stdout) : undefined;
  if (text && stillOn()) say(text);
}

/** Cancels the looks not yet taken. */
export function cancelAfterStartLooks(): vscode.Disposable {
  return new vscode.Disposable(() => {
    for (const t of pending) clearTimeout(t);
    pending.clear();
  });
}
