// SPDX-License-Identifier: MIT
// Long work on the extension host's thread, cut into turns: between two turns, every other extension's
// hovers, keystrokes and messages run. The host is one thread for the whole window (issue 29).
import type * as vscode from 'vscode';
import { nextTurn } from '../core/turns';

// Shared with the language server, which runs its steps in turns the same way.
export { nextTurn, stepsInTurns } from '../core/turns';

/**
 * The longest the slices of one turn run, together, whatever their counts. The counts assume code the engine
 * has optimized, one mapping at a time: the first outline of a session took 38 ms for its first 500 symbols
 * in one profile, and several requests the worker answers at once resume in the same turn (issue 29).
 */
const SLICE_MS = 8;

/** When this turn's slices began (the first slice of a turn starts the clock), and whether a turn has passed since. */
let turnStart = 0;
let clockRunning = false;

function turnClock(): number {
  if (!clockRunning) {
    clockRunning = true;
    turnStart = performance.now();
    // Stops in the next turn, before the slices waiting for it run: the first of them starts the clock again.
    setImmediate(() => { clockRunning = false; });
  }
  return turnStart;
}

/** Ends a slice after `slice` items, or once this turn's slices, all mappings together, have run SLICE_MS. */
class Slices {
  private count = 0;
  constructor(private readonly slice: number) {}

  /** Counts one item mapped; true when the slice is over and the next item waits for the next turn. */
  full(): boolean {
    return ++this.count >= this.slice || performance.now() - turnClock() >= SLICE_MS;
  }

  /** Starts the next slice, after a turn; false when `token` was cancelled meanwhile. */
  async next(token?: vscode.CancellationToken): Promise<boolean> {
    await nextTurn();
    this.count = 0;
    return !token?.isCancellationRequested;
  }
}

/**
 * The items mapped in slices of `slice` (or of SLICE_MS), one slice per turn; undefined when `token` is
 * cancelled between two turns. A short list is mapped at once, in the turn it was asked in.
 */
export async function mapInTurns<T, U>(items: readonly T[], map: (item: T) => U, token?: vscode.CancellationToken, slice = 2000): Promise<U[] | undefined> {
  const out: U[] = [];
  const slices = new Slices(slice);
  for (let i = 0; i < items.length; i++) {
    out.push(map(items[i]));
    if (i + 1 < items.length && slices.full() && !(await slices.next(token))) return undefined;
  }
  return out;
}

/**
 * A tree mapped node by node in slices of `slice` (or of SLICE_MS), one slice per turn, parents before their children
 * (`addChild` puts a mapped node under its mapped parent); undefined when `token` is cancelled between two
 * turns. A compose file's outline has a few roots (its sections) and up to 5,000 symbols under them
 * (navigation/caps.ts), so cutting by roots alone would leave one long turn.
 */
export async function mapTreeInTurns<T extends { readonly children: readonly T[] }, U>(roots: readonly T[], map: (item: T) => U,
  addChild: (parent: U, child: U) => void, token?: vscode.CancellationToken, slice = 2000): Promise<U[] | undefined> {
  const out: U[] = [];
  // Depth first, with the stack reversed so the children keep their order under each parent.
  const stack: { node: T; parent?: U }[] = [...roots].reverse().map(node => ({ node }));
  const slices = new Slices(slice);
  while (stack.length > 0) {
    const { node, parent } = stack.pop()!;
    const mapped = map(node);
    if (parent === undefined) out.push(mapped);
    else addChild(parent, mapped);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], parent: mapped });
    if (stack.length > 0 && slices.full() && !(await slices.next(token))) return undefined;
  }
  return out;
}
