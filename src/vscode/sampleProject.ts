// SPDX-License-Identifier: MIT
// "Docker Coach: New sample project": writes the core's sample (a Flask API and a database under Compose) into a
// new folder inside the one the learner picks, and opens it. It writes files only: nothing runs.
import * as vscode from 'vscode';
import { sampleFolderName, sampleProject } from '../core/index';
import { exists } from './walkthrough';

/** Writes the sample into `<picked>/docker-coach-sample` (or -2, -3... when taken) and opens that folder. Returns it, for tests. */
export async function newSampleProject(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Create the sample here',
    title: `Where should the sample project go? A new folder ${sampleFolderName} is made inside the one you pick.`,
  });
  if (!picked?.[0]) return undefined;
  let target = vscode.Uri.joinPath(picked[0], sampleFolderName);
  for (let n = 2; await exists(target) && n < 100; n++) target = vscode.Uri.joinPath(picked[0], `${sampleFolderName}-${n}`);
  for (const file of sampleProject()) {
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(target, ...file.path.split('/')), new TextEncoder().encode(file.text));
  }
  // In a window that already shows a folder, the sample opens in a new one, so nothing the learner has open closes.
  await vscode.commands.executeCommand('vscode.openFolder', target, { forceNewWindow: (vscode.workspace.workspaceFolders?.length ?? 0) > 0 });
  return target;
}

export function registerSampleProject(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand('dockerCoach.newSampleProject', newSampleProject));
}
