// SPDX-License-Identifier: MIT
// Lenses for Dockerfiles and compose files: settings in, core actions out, one generic command each.
import * as vscode from 'vscode';
import {
  actionSettingsFrom, composeActions, dockerfileActions,
  type ActionSettings, type DockerAction, type FileContext,
} from '../core/index';
import { toVsRange } from './convert';
import type { LineSpan } from '../worker/checkWorker';
import { atWorkerSize, documentTextSoon } from './documentText';
import { composeFound, imageMissing } from './engineState';
import { guardLater } from './log';
import { mapInTurns } from './inTurns';
import { checkLargeFile, maxFileCharsFor } from './largeFiles';
import { shellKindFor } from './terminal';
import { answerFrom } from './workerZone';

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
 * run in. Empty for other languages, non-file documents, and untrusted workspaces. With `lines`, a
 * large document's worker sends only the actions that start on them.
 */
export async function actionsFor(doc: vscode.TextDocument, lines?: readonly LineSpan[]): Promise<DockerAction[]> {
  if (!vscode.workspace.isTrusted || doc.uri.scheme !== 'file') return [];
  const source = actionSources.find((s) => s.language === doc.languageId);
  if (!source) return [];
  if (checkLargeFile(doc)) return [];
  const text = await documentTextSoon(doc);
  if (text === undefined) return []; // edited meanwhile: VS Code asks again for the new version
  const file = fileContextOf(doc);
  const settings = { ...withEngineState(actionSettingsFor(doc.uri)), maxFileChars: maxFileCharsFor(doc.uri) };
  // A large file's actions parse it whole: the worker works them out.
  const actionsWith = (s: typeof settings): Promise<DockerAction[]> => answerFrom(doc.uri, source.kind, text, settings.maxFileChars, `actions for ${doc.uri.toString()}`, [], {
    inWorker: worker => worker.actions(source.kind, text, file, s, lines),
    here: () => source.actions(text, file, s),
  });
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

/**
 * Around what an editor shows of a large document, the lines that get lenses: the lines in view and this
 * many either side, so that a short scroll finds its lenses there already. VS Code draws only the lenses
 * in view, but it takes all of them: 45,000 for a 1.9 MB compose file, about 100 ms of this thread.
 */
const LENS_MARGIN_LINES = 500;

/** The lines in view in the editors showing `doc`, widened by the margin; undefined when none shows it (then every line). */
function linesAround(doc: vscode.TextDocument): LineSpan[] | undefined {
  const spans = vscode.window.visibleTextEditors.filter((e) => e.document === doc).flatMap((e) => e.visibleRanges)
    .map((r) => ({ start: Math.max(0, r.start.line - LENS_MARGIN_LINES), end: r.end.line + LENS_MARGIN_LINES }));
  return spans.length ? spans : undefined;
}

/** A lens for each action the user has not switched off; refreshed when settings or trust change. */
export class ActionLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  /** For each large document given lenses near the view only, the lines they covered. */
  private readonly served = new Map<string, readonly LineSpan[]>();
  private scrolled: ReturnType<typeof setTimeout> | undefined;

  refresh(): void {
    this.changed.fire();
  }

  /** An editor scrolled: once a large document's view leaves the lines its lenses covered, they are asked for again. */
  visibleRangesChanged(doc: vscode.TextDocument, ranges: readonly vscode.Range[]): void {
    const served = this.served.get(doc.uri.toString());
    if (!served || ranges.every((r) => served.some((s) => r.start.line >= s.start && r.end.line <= s.end))) return;
    clearTimeout(this.scrolled);
    this.scrolled = setTimeout(() => this.refresh(), 150);
  }

  /** A closed document's covered lines are forgotten. */
  closed(doc: vscode.TextDocument): void {
    this.served.delete(doc.uri.toString());
  }

  async provideCodeLenses(doc: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    if (token.isCancellationRequested) return [];
    const config = vscode.workspace.getConfiguration('dockerCoach.codeLens', doc.uri);
    if (!config.get<boolean>('enabled', true)) return [];
    const where = `lenses for ${doc.uri.toString()}`;
    // A large document's lenses are for the lines near the view (its worker sends only those).
    const lines = atWorkerSize(doc) ? linesAround(doc) : undefined;
    if (lines) this.served.set(doc.uri.toString(), lines);
    else this.served.delete(doc.uri.toString());
    const actions = await guardLater(where, () => actionsFor(doc, lines), []);
    if (token.isCancellationRequested) return [];
    // Each group has its own toggle: dockerCoach.codeLens.build, .run, .shell, .compose. Read once per group:
    // a 1.9 MB compose file has tens of thousands of actions, and each read of a setting has its price.
    const shown = new Map<string, boolean>();
    const on = (group: string) => { let v = shown.get(group); if (v === undefined) shown.set(group, v = config.get<boolean>(group, true)); return v; };
    return guardLater(where, async () => (await lensesFor(actions.filter((a) => on(a.group)), doc, token)) ?? [], []);
  }

  dispose(): void {
    clearTimeout(this.scrolled);
    this.changed.dispose();
  }
}
