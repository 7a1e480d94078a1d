// SPDX-License-Identifier: MIT
// Long work on the extension host's thread, cut into turns: between two turns, every other extension's
// hovers, keystrokes and messages run. The host is one thread for the whole window (issue 29).
import type * as vscode from 'vscode';

/** Resolves after the events already waiting have run. */
export function nextTurn(): Promise<void> {
  return new Promise(resolve => setImmediate(resolve));
}

/**
 * Runs each step in a turn of its own, then resolves: for what loads ahead of its first use (the CLI
 * tables). No steps, no wait. Never rejects: a step that fails stops the rest, and the call that needs
 * what it loads fails again in its own guard, which logs why.
 */
export async function stepsInTurns(steps: readonly (() => void)[]): Promise<void> {
  try {
    for (const step of steps) {
      step();
      await nextTurn();
    }
  } catch {
    // Left to the call that needs it (above).
  }
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

/**
 * A tree mapped node by node in slices of `slice`, one slice per turn, parents before their children
 * (`addChild` puts a mapped node under its mapped parent); undefined when `token` is cancelled between two
 * turns. A compose file's outline has a few roots (its sections) and up to 5,000 symbols under them
 * (navigation/caps.ts), so cutting by roots alone would leave one long turn.
 */
export async function mapTreeInTurns<T extends { readonly children: readonly T[] }, U>(roots: readonly T[], map: (item: T) => U,
  addChild: (parent: U, child: U) => void, token?: vscode.CancellationToken, slice = 2000): Promise<U[] | undefined> {
  const out: U[] = [];
  // Depth first, with the stack reversed so the children keep their order under each parent.
  const stack: { node: T; parent?: U }[] = [...roots].reverse().map(node => ({ node }));
  let done = 0;
  while (stack.length > 0) {
    if (done > 0 && done % slice === 0) {
      await nextTurn();
      if (token?.isCancellationRequested) return undefined;
    }
    const { node, parent } = stack.pop()!;
    const mapped = map(node);
    if (parent === undefined) out.push(mapped);
    else addChild(parent, mapped);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], parent: mapped });
    done++;
  }
  return out;
}
