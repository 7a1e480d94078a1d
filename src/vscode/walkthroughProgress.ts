// SPDX-License-Identifier: MIT
// The walkthrough follows real work, not only its own buttons: "Write a Dockerfile" ticks once a Dockerfile
// exists in the workspace however it was made, "Hover to learn" after hovers on two lines of a Dockerfile.
// The docker steps (build, run, shell, compose up, volume, network) tick when their exercise is done on the
// engine, not when a command was typed: the Practice view checks and sets `dockerCoach.practiceDone.<id>`
// (practiceView.ts). The first time a workspace with a Dockerfile or compose file is opened, the walkthrough opens once.
import * as vscode from 'vscode';
// From its own module: the first look runs in every window with a folder, where the rest of the core is not
// loaded (esbuild.mjs).
import { shouldOfferWalkthrough } from '../core/walkthroughSteps';

/** Dockerfiles and compose files by name: the first search, and the watcher. */
const dockerfileNames = ['Dockerfile', 'dockerfile', '*.dockerfile', 'Dockerfile.*'];
const composeNames = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
const isDockerfileName = (name: string): boolean => /^(?:Dockerfile(?:\..+)?|dockerfile|.+\.dockerfile)$/.test(name);

/** Remembered for the whole installation: the walkthrough opened by itself once, never again. */
export const walkthroughOfferedKey = 'dockerCoach.walkthroughOffered';
/** Remembered too: "Write a Dockerfile" was ticked once (VS Code keeps a ticked step ticked), so no window need search for one again. */
const dockerfileSeenKey = 'dockerCoach.dockerfileSeen';

const markDone = (key: string): Thenable<unknown> => vscode.commands.executeCommand('setContext', key, true);

/** Opens the walkthrough ("Docker Coach: Get started" and the Get started view offer it too). */
export function openWalkthrough(context: vscode.ExtensionContext): Thenable<unknown> {
  return vscode.commands.executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#gettingStarted`, false);
}

/** Ticks "Write a Dockerfile", and remembers it for every later window. */
function dockerfileSeen(context: vscode.ExtensionContext): void {
  void markDone('dockerCoach.hasDockerfile');
  if (!context.globalState.get<boolean>(dockerfileSeenKey, false)) void context.globalState.update(dockerfileSeenKey, true);
}

/**
 * One search for Docker files when the window opens, answered in the background (activation does not wait),
 * and only while it can still change something: once the walkthrough has opened by itself and the Dockerfile
 * step is ticked, windows do not search at all (issue 29: most windows have nothing to do with Docker).
 */
async function lookAtWorkspace(context: vscode.ExtensionContext): Promise<void> {
  if (!vscode.workspace.workspaceFolders?.length) return;
  const offered = context.globalState.get<boolean>(walkthroughOfferedKey, false);
  if (offered && context.globalState.get<boolean>(dockerfileSeenKey, false)) return;
  const found = await vscode.workspace.findFiles(`**/{${[...dockerfileNames, ...composeNames].join(',')}}`, '**/node_modules/**', 20);
  if (found.some((u) => isDockerfileName(u.path.split('/').pop() ?? ''))) dockerfileSeen(context);
  if (shouldOfferWalkthrough(offered, vscode.workspace.getConfiguration('workbench').get('startupEditor'), found.length > 0)) {
    await context.globalState.update(walkthroughOfferedKey, true);
    void openWalkthrough(context);
  }
}

/** Watches for Dockerfiles and Dockerfile hovers, and ticks the steps they complete. */
export function registerWalkthroughProgress(context: vscode.ExtensionContext): void {
  const watcher = vscode.workspace.createFileSystemWatcher(`**/{${dockerfileNames.join(',')}}`, false, true, true);
  // Hovers on two different lines of Dockerfiles: this provider only watches, and adds nothing to the hover.
  const hovered = new Set<string>();
  const hoverWatcher: vscode.HoverProvider = {
    provideHover(doc, pos) {
      if (hovered.size < 2 && doc.getWordRangeAtPosition(pos)) {
        hovered.add(`${doc.uri.toString()}#${pos.line}`);
        if (hovered.size === 2) void markDone('dockerCoach.hovered.dockerfile');
      }
      return undefined;
    },
  };
  const opened = (doc: vscode.TextDocument) => { if (doc.languageId === 'dockerfile') dockerfileSeen(context); };
  context.subscriptions.push(
    watcher,
    watcher.onDidCreate(() => dockerfileSeen(context)),
    vscode.workspace.onDidOpenTextDocument(opened),
    vscode.languages.registerHoverProvider({ language: 'dockerfile' }, hoverWatcher),
  );
  // After activation, not in it: activate() only registers (it runs in every window, issue 29). The search
  // runs in VS Code's search service and the open documents are read once, a moment after the window settles.
  const settle = setTimeout(() => {
    vscode.workspace.textDocuments.forEach(opened);
    void lookAtWorkspace(context).catch(() => undefined);
  }, 1000);
  context.subscriptions.push({ dispose: () => clearTimeout(settle) });
}
