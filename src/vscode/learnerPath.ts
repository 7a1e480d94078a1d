// SPDX-License-Identifier: MIT
// The learner's path around the hovers: snippets that appear where they fit, the walkthrough's commands and
// progress, and the Get started view.
import type * as vscode from 'vscode';
import { registerSnippets } from './snippets';
import { registerWalkthrough } from './walkthrough';
import { registerWalkthroughProgress } from './walkthroughProgress';
import { registerGetStarted } from './getStarted';
import { registerSampleProject } from './sampleProject';

export function registerLearnerPath(context: vscode.ExtensionContext): void {
  registerSnippets(context);
  registerWalkthrough(context);
  registerWalkthroughProgress(context);
  registerGetStarted(context);
  registerSampleProject(context);
}
