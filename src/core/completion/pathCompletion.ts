// SPDX-License-Identifier: MIT
// Files and folders for the places that name a path relative to a folder the learner has open: the sources
// of `COPY` and `ADD` (relative to the build context, the Dockerfile's folder as the lenses build it), and
// compose's `build:`, `build.context:`, `env_file:` (relative to the compose file's folder). The core never
// reads the disk: the adapter passes a `listFolder` that does.
import type { Range } from '../text';
import { rank } from './docCache';
import type { CompletionItem, FolderEntry } from './types';

/** More entries than this make the list useless; a folder such as node_modules is better typed. */
const maxEntries = 200;

/** Entries that are never meant (a COPY of .git is a mistake; .dockerignore usually drops it anyway). */
const hidden = new Set(['.git', '.DS_Store']);

/** True when `typed` can be a relative path we could list: no variable, URL, absolute path or glob. */
export function listablePath(typed: string): boolean {
  return !/[$*?[\]{}]|:\/\//.test(typed) && !typed.startsWith('/') && !typed.startsWith('~');
}

/**
 * The entries of the folder the typed text is in (`src/ma` lists `src/`), as items that replace only the
 * last part. Folders end in `/` and open the list again; `foldersOnly` leaves files out (`build:`).
 */
export function pathItems(typed: string, replace: Range, listFolder: ((relative: string) => readonly FolderEntry[] | undefined) | undefined, foldersOnly: boolean, what: string): CompletionItem[] {
  if (!listFolder || !listablePath(typed)) return [];
  const slash = typed.lastIndexOf('/');
  const folder = slash < 0 ? '' : typed.slice(0, slash + 1);
  let entries: readonly FolderEntry[] | undefined;
  try { entries = listFolder(folder.replace(/^\.\//, '') || '.'); } catch { entries = undefined; }
  if (!entries) return [];
  const last = { start: { line: replace.end.line, character: replace.end.character - (typed.length - folder.length) }, end: replace.end };
  return [...entries]
    .filter((e) => e && typeof e.name === 'string' && !hidden.has(e.name) && (e.folder || !foldersOnly))
    .sort((a, b) => Number(b.folder) - Number(a.folder) || a.name.localeCompare(b.name))
    .slice(0, maxEntries)
    .map((e, i) => {
      const label = e.folder ? `${e.name}/` : e.name;
      return {
        label, kind: e.folder ? 'folder' : 'file', detail: e.folder ? `folder, ${what}` : `file, ${what}`,
        documentation: `${e.folder ? 'Folder' : 'File'} \`${folder}${label}\`, ${what}.`,
        insertText: label, range: last, sortText: rank(i), retrigger: e.folder || undefined,
      };
    });
}
