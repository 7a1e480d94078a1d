// SPDX-License-Identifier: MIT
// Lenses for Dockerfiles and compose files: settings in, core actions out, one generic command each.
import * as vscode from 'vscode';
import {
  actionSettingsFrom, composeActions, dockerfileActions,
  type ActionSettings, type DockerAction, type FileContext,
} from '../core/index';
import { toVsRange } from './convert';
import { documentTextSoon } from './documentText';
import { composeFound, imageMissing } from './engineState';
import { guardLater } from './log';
import { mapInTurns } from './inTurns';
import { checkLargeFile, maxFileCharsFor } from './largeFiles';
import { shellKindFor } from './terminal';
import { workerFor } from './workerZone';

export const runActionCommand = 'dockerCoach.runAction';
/** Asks the machine again which Compose answers (the lens and message "Check again"). */
export const checkComposeCommand = 'dockerCoach.checkCompose';

/** The documents that have actions, and the core function for each (called through, so the core loads on the first lens). */
export const actionSources: { language: string; kind: 'dockerfile' | 'compose'; actions: typeof dockerfileActions }[] = [
  { language: 'dockerfile', kind: 'dockerfile', actions: (...args) => dockerfileActions(...args) },
  { language: 'dockercompose', kind: 'compose', actions: (...args) => composeActions(...args) },
];

/** The user's action settings for a document (resource scope, so per folder). */
export function actionSettingsFor(uri: vscode.Uri): Partial<ActionSettings> {
  const c = vscode.workspace.getConfiguration('dockerCoach', uri);
  return actionSettingsFrom(key => c.get(key));
}

/** The settings plus what the machine answered so far: which Compose program `auto` found. */
function withEngineState(settings: Partial<ActionSettings>): Partial<ActionSettings> {
  const command = settings.composeCommand;
  if (command !== 'docker compose' && command !== 'docker-compose') {
    settings.composeFound = composeFound(typeof settings.dockerPath === 'string' && settings.dockerPath.trim() ? settings.dockerPath.trim() : 'docker');
  }
  // The missing-Compose text says how to install for this platform.
  settings.platform = process.platform;
  return settings;
}

/** Where a document's file is, and the workspace folder holding it, if any. */
export function fileContextOf(doc: vscode.TextDocument): FileContext {
  return { path: doc.uri.fsPath, workspaceFolder: vscode.workspace.getWorkspaceFolder(doc.uri)?.uri.fsPath };
}

/**
 * Every action for a document, with tooltips written for the shell of the terminal they will
 * run in. Empty for other languages, non-file documents, and untrusted workspaces.
 */
export async function actionsFor(doc: vscode.TextDocument): Promise<DockerAction[]> {
  if (!vscode.workspace.isTrusted || doc.uri.scheme !== 'file') return [];
  const source = actionSources.find((s) => s.language === doc.languageId);
  if (!source) return [];
  if (checkLargeFile(doc)) return [];
  const text = await documentTextSoon(doc);
  if (text === undefined) return []; // edited meanwhile: VS Code asks again for the new version
  const file = fileContextOf(doc);
  const settings = { ...withEngineState(actionSettingsFor(doc.uri)), maxFileChars: maxFileCharsFor(doc.uri) };
  // A large file's actions parse it whole: the worker works them out.
  const worker = workerFor(doc.uri, source.kind, text, settings.maxFileChars);
  const actionsWith = (s: typeof settings): DockerAction[] | Promise<DockerAction[]> => (worker ? worker.actions(source.kind, text, file, s) : source.actions(text, file, s));
  let actions = await actionsWith(settings);
  // Run on an image the engine does not have becomes Build & Run; where the engine cannot be asked, Run stays.
  const runImage = actions.find((a) => a.kind === 'dockerfile.run')?.image;
  if (runImage && imageMissing(settings.dockerPath ?? 'docker', runImage)) {
    settings.missingImages = [runImage];
    actions = await actionsWith(settings);
  }
  // All of a document's actions share one working folder, so one terminal and one shell. When that
  // shell is not POSIX, build them again for it: the core writes the tooltips, or refuses a line that
  // shell cannot carry (a line break for cmd), action by action.
  const shell = actions.length > 0 ? shellKindFor(actions[0].cwd) : 'posix';
  return shell === 'posix' ? actions : actionsWith({ ...settings, shell });
}

/**
 * One lens per action. Without Compose, the same refusal on every service said nothing new: the file gets
 * one refused lens on `services:` that names what is missing, and Check again beside it. A 1.9 MB compose
 * file has about 45,000 lenses, about 100 ms of work here: they are made a slice per turn.
 */
async function lensesFor(actions: DockerAction[], doc: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[] | undefined> {
  const lens = (a: DockerAction, title = a.title): vscode.CodeLens => new vscode.CodeLens(toVsRange(a.range), { title, tooltip: a.tooltip, command: runActionCommand, arguments: [a, doc.uri.toString()] });
  const noCompose = actions.filter((a) => a.missing === 'compose');
  if (noCompose.length === 0) return mapInTurns(actions, (a) => lens(a), token);
  const first = noCompose[0];
  const others = await mapInTurns(actions.filter((a) => a.missing !== 'compose'), (a) => lens(a), token);
  return others && [
    ...others,
    lens(first, '$(warning) Compose is not installed: cannot run'),
    new vscode.CodeLens(toVsRange(first.range), { title: '$(refresh) Check again', tooltip: 'Ask again whether docker compose or docker-compose is installed (after you installed one).', command: checkComposeCommand }),
  ];
}

/** A lens for each action the user has not switched off; refreshed when settings or trust change. */
export class ActionLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  refresh(): void {
    this.changed.fire();
  }

  async provideCodeLenses(doc: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    if (token.isCancellationRequested) return [];
    const config = vscode.workspace.getConfiguration('dockerCoach.codeLens', doc.uri);
    if (!config.get<boolean>('enabled', true)) return [];
    const where = `lenses for ${doc.uri.toString()}`;
    const actions = await guardLater(where, () => actionsFor(doc), []);
    if (token.isCancellationRequested) return [];
    // Each group has its own toggle: dockerCoach.codeLens.build, .run, .shell, .compose. Read once per group:
    // a 1.9 MB compose file has tens of thousands of actions, and each read of a setting has its price.
    const shown = new Map<string, boolean>();
    const on = (group: string) => { let v = shown.get(group); if (v === undefined) shown.set(group, v = config.get<boolean>(group, true)); return v; };
    return guardLater(where, async () => (await lensesFor(actions.filter((a) => on(a.group)), doc, token)) ?? [], []);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
