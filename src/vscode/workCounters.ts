// SPDX-License-Identifier: MIT
// What the extension host has done, for the integration tests (the extension's exports): the longest text
// parsed whole and the longest document copied into one string, so a test shows that a file past the size
// limit is never parsed or copied whole (where a timing would depend on the machine); and the end of a
// diagnostics pass and of the terminal coach's work on a command, so a test waits for them instead of sleeping.
import { largestParsedChars } from '../core/index';
import { largestCopiedChars } from './documentText';
import { workerAnswers } from './workerZone';

export interface WorkCounters {
  /** The longest text parsed and the longest document copied since the last call; `reset` starts again from 0. */
  largest(reset?: boolean): { parsedChars: number; copiedChars: number };
  /** The document version (by URI) whose problems were last shown: the end of a diagnostics pass. */
  checkedVersion(uri: string): number | undefined;
  /** The terminal commands whose end the coach has finished with, newest last, and what it decided. */
  terminalEnds(): readonly TerminalEnd[];
  /** The Practice view's context keys (`dockerCoach.practiceDone.<id>`) as VS Code took them, and how many checks started. */
  practice(): { keys: Readonly<Record<string, boolean>>; checks: number };
  /** Jobs of large documents the worker thread answered, and those that ran on the extension host's thread instead. */
  worker(): { inWorker: number; inPlace: number };
}

/** What the terminal coach did when a command ended: the signal a test waits for before asserting "nothing". */
export interface TerminalEnd { seq: number; commandLine: string; outcome: 'not read' | 'not docker' | 'coaching off' | 'explained' | 'nothing to explain' }

const ends: TerminalEnd[] = [];

/** Called by the terminal coach when it has finished with a command's end (kept: the last 20). */
export function noteTerminalEnd(commandLine: string, outcome: TerminalEnd['outcome']): void {
  ends.push({ seq: (ends[ends.length - 1]?.seq ?? 0) + 1, commandLine, outcome });
  if (ends.length > 20) ends.shift();
}

const checked = new Map<string, number>();

/** Called when a diagnostics pass ends, so a test can wait for it instead of sleeping. */
export function noteChecked(uri: string, version: number): void {
  checked.set(uri, version);
}

const practiceKeys: Record<string, boolean> = {};
let practiceChecks = 0;

/** Called once VS Code has taken a practice context key: what a walkthrough step completes on. */
export function notePracticeKey(key: string, value: boolean): void {
  practiceKeys[key] = value;
}

/** Called when a practice check starts (its keys are set one exercise at a time, before it ends). */
export function notePracticeCheck(): void {
  practiceChecks++;
}

export const workCounters: WorkCounters = {
  largest: (reset = false) => ({ parsedChars: largestParsedChars(reset), copiedChars: largestCopiedChars(reset) }),
  checkedVersion: (uri) => checked.get(uri),
  terminalEnds: () => [...ends],
  practice: () => ({ keys: { ...practiceKeys }, checks: practiceChecks }),
  worker: () => workerAnswers(),
};
