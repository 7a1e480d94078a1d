// SPDX-License-Identifier: MIT
// The walkthrough's own command: "New Dockerfile" asks which folder (those holding an app first), makes a real
// `Dockerfile` there (lenses only appear on files), and offers the whole-file starters, the one that fits first.
import * as vscode from 'vscode';
import { appMarkerGlob, usesReactScripts, dockerfileFolders, snippetTable, starterOrder, type DockerfileFolder } from '../core/index';

const dockerfileGlob = '**/{Dockerfile,dockerfile}';
const skip = '**/node_modules/**';

/** Where the new Dockerfile goes: a folder the learner picks, apps first; else wherever the learner says. */
async function targetFolder(): Promise<DockerfileFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    const uri = await vscode.window.showSaveDialog({ title: 'Where should the Dockerfile go?', saveLabel: 'Create Dockerfile', defaultUri: vscode.Uri.file(`${process.env.HOME ?? ''}/Dockerfile`) });
    return uri && { folder: vscode.Uri.joinPath(uri, '..').fsPath, label: '', hasDockerfile: false };
  }
  const ws = folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which folder gets the Dockerfile?' });
  if (!ws) return undefined;
  const within = (glob: string) => vscode.workspace.findFiles(new vscode.RelativePattern(ws, glob), skip, 200);
  const [markers, dockerfiles] = await Promise.all([within(appMarkerGlob), within(dockerfileGlob)]);
  const choices = dockerfileFolders(ws.uri.fsPath, markers.map((u) => u.fsPath), dockerfiles.map((u) => u.fsPath), await reactApps(markers));
  if (choices.length === 1) return choices[0];
  const pick = await vscode.window.showQuickPick(
    choices.map((c) => ({ label: c.label === '.' ? `${ws.name} (the workspace folder)` : c.label, description: c.description, choice: c })),
    { title: 'New Dockerfile', placeHolder: 'Which folder gets the Dockerfile? It becomes the build context: COPY sees the files in it.' },
  );
  return pick?.choice;
}

/** The package.json files among `markers` of Create React App apps; one that cannot be read, or is huge, is not. */
async function reactApps(markers: readonly vscode.Uri[]): Promise<Set<string>> {
  const found = new Set<string>();
  await Promise.all(markers.filter((u) => u.path.endsWith('/package.json')).map(async (u) => {
    try {
      const bytes = await vscode.workspace.fs.readFile(u);
      if (bytes.byteLength <= 512 * 1024 && usesReactScripts(new TextDecoder().decode(bytes))) found.add(u.fsPath);
    } catch { /* unreadable: not offered as React */ }
  }));
  return found;
}

/** Offers the whole-file starters (the one that fits the folder first), then an empty file; inserts the one picked. */
async function offerStarters(editor: vscode.TextEditor, fits?: string): Promise<void> {
  const table = snippetTable('dockerfile');
  const entries = Object.entries(table);
  const items = starterOrder(fits).flatMap((prefix) => {
    const found = entries.find(([, e]) => e.prefix === prefix);
    return found ? [{ label: prefix, description: found[0], detail: found[1].description, body: found[1].body }] : [];
  });
  const pick = await vscode.window.showQuickPick([...items, { label: 'Empty file', description: 'start from nothing', detail: 'Type FROM and the suggestions take it from there.', body: undefined }], {
    title: 'Start the Dockerfile from', placeHolder: 'Each starter explains its lines in comments',
  });
  if (pick?.body === undefined) return;
  await editor.insertSnippet(new vscode.SnippetString(Array.isArray(pick.body) ? pick.body.join('\n') : pick.body));
}

/** True when something is at `uri` (a file or a folder). */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** "Docker Coach: New Dockerfile". Returns the file it opened, for tests. */
export async function newDockerfile(): Promise<vscode.Uri | undefined> {
  const target = await targetFolder();
  if (!target) return undefined;
  const uri = vscode.Uri.joinPath(vscode.Uri.file(target.folder), 'Dockerfile');
  const already = await exists(uri);
  if (!already) await vscode.workspace.fs.writeFile(uri, new Uint8Array());
  const editor = await vscode.window.showTextDocument(uri);
  if (already) {
    void vscode.window.showInformationMessage('Docker Coach: this folder already has a Dockerfile, so it was opened instead.');
  } else if (editor.document.getText() === '') {
    await offerStarters(editor, target.starter);
  }
  return uri;
}

export function registerWalkthrough(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand('dockerCoach.newDockerfile', newDockerfile));
}
