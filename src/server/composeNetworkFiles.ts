// SPDX-License-Identifier: MIT
// The networks of the workspace's compose files, for `docker run --network ` in shell scripts, Makefiles and
// markdown, as the VS Code adapter finds them: the open compose documents first, else a bounded walk of the
// workspace folders. Cached until a compose file is opened, edited, saved or changes on disk.
import { promises as fs } from 'fs';
import * as path from 'path';
import { composeNetworks, type ComposeFileText, type ComposeNetwork } from '../core/index';
import { nodeDisk } from '../worker/disk';

const composeNames = new Set(['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml']);
const maxFiles = 20;
/** The walk stops after this many folders, and this deep: a compose file sits near the top of a project. */
const maxFolders = 400;
const maxDepth = 4;

export const isComposeFile = (file: string | undefined): boolean => file !== undefined && composeNames.has(path.basename(file));

export class ComposeNetworkSource {
  private cached: Promise<ComposeNetwork[]> | undefined;

  constructor(private readonly openFiles: () => ComposeFileText[], private readonly folders: () => readonly string[], private readonly maxFileChars: () => number | undefined) {}

  /** Read once, then cached; never rejects. */
  networks(): Promise<ComposeNetwork[]> {
    this.cached ??= this.gather().catch(() => []);
    return this.cached;
  }

  forget(): void {
    this.cached = undefined;
  }

  private async gather(): Promise<ComposeNetwork[]> {
    let files = this.openFiles().filter(f => isComposeFile(f.path)).slice(0, maxFiles);
    if (!files.length) {
      files = [];
      for (const file of await findComposeFiles(this.folders())) {
        const size = await fs.stat(file).then(st => st.size, () => Infinity);
        const text = size <= (this.maxFileChars() ?? Infinity) ? await nodeDisk.readText(file) : undefined;
        if (text !== undefined) files.push({ path: file, text });
      }
    }
    return composeNetworks(files, this.maxFileChars());
  }
}

/** Breadth first, so the files nearest the workspace root come first; node_modules and dot folders are skipped. */
async function findComposeFiles(roots: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  const queue = roots.map(dir => ({ dir, depth: 0 }));
  for (let visited = 0; queue.length && visited < maxFolders && found.length < maxFiles; visited++) {
    const { dir, depth } = queue.shift()!;
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      if (e.isFile() && composeNames.has(e.name) && found.length < maxFiles) found.push(path.join(dir, e.name));
      else if (e.isDirectory() && depth < maxDepth && e.name !== 'node_modules' && !e.name.startsWith('.')) queue.push({ dir: path.join(dir, e.name), depth: depth + 1 });
    }
  }
  return found;
}
