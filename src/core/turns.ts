// SPDX-License-Identifier: MIT
// Turns of the host's event loop, for the two hosts alike (the VS Code extension host and the language
// server): long work cut into steps lets every other request run between two of them (issue 29).

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
