// SPDX-License-Identifier: MIT
// The Practice view's adapter against a recording stand-in for `vscode` (../actions/fakeVscode.ts) and a stand-in
// docker that writes down what it was asked: a docker command that ends in a terminal checks the walkthrough's
// exercises even though the view was never shown, only in a trusted workspace, one check for commands that end
// together; and the keys of exercises done earlier come back after activation without asking docker anything.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fake, installFakeVscode, uninstallFakeVscode } from '../actions/fakeVscode';

// The adapter modules are required in `before()`, once the fake `vscode` is installed.
let workCounters: typeof import('../../../src/vscode/workCounters').workCounters;
let registerPractice: typeof import('../../../src/vscode/practiceView').registerPractice;
import { memento } from '../helpers';

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8'));

async function until<T>(what: string, check: () => T | undefined): Promise<T> {
  for (let i = 0; i < 500; i++) {
    const value = check();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
  return assert.fail(`timed out waiting for ${what}`);
}

const ended = (commandLine: string) => fake.executionEnded.fire({ terminal: {} as never, execution: { commandLine: { value: commandLine } } });
const buildKey = 'dockerCoach.practiceDone.buildBackend';

describe('practice adapter: checks after a terminal command (with a stand-in vscode)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coach-practice-adapter-'));
  const calls = path.join(dir, 'calls.log');
  const hold = path.join(dir, 'hold');
  const asked = () => (fs.existsSync(calls) ? fs.readFileSync(calls, 'utf8').split('\n').filter(Boolean) : []);
  const checks = () => workCounters.practice().checks;

  before(() => {
    installFakeVscode();
    /* eslint-disable @typescript-eslint/no-require-imports -- loaded against the fake vscode installed just above */
    ({ registerPractice } = require('../../../src/vscode/practiceView') as typeof import('../../../src/vscode/practiceView'));
    ({ workCounters } = require('../../../src/vscode/workCounters') as typeof import('../../../src/vscode/workCounters'));
    /* eslint-enable @typescript-eslint/no-require-imports */
    // Answers every probe with nothing, except that a `backend-flask` image exists: build-backend is done.
    const docker = path.join(dir, 'docker');
    fs.writeFileSync(docker, [
      '#!/bin/sh',
      `printf '%s\\n' "$*" >> '${calls}'`,
      // While the file "hold" exists, a probe waits: a check is still looking.
      `while [ -f '${hold}' ]; do sleep 0.05; done`,
      'if [ "$1 $2" = "image ls" ] && [ "$5" = "backend-flask" ]; then echo \'{"Repository":"backend-flask","Tag":"dev"}\'; fi',
      'exit 0', '',
    ].join('\n'), { mode: 0o755 });
    fake.reset();
    fake.workspaceFolder = dir;
    fake.settings.set('dockerCoach.docker.path', docker);
    registerPractice({ subscriptions: [], workspaceState: memento(), extension: { packageJSON: manifest } } as never);
  });

  after(() => {
    uninstallFakeVscode();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a docker command that ends checks the walkthrough\'s exercises, the view never shown, and sets the done key', async () => {
    ended('docker build -t backend-flask ./backend-flask');
    await until(`${buildKey} set`, () => (workCounters.practice().keys[buildKey] === true ? true : undefined));
    assert.ok(fake.executed.some((a) => a[0] === 'setContext' && a[1] === buildKey && a[2] === true));
    assert.ok(asked().includes('image ls --format {{json .}} backend-flask'), asked().join('\n'));
    // The walkthrough's other docker steps were checked too, and are not done: their keys stay false.
    await until('the compose-up key', () => workCounters.practice().keys['dockerCoach.practiceDone.composeUp']);
    assert.strictEqual(workCounters.practice().keys['dockerCoach.practiceDone.composeUp'], false);
  });

  it('another program\'s command, or one in an untrusted workspace, starts no check', async () => {
    const before = checks();
    ended('ls -la');
    fake.trusted = false;
    ended('docker compose up -d');
    fake.trusted = true;
    // The positive signal: a check asked for starts, and its answer comes once every check before it has ended.
    const result = await fake.commands.get('dockerCoach.practice.check')!('compose-up') as { status: string };
    assert.strictEqual(result.status, 'not yet');
    assert.strictEqual(checks(), before + 1, 'only the check asked for ran');
    // The view showed its progress bar while the check ran.
    assert.deepStrictEqual(fake.progress.at(-1), { viewId: 'dockerCoach.practice' });
  });

  it('commands that end while a check runs share one more check', async () => {
    const before = checks();
    for (let i = 0; i < 5; i++) ended(`docker ps # ${i}`);
    // Queued behind them: its answer comes once they have ended.
    await fake.commands.get('dockerCoach.practice.check')!('compose-up');
    assert.strictEqual(checks(), before + 2, 'five ends, one check; then the one asked for');
  });

  it('Reset while a check from a terminal command is still looking: the exercise stays reset', async () => {
    const check = fake.commands.get('dockerCoach.practice.check')!;
    const reset = fake.commands.get('dockerCoach.practice.reset')!;
    // Not done, so a terminal command's check looks at it again.
    await reset('build-backend');
    assert.strictEqual(workCounters.practice().keys[buildKey], false);
    fs.writeFileSync(hold, '');
    const callsBefore = asked().length;
    ended('docker image ls');
    // The background check is asking docker; it will find the image and say done.
    await until('the probe', () => (asked().length > callsBefore ? true : undefined));
    await reset('build-backend');
    fs.rmSync(hold);
    // The check asked for after it is queued behind the background one: once it answers, both have ended.
    const composeUp = await check('compose-up') as { status: string };
    assert.strictEqual(composeUp.status, 'not yet');
    assert.strictEqual(workCounters.practice().keys[buildKey], false, 'the reset exercise was not marked done again');
    // Asked again, it is found done: the reset kept no verdict from before.
    assert.strictEqual((await check('build-backend') as { status: string }).status, 'done');
    assert.strictEqual(workCounters.practice().keys[buildKey], true);
  });

  it('after activation, sets the keys of exercises done in an earlier session, asking docker nothing', async () => {
    const callsBefore = asked().length;
    const progress = { 'dockerCoach.practice.progress': { 'named-volume': { status: 'done', hintsShown: 0, done: true } } };
    registerPractice({ subscriptions: [], workspaceState: memento(progress), extension: { packageJSON: manifest } } as never);
    await until('the restored key', () => (fake.executed.some((a) => a[0] === 'setContext' && a[1] === 'dockerCoach.practiceDone.namedVolume' && a[2] === true) ? true : undefined));
    assert.strictEqual(asked().length, callsBefore);
  });
});
