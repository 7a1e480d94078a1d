// SPDX-License-Identifier: MIT
// Entry point. activate() only registers providers and commands: nothing is parsed here.
import type * as vscode from 'vscode';
import { registerHoverProviders } from './vscode/hoverProvider';
import { registerActions } from './vscode/actions';
import { disposeLog } from './vscode/log';
import { registerNotes } from './vscode/notes';
import { registerAddToNotes } from './vscode/addToNotes';
import { registerDiagnostics } from './vscode/diagnostics';
import { registerProblemActions } from './vscode/problemActions';
import { registerLearnerPath } from './vscode/learnerPath';
import { registerCompletions } from './vscode/completionProvider';
import { registerTerminalCoach } from './vscode/terminalCoach';
import { registerExplainView } from './vscode/explainCommand';
import { registerNavigation } from './vscode/navigationProviders';
import { registerSecurityReview } from './vscode/securityView';
import { workCounters, type WorkCounters } from './vscode/workCounters';
import { registerPractice } from './vscode/practiceView';
import { registerWorkerZone } from './vscode/workerZone';

export function activate(context: vscode.ExtensionContext): { workCounters: WorkCounters } {
  registerHoverProviders(context);
  registerNotes(context);
  registerAddToNotes(context);
  registerActions(context);
  registerLearnerPath(context);
  registerCompletions(context);
  registerTerminalCoach(context);
  registerExplainView(context);
  registerNavigation(context);
  registerSecurityReview(context);
  registerPractice(context);
  registerProblemActions(context, registerDiagnostics(context));
  registerWorkerZone(context);
  return { workCounters }; // read by the integration tests through the extension's exports
}

export function deactivate(): void {
  disposeLog();
}
