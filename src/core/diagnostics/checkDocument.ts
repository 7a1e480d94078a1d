// SPDX-License-Identifier: MIT
// One document's problems, from settings to result: what both adapters do when a file opens or changes.
// The adapter says how to read a setting and the disk; which inputs each kind needs is decided here.
import { documentServices } from '../documentServices';
import type { DocumentKind } from '../documentKind';
import { buildContextFrom, diagnosticSettingsFrom, maxFileCharsFrom, type SettingReader } from '../editorSettings';
import { isTooLarge } from '../largeFile';
import type { FileContext } from '../types';
import { readComposeInputs, readDockerfileInputs, type DiskReader } from './inputs';
import type { Diagnostic } from './types';

/**
 * The problems of a Dockerfile or compose file, with the .dockerignore, .env and named paths read through
 * `disk`. Empty for other kinds, when diagnostics are off, and past the size limit.
 */
export async function checkDocument(kind: DocumentKind, text: string, file: FileContext | undefined, read: SettingReader, disk: DiskReader): Promise<Diagnostic[]> {
  const checks = documentServices[kind].checks;
  const settings = diagnosticSettingsFrom(read);
  const maxFileChars = maxFileCharsFrom(read);
  if (!checks || !settings.enabled || isTooLarge(text, maxFileChars)) return [];
  const inputs = kind === 'dockerfile'
    ? await readDockerfileInputs(file, buildContextFrom(read), disk)
    : await readComposeInputs(text, file, disk);
  return checks.diagnose(text, { ...inputs, file, settings, maxFileChars });
}
