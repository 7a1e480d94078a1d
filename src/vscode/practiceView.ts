// SPDX-License-Identifier: MIT
// The Practice view: one row per week-one exercise with its status. Check runs the exercise's read-only probes with
// execFile (never a shell), only in a trusted workspace, each with a deadline; Hint opens the next hint; Open shows
// the file. Checks run when asked, and again after a docker command ends in a terminal (a lens runs there too),
// whether or not the view was ever shown: the walkthrough's docker steps tick on the keys a done exercise sets.
import * as path from 'path';
import * as vscode from 'vscode';
import {
  actionSettingsFrom, checkExercise, exerciseProbes, exercises, isReadOnlyProbe, practiceFileGlob, probeKey,
  walkthroughExercises, type Exercise, type ExerciseResult, type Observations, type PracticeContext,
} from '../core/index';
// From its own module: done keys are set again as a window opens, before the core loads (esbuild.mjs).
import { practiceDoneKey } from '../core/practice/doneKey';
// The terminal coach's own test for a docker command (after `sudo`, `VAR=value`, `cd x &&`), kept out of the lazy core.
import { dockerProgramOf } from '../core/failures/dockerProgram';
import { runProgram } from './dockerProcess';
import { log } from './log';
import { PracticeState, type ExerciseProgress } from './practiceState';
import { notePracticeCheck, notePracticeKey } from './workCounters';

export const practiceViewId = 'dockerCoach.practice';
const commands = {
  check: 'dockerCoach.practice.check', checkAll: 'dockerCoach.practice.checkAll', hint: 'dockerCoach.practice.hint',
  open: 'dockerCoach.practice.open', reset: 'dockerCoach.practice.reset',
};
/** Each probe's deadline: a probe only reads, so a slow answer means a busy or stuck engine. */
const probeTimeoutMs = 10000;
/** Rounds of probes (a later round inspects what an earlier one found). */
const maxRounds = 4;
/** A docker command that may keep running in its terminal (a shell, a container or Compose in the foreground). */
const staysRunning = /\b(exec|run|up)\b/;
/** How long after such a command starts the one look is taken: long enough for the container to be up. */
const lookAfterStartMs = 1500;

/** Sets the context key a walkthrough step completes on (`onContext:dockerCoach.practiceDone.<id>`). */
function showDone(id: string, done: boolean): void {
  const key = practiceDoneKey(id);
  void vscode.commands.executeCommand('setContext', key, done).then(() => notePracticeKey(key, done), () => undefined);
}

type Row = { kind: 'exercise'; exercise: Exercise } | { kind: 'line'; text: string; icon: string; tooltip?: string };

/** The row's icon for its status; made when drawn, not at activation. */
function iconOf(status: string): vscode.ThemeIcon {
  if (status === 'done') return new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'));
  return new vscode.ThemeIcon(status === 'not yet' ? 'circle-large-outline' : status === 'cannot check' ? 'debug-disconnect' : 'circle-small');
}

/**
 * The workspace as the checks see it: its Dockerfiles and compose files, its folder, trust and docker path.
 * `other` is a folder to check instead of the first workspace folder (a second project, and the tests' stand-in).
 */
async function practiceContext(other?: string): Promise<PracticeContext> {
  const folder = other ? { uri: vscode.Uri.file(other) } : vscode.workspace.workspaceFolders?.[0];
  if (!folder) return { files: [], trusted: vscode.workspace.isTrusted };
  const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder.uri, practiceFileGlob), '**/node_modules/**', 40);
  const files = await Promise.all(uris.map(async (uri) => {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const text = open ? open.getText() : Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
    return { path: path.relative(folder.uri.fsPath, uri.fsPath).split(path.sep).join('/'), text };
  }));
  const read = (k: string) => vscode.workspace.getConfiguration('dockerCoach', folder.uri).get(k);
  return { files, workspaceFolder: folder.uri.fsPath, trusted: vscode.workspace.isTrusted, dockerPath: actionSettingsFrom(read).dockerPath };
}

/** Runs the exercise's probes round after round; answers already in `seen` (from another exercise) are reused. */
async function observe(id: string, context: PracticeContext, seen: Observations): Promise<void> {
  for (let round = 0; round < maxRounds; round++) {
    const fresh = exerciseProbes(id, context, seen).filter((p) => !(probeKey(p) in seen));
    if (fresh.length === 0) return;
    await Promise.all(fresh.map(async (argv) => {
      // The core only builds read-only probes; this second look keeps a bug there from reaching the engine.
      if (!isReadOnlyProbe(argv)) { log().error(`practice: refused a probe that is not read-only: ${argv.join(' ')}`); return; }
      const r = await runProgram(argv, probeTimeoutMs, context.workspaceFolder);
      seen[probeKey(argv)] = { stdout: r.stdout, exitCode: r.exitCode, stderr: r.stderr };
    }));
  }
}

export class PracticeView implements vscode.TreeDataProvider<Row> {
  private readonly changed = new vscode.EventEmitter<Row | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** Made when first read (the view is created at activation; the core loads with the first look at the list). */
  private listed: Exercise[] | undefined;
  private get list(): Exercise[] { return (this.listed ??= exercises()); }
  private set list(list: Exercise[]) { this.listed = list; }
  private checking: Promise<unknown> = Promise.resolve();

  constructor(readonly state: PracticeState) {}

  async refreshList(): Promise<void> {
    this.list = exercises(await practiceContext());
    this.changed.fire(undefined);
  }

  getTreeItem(row: Row): vscode.TreeItem {
    if (row.kind === 'line') {
      const item = new vscode.TreeItem(row.text, vscode.TreeItemCollapsibleState.None);
      item.iconPath = new vscode.ThemeIcon(row.icon);
      item.tooltip = row.tooltip ?? row.text;
      return item;
    }
    const e = row.exercise;
    const p = this.state.of(e.id);
    const lines = this.linesOf(e, p).length;
    const item = new vscode.TreeItem(e.title, lines ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    // A new id when the lines under the row change: VS Code keeps an id's old collapsed state, and a new hint should show.
    item.id = `${e.id}#${lines}`;
    // A check that saw only a sign of the goal says so: "done — seen: …".
    item.description = p.done ? (p.seen ? `done — seen: ${p.seen.replace(/`/g, '')}` : 'done') : p.status ?? '';
    item.iconPath = iconOf(p.done ? 'done' : p.status ?? 'unchecked');
    const said = p.done ? [p.seen && `Seen: ${p.seen}.`, p.tryIt && `To see it yourself, ${p.tryIt}.`] : [p.missing];
    item.tooltip = new vscode.MarkdownString([`**${e.title}**`, e.goal, ...said].filter(Boolean).join('\n\n'));
    item.contextValue = p.done ? 'exercise.done' : 'exercise';
    item.command = { command: commands.open, title: 'Open', arguments: [e.id] };
    return item;
  }

  private linesOf(e: Exercise, p: ExerciseProgress): Row[] {
    const lines: Row[] = [];
    if (!p.done && p.missing) lines.push({ kind: 'line', text: p.missing.replace(/`/g, ''), icon: p.status === 'cannot check' ? 'info' : 'arrow-right', tooltip: p.missing });
    if (p.done && p.seen) lines.push({ kind: 'line', text: `Seen: ${p.seen.replace(/`/g, '')}`, icon: 'eye', tooltip: p.seen });
    if (p.done && p.tryIt) lines.push({ kind: 'line', text: `To see it yourself, ${p.tryIt.replace(/`/g, '')}`, icon: 'terminal', tooltip: p.tryIt });
    e.hints.slice(0, p.hintsShown).forEach((h, i) => lines.push({ kind: 'line', text: `Hint ${i + 1}: ${h.replace(/`/g, '')}`, icon: 'lightbulb', tooltip: h }));
    return lines;
  }

  private shown = false;

  getChildren(row?: Row): Row[] {
    if (!row && !this.shown) {
      // First shown: the texts take the workspace's names.
      this.shown = true;
      void this.refreshList();
    }
    if (!row) return this.list.map((exercise) => ({ kind: 'exercise', exercise }));
    return row.kind === 'exercise' ? this.linesOf(row.exercise, this.state.of(row.exercise.id)) : [];
  }

  exercise(id: unknown): Exercise | undefined {
    const wanted = typeof id === 'string' ? id : (id as Row | undefined)?.kind === 'exercise' ? (id as { exercise: Exercise }).exercise.id : undefined;
    return this.list.find((e) => e.id === wanted);
  }

  /**
   * Checks the exercises (one after another, sharing answers); a done one is not asked again. Returns the verdicts.
   * With `folder`, checks that folder instead and keeps no progress (it is not this workspace's).
   */
  check(ids: string[], folder?: string): Promise<Record<string, ExerciseResult>> {
    return this.queue(() => this.checkNow(ids, folder));
  }

  /**
   * Runs `work` after every check queued before it: one check at a time, in the order asked. The view shows its
   * progress bar while a check runs, so a learner sees that the rows are about to change (a check asks docker).
   */
  private queue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.checking.then(() => vscode.window.withProgress({ location: { viewId: practiceViewId } }, work));
    this.checking = run.catch(() => undefined);
    return run;
  }

  /** How many times each exercise was reset in this session: a check that began before a reset keeps its verdict to itself. */
  private readonly resets = new Map<string, number>();

  /** Starts an exercise again. A check already running, from a terminal command, does not mark it done afterwards. */
  async reset(id: string): Promise<void> {
    this.resets.set(id, (this.resets.get(id) ?? 0) + 1);
    await this.state.reset(id);
    showDone(id, false);
    this.changed.fire(undefined);
  }

  private async checkNow(ids: string[], folder?: string): Promise<Record<string, ExerciseResult>> {
    notePracticeCheck();
    const resetsBefore = new Map(this.resets);
    const context = await practiceContext(folder);
    if (!folder) this.list = exercises(context);
    const seen: Observations = {};
    const results: Record<string, ExerciseResult> = {};
    for (const id of ids) {
      const before = folder ? undefined : this.state.of(id);
      // Done stays done, with what its check saw then.
      if (before?.done) { results[id] = { status: 'done', ...(before.seen ? { seen: before.seen, tryIt: before.tryIt } : {}) }; continue; }
      if (context.trusted !== false) await observe(id, context, seen);
      const result = checkExercise(id, context, seen);
      results[id] = result;
      // Reset while this check looked: the learner's Reset wins, and the next check asks again.
      if (!folder && this.resets.get(id) === resetsBefore.get(id)) showDone(id, (await this.state.record(id, result)).done);
    }
    this.changed.fire(undefined);
    return results;
  }

  /**
   * Sets again the context keys of the exercises done in an earlier session (VS Code forgets them); runs nothing.
   * From the stored progress alone: this runs in every window, where the core is not loaded yet (issue 29).
   */
  restoreDoneKeys(): void {
    for (const id of this.state.doneIds()) showDone(id, true);
  }

  private recheckWaiting = false;

  /**
   * After a docker command, in a trusted workspace only: checks the exercises not done yet that the walkthrough
   * ticks on (`forWalkthrough`) or that were checked before. Commands that end while a check runs share one more check.
   */
  recheck(forWalkthrough: readonly string[]): void {
    if (!vscode.workspace.isTrusted || this.recheckWaiting) return;
    this.recheckWaiting = true;
    void this.queue(async () => {
      this.recheckWaiting = false;
      const ids = this.list.map((e) => e.id).filter((id) => { const p = this.state.of(id); return !p.done && (p.status !== undefined || forWalkthrough.includes(id)); });
      if (ids.length) await this.checkNow(ids);
    }).catch((err: unknown) => log().error(`practice: ${String(err)}`));
  }

  fire(): void { this.changed.fire(undefined); }
}

export function registerPractice(context: vscode.ExtensionContext): PracticeView {
  const view = new PracticeView(new PracticeState(context.workspaceState));
  const idOf = (arg: unknown): string | undefined => view.exercise(arg)?.id;
  const tree = vscode.window.createTreeView(practiceViewId, { treeDataProvider: view, showCollapseAll: true });
  let execTimer: ReturnType<typeof setTimeout> | undefined;
  // Read from the manifest the first time a docker command ends, not in activate(): which exercises the walkthrough ticks on.
  let linked: string[] | undefined;
  const recheck = () => view.recheck(linked ??= walkthroughExercises(context.extension?.packageJSON));
  // After activation, not in it: the keys of exercises done in an earlier session, read from workspaceState.
  const restore = setTimeout(() => view.restoreDoneKeys(), 0);
  context.subscriptions.push(
    tree,
    vscode.commands.registerCommand(commands.check, async (arg?: unknown, folder?: unknown) => {
      const id = idOf(arg);
      if (!id) return undefined;
      if (!vscode.workspace.isTrusted) void vscode.window.showInformationMessage('Docker Coach checks exercises only in a trusted workspace: trust this folder to check.');
      return (await view.check([id], typeof folder === 'string' ? folder : undefined))[id];
    }),
    vscode.commands.registerCommand(commands.checkAll, () => view.check(exercises().map((e) => e.id))),
    vscode.commands.registerCommand(commands.hint, async (arg?: unknown) => {
      const e = view.exercise(arg);
      if (!e) return undefined;
      const shown = await view.state.nextHint(e.id, e.hints.length);
      view.fire();
      return e.hints[shown - 1];
    }),
    vscode.commands.registerCommand(commands.open, async (arg?: unknown) => {
      const e = view.exercise(arg);
      const folder = vscode.workspace.workspaceFolders?.[0];
      if (!e || !folder) return undefined;
      const uri = vscode.Uri.joinPath(folder.uri, e.files[0]);
      try {
        await vscode.window.showTextDocument(uri, { preview: true });
      } catch {
        void vscode.window.showInformationMessage(`${e.files[0]} does not exist yet: this exercise has you write it.`);
      }
      return uri.toString();
    }),
    vscode.commands.registerCommand(commands.reset, async (arg?: unknown) => {
      const id = idOf(arg);
      if (id) await view.reset(id);
    }),
    // A docker command ended in a terminal (a lens's command too): what it changed may finish an exercise.
    vscode.window.onDidEndTerminalShellExecution((e) => { if (dockerProgramOf(e.execution.commandLine.value)) recheck(); }),
    // A shell opened with `docker exec`, a container or Compose run in the foreground, never ends while it is in
    // use: look once, shortly after it starts (one look, not a poll).
    vscode.window.onDidStartTerminalShellExecution((e) => {
      if (!staysRunning.test(e.execution.commandLine.value) || !dockerProgramOf(e.execution.commandLine.value)) return;
      clearTimeout(execTimer);
      execTimer = setTimeout(recheck, lookAfterStartMs);
    }),
    { dispose: () => { clearTimeout(execTimer); clearTimeout(restore); } },
    vscode.workspace.onDidGrantWorkspaceTrust(() => view.fire()),
  );
  return view;
}
