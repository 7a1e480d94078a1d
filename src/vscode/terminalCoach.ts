// SPDX-License-Identifier: MIT
// Coaching in the terminal. For each command shell integration reports in any integrated terminal whose
// program is docker, docker-compose or podman (or whose line VS Code cannot name yet), the output is read
// while it runs (only its last 64 KB kept, in memory); when it ends, the core explains the failure from the
// command line, the exit code and that output. An explained failure raises a short notification with
// "Explain", the first fix and "Go to line". After a `docker run -d` or `docker compose up -d` that
// succeeded, it looks once, a few seconds later, whether the container still runs (afterStartLook.ts), and
// explains it the same way if not. Nothing is stored or sent anywhere, no fix runs unless clicked, and it is
// all off in an untrusted workspace.
import * as vscode from 'vscode';
import { cliTablesSteps, explainDockerFailure, failureFilesFor, type Action, type Failure, type FailureFile } from '../core/index';
// Noticing a docker command as it starts is all the coach does in every window, so these two come straight
// from their module and are part of what activation loads; the rest of the core waits for a failure (esbuild.mjs).
import { dockerProgramOf, maxOutputChars } from '../core/failures/dockerProgram';
import { cancelAfterStartLooks, lookAfterStart, sayRandomPorts } from './afterStartLook';
import { composeFoundNow, dockerPathFor } from './engineState';
import { stepsInTurns } from './inTurns';
import { plainText } from './plainText';
import { showFailure, type FailureViewMessage } from './failureView';
import { log } from './log';
import { readTail } from './outputTail';
import { currentNotes } from './notes';
import { runInTerminal, type SendResult } from './terminal';
import { noteTerminalEnd } from './workCounters';

export const explainFailuresSetting = 'terminal.explainFailures';
export const explainLastFailureCommand = 'dockerCoach.explainLastFailure';
export const runFailureFixCommand = 'dockerCoach.runFailureFix';

const untrustedMessage = 'Docker Coach runs docker commands only in a trusted workspace. Trust this folder to run the fixes it offers.';

/** The largest file read to point at a line: a Dockerfile or compose file is far smaller. */
const maxFileBytes = 1024 * 1024;

/** A failure as shown: what the core said, and where the command ran. */
interface ShownFailure { failure: Failure; cwd: string; commandLine: string; notified: boolean }

/** The failures explained in this window, newest last; memory only, a few at most. */
const recent: ShownFailure[] = [];
const keepRecent = 10;

/** Output being read, per running command. */
const readers = new WeakMap<vscode.TerminalShellExecution, Promise<string>>();

/** The command line as VS Code gave it when each command started: said in the log when a docker command went unread. */
const atStart = new WeakMap<vscode.TerminalShellExecution, vscode.TerminalShellExecutionCommandLine>();

/** On, unless turned off, and never in an untrusted workspace (the setting is also a restricted one). */
function coaching(): boolean {
  return vscode.workspace.isTrusted && vscode.workspace.getConfiguration('dockerCoach').get<boolean>(explainFailuresSetting, true) !== false;
}

function started(e: vscode.TerminalShellExecutionStartEvent): void {
  if (!coaching()) return;
  const { commandLine } = e.execution;
  atStart.set(e.execution, { value: commandLine.value, confidence: commandLine.confidence, isTrusted: commandLine.isTrusted });
  // VS Code may learn the command line only later (its value "may become more accurate" by the end, says the
  // API): short of high confidence, a command whose line names no docker program yet is read too, and its
  // line at the end decides. Only the last 64 KB are kept, in memory, until then.
  if (!dockerProgramOf(commandLine.value) && commandLine.confidence === vscode.TerminalShellExecutionCommandLineConfidence.High) return;
  // read() must be called as the command starts, or its output is missed.
  readers.set(e.execution, readTail(e.execution.read(), maxOutputChars, (err) => log().warn(`terminal coach: reading output stopped: ${String(err)}`)));
}

/** A docker command that ended unread: says what VS Code had given as its line when it started, if it started here. */
function noteUnread(e: vscode.TerminalShellExecutionEndEvent, commandLine: string): void {
  if (!dockerProgramOf(commandLine) || !coaching()) return;
  const start = atStart.get(e.execution);
  log().info(start
    ? `terminal coach: "${commandLine}" was not read: as it started, its command line read "${start.value}" (confidence ${start.confidence})`
    : `terminal coach: "${commandLine}" was not read: its start was not reported`);
}

/** The Dockerfile, .dockerignore or compose files the command read, those that exist. */
async function filesFor(commandLine: string, cwd: string): Promise<FailureFile[]> {
  if (!cwd) return [];
  const files: FailureFile[] = [];
  for (const p of failureFilesFor(commandLine, cwd)) {
    try {
      const uri = vscode.Uri.file(p);
      if ((await vscode.workspace.fs.stat(uri)).size > maxFileBytes) continue;
      files.push({ path: p, text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) });
    } catch {
      // Absent: the usual case for all but one of the compose names.
    }
  }
  return files;
}

function cwdOf(e: vscode.TerminalShellExecutionEndEvent): string {
  return e.execution.cwd?.fsPath ?? e.terminal.shellIntegration?.cwd?.fsPath ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '';
}

async function ended(e: vscode.TerminalShellExecutionEndEvent): Promise<void> {
  const commandLine = e.execution.commandLine.value;
  const reading = readers.get(e.execution);
  if (!reading) {
    noteUnread(e, commandLine);
    noteTerminalEnd(commandLine, 'not read');
    return;
  }
  readers.delete(e.execution);
  const output = await reading;
  if (!coaching()) { noteTerminalEnd(commandLine, 'coaching off'); return; }
  if (!dockerProgramOf(commandLine)) { noteTerminalEnd(commandLine, 'not docker'); return; }
  const cwd = cwdOf(e);
  // After a compose command, ask the machine afresh which Compose answers: no fix offers a program that is not there.
  const composeFound = e.exitCode !== 0 && /compose/.test(commandLine) ? await composeFoundNow(dockerPathFor(cwd ? vscode.Uri.file(cwd) : undefined)) : undefined;
  const input = { commandLine, output, exitCode: e.exitCode, cwd, files: await filesFor(commandLine, cwd), notes: currentNotes(), composeFound, platform: process.platform };
  // A failure's explanation reads the CLI tables: the first one loads them a step per turn (issue 29).
  if (e.exitCode !== 0) await stepsInTurns(cliTablesSteps());
  const failure = explainDockerFailure(input);
  noteTerminalEnd(commandLine, failure ? 'explained' : 'nothing to explain');
  if (failure) {
    log().info(`terminal coach: ${failure.code} after "${commandLine}" (exit ${e.exitCode ?? 'unknown'})`);
    present(failure, cwd, commandLine);
  } else if (e.exitCode === 0) {
    // Started in the background: whether it keeps running shows only later.
    lookAfterStart(input, coaching, (later) => present(later, cwd, commandLine));
    void sayRandomPorts(input, coaching, (text) => void vscode.window.showInformationMessage(`Docker Coach: ${plainText(text)}`))
      .catch((err) => log().warn(`terminal coach: docker port failed: ${String(err)}`));
  }
}

/** Keeps an explained failure as the newest, and raises its notification. */
function present(failure: Failure, cwd: string, commandLine: string): void {
  const shown: ShownFailure = { failure, cwd, commandLine, notified: false };
  recent.push(shown);
  if (recent.length > keepRecent) recent.shift();
  void notify(shown);
}

/** The notification: the problem in a few words, then Explain, the first fix and Go to line. */
async function notify(shown: ShownFailure): Promise<void> {
  const { failure } = shown;
  const first = failure.fixes[0];
  const items = ['Explain', ...(first ? [first.title] : []), ...(failure.location ? ['Go to line'] : [])];
  shown.notified = true;
  // An error with buttons stays until dismissed (VS Code hides warnings after a few seconds): the learner
  // reads the terminal lines it explains first, and the notification must still be there afterwards.
  const choice = await vscode.window.showErrorMessage(`Docker Coach: ${failure.title}`, ...items);
  if (choice === 'Explain') void explain(shown);
  else if (choice === 'Go to line') await goToLine(shown);
  else if (choice && first && choice === first.title) await runFix(shown, 0);
}

function explain(shown: ShownFailure): Promise<vscode.WebviewPanel> {
  return showFailure(shown.failure, (m: FailureViewMessage) => {
    if (m.type === 'fix') void runFix(shown, m.index);
    else void goToLine(shown);
  });
}

async function goToLine(shown: ShownFailure): Promise<void> {
  const at = shown.failure.location;
  if (!at) return;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(at.path));
  const line = Math.min(at.line, Math.max(0, doc.lineCount - 1));
  const range = doc.lineAt(line).range;
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(range.start, range.end) });
}

/** Runs one of the fixes the core built for this failure, visibly, in the folder's Docker Coach terminal. */
async function runFix(shown: ShownFailure, index: number): Promise<SendResult> {
  const fix: Action | undefined = shown.failure.fixes[index];
  if (!vscode.workspace.isTrusted) return { refused: untrustedMessage };
  if (!fix) return { refused: 'no such fix' };
  const result = await runInTerminal({ argv: fix.argv }, fix.cwd || shown.cwd || vscode.workspace.workspaceFolders?.[0]?.uri.fsPath || '');
  if ('refused' in result) void vscode.window.showWarningMessage(`Docker Coach: nothing was sent: ${result.refused}`);
  return result;
}

/**
 * "Explain the last failed docker command": opens the newest explanation again. It returns what it showed
 * (code, title, markdown, whether the notification went out, the panel's title), which the tests read;
 * with `{ peek: true }` it only returns that, opening nothing.
 */
async function explainLast(options?: { peek?: boolean }): Promise<{ code: string; title: string; markdown: string; commandLine: string; notified: boolean; panel?: string } | undefined> {
  const shown = recent[recent.length - 1];
  const peek = options?.peek === true;
  if (!shown) {
    if (!peek) void vscode.window.showInformationMessage('Docker Coach has not seen a docker command fail in a terminal of this window yet.');
    return undefined;
  }
  const panel = peek ? undefined : (await explain(shown)).title;
  const { code, title, markdown } = shown.failure;
  return { code, title, markdown, commandLine: shown.commandLine, notified: shown.notified, panel };
}

/** Listens to every terminal's commands; reading starts only for docker commands, and only when coaching is on. */
export function registerTerminalCoach(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.window.onDidStartTerminalShellExecution(started),
    vscode.window.onDidEndTerminalShellExecution((e) => { void ended(e); }),
    cancelAfterStartLooks(),
    vscode.commands.registerCommand(explainLastFailureCommand, explainLast),
    // The newest failure's fix by number, for keyboard use and tests; the panel's buttons call runFix directly.
    vscode.commands.registerCommand(runFailureFixCommand, (index?: unknown) => {
      if (!vscode.workspace.isTrusted) return { refused: untrustedMessage };
      const shown = recent[recent.length - 1];
      return shown && typeof index === 'number' ? runFix(shown, index) : { refused: 'no failure to fix' };
    }),
  );
}
