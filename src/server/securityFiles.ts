// SPDX-License-Identifier: MIT
// The files the security review reads (issue 27), found on disk under the workspace folders: Dockerfiles, compose
// files, `.dockerignore`, `.env` and scan results. An open document's text wins over the file on disk.
import { promises as fs } from 'fs';
import * as path from 'path';
import { isReviewFileName, type ReviewFile } from '../core/index';

/** A runaway folder (a vendored tree, a huge monorepo) should not hold the review up. */
const MAX_FILES = 400;
const MAX_DEPTH = 8;
const MAX_BYTES = 2 * 1024 * 1024;
const skipped = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test', 'vendor']);

/** The review's files under `folders`; `openText` returns an open document's text for a path, if any. Never throws. */
export async function securityReviewFiles(folders: readonly string[], openText: (file: string) => string | undefined): Promise<ReviewFile[]> {
  const out: ReviewFile[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH || out.length >= MAX_FILES) return;
    let entries: import('fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (out.length >= MAX_FILES) return;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) { if (!skipped.has(e.name)) await walk(p, depth + 1); continue; }
      if (!e.isFile() || !isReviewFileName(e.name)) continue;
      const open = openText(p);
      if (open !== undefined) { out.push({ path: p, text: open }); continue; }
      try {
        if ((await fs.stat(p)).size > MAX_BYTES) continue;
        out.push({ path: p, text: await fs.readFile(p, 'utf8') });
      } catch {
        // Unreadable: the review goes on without it.
      }
    }
  };
  for (const folder of folders) await walk(folder, 0);
  return out;
}
