// SPDX-License-Identifier: MIT
// Finds the learner's notes on disk from the `dockerCoach.notes.files` globs, as VS Code's findFiles
// does for the extension: relative globs inside each workspace folder, absolute ones where they point.
// Bounded, so a glob such as `**/*.md` in a home folder cannot read a whole disk.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';

const MAX_FILES = 200;
const MAX_BYTES = 20 * 1024 * 1024;
const MAX_DEPTH = 12;
/** Folders no one keeps notes in, and that can be huge. */
const SKIPPED = new Set(['node_modules', '.git']);

/** A regular expression for a glob: `**` any folders, `*` and `?` within a name, `{a,b}` alternatives. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') out += '(?:';
    else if (c === '}') out += ')';
    else if (c === ',') out += '|';
    else out += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/** Splits an absolute glob into the folder before its first wildcard and the pattern below it. */
function splitAbsolute(glob: string): { base: string; pattern: string } {
  const parts = glob.replace(/\\/g, '/').split('/');
  const firstWild = parts.findIndex(p => /[*?{]/.test(p));
  const cut = firstWild < 0 ? parts.length - 1 : firstWild;
  return { base: parts.slice(0, cut).join('/') || '/', pattern: parts.slice(cut).join('/') };
}

/** Files below `base` whose path relative to it matches, in sorted order, up to `room` of them. */
async function walk(base: string, pattern: string, room: number): Promise<string[]> {
  const found: string[] = [];
  const match = globToRegExp(pattern);
  // Without `**` a pattern cannot match deeper than its own slashes: no need to read further down.
  const maxDepth = pattern.includes('**') ? MAX_DEPTH : pattern.split('/').length - 1;
  const visit = async (dir: string, rel: string, depth: number): Promise<void> => {
    if (depth > maxDepth || found.length >= room) return;
    let entries: import('fs').Dirent[];
    try {
      entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    } catch {
      return; // a folder we may not read holds no notes for us
    }
    for (const entry of entries) {
      if (found.length >= room) return;
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory() && !SKIPPED.has(entry.name)) await visit(path.join(dir, entry.name), relPath, depth + 1);
      else if (entry.isFile() && match.test(relPath)) found.push(path.join(dir, entry.name));
    }
  };
  await visit(base, '', 0);
  return found;
}

/** The notes files the globs name, without duplicates, at most 200. */
export async function findNoteFiles(globs: readonly string[], folders: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const raw of globs) {
    const glob = raw.startsWith('~/') ? path.join(os.homedir(), raw.slice(2)) : raw;
    const places = path.isAbsolute(glob) ? [splitAbsolute(glob)] : folders.map(base => ({ base, pattern: glob.replace(/^\.\//, '') }));
    for (const { base, pattern } of places) {
      for (const file of await walk(base, pattern, MAX_FILES - out.length)) {
        if (!out.includes(file)) out.push(file);
      }
    }
  }
  return out;
}

/** A notes file's text, or undefined when it is too large, unreadable or not UTF-8. */
export async function readNoteFile(file: string): Promise<string | undefined> {
  try {
    const bytes = await fs.readFile(file);
    if (bytes.byteLength > MAX_BYTES) return undefined;
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
