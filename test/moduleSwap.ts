// SPDX-License-Identifier: MIT
// Answers `require('vscode')` with a stand-in while some code runs, for the tests that load the
// extension outside VS Code (test/unit/core/activation.test.ts and activationBundle.test.ts).
// It swaps Node's loader (Module._load, an internal hook), so it holds the swap only for the call and puts the
// original back however the call ends: a test that fails must not leave the next file loading the stand-in.
import Module from 'module';

type Loader = { _load: (request: string, ...rest: unknown[]) => unknown };

/** Runs `body` with `require('vscode')` returning `standIn`; Node's own loader is back once `body` returns, throws or settles. */
export async function withVscode<T>(standIn: unknown, body: () => T | Promise<T>): Promise<T> {
  const loader = Module as unknown as Loader;
  const load = loader._load;
  loader._load = (request: string, ...rest: unknown[]) => (request === 'vscode' ? standIn : load(request, ...rest));
  try {
    return await body();
  } finally {
    loader._load = load;
  }
}
