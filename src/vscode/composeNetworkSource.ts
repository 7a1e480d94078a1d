// SPDX-License-Identifier: MIT
// The networks of the workspace's compose files, for `docker run --network ` in shell scripts, Makefiles and
// markdown. Read only when such a value is completed, then cached until a compose file is saved, created,
// deleted or edited.
import * as path from 'path';
import * as vscode from 'vscode';
import { composeNetworks, type ComposeFileText, type ComposeNetwork } from '../core/index';
import { maxFileCharsFor } from './largeFiles';

const composeNames = new Set(['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml']);
const composeGlob = '**/{compose.yaml,compose.yml,docker-compose.yml,docker-compose.yaml}';
/** A monorepo may hold many; a handful gives the names a learner types. */
const maxFiles = 20;

let cached: Promise<ComposeNetwork[]> | undefined;
let watching = false;

const isComposeName = (uri: vscode.Uri) => composeNames.has(path.basename(uri.path));

/** The networks, read once and then cached; never rejects. */
export function workspaceComposeNetworks(context: vscode.ExtensionContext): Promise<ComposeNetwork[]> {
  if (!watching) watch(context);
  cached ??= gather().catch(() => []);
  return cached;
}

/** The open compose documents first (their unsaved text is what the learner sees), else the disk. */
async function gather(): Promise<ComposeNetwork[]> {
  const open = vscode.workspace.textDocuments.filter(d => isComposeName(d.uri) && d.uri.scheme !== 'git').slice(0, maxFiles);
  const files: ComposeFileText[] = open.map(d => ({ path: d.uri.fsPath || d.uri.path, text: d.getText() }));
  if (!files.length) {
    for (const uri of await vscode.workspace.findFiles(composeGlob, '**/node_modules/**', maxFiles)) {
      try {
        if ((await vscode.workspace.fs.stat(uri)).size > maxFileCharsFor(uri)) continue;
        files.push({ path: uri.fsPath, text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) });
      } catch {
        // An unreadable file only means its networks are not offered.
      }
    }
  }
  return composeNetworks(files);
}

function watch(context: vscode.ExtensionContext): void {
  watching = true;
  const forget = (uri: vscode.Uri) => { if (isComposeName(uri)) cached = undefined; };
  const watcher = vscode.workspace.createFileSystemWatcher(composeGlob);
  context.subscriptions.push(
    watcher,
    watcher.onDidCreate(() => { cached = undefined; }),
    watcher.onDidDelete(() => { cached = undefined; }),
    watcher.onDidChange(() => { cached = undefined; }),
    vscode.workspace.onDidSaveTextDocument(d => forget(d.uri)),
    vscode.workspace.onDidChangeTextDocument(e => forget(e.document.uri)),
    vscode.workspace.onDidOpenTextDocument(d => forget(d.uri)),
    vscode.workspace.onDidCloseTextDocument(d => forget(d.uri)),
  );
}
