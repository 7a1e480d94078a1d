// SPDX-License-Identifier: MIT
// What clicking a lens does in an editor that is not VS Code. LSP has no request for "run this in a
// terminal", so the server offers three ways, the best the client allows:
//  1. A client that says it can (`initializationOptions.dockerCoach.runInTerminal: true`, or
//     `capabilities.experimental.dockerCoach.runInTerminal: true`) gets a `dockerCoach/runInTerminal`
//     request with the argv and folder; the README shows the few lines of client config that run it.
//     The argv goes as a list, so the client starts the program without a shell and nothing is re-quoted.
//  2. A client that can open documents (`window/showDocument`) is shown a small script holding the exact
//     command line (and the `cd` before it): the learner reads it, copies it with the editor's own keys,
//     or runs it. A message box would show the line too, but few editors let one copy from it.
//  3. Any other client gets the line in a message and in its log (`window/logMessage`), where it can be copied.
// The server never starts docker itself: the learner should see the command run where they can read it.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { isDeepStrictEqual } from 'util';
import { pathToFileURL } from 'url';
import { RequestType, type Connection } from 'vscode-languageserver';
import { CommandLineError, toCommandSequence, type DockerAction, type ShellKind } from '../core/index';
import { plainTitle, tell } from './convert';

export interface RunInTerminalParams {
  /** The lens title, such as "Build", for the terminal's name. */
  title: string;
  argv: string[];
  cwd: string;
  /** The same command quoted for a shell, as the lens shows it. */
  commandLine: string;
}

export const runInTerminalRequest = new RequestType<RunInTerminalParams, { ran?: boolean } | null, void>('dockerCoach/runInTerminal');

/** What the lens command answers, so a client script can use it too. */
export interface RunResult {
  commandLine?: string;
  cwd?: string;
  /** How the command reached the learner: run by the client, shown in a document, or in a message. */
  shown?: 'terminal' | 'document' | 'message';
  refused?: string;
}

export interface LensClient {
  connection: Connection;
  runInTerminal: boolean;
  showDocument: boolean;
  shell: ShellKind;
  /** The actions the document has now, or undefined when it is not open or has none. */
  actionsFor(uri: string): Promise<DockerAction[] | undefined>;
}

/**
 * The exact line a lens runs, for its title: the command, and the second one of Build & Run, quoted for
 * `shell`. A refusal (a setting that cannot make a valid command, a line the shell cannot carry) instead.
 */
export function commandLineOf(action: DockerAction, shell: ShellKind): { line: string; refused?: boolean } {
  if (action.error) return { line: action.error, refused: true };
  try {
    return { line: toCommandSequence(action.then ? [action.argv, action.then] : [action.argv], shell) };
  } catch (err) {
    if (err instanceof CommandLineError) return { line: err.message, refused: true };
    throw err;
  }
}

interface LensArgument { uri?: unknown; kind?: unknown; range?: unknown; argv?: unknown }

/**
 * Runs a lens's action. Like the extension's `dockerCoach.runAction`, it runs only an action identical to
 * one the document has now, so a stale lens or a hand-written command cannot run an arbitrary argv.
 */
export async function runLensAction(client: LensClient, arg: unknown): Promise<RunResult> {
  const wanted = (arg ?? {}) as LensArgument;
  const actions = typeof wanted.uri === 'string' ? await client.actionsFor(wanted.uri) : undefined;
  // Compared as values: a client may hand the arguments back with their keys in another order (Neovim does).
  const action = actions?.find(a => a.kind === wanted.kind && isDeepStrictEqual(a.range, wanted.range) && isDeepStrictEqual(a.argv, wanted.argv));
  if (!action) return refuse(client, 'the file or the settings changed since this lens was shown; ask for the lenses again.');
  const { line: commandLine, refused } = commandLineOf(action, client.shell);
  if (refused) return refuse(client, `${plainTitle(action.title)}: ${commandLine}`);
  const result: RunResult = { commandLine, cwd: action.cwd };
  client.connection.console.info(`${plainTitle(action.title)}, from ${action.cwd}: ${commandLine}`);
  if (client.runInTerminal && !action.then) {
    try {
      const answer = await client.connection.sendRequest(runInTerminalRequest, { title: plainTitle(action.title), argv: action.argv, cwd: action.cwd, commandLine });
      if (answer?.ran !== false) return { ...result, shown: 'terminal' };
    } catch {
      // The client said it could and then could not: show the line instead.
    }
  }
  if (client.showDocument) {
    const script = await writeScript(action, commandLine, client.shell);
    const shown = script === undefined ? undefined : await client.connection.window.showDocument({ uri: pathToFileURL(script).toString(), takeFocus: true }).catch(() => undefined);
    if (shown?.success) return { ...result, shown: 'document' };
  }
  tell(client.connection, 'info', `Docker Coach: run this in a terminal, from ${action.cwd}: ${commandLine}`);
  return { ...result, shown: 'message' };
}

function refuse(client: LensClient, reason: string): RunResult {
  tell(client.connection, 'warning', `Docker Coach: ${reason}`);
  return { refused: reason };
}

let scriptFolder: Promise<string> | undefined;

/** A script in a private temporary folder holding `cd <folder>` and the command, or undefined when it cannot be written. */
async function writeScript(action: DockerAction, commandLine: string, shell: ShellKind): Promise<string | undefined> {
  try {
    scriptFolder ??= fs.mkdtemp(path.join(os.tmpdir(), 'docker-coach-'));
    const ext = shell === 'pwsh' ? 'ps1' : shell === 'cmd' ? 'cmd' : shell === 'fish' ? 'fish' : 'sh';
    const file = path.join(await scriptFolder, `${action.kind.replace(/[^A-Za-z0-9.-]/g, '-')}.${ext}`);
    const comment = shell === 'cmd' ? 'REM' : '#';
    const cd = toCommandSequence([['cd', action.cwd]], shell);
    await fs.writeFile(file, `${comment} Docker Coach: ${plainTitle(action.title)}. Copy these lines into a terminal, or run this file.\n${cd}\n${commandLine}\n`, { mode: 0o600 });
    return file;
  } catch {
    return undefined;
  }
}
