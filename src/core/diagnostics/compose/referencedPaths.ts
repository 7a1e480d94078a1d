// SPDX-License-Identifier: MIT
// The paths a compose file names (build contexts, dockerfiles, env files, secret and config files),
// resolved against the compose file, so the adapter can look them up on disk and pass the answers in.
import type { FileContext } from '../../types';

/** Absolute paths the adapter should stat before calling `composeDiagnostics` with `paths`. */
export function composeReferencedPaths(_text: string, _file: FileContext): string[] {
  return [];
}
