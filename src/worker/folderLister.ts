// SPDX-License-Identifier: MIT
// Lists the folders next to a document for the core's path completions (COPY sources, compose build: and
// env_file:), as the VS Code adapter does; the core itself never touches the disk.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import type { FolderEntry } from '../core/index';

/** A folder of a node_modules size is typed, not picked: only this many entries are read. */
const maxEntries = 500;

/** The lister for a document's folder, or undefined for a document that is not a file. */
export function folderListerFor(uri: string): ((relative: string) => FolderEntry[] | undefined) | undefined {
  const file = pathOf(uri);
  if (!file) return undefined;
  return (relative) => {
    try {
      return fs.readdirSync(path.resolve(path.dirname(file), relative), { withFileTypes: true }).slice(0, maxEntries).map((e) => ({ name: e.name, folder: e.isDirectory() }));
    } catch {
      return undefined;
    }
  };
}

/** The file system path of a `file:` URI, or undefined for any other scheme or a malformed URI. */
export function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
