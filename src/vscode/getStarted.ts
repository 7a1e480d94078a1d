// SPDX-License-Identifier: MIT
// The Docker Coach view container's first view, "Get started": what the coach does, where to begin, and
// whether Docker and Compose answer on this machine. Its text is the manifest's `viewsWelcome` (native, no
// webview); this module only sets the context keys that pick the status lines, and asks the machine only
// while the view is on show or when Check again is clicked, never at activation, never untrusted.
import * as vscode from 'vscode';
import { composeInstallAdvice, composeInstallUrl } from '../core/index';
import { composeFound, composeFoundNow, dockerFoundNow, dockerPathFor, onDidChangeEngineState } from './engineState';
import { openWalkthrough } from './walkthroughProgress';

export const getStartedViewId = 'dockerCoach.getStarted';

/** The view's tree is always empty, so VS Code shows the welcome content the manifest writes. */
class EmptyTree implements vscode.TreeDataProvider<never> {
  getTreeItem(item: never): vscode.TreeItem { return item; }
  getChildren(): never[] { return []; }
}

const setStatus = (what: 'docker' | 'compose', value: string): Thenable<unknown> => vscode.commands.executeCommand('setContext', `dockerCoach.status.${what}`, value);

const composeStateOf = (found: string): 'v2' | 'v1' | 'missing' => (found === 'docker compose' ? 'v2' : found === 'docker-compose' ? 'v1' : 'missing');

/** Asks `docker version` and which Compose answers, and shows the answers in the view. */
async function checkEngine(): Promise<{ docker: string; compose: string } | { refused: string }> {
  if (!vscode.workspace.isTrusted) {
    await Promise.all([setStatus('docker', 'untrusted'), setStatus('compose', 'untrusted')]);
    return { refused: 'Docker Coach runs docker commands only in a trusted workspace.' };
  }
  await Promise.all([setStatus('docker', 'checking'), setStatus('compose', 'checking')]);
  const dockerPath = dockerPathFor();
  const [docker, compose] = await Promise.all([dockerFoundNow(dockerPath), composeFoundNow(dockerPath)]);
  const composeState = composeStateOf(compose);
  await Promise.all([setStatus('docker', docker.state), setStatus('compose', composeState)]);
  return { docker: docker.state, compose: composeState };
}

/** "How to get Compose": the advice for this platform, and the install page. */
async function howToGetCompose(): Promise<void> {
  const choice = await vscode.window.showInformationMessage(`Docker Coach: ${composeInstallAdvice(process.platform)}`, 'Open the install page', 'Check again');
  if (choice === 'Open the install page') void vscode.env.openExternal(vscode.Uri.parse(composeInstallUrl(process.platform)));
  else if (choice === 'Check again') void checkEngine();
}

export function registerGetStarted(context: vscode.ExtensionContext): void {
  const view = vscode.window.createTreeView(getStartedViewId, { treeDataProvider: new EmptyTree() });
  let checked = false;
  const whenShown = () => {
    if (view.visible && !checked) { checked = true; void checkEngine(); }
  };
  context.subscriptions.push(
    view,
    view.onDidChangeVisibility(whenShown),
    // Compose asked again elsewhere (window focus, a terminal command, a lens's Check again): the status follows.
    onDidChangeEngineState(() => {
      const found = checked && vscode.workspace.isTrusted ? composeFound(dockerPathFor()) : undefined;
      if (found) void setStatus('compose', composeStateOf(found));
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => { checked = false; whenShown(); }),
    vscode.commands.registerCommand('dockerCoach.getStarted', () => vscode.commands.executeCommand(`${getStartedViewId}.focus`)),
    vscode.commands.registerCommand('dockerCoach.openWalkthrough', () => openWalkthrough(context)),
    vscode.commands.registerCommand('dockerCoach.checkEngine', checkEngine),
    vscode.commands.registerCommand('dockerCoach.howToGetCompose', howToGetCompose),
  );
  // A view restored on show at startup asks once the window has settled, not inside activate() (issue 29).
  const settle = setTimeout(whenShown, 1000);
  context.subscriptions.push({ dispose: () => clearTimeout(settle) });
}
