// SPDX-License-Identifier: MIT
// Wires up the lens provider, the generic `dockerCoach.runAction` command and the palette commands.
import { isDeepStrictEqual } from 'util';
import * as vscode from 'vscode';
import { composeInstallAdvice, composeInstallUrl, publishedUrls, type ComposeFound, type DockerAction } from '../core/index';
import { plainText } from './plainText';
import { toVsRange } from './convert';
import { ActionLensProvider, actionSources, actionsFor, checkComposeCommand, runActionCommand } from './codeLensProvider';
import { composeMissingSomewhere, dockerPathFor, forgetImages, onDidChangeEngineState, recheckCompose } from './engineState';
import { runInTerminal, trackTerminals, type SendResult } from './terminal';

const untrustedMessage = 'Docker Coach runs docker commands only in a trusted workspace. Trust this folder to use its lenses and commands.';

/** The palette and menu commands, each naming the action kinds it runs on the active file. */
const paletteCommands: { id: string; kinds: string[]; needs: string }[] = [
  { id: 'dockerCoach.buildImage', kinds: ['dockerfile.build'], needs: 'a Dockerfile' },
  { id: 'dockerCoach.runContainer', kinds: ['dockerfile.run', 'dockerfile.buildAndRun'], needs: 'a Dockerfile' },
  { id: 'dockerCoach.shellIntoContainer', kinds: ['dockerfile.shell', 'compose.shell'], needs: 'a Dockerfile or a compose file with services' },
  { id: 'dockerCoach.compose.up', kinds: ['compose.up'], needs: 'a compose file with services' },
  { id: 'dockerCoach.compose.down', kinds: ['compose.down'], needs: 'a compose file with services' },
];

/** Shows why nothing ran, and hands the same answer back to the caller (tests read it). */
function refuse(reason: string): SendResult {
  void vscode.window.showWarningMessage(`Docker Coach: ${plainText(reason)}`);
  return { refused: reason };
}

/** The message when Compose is missing: short, with how to get it here, Check again and the install page. */
function refuseNoCompose(): SendResult {
  const reason = `Compose is not installed, so this cannot run. ${composeInstallAdvice(process.platform)}`;
  void vscode.window.showWarningMessage(`Docker Coach: ${reason}`, 'Check again', 'How to install').then((choice) => {
    if (choice === 'Check again') void vscode.commands.executeCommand(checkComposeCommand);
    else if (choice === 'How to install') void vscode.env.openExternal(vscode.Uri.parse(composeInstallUrl(process.platform)));
  });
  return { refused: reason };
}

/** "Check again": asks the machine which Compose answers now, and says what it found. */
async function checkCompose(): Promise<ComposeFound[] | SendResult> {
  if (!vscode.workspace.isTrusted) return refuse(untrustedMessage);
  const answers = await recheckCompose(dockerPathFor(vscode.window.activeTextEditor?.document.uri));
  const found = answers.find((a) => a !== 'none');
  if (found) void vscode.window.showInformationMessage(`Docker Coach: Compose found (${found}). The compose lenses use it now.`);
  else refuseNoCompose();
  return answers;
}

/** True for a command line that may have installed or removed Compose, or used it: `apt install docker-compose-plugin`, `docker compose up`. */
const mentionsCompose = (commandLine: string): boolean => /compose/i.test(commandLine);

/** Runs one action the core built for this document just now; refusals come back as messages. */
async function runFresh(action: DockerAction): Promise<SendResult> {
  if (action.missing === 'compose') return refuseNoCompose();
  if (action.error) return refuse(`${action.title.replace(/^\$\([^)]*\)\s*/, '')}: ${action.error}`);
  const result = await runInTerminal(action, action.cwd);
  if ('refused' in result) return refuse(`nothing was sent: ${result.refused}`);
  // A build may be on its way: ask the engine about images again next time.
  forgetImages();
  // A container run in the foreground prints only what its program prints: say where it answers.
  const urls = action.kind === 'dockerfile.run' || action.kind === 'dockerfile.buildAndRun' ? publishedUrls(action.then ?? action.argv) : [];
  if (urls.length) {
    void vscode.window.showInformationMessage(`Docker Coach: once it has started, open ${urls.join(' or ')}`, 'Open in Browser')
      .then((choice) => { if (choice) void vscode.env.openExternal(vscode.Uri.parse(urls[0])); });
  }
  return result;
}

/**
 * The lens command. It takes the lens's action and document, and runs only the identical action
 * recomputed from that document now, so a command link elsewhere cannot make it run an arbitrary argv.
 */
async function runAction(action?: Partial<DockerAction>, uri?: string): Promise<SendResult> {
  if (!vscode.workspace.isTrusted) return refuse(untrustedMessage);
  if (!action || typeof uri !== 'string') return refuse('this command runs the lenses in a Dockerfile or compose file.');
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri, true));
  const fresh = (await actionsFor(doc)).find((a) => a.kind === action.kind && isDeepStrictEqual(a.range, action.range) && isDeepStrictEqual(a.argv, action.argv));
  if (!fresh) return refuse('the file or the settings changed since this lens was shown; try the lens again.');
  return runFresh(fresh);
}

/** A palette or menu command: acts on the file it was invoked on, or the active editor's file. */
async function runOnFile(kinds: string[], needs: string, uri?: vscode.Uri): Promise<SendResult> {
  if (!vscode.workspace.isTrusted) return refuse(untrustedMessage);
  const doc = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  const candidates = doc ? (await actionsFor(doc)).filter((a) => kinds.includes(a.kind)) : [];
  if (!doc || candidates.length === 0) return refuse(`open ${needs} first.`);
  let chosen: DockerAction | undefined = candidates[0];
  if (candidates.length > 1) {
    const pick = await vscode.window.showQuickPick(
      // Each service's action sits on its key, so the text of its range is the service name.
      candidates.map((a) => ({ label: doc.getText(toVsRange(a.range)), description: a.error ?? a.tooltip, action: a })),
      { placeHolder: 'Which service?' },
    );
    chosen = pick?.action;
  }
  return chosen ? runFresh(chosen) : { refused: 'cancelled' };
}

/** Registers the lens provider, the lens command and the palette commands. */
export function registerActions(context: vscode.ExtensionContext): void {
  const lenses = new ActionLensProvider();
  context.subscriptions.push(
    lenses,
    vscode.languages.registerCodeLensProvider(actionSources.map((s) => ({ language: s.language, scheme: 'file' })), lenses),
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('dockerCoach')) lenses.refresh(); }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => lenses.refresh()),
    vscode.window.onDidChangeTextEditorVisibleRanges((e) => lenses.visibleRangesChanged(e.textEditor.document, e.visibleRanges)),
    vscode.workspace.onDidCloseTextDocument((doc) => lenses.closed(doc)),
    // Tooltips show the line quoted for the terminal's shell, which VS Code may only learn later.
    vscode.window.onDidChangeTerminalState(() => lenses.refresh()),
    vscode.window.onDidCloseTerminal(() => lenses.refresh()),
    trackTerminals(),
    onDidChangeEngineState(() => lenses.refresh()),
    // A command finished (a build, say): images may have appeared.
    vscode.window.onDidEndTerminalShellExecution((e) => {
      forgetImages();
      lenses.refresh();
      // Compose may have just been installed: ask again (the lenses redraw when the answer changed).
      if (vscode.workspace.isTrusted && mentionsCompose(e.execution.commandLine?.value ?? '')) void recheckCompose();
    }),
    // Installed in another window or app while this one was in the background: ask again on return.
    vscode.window.onDidChangeWindowState((state) => {
      if (state.focused && vscode.workspace.isTrusted && composeMissingSomewhere()) void recheckCompose();
    }),
    vscode.commands.registerCommand(runActionCommand, runAction),
    vscode.commands.registerCommand(checkComposeCommand, checkCompose),
    ...paletteCommands.map((c) => vscode.commands.registerCommand(c.id, (uri?: vscode.Uri) => runOnFile(c.kinds, c.needs, uri))),
  );
}
