// SPDX-License-Identifier: MIT
// One OutputChannel, "Docker Coach", for everything that goes wrong; nothing is thrown into the editor.
import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

/** The shared channel, created on first use so activation stays cheap. */
export function log(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Docker Coach', { log: true });
  return channel;
}

/** Runs `fn`; on an exception, logs it with `what` and returns `fallback` instead of throwing. */
export function guard<T>(what: string, fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (err) {
    log().error(`${what}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    return fallback;
  }
}

/** As `guard`, for work that finishes later: a rejection is logged with `what`, and `fallback` returned. */
export async function guardLater<T>(what: string, fn: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    log().error(`${what}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    return fallback;
  }
}

/** Disposes the channel on deactivation. */
export function disposeLog(): void {
  channel?.dispose();
  channel = undefined;
}
