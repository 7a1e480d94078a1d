// SPDX-License-Identifier: MIT
// What the extension host has done, in characters, for the integration tests (the extension's exports):
// the longest text parsed whole and the longest document copied into one string. A test shows with them
// that a file past the size limit is never parsed or copied whole, where a timing would depend on the machine.
import { largestParsedChars } from '../core/index';
import { largestCopiedChars } from './documentText';

export interface WorkCounters {
  /** The longest text parsed and the longest document copied since the last call; `reset` starts again from 0. */
  largest(reset?: boolean): { parsedChars: number; copiedChars: number };
  /** The document version (by URI) whose problems were last shown: the end of a diagnostics pass. */
  checkedVersion(uri: string): number | undefined;
}

const checked = new Map<string, number>();

/** Called when a diagnostics pass ends, so a test can wait for it instead of sleeping. */
export function noteChecked(uri: string, version: number): void {
  checked.set(uri, version);
}

export const workCounters: WorkCounters = {
  largest: (reset = false) => ({ parsedChars: largestParsedChars(reset), copiedChars: largestCopiedChars(reset) }),
  checkedVersion: (uri) => checked.get(uri),
};
