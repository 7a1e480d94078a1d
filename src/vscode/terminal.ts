// SPDX-License-Identifier: MIT
// Where a lens's command runs. Short commands (build, down, exec) use the folder's shared "Docker Coach"
// terminal when it is idle; commands that stay in the foreground (run -it, attached up, logs -f) get a
// terminal of their own, named for what runs there. A busy terminal is never typed into: a new one opens.
// "Idle" comes from shell integration where it is active; without it, a terminal that was given a
// command that holds it counts as busy for good. Commands go in once the shell is ready.
import * as vscode from 'vscode';
import { CommandLineError, shellKindOf, toCommandSequence, type ShellKind } from '../core/index';
import { log } from './log';

export const terminalName = 'Docker Coach';

export const terminalTiming = {
  /**
   * How long a new terminal may take to report shell integration before the command is typed instead.
   * Shells VS Code integrates by itself get long (a first terminal on a busy machine takes seconds);
   * others get a short wait, since integration will not come.
   */
  shellIntegrationWaitMs: 30000,
  otherShellWaitMs: 1500,
  /** After a new terminal reports shell integration, how long before its first command is sent. */
  promptSettleMs: 500,
  /** After sending, how long to count the terminal busy while its start event is on the way. */
  startGraceMs: 5000,
};

interface TerminalState {
  /** Commands running now, as shell integration reports them. */
  running: Set<vscode.TerminalShellExecution>;
  /** When we last sent a command that has not been reported as started yet. */
  sentAt?: number;
  /** Without shell integration: we sent it a command that may hold it (run -it, exec -it, logs -f). */
  held: boolean;
}

const states = new WeakMap<vscode.Terminal, TerminalState>();

function stateOf(t: vscode.Terminal): TerminalState {
  let s = states.get(t);
  if (!s) { s = { running: new Set(), held: false }; states.set(t, s); }
  return s;
}

function cwdOf(t: vscode.Terminal): string | undefined {
  const opts = t.creationOptions as vscode.TerminalOptions;
  return typeof opts.cwd === 'string' ? opts.cwd : opts.cwd?.fsPath;
}

/** Whether a command typed into `t` now would run at once, at a prompt. */
export function isIdle(t: vscode.Terminal): boolean {
  if (t.exitStatus !== undefined) return false;
  const s = stateOf(t);
  if (t.shellIntegration) {
    const waiting = s.sentAt !== undefined && Date.now() - s.sentAt < terminalTiming.startGraceMs;
    return s.running.size === 0 && !waiting;
  }
  return !s.held;
}

/** The open terminals named `name` whose working folder is `cwd`, oldest first. */
export function terminalsNamed(name: string, cwd: string): vscode.Terminal[] {
  return vscode.window.terminals.filter((t) => t.name === name && t.exitStatus === undefined && cwdOf(t) === cwd);
}

/** The folder's shared "Docker Coach" terminal (the oldest open one), if there is one. */
export function findTerminal(cwd: string): vscode.Terminal | undefined {
  return terminalsNamed(terminalName, cwd)[0];
}

/**
 * The quoting for commands sent to `cwd`'s terminal: the shell VS Code detected in it, or else
 * the default shell, which is what a new terminal starts.
 */
export function shellKindFor(cwd: string): ShellKind {
  return shellKindOf(findTerminal(cwd)?.state.shell ?? vscode.env.shell);
}

/** Follows shell integration's reports of commands starting and ending, in every terminal. */
export function trackTerminals(): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.window.onDidStartTerminalShellExecution((e) => {
      const s = stateOf(e.terminal);
      s.running.add(e.execution);
      s.sentAt = undefined;
    }),
    vscode.window.onDidEndTerminalShellExecution((e) => { stateOf(e.terminal).running.delete(e.execution); }),
  );
}

// A terminal acts on control characters as keys (Tab completes, Ctrl-C cancels, Esc starts a
// sequence), so a line holding them would not arrive as typed. Line breaks are fine: inside quotes
// every shell we quote for reads on to the closing quote.
function hasKeyLikeCharacters(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if ((c < 0x20 && c !== 0x0a) || c === 0x7f) return true;
  }
  return false;
}

/** What to run: one argv, or two joined so the second runs only when the first succeeded. */
export interface TerminalCommand {
  argv: readonly string[];
  then?: readonly string[];
  /** A terminal of its own, by name; unset for the shared terminal. */
  terminal?: string;
  /** The command may keep the terminal busy after it starts. */
  holdsTerminal?: boolean;
}

/** The outcome of sending: the line sent and the terminal's name, or why nothing was sent. */
export type SendResult = { sent: string; terminal: string } | { refused: string };

/** Resolves with the terminal's shell integration once it is active, or undefined after `ms`. */
function shellIntegrationOf(t: vscode.Terminal, ms: number): Promise<vscode.TerminalShellIntegration | undefined> {
  if (t.shellIntegration) return Promise.resolve(t.shellIntegration);
  return new Promise((resolve) => {
    const done = (si: vscode.TerminalShellIntegration | undefined) => { clearTimeout(timer); listener.dispose(); resolve(si); };
    const listener = vscode.window.onDidChangeTerminalShellIntegration((e) => { if (e.terminal === t) done(e.shellIntegration); });
    const timer = setTimeout(() => done(t.shellIntegration), ms);
  });
}

/** Resolves once the shell has reported its working folder, which it does right before drawing a prompt, or after `ms`. */
function promptOf(t: vscode.Terminal, ms: number): Promise<void> {
  if (t.shellIntegration?.cwd) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => { clearTimeout(timer); listener.dispose(); resolve(); };
    const listener = vscode.window.onDidChangeTerminalShellIntegration((e) => { if (e.terminal === t && e.shellIntegration.cwd) done(); });
    const timer = setTimeout(done, ms);
  });
}

/**
 * Picks an idle terminal for the command (or opens one), quotes the command for that terminal's shell,
 * shows it, and runs it once the shell is ready: through shell integration when it is active, so the
 * line appears once at a prompt; otherwise by typing it.
 */
export async function runInTerminal(command: TerminalCommand, cwd: string): Promise<SendResult> {
  const name = command.terminal ?? terminalName;
  const reusable = terminalsNamed(name, cwd).find(isIdle);
  const kind = shellKindOf(reusable?.state.shell ?? vscode.env.shell);
  let line: string;
  try {
    line = toCommandSequence(command.then ? [command.argv, command.then] : [command.argv], kind);
  } catch (err) {
    if (err instanceof CommandLineError) return { refused: err.message };
    throw err;
  }
  if (hasKeyLikeCharacters(line)) return { refused: 'the command holds control characters (from a file name or a setting) that the terminal would act on' };
  const target = reusable ?? vscode.window.createTerminal({ name, cwd });
  const state = stateOf(target);
  // Counted busy from now on, so a second click right away cannot pick the same terminal.
  state.sentAt = Date.now();
  target.show();
  // VS Code injects shell integration into these shells unless the user turned it off; only then is a long
  // wait worth it (a first shell on a loaded machine can take many seconds to report it). In a window that
  // has just opened, `env.shell` may not name the default shell yet, so it is asked again after a short wait.
  // A shell not known yet counts as integrable: only a shell known to get no integration gets the short wait.
  const integrable = (): boolean => !vscode.env.shell || /(^|[\\/])(bash|zsh|fish|pwsh|powershell)(\.exe)?$/i.test(vscode.env.shell);
  let integrated = integrable();
  let si = await shellIntegrationOf(target, reusable ? 0 : integrated ? terminalTiming.shellIntegrationWaitMs : terminalTiming.otherShellWaitMs);
  if (!si && !reusable && !integrated && integrable()) {
    integrated = true;
    si = await shellIntegrationOf(target, terminalTiming.shellIntegrationWaitMs);
  }
  if (si) {
    // A new shell reports integration while its start-up files still run, before its first prompt is
    // drawn; a line typed then is echoed bare and again after the prompt. The shell reports its working
    // folder just before each prompt, so wait for that, then let the prompt settle.
    if (!reusable) {
      await promptOf(target, integrated ? terminalTiming.shellIntegrationWaitMs : terminalTiming.otherShellWaitMs);
      await new Promise((resolve) => setTimeout(resolve, terminalTiming.promptSettleMs));
    }
    (target.shellIntegration ?? si).executeCommand(line);
    log().info(`${name}: sent through shell integration${reusable ? '' : ` ${Date.now() - (state.sentAt ?? Date.now())} ms after opening`}`);
  } else {
    // No shell integration: wait for the shell's process at least, so the line is not typed before it starts.
    await target.processId;
    target.sendText(line, true);
    log().info(`${name}: typed without shell integration (${reusable ? 'reused terminal' : `new terminal, waited ${Date.now() - (state.sentAt ?? Date.now())} ms`}, shell ${vscode.env.shell || 'unknown'}, integrable ${integrated})`);
    if (command.holdsTerminal) state.held = true;
  }
  return { sent: line, terminal: name };
}
