// SPDX-License-Identifier: MIT
// The walkthrough's own command: "New Dockerfile" makes a real `Dockerfile` in the open folder (lenses only
// appear on files), opens it, and lists the whole-file snippets to start from.
import * as vscode from 'vscode';

/** Where the new Dockerfile goes: the open folder (picked when there are several), else wherever the learner says. */
async function targetUri(): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    return vscode.window.showSaveDialog({ title: 'Where should the Dockerfile go?', saveLabel: 'Create Dockerfile', defaultUri: vscode.Uri.file(`${process.env.HOME ?? ''}/Dockerfile`) });
  }
  const folder = folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which folder gets the Dockerfile?' });
  return folder && vscode.Uri.joinPath(folder.uri, 'Dockerfile');
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** "Docker Coach: New Dockerfile". Returns the file it opened, for tests. */
export async function newDockerfile(): Promise<vscode.Uri | undefined> {
  const uri = await targetUri();
  if (!uri) return undefined;
  const already = await exists(uri);
  if (!already) await vscode.workspace.fs.writeFile(uri, new Uint8Array());
  const editor = await vscode.window.showTextDocument(uri);
  if (already) {
    void vscode.window.showInformationMessage('Docker Coach: this folder already has a Dockerfile, so it was opened instead.');
  } else if (editor.document.getText() === '') {
    // An empty file: offer the whole-file snippets (df-flask, df-node, ...) at once.
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
  }
  return uri;
}

export function registerWalkthrough(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand('dockerCoach.newDockerfile', newDockerfile));
}
