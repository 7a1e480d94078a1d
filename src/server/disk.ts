// SPDX-License-Identifier: MIT
// The disk as the core's input readers see it (readDockerfileInputs, readComposeInputs), through Node's fs.
import { promises as fs } from 'fs';
import type { DiskReader } from '../core/index';

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
