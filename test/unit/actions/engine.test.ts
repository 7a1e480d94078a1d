// SPDX-License-Identifier: MIT
// The Dockerfile actions' command lines against a real Docker engine, without an editor: each line from
// toCommandLine runs in bash under a pseudo-terminal (`script`, for `-it`), in the action's cwd.
// A FROM-scratch image with busybox copied in, so nothing is pulled. Skips with a plain message where no
// engine answers. test/integration/engine.test.ts drives the same flow through the lenses in VS Code.
import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { dockerfileActions, toCommandLine, type DockerAction } from '../../../src/core/index';
import { needOrSkip } from '../../needs';

const busybox = '/bin/busybox';
const tag = 'coach-unit-e2e:dev';
const name = 'coach-unit-e2e-dev';

function docker(...args: string[]): string | undefined {
  try {
    return execFileSync('docker', args, { encoding: 'utf8', timeout: 60000, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch {
    return undefined;
  }
}

/** Runs an action's command line as a person would: typed into bash, with a terminal attached. */
function runInPty(action: DockerAction, typed = ''): { status: number | null; output: string } {
  const line = toCommandLine(action.argv, 'posix');
  const res = spawnSync('script', ['-qec', line, '/dev/null'], {
    cwd: action.cwd, input: typed, encoding: 'utf8', timeout: 120000, env: { ...process.env, SHELL: '/bin/bash' },
  });
  return { status: res.status, output: `${res.stdout}${res.stderr}` };
}

function byKind(actions: DockerAction[], kind: string): DockerAction {
  const a = actions.find((x) => x.kind === kind);
  assert.ok(a, kind);
  return a;
}

describe('Dockerfile actions against a real Docker engine', function () {
  this.timeout(180000);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-unit-engine-'));
  // The folder's name becomes the tag and the container name.
  const dir = path.join(work, 'coach-unit-e2e');
  let actions: DockerAction[] = [];

  before(function () {
    const server = docker('version', '--format', '{{.Server.Version}}');
    const missing = !server ? 'no Docker engine answers `docker version`' : !fs.existsSync(busybox) ? `${busybox} is missing (busybox-static)` : undefined;
    const noPty = spawnSync('script', ['--version']).status !== 0 ? '`script` (util-linux) is missing' : undefined;
    needOrSkip(this, 'real-engine action tests', missing ?? noPty);
    docker('rm', '-f', name);
    docker('rmi', '-f', tag);
    fs.mkdirSync(dir);
    fs.copyFileSync(busybox, path.join(dir, 'busybox'));
    const text = 'FROM scratch\nCOPY busybox /bin/busybox\nCOPY busybox /bin/sh\nENTRYPOINT ["/bin/busybox"]\nCMD ["sleep", "3600"]\n';
    fs.writeFileSync(path.join(dir, 'Dockerfile'), text);
    // Detached so the test can go on; no network, since nothing needs one.
    actions = dockerfileActions(text, { path: path.join(dir, 'Dockerfile') }, { runArgs: ['--network', 'none', '-d'] });
  });

  after(() => {
    docker('rm', '-f', name);
    docker('rmi', '-f', tag);
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('Build makes the image that `docker images` lists', () => {
    const build = byKind(actions, 'dockerfile.build');
    assert.deepStrictEqual(build.argv, ['docker', 'build', '-t', tag, '-f', 'Dockerfile', '.']);
    const res = runInPty(build);
    assert.strictEqual(res.status, 0, res.output);
    assert.ok(docker('images', '--format', '{{.Repository}}:{{.Tag}}')?.split('\n').includes(tag));
  });

  // Run and Shell need the image, and Shell a running container: when the test before did not leave them (run
  // alone, or under --grep), they are made here with docker itself, not through the action under test.
  function ensureImage(): void {
    if (docker('images', '--format', '{{.Repository}}:{{.Tag}}')?.split('\n').includes(tag)) return;
    assert.ok(docker('build', '-q', '-t', tag, dir) !== undefined, `could not build ${tag} for this test`);
  }

  it('Run starts the container that `docker ps` lists, under the derived name', () => {
    ensureImage();
    docker('rm', '-f', name);
    const res = runInPty(byKind(actions, 'dockerfile.run'));
    assert.strictEqual(res.status, 0, res.output);
    assert.match(docker('ps', '--filter', `name=^${name}$`, '--format', '{{.Names}} {{.Image}} {{.Status}}') ?? '', new RegExp(`^${name} ${tag} Up`));
  });

  it('Shell opens a shell inside it that runs what is typed', () => {
    ensureImage();
    if (!docker('ps', '-q', '--filter', `name=^${name}$`)) {
      docker('rm', '-f', name);
      assert.ok(docker('run', '-d', '--network', 'none', '--name', name, tag) !== undefined, `could not start ${name} for this test`);
    }
    const res = runInPty(byKind(actions, 'dockerfile.shell'), 'echo typed-in-exec > /exec-proof; exit\n');
    assert.strictEqual(res.status, 0, res.output);
    assert.strictEqual(docker('exec', name, '/bin/busybox', 'cat', '/exec-proof'), 'typed-in-exec');
  });
});
