// SPDX-License-Identifier: MIT
// The learner's path around the hovers: snippets that appear where they fit, and the walkthrough's commands.
import type * as vscode from 'vscode';
import { registerSnippets } from './snippets';
import { registerWalkthrough } from './walkthrough';

export function registerLearnerPath(context: vscode.ExtensionContext): void {
  registerSnippets(context);
  registerWalkthrough(context);
}
