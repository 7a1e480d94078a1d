// SPDX-License-Identifier: MIT
// What every integration test needs, written once: activating the extension, finding the samples,
// reading a hover as text, locating a position by the text around it, and polling without sleeps.
// Not a `*.test.ts` file, so index.ts loads it only through the tests that import it.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import type { WorkCounters } from '../../src/vscode/workCounters';

/** The extension's id, `publisher.name` from package.json. */
export const extensionId = 'docker-coach.docker-coach';

/** Fails the calling test when the extension is not loaded; otherwise activates it and returns it. */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(extensionId);
  assert.ok(ext, `extension ${extensionId} is not loaded`);
  await ext.activate();
  return ext;
}

/** The first workspace folder, which the test host opens on samples/. */
export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests expect samples/ to be open as the workspace folder');
  return folder.uri;
}

/** A file under samples/; each segment may itself hold `/` (`sampleUri('scripts/run.sh')`). */
export function sampleUri(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), ...segments.flatMap((s) => s.split('/')));
}

/** Opens a sample file in an editor (so it is the active one) and returns its document. */
export async function openSample(...segments: string[]): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(sampleUri(...segments));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** Every hover the providers give at `position`, all their contents joined into one markdown string. */
export async function hoverMarkdown(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n---\n');
}

/** Where to look for a needle: `offset` characters into it (default 1, inside it), its `nth` occurrence (default 0), counted from the first match of `after`. */
export interface PositionOptions {
  offset?: number;
  nth?: number;
  after?: RegExp;
}

/**
 * The position `offset` characters into the `nth` occurrence of `needle`, counting from the start of the
 * first match of `after` (or of the text). Tests find places by their text, never by hard-coded line
 * numbers; a missing needle fails the test with a message naming the file and what was sought.
 */
export function positionOf(doc: vscode.TextDocument, needle: string, options: PositionOptions = {}): vscode.Position {
  const { offset = 1, nth = 0, after } = options;
  const text = doc.getText();
  let from = 0;
  if (after) {
    const m = after.exec(text);
    assert.ok(m, `${doc.uri.path} has no text matching ${after}`);
    from = m.index;
  }
  let at = from - 1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `${doc.uri.path} has no "${needle}" (occurrence #${nth}${after ? ` after ${after}` : ''})`);
  }
  return doc.positionAt(at + offset);
}

/** Inside the keyword of the first instruction line starting with `keyword` (after any indentation). */
export function keywordPosition(doc: vscode.TextDocument, keyword: string): vscode.Position {
  return positionOf(doc, keyword, { after: new RegExp(`^[ \\t]*${keyword}\\b`, 'm') });
}

/**
 * Polls `check` until it returns something other than undefined, and returns that; fails the test with
 * "timed out waiting for `what`" after `timeoutMs`. Used instead of fixed sleeps.
 */
export async function waitFor<T>(what: string, check: () => T | undefined, timeoutMs = 15000, intervalMs = 100): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Resolves with the terminal's shell integration once it is active, or undefined after `ms`. */
export function shellIntegrationOf(t: vscode.Terminal, ms: number): Promise<vscode.TerminalShellIntegration | undefined> {
  if (t.shellIntegration) return Promise.resolve(t.shellIntegration);
  return new Promise((resolve) => {
    const done = (si: vscode.TerminalShellIntegration | undefined) => { clearTimeout(timer); listener.dispose(); resolve(si); };
    const listener = vscode.window.onDidChangeTerminalShellIntegration((e) => { if (e.terminal === t) done(e.shellIntegration); });
    const timer = setTimeout(() => done(t.shellIntegration), ms);
  });
}

/** Types `line` into the terminal as a person would, and resolves when shell integration reports its end. */
export function typeAndWait(terminal: vscode.Terminal, line: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { listener.dispose(); reject(new Error(`no end reported for: ${line}`)); }, 60000);
    const listener = vscode.window.onDidEndTerminalShellExecution((e) => {
      if (e.terminal !== terminal || !e.execution.commandLine.value.includes(line.slice(0, 30))) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(e.exitCode);
    });
    terminal.sendText(line, true);
  });
}

/**
 * Runs `act` (which makes a terminal run commands), then waits until the terminal coach has finished with the
 * end of the command whose line includes `line`, and returns what it decided ('not read', 'coaching off',
 * 'explained', 'nothing to explain'). The positive signal to wait for before asserting that nothing was explained.
 */
export async function coachFinished(act: () => Promise<unknown>, line: string, ms = 30000): Promise<string> {
  const counters = ((await activateExtension()).exports as { workCounters: WorkCounters }).workCounters;
  const after = counters.terminalEnds().at(-1)?.seq ?? 0;
  await act();
  const end = await waitFor(`the terminal coach to finish with: ${line}`,
    () => counters.terminalEnds().find((e) => e.seq > after && e.commandLine.includes(line)), ms);
  return end.outcome;
}

/** Polls an asynchronous `check` until it gives something, or fails after `ms`. */
export async function waitForAsync<T>(what: string, check: () => Promise<T | undefined>, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A line in the test report, indented under the current test (a SKIP reason, an engine version). */
export function say(message: string): void {
  Mocha.reporters.Base.consoleLog(`    ${message}`);
}

/** Runs docker with `args` (no shell) and returns what it printed, trimmed; undefined when it failed or is missing. */
export function docker(...args: string[]): string | undefined {
  try {
    return execFileSync('docker', args, { encoding: 'utf8', timeout: 60000, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch {
    return undefined;
  }
}
