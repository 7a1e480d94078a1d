// SPDX-License-Identifier: MIT
// Practice end to end against the real Docker engine: a stand-in project (FROM-scratch images with busybox copied
// in; nothing is pulled) goes through the exercises one step at a time, the way a learner would, and the
// Practice view's Check says `not yet` before each step and `done` after it. Compose is not on every machine, so
// the compose steps start the containers with the labels compose gives them. Every name starts with dcx-<random>,
// and everything is removed after. Skips with a plain message where no engine answers or busybox-static is missing.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { activateExtension } from './helpers';

const busybox = '/bin/busybox';
const prefix = `dcx-${Math.random().toString(36).slice(2, 8)}`;
const back = `${prefix}-backend`;
const front = `${prefix}-frontend`;

function say(message: string): void {
  Mocha.reporters.Base.consoleLog(`    ${message}`);
}

function docker(...args: string[]): string {
  return execFileSync('docker', args, { encoding: 'utf8', timeout: 120000, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}
function quietly(...args: string[]): void {
  try { docker(...args); } catch { /* already gone */ }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => { const s = net.createServer().listen(0, '127.0.0.1', () => { const a = s.address() as net.AddressInfo; s.close(() => resolve(a.port)); }); });
}

const image = (expose: number, extra = '') => `FROM scratch\nCOPY busybox /bin/busybox\nCOPY busybox /bin/sh\nEXPOSE ${expose}\n${extra}CMD ["busybox", "sleep", "3600"]\n`;

let count = 0;
/** Starts a container of the stand-in project; `--network none` unless it publishes a port or joins a network. */
function run(ref: string, ...args: string[]): string {
  const network = args.some((a) => a === '-p' || a === '--network') ? [] : ['--network', 'none'];
  const name = `${prefix}-c${++count}`;
  docker('run', '-d', '--name', name, ...network, ...args, ref);
  return name;
}
const composeLabels = (service: string) => ['--label', `com.docker.compose.project=${prefix}`, '--label', `com.docker.compose.service=${service}`];

function removeAll(): void {
  const ids = (() => { try { return docker('ps', '-aq', '--filter', `name=${prefix}`).split('\n').filter(Boolean); } catch { return []; } })();
  if (ids.length) quietly('rm', '-f', ...ids);
}

suite('Practice against the real Docker engine', function () {
  this.timeout(300000);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dcx-practice-'));
  const dir = path.join(work, prefix);

  async function check(id: string): Promise<{ status: string; missing?: string }> {
    const result = await vscode.commands.executeCommand<{ status: string; missing?: string }>('dockerCoach.practice.check', id, dir);
    assert.ok(result, `no verdict for ${id}`);
    return result;
  }
  /** The verdict before the step is `not yet`; the step runs; the verdict after is `done`. */
  async function step(id: string, act: () => void | Promise<void>): Promise<void> {
    const before = await check(id);
    assert.strictEqual(before.status, 'not yet', `${id} before its step: ${before.missing}`);
    await act();
    const after = await check(id);
    assert.strictEqual(after.status, 'done', `${id} after its step: ${after.missing}`);
    say(`${id}: not yet (${before.missing}), then done`);
  }

  suiteSetup(async function () {
    let server = '';
    try { server = docker('version', '--format', '{{.Server.Version}}'); } catch { /* no engine */ }
    if (!server) { say('SKIP practice tests: no Docker engine answers `docker version` here (start dockerd to run them).'); this.skip(); }
    if (!fs.existsSync(busybox)) { say(`SKIP practice tests: ${busybox} is missing (apt-get install busybox-static).`); this.skip(); }
    const files: Record<string, string> = {
      [`${back}/Dockerfile`]: image(4567, 'USER 1000\n'),
      [`${front}/Dockerfile`]: image(3000),
      [`${back}/Dockerfile.single`]: 'FROM scratch\nCOPY busybox /bin/busybox\nCOPY cache.bin /cache.bin\nCMD ["busybox", "sleep", "3600"]\n',
      [`${back}/Dockerfile.multi`]: 'FROM scratch AS build\nCOPY busybox /bin/busybox\nCOPY cache.bin /cache.bin\n\nFROM scratch\nCOPY --from=build /bin/busybox /bin/busybox\nCMD ["busybox", "sleep", "3600"]\n',
      'docker-compose.yml': `services:\n  backend:\n    build: ./${back}\n  frontend:\n    build: ./${front}\n`,
    };
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    for (const d of [back, front]) fs.copyFileSync(busybox, path.join(dir, d, 'busybox'));
    fs.writeFileSync(path.join(dir, back, 'cache.bin'), Buffer.alloc(2 * 1024 * 1024, 7));
    await activateExtension();
  });

  teardown(removeAll);

  suiteTeardown(() => {
    removeAll();
    quietly('rmi', '-f', `${back}:1.0.0`, `${back}:single`, `${back}:multi`, `${front}:dev`);
    quietly('network', 'rm', `${prefix}_default`);
    fs.rmSync(work, { recursive: true, force: true });
  });

  test('build the backend image', () => step('build-backend', () => { docker('build', '-q', '-t', `${back}:1.0.0`, path.join(dir, back)); }));

  test('run it with its port published', async () => {
    run(`${back}:1.0.0`);
    const port = await freePort();
    await step('run-backend', () => { removeAll(); run(`${back}:1.0.0`, '-p', `127.0.0.1:${port}:4567`); });
  });

  test('open a shell in it', () => {
    const name = run(`${back}:1.0.0`);
    return step('shell-backend', () => { docker('exec', '-d', name, 'sh', '-c', 'sleep 600; :'); });
  });

  test('pass FRONTEND_URL with -e', () => {
    run(`${back}:1.0.0`);
    return step('env-frontend-url', () => { removeAll(); run(`${back}:1.0.0`, '-e', 'FRONTEND_URL=http://localhost:3000'); });
  });

  test('run the frontend on its port', async () => {
    const port = await freePort();
    await step('run-frontend', () => { docker('build', '-q', '-t', `${front}:dev`, path.join(dir, front)); run(`${front}:dev`, '-p', `127.0.0.1:${port}:3000`); });
  });

  test('both services up, as compose starts them', () => {
    run(`${back}:1.0.0`, ...composeLabels('backend'));
    return step('compose-up', () => { run(`${front}:dev`, ...composeLabels('frontend')); });
  });

  test('one service reaches the other by name on a user-defined bridge network', () => {
    run(`${back}:1.0.0`, ...composeLabels('backend'));
    run(`${front}:dev`, ...composeLabels('frontend'));
    return step('bridge-network', () => {
      removeAll();
      // --internal: a bridge with no way out of the machine.
      docker('network', 'create', '--internal', `${prefix}_default`);
      run(`${back}:1.0.0`, '--network', `${prefix}_default`, ...composeLabels('backend'));
      run(`${front}:dev`, '--network', `${prefix}_default`, ...composeLabels('frontend'));
    });
  });

  test('a healthcheck that reports healthy', () => {
    run(`${back}:1.0.0`, ...composeLabels('backend'));
    return step('healthcheck', async () => {
      const name = run(`${back}:1.0.0`, '--health-cmd', 'true', '--health-interval', '1s', ...composeLabels('backend'));
      for (let i = 0; i < 120 && !docker('ps', '--filter', `name=${name}`, '--format', '{{.Status}}').includes('(healthy)'); i++) await new Promise((r) => setTimeout(r, 500));
    });
  });

  test('a multi-stage build smaller than the single-stage one', () => {
    docker('build', '-q', '-t', `${back}:single`, '-f', path.join(dir, back, 'Dockerfile.single'), path.join(dir, back));
    return step('multi-stage', () => { docker('build', '-q', '-t', `${back}:multi`, '-f', path.join(dir, back, 'Dockerfile.multi'), path.join(dir, back)); });
  });

  test('run as a user that is not root, checked on the running container', () => {
    run(`${back}:1.0.0`, '--user', '0');
    return step('non-root', () => { removeAll(); run(`${back}:1.0.0`); });
  });
});
