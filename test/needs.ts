// SPDX-License-Identifier: MIT
// One decision for every suite that needs something from the machine (a Docker engine, Neovim, a shell,
// busybox, the ../shared reference folder): under CI a missing one fails the suite, because CI installs it
// (.ci/run) and a green run must mean the suite ran; elsewhere the suite skips and says what to install.
// Kept free of mocha's globals and of `vscode`, so unit, server, integration and trust suites share it.

/** The part of a mocha context (hook or test) that can skip. */
export interface Skippable { skip(): void }

/** True when the tests run under CI (.ci/run exports CI=true; most CI services set it too). */
export function underCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

/**
 * Nothing happens when `missing` is undefined. Otherwise: under CI this throws (a failed hook fails the run);
 * elsewhere it prints `NOT RUN: <what>: <missing>` through `say` and skips the test or suite.
 */
export function needOrSkip(ctx: Skippable, what: string, missing: string | undefined,
  say: (message: string) => void = (m) => console.log(`    ${m}`), env: NodeJS.ProcessEnv = process.env): void {
  if (missing === undefined) return;
  if (underCi(env)) throw new Error(`${what} cannot run: ${missing}. CI must have it (.ci/run installs it), so this fails instead of skipping.`);
  say(`NOT RUN: ${what}: ${missing}`);
  ctx.skip();
}
