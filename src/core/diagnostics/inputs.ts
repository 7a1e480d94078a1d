// SPDX-License-Identifier: MIT
// Which files beside a Dockerfile or compose file the checks read. The adapter reads them (the core
// never touches the disk) and passes their text in.
import * as path from 'path';
import type { FileContext } from '../types';

/**
 * Where the `.dockerignore` for a Dockerfile may be, in the order the builder looks: `<Dockerfile>.dockerignore`
 * beside the Dockerfile first, then `.dockerignore` at the root of the build context. `buildContext` is the
 * `dockerCoach.build.context` setting: empty for the Dockerfile's folder, else relative to the workspace folder.
 */
export function dockerignoreCandidates(file: FileContext, buildContext = ''): string[] {
  const dir = path.dirname(file.path);
  const context = buildContext === '' ? dir : path.resolve(file.workspaceFolder ?? dir, buildContext);
  return [`${file.path}.dockerignore`, path.join(context, '.dockerignore')];
}

/** The `.env` file Compose reads for interpolation: the one in the compose file's folder. */
export function composeEnvPath(file: FileContext): string {
  return path.join(path.dirname(file.path), '.env');
}
