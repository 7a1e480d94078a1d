// SPDX-License-Identifier: MIT
// The learner's notes for hovers, as src/vscode/notes.ts keeps them for the extension: indexed on the
// first hover (never at start-up), again when the globs change or a notes file is saved. A hover never
// waits for the disk: until the first index is done it goes out without quotes.
import { cliTablesSteps, indexNotes, notesCutMessage, type Notes } from '../core/index';
import { stepsInTurns } from '../core/turns';
import { findNoteFiles, readNoteFile } from './noteFiles';

export class NotesIndex {
  private notes: Notes | undefined;
  private files: string[] = [];
  private indexedGlobs: string | undefined;
  private generation = 0;
  private pending: Promise<void> | undefined;
  private lastCutMessage: string | undefined;

  constructor(private readonly folders: () => readonly string[], private readonly onError: (message: string) => void, private readonly onInfo: (message: string) => void = () => undefined) {}

  /** The notes indexed so far for these globs; starts (re)indexing when the globs differ from the last index. */
  current(globs: readonly string[]): Notes | undefined {
    if (JSON.stringify(globs) !== this.indexedGlobs) this.pending = this.reindex(globs);
    return this.notes;
  }

  /** Resolves when the index in progress, if any, is done; for tests and for the first hover's wait. */
  ready(): Promise<void> {
    return this.pending ?? Promise.resolve();
  }

  /** A file was saved: when it is one of the notes, index again. */
  saved(filePath: string | undefined): void {
    if (filePath && this.files.includes(filePath) && this.indexedGlobs !== undefined) this.pending = this.reindex(JSON.parse(this.indexedGlobs) as string[]);
  }

  private async reindex(globs: readonly string[]): Promise<void> {
    const generation = ++this.generation;
    this.indexedGlobs = JSON.stringify(globs);
    try {
      const found = globs.length ? await findNoteFiles(globs, this.folders()) : [];
      const texts = await Promise.all(found.map(async file => ({ path: file, text: await readNoteFile(file) })));
      if (found.length) {
        // What indexing reads besides the notes, each step in a turn of its own, as the extension does.
        await stepsInTurns(cliTablesSteps());
      }
      if (generation !== this.generation) return; // a newer index started meanwhile
      this.files = found;
      this.notes = found.length ? indexNotes(texts.filter((t): t is { path: string; text: string } => t.text !== undefined)) : undefined;
      const cut = notesCutMessage(this.notes);
      if (cut && cut !== this.lastCutMessage) this.onInfo(cut);
      this.lastCutMessage = cut;
    } catch (err) {
      this.onError(`Indexing notes failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}
