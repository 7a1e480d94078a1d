// SPDX-License-Identifier: MIT
// The `auto` compose probe: the core's decision (asked with stand-in answers), and the adapter's one
// program-running module (dockerProcess.ts) asking stand-in `docker` and `docker-compose` programs for real.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { composeProbeCommands, imageCheckAnswer, imageCheckCommand, probeCompose } from '../../../src/core/index';
import { runProgram, succeeds } from '../../../src/vscode/dockerProcess';

describe('probeCompose (stand-in answers)', () => {
  it('asks docker compose version first, and stops there when it works', async () => {
    const asked: string[][] = [];
    const found = await probeCompose('/opt/docker', async (argv) => { asked.push(argv); return true; });
    assert.strictEqual(found, 'docker compose');
    assert.deepStrictEqual(asked, [['/opt/docker', 'compose', 'version']]);
  });

  it('falls back to docker-compose version, then to none', async () => {
    const asked: string[][] = [];
    assert.strictEqual(await probeCompose('docker', async (argv) => { asked.push(argv); return argv[0] === 'docker-compose'; }), 'docker-compose');
    assert.deepStrictEqual(asked, composeProbeCommands('docker').map((c) => c.argv));
    assert.strictEqual(await probeCompose('docker', async () => false), 'none');
  });
});

describe('the probe against stand-in programs (dockerProcess.ts, execFile without a shell)', function () {
  this.timeout(20_000);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-probe-'));
  const savedPath = process.env.PATH;
  const script = (name: string, body: string) => fs.writeFileSync(path.join(work, name), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  afterEach(() => { process.env.PATH = savedPath; });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('finds the plugin when `docker compose version` exits 0', async () => {
    script('docker', '[ "$1 $2" = "compose version" ] && { echo "Docker Compose version v2.30.0"; exit 0; }; exit 1');
    assert.strictEqual(await probeCompose(path.join(work, 'docker'), succeeds), 'docker compose');
  });

  it('finds docker-compose when the plugin is missing', async () => {
    script('docker', 'echo "docker: unknown command: docker compose" >&2; exit 1');
    script('docker-compose', '[ "$1" = version ] && { echo "docker-compose version 1.29.2"; exit 0; }; exit 1');
    // execFile looks `docker-compose` up on the extension host's PATH.
    process.env.PATH = `${work}${path.delimiter}${savedPath}`;
    assert.strictEqual(await probeCompose(path.join(work, 'docker'), succeeds), 'docker-compose');
  });

  it('answers none when neither runs (a missing program is a failure, not a crash)', async () => {
    script('docker', 'exit 1');
    process.env.PATH = work;
    fs.rmSync(path.join(work, 'docker-compose'), { force: true });
    assert.strictEqual(await probeCompose(path.join(work, 'no-such-docker'), succeeds), 'none');
    assert.strictEqual(await probeCompose(path.join(work, 'docker'), succeeds), 'none');
  });

  it('passes a hostile argument as one argument, with no shell in between', async () => {
    script('echo-args', 'for a in "$@"; do printf "[%s]" "$a"; done');
    const result = await runProgram([path.join(work, 'echo-args'), `a b; touch ${work}/canary`, '$(id)']);
    assert.deepStrictEqual(result, { exitCode: 0, stdout: `[a b; touch ${work}/canary][$(id)]`, stderr: '' });
    assert.ok(!fs.existsSync(path.join(work, 'canary')));
  });

  it('runs in the folder it is given, and keeps stderr apart (docker logs writes the container\'s stderr there)', async () => {
    script('where', 'pwd; echo oops >&2; exit 3');
    const folder = fs.mkdtempSync(path.join(work, 'cwd-'));
    assert.deepStrictEqual(await runProgram([path.join(work, 'where')], 5000, folder), { exitCode: 3, stdout: `${fs.realpathSync(folder)}\n`, stderr: 'oops\n' });
  });
});

describe('image check', () => {
  it('asks `docker image ls --quiet -- <tag>` and reads present, missing and unknown', () => {
    assert.deepStrictEqual(imageCheckCommand('docker', 'api:dev'), ['docker', 'image', 'ls', '--quiet', '--', 'api:dev']);
    assert.strictEqual(imageCheckAnswer({ exitCode: 0, stdout: 'f1e2d3c4b5a6\n' }), 'present');
    assert.strictEqual(imageCheckAnswer({ exitCode: 0, stdout: '\n' }), 'missing');
    assert.strictEqual(imageCheckAnswer({ exitCode: 1, stdout: '' }), 'unknown');
    assert.strictEqual(imageCheckAnswer({ exitCode: undefined, stdout: '' }), 'unknown');
  });
});
