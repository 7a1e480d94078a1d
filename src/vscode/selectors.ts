// SPDX-License-Identifier: MIT
// Which documents Docker Coach serves, in one place for hovers, diagnostics and completions.
import type * as vscode from 'vscode';
// From its own module, not the core index: selectors are built at activation, before the core loads (esbuild.mjs).
import { composeFileGlob } from '../core/documentKind';

/** Files on disk and unsaved new files of these languages; never other schemes (git diffs, live share...). */
export function local(...languages: string[]): vscode.DocumentFilter[] {
  return languages.flatMap(language => [{ language, scheme: 'file' }, { language, scheme: 'untitled' }]);
}

export const dockerfileSelector: vscode.DocumentSelector = local('dockerfile');

/** VS Code calls most compose files `dockercompose`; the pattern catches ones opened as plain YAML. */
export const composeSelector: vscode.DocumentSelector = [
  ...local('dockercompose'),
  { language: 'yaml', scheme: 'file', pattern: composeFileGlob },
];
