// SPDX-License-Identifier: MIT
// One "Docker Coach" terminal per working folder; the command line is quoted for that terminal's shell.
import * as vscode from 'vscode';
import { CommandLineError, shellKindOf, toCommandLine, type ShellKind } from '../core/index';

export const terminalName = 'Docker Coach';

/** The open Docker Coach terminal whose working folder is `cwd`, if there is one. */
export function findTerminal(cwd: string): vscode.Terminal | undefined {
  return vscode.window.terminals.find((t) => {
    if (t.name !== terminalName || t.exitStatus !== undefined) return false;
    const opts = t.creationOptions as vscode.TerminalOptions;
    const dir = typeof opts.cwd === 'string' ? opts.cwd : opts.cwd?.fsPath;
    return dir === cwd;
  });
}

/**
 * The quoting for commands sent to `cwd`'s terminal: the shell VS Code detected in it, or else
 * the default shell, which is what a new terminal starts.
 */
export function shellKindFor(cwd: string): ShellKind {
  return shellKindOf(findTerminal(cwd)?.state.shell ?? vscode.env.shell);
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

/** The outcome of sending: the line that was sent, or why nothing was sent. */
export type SendResult = { sent: string } | { refused: string };

/** Quotes `argv` for the folder's terminal, creates or reuses that terminal, shows it, then sends the line. */
export function runInTerminal(argv: readonly string[], cwd: string): SendResult {
  const terminal = findTerminal(cwd);
  const kind = shellKindOf(terminal?.state.shell ?? vscode.env.shell);
  let line: string;
  try {
    line = toCommandLine(argv, kind);
  } catch (err) {
    if (err instanceof CommandLineError) return { refused: err.message };
    throw err;
  }
  if (hasKeyLikeCharacters(line)) return { refused: 'the command holds control characters (from a file name or a setting) that the terminal would act on' };
  const target = terminal ?? vscode.window.createTerminal({ name: terminalName, cwd });
  target.show();
  target.sendText(line, true);
  return { sent: line };
}
