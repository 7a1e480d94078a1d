// SPDX-License-Identifier: MIT
// Registers "Docker Coach: Explain this file". Nothing else happens at activation: the view's module is
// loaded the first time the command runs.
import * as vscode from 'vscode';

export const explainFileCommand = 'dockerCoach.explainFile';

export function registerExplainView(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(explainFileCommand, async (uri?: vscode.Uri) => {
    const view = await import('./explainView');
    return view.showExplainView(context, uri instanceof vscode.Uri ? uri : undefined);
  }));
}
