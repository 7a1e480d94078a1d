// SPDX-License-Identifier: MIT
// The VS Code adapter for actions, against a recording stand-in for `vscode` (fakeVscode.ts): trust,
// toggles, terminal reuse per folder, quoting for the terminal's shell, and refusals. The real editor
// path is covered by test/integration/actions.test.ts.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fake, installFakeVscode, uninstallFakeVscode, type FakeTerminal } from './fakeVscode';

// The adapter modules are required in `before()`, once the fake `vscode` is installed.
let terminalTiming: typeof import('../../../src/vscode/terminal').terminalTiming;
let composeQuestionsAsked: typeof import('../../../src/vscode/engineState').composeQuestionsAsked;

type Lens = { range: unknown; command?: { title: string; tooltip?: string; command: string; arguments?: unknown[] } };

const ws = '/home/me/project';
const dockerfile = 'FROM python:3.12-slim\nARG PORT=4567\nEXPOSE ${PORT}\n';
const compose = 'services:\n  web:\n    image: nginx\n  db:\n    image: postgres\n';
const noToken = { isCancellationRequested: false };

async function lensesOf(doc: unknown): Promise<Lens[]> {
  return await fake.lensProviders[0].provideCodeLenses(doc, noToken) as Lens[];
}

async function lens(doc: unknown, title: string): Promise<Lens> {
  const found = (await lensesOf(doc)).find((l) => l.command?.title === title);
  assert.ok(found, `no lens ${title}`);
  return found;
}

async function titlesOf(doc: unknown): Promise<(string | undefined)[]> {
  return (await lensesOf(doc)).map((l) => l.command?.title);
}

/** Waits (a few seconds at most) until a lens with this title is shown: the Compose probe answers in the background. */
async function lensTitleShown(doc: unknown, want: string): Promise<void> {
  for (let i = 0; i < 200 && !(await titlesOf(doc)).includes(want); i++) await new Promise((r) => setTimeout(r, 25));
  assert.ok((await titlesOf(doc)).includes(want), `${want} not in ${(await titlesOf(doc)).join(' | ')}`);
}

async function click(l: Lens): Promise<{ sent?: string; refused?: string }> {
  const run = fake.commands.get(l.command!.command);
  assert.ok(run, `${l.command!.command} is not registered`);
  return run(...(l.command!.arguments ?? [])) as Promise<{ sent?: string; refused?: string }>;
}

describe('actions adapter (with a stand-in vscode)', () => {
  // The lenses ask the engine in the background whether an image exists (Run becomes Build & Run when it
  // does not). These tests must give the same lenses on a machine with a running engine (CI starts one) as
  // without: an empty PATH means no `docker` answers, so every image stays "unknown".
  const savedPath = process.env.PATH;
  let savedTiming: typeof terminalTiming;
  let emptyBin = '';
  before(() => {
    installFakeVscode();
    /* eslint-disable @typescript-eslint/no-require-imports -- loaded against the fake vscode installed just above */
    const { registerActions } = require('../../../src/vscode/actions') as typeof import('../../../src/vscode/actions');
    ({ terminalTiming } = require('../../../src/vscode/terminal') as typeof import('../../../src/vscode/terminal'));
    ({ composeQuestionsAsked } = require('../../../src/vscode/engineState') as typeof import('../../../src/vscode/engineState'));
    /* eslint-enable @typescript-eslint/no-require-imports */
    savedTiming = { ...terminalTiming };
    emptyBin = fs.mkdtempSync(path.join(os.tmpdir(), 'coach-no-docker-'));
    process.env.PATH = emptyBin;
    fake.reset();
    registerActions({ subscriptions: [] } as never);
    // Real shells report shell integration within a second or two; the stand-in answers at once or never.
    terminalTiming.shellIntegrationWaitMs = 20;
    terminalTiming.otherShellWaitMs = 20;
    terminalTiming.promptSettleMs = 1;
  });
  after(() => {
    process.env.PATH = savedPath;
    Object.assign(terminalTiming, savedTiming); // module state: the next suite gets the real timings back
    fs.rmSync(emptyBin, { recursive: true, force: true });
    uninstallFakeVscode();
  });
  beforeEach(() => {
    fake.reset();
    fake.workspaceFolder = ws;
    // The `auto` probe would ask this machine; these tests name the program.
    fake.settings.set('dockerCoach.compose.command', 'docker compose');
  });

  it('registers the lens command and the five palette commands', () => {
    for (const id of ['dockerCoach.runAction', 'dockerCoach.buildImage', 'dockerCoach.runContainer', 'dockerCoach.shellIntoContainer', 'dockerCoach.compose.up', 'dockerCoach.compose.down']) {
      assert.ok(fake.commands.has(id), id);
    }
  });

  it('gives each lens its title, the exact command as tooltip, and the action plus document as arguments', async () => {
    const doc = fake.open(`${ws}/api/Dockerfile`, 'dockerfile', dockerfile);
    const lenses = (await lensesOf(doc));
    assert.deepStrictEqual(lenses.map((l) => l.command?.title), ['$(tools) Build', '$(play) Run', '$(terminal) Shell']);
    const run = (await lens(doc, '$(play) Run')).command!;
    assert.strictEqual(run.command, 'dockerCoach.runAction');
    assert.strictEqual(run.tooltip, 'docker run --rm -it -p 4567:4567 --name api-dev api:dev');
    assert.strictEqual(run.arguments?.[1], doc.uri.toString());
  });

  it('shows the terminal, then sends the line, in one "Docker Coach" terminal per working folder', async () => {
    const doc = fake.open(`${ws}/api/Dockerfile`, 'dockerfile', dockerfile);
    const result = await click((await lens(doc, '$(tools) Build')));
    assert.strictEqual(result.sent, 'docker build -t api:dev -f api/Dockerfile api');
    assert.strictEqual(fake.terminals.length, 1);
    const t: FakeTerminal = fake.terminals[0];
    assert.deepStrictEqual(t.creationOptions, { name: 'Docker Coach', cwd: ws });
    assert.deepStrictEqual(t.calls, ['show', 'send+enter:docker build -t api:dev -f api/Dockerfile api']);
    await click((await lens(doc, '$(tools) Build')));
    assert.strictEqual(fake.terminals.length, 1, 'the same folder reuses its idle terminal');
    const outside = fake.open('/tmp/elsewhere/Dockerfile', 'dockerfile', 'FROM alpine\n');
    await click((await lens(outside, '$(tools) Build')));
    assert.strictEqual(fake.terminals.length, 2);
    assert.strictEqual(fake.terminals[1].creationOptions.cwd, '/tmp/elsewhere');
    t.exitStatus = { code: 0 };
    await click((await lens(doc, '$(tools) Build')));
    assert.strictEqual(fake.terminals.length, 3, 'a closed terminal is not reused');
  });

  it('gives run -it a terminal of its own, named for the container, and never types into it while it runs (no shell integration)', async () => {
    const doc = fake.open(`${ws}/api/Dockerfile`, 'dockerfile', dockerfile);
    const run = await click((await lens(doc, '$(play) Run')));
    assert.deepStrictEqual(run, { sent: 'docker run --rm -it -p 4567:4567 --name api-dev api:dev', terminal: 'run api-dev' });
    assert.deepStrictEqual(fake.terminals.map((t) => t.name), ['run api-dev']);
    // The Run lens says where the container answers (issue 24).
    assert.deepStrictEqual(fake.infos, ['Docker Coach: once it has started, open http://localhost:4567']);
    // Shell goes to the shared terminal, not behind the running container.
    const shell = await click((await lens(doc, '$(terminal) Shell')));
    assert.strictEqual(shell.sent, 'docker exec -it api-dev sh');
    assert.deepStrictEqual(fake.terminals.map((t) => t.name), ['run api-dev', 'Docker Coach']);
    assert.deepStrictEqual(fake.terminals[0].calls, ['show', 'send+enter:docker run --rm -it -p 4567:4567 --name api-dev api:dev']);
    // Without shell integration nothing says the container stopped, so a second Run opens another terminal.
    await click((await lens(doc, '$(play) Run')));
    assert.deepStrictEqual(fake.terminals.map((t) => t.name), ['run api-dev', 'Docker Coach', 'run api-dev']);
    // The shared terminal holds an interactive shell now, so Build gets a new one too.
    await click((await lens(doc, '$(tools) Build')));
    assert.strictEqual(fake.terminals.length, 4);
    assert.strictEqual(fake.terminals[3].name, 'Docker Coach');
  });

  it('with shell integration: runs commands through it once the shell is ready, and reuses a terminal only when idle', async () => {
    fake.integrateNewTerminals = true;
    const doc = fake.open(`${ws}/api/Dockerfile`, 'dockerfile', dockerfile);
    await click((await lens(doc, '$(tools) Build')));
    const shared = fake.terminals[0];
    // Sent once, through shell integration: nothing typed before the prompt.
    assert.deepStrictEqual(shared.calls, ['show', 'execute:docker build -t api:dev -f api/Dockerfile api']);
    const build = shared.start();
    // Busy: Shell must not queue behind the build.
    await click((await lens(doc, '$(terminal) Shell')));
    assert.strictEqual(fake.terminals.length, 2);
    assert.deepStrictEqual(fake.terminals[1].calls, ['show', 'execute:docker exec -it api-dev sh']);
    fake.terminals[1].start();
    shared.end(build);
    // Idle again: the next short command goes back to it.
    await click((await lens(doc, '$(tools) Build')));
    assert.strictEqual(fake.terminals.length, 2);
    assert.deepStrictEqual(shared.calls.slice(-1), ['execute:docker build -t api:dev -f api/Dockerfile api']);
    // A long-running Run whose container ended is reused for the same Run.
    await click((await lens(doc, '$(play) Run')));
    const runTerminal = fake.terminals[2];
    assert.strictEqual(runTerminal.name, 'run api-dev');
    runTerminal.end(runTerminal.start());
    await click((await lens(doc, '$(play) Run')));
    assert.strictEqual(fake.terminals.length, 3);
    assert.strictEqual(runTerminal.calls.filter((c) => c.startsWith('execute:')).length, 2);
  });

  it('quotes for the terminal\'s shell: the detected one, else the default shell', async () => {
    const doc = fake.open(`${ws}/it's here/Dockerfile`, 'dockerfile', 'FROM alpine\n');
    fake.shell = '/usr/bin/fish';
    assert.strictEqual((await lens(doc, '$(tools) Build')).command?.tooltip, `docker build -t it-s-here:dev -f 'it\\'s here/Dockerfile' 'it\\'s here'`);
    fake.shell = 'C:\\Program Files\\PowerShell\\7\\pwsh.exe';
    assert.strictEqual((await lens(doc, '$(tools) Build')).command?.tooltip, `& docker build -t it-s-here:dev -f 'it''s here/Dockerfile' 'it''s here'`);
    await click((await lens(doc, '$(tools) Build')));
    fake.terminals[0].state.shell = 'bash';
    const result = await click((await lens(doc, '$(tools) Build')));
    assert.strictEqual(result.sent, `docker build -t it-s-here:dev -f 'it'\\''s here/Dockerfile' 'it'\\''s here'`);
  });

  it('refuses, lens by lens, what the terminal\'s shell cannot carry (a line break for cmd)', async () => {
    const doc = fake.open(`${ws}/odd\nname/Dockerfile`, 'dockerfile', 'FROM alpine\n');
    fake.shell = 'C:\\Windows\\System32\\cmd.exe';
    const titles = (await lensesOf(doc)).map((l) => l.command?.title);
    assert.deepStrictEqual(titles, ['$(warning) Build: cannot run', '$(play) Run', '$(terminal) Shell']);
    assert.match((await lens(doc, '$(warning) Build: cannot run')).command?.tooltip ?? '', /line break/);
    assert.strictEqual((await lens(doc, '$(play) Run')).command?.tooltip, 'docker run --rm -it --name odd-name-dev odd-name:dev');
    const result = await click((await lens(doc, '$(warning) Build: cannot run')));
    assert.match(result.refused ?? '', /line break/);
    assert.strictEqual(fake.terminals.length, 0);
  });

  it('shows no lenses and refuses every command in an untrusted workspace', async () => {
    const doc = fake.open(`${ws}/api/Dockerfile`, 'dockerfile', dockerfile);
    const build = (await lens(doc, '$(tools) Build'));
    fake.activeDocument = doc;
    fake.trusted = false;
    assert.deepStrictEqual((await lensesOf(doc)), []);
    const result = await click(build);
    assert.match(result.refused ?? '', /trusted workspace/);
    for (const id of ['dockerCoach.buildImage', 'dockerCoach.compose.up']) {
      const r = await (fake.commands.get(id)!() as Promise<{ refused?: string }>);
      assert.match(r.refused ?? '', /trusted workspace/);
    }
    assert.strictEqual(fake.terminals.length, 0);
    assert.strictEqual(fake.warnings.length, 3);
  });

  it('follows the lens toggles', async () => {
    const doc = fake.open(`${ws}/api/Dockerfile`, 'dockerfile', 'FROM a AS base\nFROM base\n');
    fake.settings.set('dockerCoach.codeLens.run', false);
    fake.settings.set('dockerCoach.codeLens.build', false);
    assert.deepStrictEqual((await lensesOf(doc)).map((l) => l.command?.title), ['$(terminal) Shell']);
    fake.settings.set('dockerCoach.codeLens.enabled', false);
    assert.deepStrictEqual((await lensesOf(doc)), []);
  });

  it('reads the action settings and refreshes lenses when they change', async () => {
    const doc = fake.open(`${ws}/api/Dockerfile`, 'dockerfile', 'FROM alpine\n');
    fake.settings.set('dockerCoach.build.tagTemplate', 'team/${folder}:test');
    fake.settings.set('dockerCoach.docker.path', '/opt/docker');
    assert.strictEqual((await lens(doc, '$(tools) Build')).command?.tooltip, '/opt/docker build -t team/api:test -f api/Dockerfile api');
    let refreshed = 0;
    fake.lensProviders[0].onDidChangeCodeLenses(() => { refreshed++; });
    fake.configChanged.fire({ affectsConfiguration: (s) => s === 'dockerCoach' });
    fake.configChanged.fire({ affectsConfiguration: () => false });
    assert.strictEqual(refreshed, 1);
  });

  it('runs only what the document offers now: forged or stale lens arguments are refused', async () => {
    const doc = fake.open(`${ws}/api/Dockerfile`, 'dockerfile', dockerfile);
    const build = (await lens(doc, '$(tools) Build'));
    const [action, uri] = build.command!.arguments as [{ argv: string[] }, string];
    const forged = await fake.commands.get('dockerCoach.runAction')!({ ...action, argv: ['rm', '-rf', '/'] }, uri) as { refused?: string };
    assert.match(forged.refused ?? '', /changed/);
    const noUri = await fake.commands.get('dockerCoach.runAction')!(action) as { refused?: string };
    assert.ok(noUri.refused);
    assert.strictEqual(fake.terminals.length, 0);
  });

  it('refuses a lens whose name failed its grammar, with its message', async () => {
    const doc = fake.open(`${ws}/compose.yaml`, 'dockercompose', 'services:\n  "-d":\n    image: a\n');
    const up = (await lensesOf(doc)).find((l) => l.command?.title.startsWith('$(warning) Up -d'));
    assert.ok(up);
    const result = await click(up);
    assert.match(result.refused ?? '', /starts with "-"/);
    assert.match(fake.warnings[0], /^Docker Coach: Up -d: cannot run: /);
    assert.strictEqual(fake.terminals.length, 0);
  });

  it('without Compose: one refused lens and Check again; once docker-compose is installed, Check again brings Up back', async () => {
    // The `auto` probe asks /opt/docker (absent) and docker-compose on PATH (this test's empty folder).
    fake.settings.set('dockerCoach.compose.command', 'auto');
    const doc = fake.open(`${ws}/compose.yaml`, 'dockercompose', compose);
    const titlesNow = () => titlesOf(doc);
    const waitFor = (want: string) => lensTitleShown(doc, want);
    await waitFor('$(refresh) Check again');
    assert.deepStrictEqual(await titlesNow(), ['$(warning) Compose is not installed: cannot run', '$(refresh) Check again']);
    const refused = await click((await lens(doc, '$(warning) Compose is not installed: cannot run')));
    assert.match(refused.refused ?? '', /Compose is not installed/);
    assert.strictEqual(fake.terminals.length, 0);
    fs.writeFileSync(path.join(emptyBin, 'docker-compose'), '#!/bin/sh\necho "docker-compose version 1.29.2"\n', { mode: 0o755 });
    try {
      await click((await lens(doc, '$(refresh) Check again')));
      await waitFor('$(run-all) Up');
      assert.strictEqual((await lens(doc, '$(run-all) Up')).command?.tooltip?.split('\n')[0], 'docker-compose -f compose.yaml up -d');
      assert.match(fake.infos.join('\n'), /Compose found \(docker-compose\)/);
      assert.ok(!(await titlesNow()).includes('$(refresh) Check again'));
    } finally {
      fs.rmSync(path.join(emptyBin, 'docker-compose'));
    }
  });

  it('asks again after a terminal command that mentions compose ends (an install, say), and the lenses come back', async () => {
    fake.settings.set('dockerCoach.compose.command', 'auto');
    fake.settings.set('dockerCoach.docker.path', '/opt/docker-for-terminal-test');
    const doc = fake.open(`${ws}/compose.yaml`, 'dockercompose', compose);
    const titlesNow = () => titlesOf(doc);
    const waitFor = (want: string) => lensTitleShown(doc, want);
    await waitFor('$(refresh) Check again');
    fs.writeFileSync(path.join(emptyBin, 'docker-compose'), '#!/bin/sh\necho "docker-compose version 1.29.2"\n', { mode: 0o755 });
    try {
      // Another command first: nothing is asked again. The listener decides as the event fires, and counts its
      // question at once when it asks, so the count tells without waiting.
      const probes = composeQuestionsAsked();
      fake.executionEnded.fire({ terminal: {} as FakeTerminal, execution: { commandLine: { value: 'ls' } } });
      assert.strictEqual(composeQuestionsAsked(), probes, '`ls` asked which Compose answers');
      assert.ok((await titlesNow()).includes('$(refresh) Check again'));
      fake.executionEnded.fire({ terminal: {} as FakeTerminal, execution: { commandLine: { value: 'sudo apt-get install docker-compose' } } });
      assert.ok(composeQuestionsAsked() > probes, 'the install asked again');
      await waitFor('$(run-all) Up');
    } finally {
      fs.rmSync(path.join(emptyBin, 'docker-compose'));
    }
  });

  it('refuses to type control characters into a terminal', async () => {
    const doc = fake.open(`${ws}/tab\there/Dockerfile`, 'dockerfile', 'FROM alpine\n');
    const result = await click((await lens(doc, '$(tools) Build')));
    assert.match(result.refused ?? '', /control characters/);
    assert.strictEqual(fake.terminals.length, 0);
  });

  it('palette commands act on the active file; Shell asks which compose service', async () => {
    fake.activeDocument = fake.open(`${ws}/api/Dockerfile`, 'dockerfile', dockerfile);
    const built = await (fake.commands.get('dockerCoach.buildImage')!() as Promise<{ sent?: string }>);
    assert.strictEqual(built.sent, 'docker build -t api:dev -f api/Dockerfile api');
    const wrong = await (fake.commands.get('dockerCoach.compose.up')!() as Promise<{ refused?: string }>);
    assert.match(wrong.refused ?? '', /compose file/);
    fake.activeDocument = fake.open(`${ws}/compose.yaml`, 'dockercompose', compose);
    fake.quickPickChoice = (items) => items.find((i) => i.label === 'db');
    const shell = await (fake.commands.get('dockerCoach.shellIntoContainer')!() as Promise<{ sent?: string }>);
    assert.strictEqual(shell.sent, 'docker compose -f compose.yaml exec db sh');
    const down = await (fake.commands.get('dockerCoach.compose.down')!() as Promise<{ sent?: string }>);
    assert.strictEqual(down.sent, 'docker compose -f compose.yaml down');
  });
});
