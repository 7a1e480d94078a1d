// SPDX-License-Identifier: MIT
// The terminal coach's adapter (src/vscode/terminalCoach.ts) against the stand-in `vscode` (fakeVscode.ts):
// which commands it reads as they start, by the command line VS Code gives then and how sure VS Code is of it.
// The real terminals are in test/integration/terminalCoach.test.ts, where bash reports its command lines
// with high confidence; the low-confidence start (a line VS Code learns only later) is met here.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fake, installFakeVscode, uninstallFakeVscode, FakeTerminal } from './fakeVscode';

type Outcome = import('../../../src/vscode/workCounters').TerminalEnd['outcome'];
let terminalEnds: () => readonly { seq: number; commandLine: string; outcome: Outcome }[];

/** What Compose v1 prints with no compose file in the folder (docker/compose 1.29.2 compose/config/errors.py). */
const noComposeFile = "ERROR: \n        Can't find a suitable configuration file in this directory or any\n        parent. Are you in the right directory?\n\n        Supported filenames: docker-compose.yml, docker-compose.yaml, compose.yml, compose.yaml\n";

const LOW = 0, HIGH = 2;

/**
 * Runs one command through the coach: its start with the command line VS Code gives then, its output, then
 * its end with the line known by then. Resolves with what the coach decided.
 */
async function run(terminal: FakeTerminal, atStart: { value: string; confidence: number }, atEnd: string, output: string, exitCode: number): Promise<Outcome> {
  const execution = {
    commandLine: { ...atStart, isTrusted: false },
    cwd: undefined,
    read: () => (async function* () { yield output; })(),
  };
  const before = terminalEnds().at(-1)?.seq ?? 0;
  fake.executionStarted.fire({ terminal, execution });
  execution.commandLine = { value: atEnd, confidence: HIGH, isTrusted: false };
  (fake.executionEnded as unknown as { fire(e: unknown): void }).fire({ terminal, execution, exitCode });
  for (let i = 0; i < 400; i++) {
    const end = terminalEnds().find((e) => e.seq > before);
    if (end) return end.outcome;
    await new Promise((r) => setTimeout(r, 25)); // polling for the coach's own signal, not a pause
  }
  assert.fail(`the coach did not finish with "${atEnd}"`);
}

describe('terminal coach adapter (with a stand-in vscode)', () => {
  // No docker answers on an empty PATH: the Compose probe after a compose command says "none" at once.
  const savedPath = process.env.PATH;
  let emptyBin = '';
  let terminal: FakeTerminal;
  before(() => {
    installFakeVscode();
    emptyBin = fs.mkdtempSync(path.join(os.tmpdir(), 'coach-empty-bin-'));
    process.env.PATH = emptyBin;
    /* eslint-disable @typescript-eslint/no-require-imports -- loaded against the fake vscode installed just above */
    const { registerTerminalCoach } = require('../../../src/vscode/terminalCoach') as typeof import('../../../src/vscode/terminalCoach');
    ({ workCounters: { terminalEnds } } = require('../../../src/vscode/workCounters') as typeof import('../../../src/vscode/workCounters'));
    /* eslint-enable @typescript-eslint/no-require-imports */
    registerTerminalCoach({ subscriptions: [] } as unknown as import('vscode').ExtensionContext);
  });
  after(() => {
    process.env.PATH = savedPath;
    fs.rmSync(emptyBin, { recursive: true, force: true });
    uninstallFakeVscode();
  });
  beforeEach(() => {
    fake.reset();
    terminal = new FakeTerminal('bash', {});
  });

  it('reads a command whose line VS Code knew only at its end, and explains its failure', async () => {
    assert.strictEqual(await run(terminal, { value: '', confidence: LOW }, 'docker-compose up', noComposeFile, 1), 'explained');
    assert.deepStrictEqual(fake.errors, ['Docker Coach: No compose file here']);
  });

  it('leaves a command read that way alone when its line names no docker program at the end', async () => {
    assert.strictEqual(await run(terminal, { value: 'ech', confidence: LOW }, 'echo docker-compose up', noComposeFile, 1), 'not docker');
    assert.deepStrictEqual(fake.errors, []);
  });

  it('does not read a command VS Code is sure is no docker command, and logs a docker line it ended with', async () => {
    assert.strictEqual(await run(terminal, { value: 'make up', confidence: HIGH }, 'make up', noComposeFile, 1), 'not read');
    assert.deepStrictEqual(fake.logged, []);
    assert.strictEqual(await run(terminal, { value: 'ls', confidence: HIGH }, 'docker-compose up', noComposeFile, 1), 'not read');
    assert.deepStrictEqual(fake.errors, []);
    assert.deepStrictEqual(fake.logged, ['terminal coach: "docker-compose up" was not read: as it started, its command line read "ls" (confidence 2)']);
  });

  it('reads a docker command known at its start, as before', async () => {
    assert.strictEqual(await run(terminal, { value: 'docker-compose up', confidence: HIGH }, 'docker-compose up', noComposeFile, 1), 'explained');
    assert.strictEqual(fake.errors.length, 1);
  });
});
