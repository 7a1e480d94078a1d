// SPDX-License-Identifier: MIT
// The disk as the core's input readers see it (readDockerfileInputs, readComposeInputs), through Node's fs.
import { promises as fs, statSync } from 'fs';
import type { DiskReader, PathKind } from '../core/index';

/** Nothing here throws: an absent or unreadable file only means the check that needs it does not run. */
export const nodeDisk: DiskReader = {
  async readText(filePath) {
    try {
      return await fs.readFile(filePath, 'utf8');
    } catch {
      return undefined;
    }
  },
  async kindOf(filePath) {
    try {
      return (await fs.stat(filePath)).isDirectory() ? 'directory' : 'file';
    } catch {
      return 'missing';
    }
  },
};

/** What exists on disk at a path, for links: a link is offered only to a file or folder that is there. */
export function pathKindOnDisk(p: string): PathKind | undefined {
  try {
    const stat = statSync(p);
    return stat.isDirectory() ? 'directory' : stat.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}
