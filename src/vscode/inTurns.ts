// SPDX-License-Identifier: MIT
// Long work on the extension host's thread, cut into turns: between two turns, every other extension's
// hovers, keystrokes and messages run. The host is one thread for the whole window (issue 29).
import type * as vscode from 'vscode';

/** Resolves after the events already waiting have run. */
export function nextTurn(): Promise<void> {
  return new Promise(resolve => setImmediate(resolve));
}

/**
 * The items mapped in slices of `slice`, one slice per turn; undefined when `token` is cancelled between
 * two turns. A short list is mapped at once, in the turn it was asked in.
 */
export async function mapInTurns<T, U>(items: readonly T[], map: (item: T) => U, token?: vscode.CancellationToken, slice = 2000): Promise<U[] | undefined> {
  const out: U[] = [];
  for (let i = 0; i < items.length; i += slice) {
    if (i > 0) {
      await nextTurn();
      if (token?.isCancellationRequested) return undefined;
    }
    const end = Math.min(items.length, i + slice);
    for (let j = i; j < end; j++) out.push(map(items[j]));
  }
  return out;
}
