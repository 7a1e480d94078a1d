// SPDX-License-Identifier: MIT
// The learner's notes: indexed from the `dockerCoach.notes.files` globs on the first hover (never at
// activation), again when a notes file is saved or the setting changes. "Add to my notes" writes to them
// (addToNotes.ts).
import * as path from 'path';
import * as vscode from 'vscode';
import { cliTablesSteps, indexNotes, notesCutMessage, noteGlobsFrom, type Notes } from '../core/index';
import { stepsInTurns } from './inTurns';
import { log } from './log';

const SECTION = 'dockerCoach';
const FILES_KEY = 'notes.files';
/** Notes are small; a runaway glob should not read a whole disk. */
const MAX_FILES = 200;
const MAX_BYTES = 20 * 1024 * 1024;

let notes: Notes | undefined;
/** The notes files found by the last index, in setting order: the first one receives "Add to my notes". */
let files: vscode.Uri[] = [];
let indexedGlobs: string | undefined;
let pending: Promise<Notes | undefined> | undefined;
let stale = true;
let requested = false;
let generation = 0;

/** The notes indexed so far, or undefined. Starts indexing on first use. */
export function currentNotes(): Notes | undefined {
  void notesReady();
  return notes;
}

/**
 * Resolves once the notes are indexed and up to date with the setting and the last save; never rejects.
 * With `maxWaitMs`, resolves after that long at the latest (with the notes indexed so far), so a slow
 * file search never holds a hover back for long.
 */
export function notesReady(maxWaitMs?: number): Promise<Notes | undefined> {
  requested = true;
  if (JSON.stringify(noteGlobs()) !== indexedGlobs) stale = true;
  if (stale) {
    stale = false;
    pending = reindex();
  }
  const ready = pending ?? Promise.resolve(notes);
  if (maxWaitMs === undefined) return ready;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Notes | undefined>(resolve => { timer = setTimeout(() => resolve(notes), maxWaitMs); });
  return Promise.race([ready, timeout]).finally(() => clearTimeout(timer));
}

/** Registers the save and setting listeners. Indexes nothing yet. */
export function registerNotes(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.workspace.onDidSaveTextDocument(doc => {
      const key = doc.uri.toString();
      if (files.some(u => u.toString() === key) || (doc.languageId === 'markdown' && noteGlobs().length)) invalidate();
    }),
    vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration(`${SECTION}.${FILES_KEY}`)) invalidate(); }),
  );
}

/** The notes files found by the last index, in setting order: the first one receives "Add to my notes". */
export function noteFiles(): readonly vscode.Uri[] {
  return files;
}

/** Marks the index out of date (a note was written); once notes have been asked for, indexes again right away. */
export function invalidate(): void {
  stale = true;
  if (requested) void notesReady();
}

function noteGlobs(): string[] {
  const c = vscode.workspace.getConfiguration(SECTION);
  return noteGlobsFrom(key => c.get(key));
}

/** The last "notes cut short" message logged, so a re-index of the same files does not repeat it. */
let lastCutMessage: string | undefined;

async function reindex(): Promise<Notes | undefined> {
  const gen = ++generation;
  const globs = noteGlobs();
  indexedGlobs = JSON.stringify(globs);
  try {
    const found = await findNoteFiles(globs);
    const texts = await Promise.all(found.map(async uri => ({ path: uri.fsPath, text: await readText(uri) })));
    if (found.length) {
      // What indexing reads besides the notes, each step in a turn of its own: the extension host's thread is shared.
      await stepsInTurns(cliTablesSteps());
    }
    if (gen === generation) {
      files = found;
      notes = found.length ? indexNotes(texts.filter((t): t is { path: string; text: string } => t.text !== undefined)) : undefined;
      const cut = notesCutMessage(notes);
      if (cut && cut !== lastCutMessage) log().info(cut);
      lastCutMessage = cut;
    }
  } catch (err) {
    log().error(`Indexing notes failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  return notes;
}

/** Files matching the globs: relative ones inside the workspace folders, absolute ones where they are. */
async function findNoteFiles(globs: readonly string[]): Promise<vscode.Uri[]> {
  const out: vscode.Uri[] = [];
  const seen = new Set<string>();
  for (const glob of globs) {
    const matches = await vscode.workspace.findFiles(toPattern(glob), undefined, MAX_FILES);
    matches.sort((a, b) => a.fsPath.localeCompare(b.fsPath));
    for (const uri of matches) {
      if (seen.has(uri.toString()) || out.length >= MAX_FILES) continue;
      seen.add(uri.toString());
      out.push(uri);
    }
  }
  return out;
}

function toPattern(glob: string): vscode.GlobPattern {
  const expanded = glob.startsWith('~/') ? path.join(process.env.HOME ?? '', glob.slice(2)) : glob;
  if (!path.isAbsolute(expanded)) return expanded;
  // An absolute glob: the folder before the first wildcard is the base, the rest the pattern.
  const parts = expanded.replace(/\\/g, '/').split('/');
  const firstWild = parts.findIndex(p => /[*?[{]/.test(p));
  const cut = firstWild < 0 ? parts.length - 1 : firstWild;
  return new vscode.RelativePattern(vscode.Uri.file(parts.slice(0, cut).join('/') || '/'), parts.slice(cut).join('/'));
}

/** An open document's text (what the user sees), else the file's; undefined for huge or non-UTF-8 files. */
async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  const bytes = await vscode.workspace.fs.readFile(uri);
  if (bytes.byteLength > MAX_BYTES) return undefined;
  return decodeUtf8(bytes);
}

export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    // ignoreBOM keeps a byte-order mark in the text, so writing the text back keeps it too.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
