// SPDX-License-Identifier: MIT
// Which files beside a Dockerfile or compose file the checks read. The adapter reads them (the core
// never touches the disk) and passes their text in.
import * as path from 'path';
import type { FileContext } from '../types';
import { composeReferencedPaths } from './compose/referencedPaths';
import type { PathKind } from './types';

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

/** How an adapter reads beside a file: its editor's file API, or Node's. Neither call may throw. */
export interface DiskReader {
  /** A file's text, or undefined when it is absent or unreadable. */
  readText(path: string): Promise<string | undefined>;
  kindOf(path: string): Promise<PathKind>;
}

/** At most this many paths a compose file names are looked up, so a generated file cannot flood the disk with stats. */
const MAX_PATHS = 200;

/** The `.dockerignore` that applies to a Dockerfile (the first candidate that reads), if any. */
export async function readDockerfileInputs(file: FileContext | undefined, buildContext: string, disk: DiskReader): Promise<{ dockerignore?: string }> {
  if (!file) return {};
  for (const candidate of dockerignoreCandidates(file, buildContext)) {
    const text = await disk.readText(candidate);
    if (text !== undefined) return { dockerignore: text };
  }
  return {};
}

/** The `.env` beside a compose file, and what exists of the paths the file names. */
export async function readComposeInputs(text: string, file: FileContext | undefined, disk: DiskReader): Promise<{ env?: string; paths?: Map<string, PathKind> }> {
  if (!file) return {};
  const wanted = composeReferencedPaths(text, file).slice(0, MAX_PATHS);
  const [env, kinds] = await Promise.all([disk.readText(composeEnvPath(file)), Promise.all(wanted.map(p => disk.kindOf(p)))]);
  return { env, paths: new Map(wanted.map((p, i) => [p, kinds[i]])) };
}
