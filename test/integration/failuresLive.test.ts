// SPDX-License-Identifier: MIT
// Failure kinds reproduced live against the Docker engine of this machine, and explained by the core from
// what docker printed there and then: no recording in between. Images are FROM scratch with busybox copied
// in (nothing is pulled), ports are published on 127.0.0.1, containers run with --network none otherwise.
// Skips with a plain message where no engine answers or busybox-static is missing.
import * as assert from 'assert';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { explainDockerFailure, type Failure } from '../../src/core/index';
import { needOrSkip } from '../needs';
import { docker, say } from './helpers';

const busybox = '/bin/busybox';
const prefix = 'coach-live-';
const base = `${prefix}base:dev`;

/** Runs a shell line as a terminal would (output and errors together), without blocking this host. */
function shell(line: string, cwd: string, env: Record<string, string> = {}): Promise<{ output: string; exitCode: number }> {
  return new Promise((resolve) => {
    execFile('bash', ['-c', `${line} 2>&1 </dev/null`], { cwd, env: { ...process.env, ...env }, timeout: 120000, encoding: 'utf8' }, (err, stdout) => {
      const code = (err as { code?: unknown } | null)?.code;
      resolve({ output: stdout, exitCode: err ? (typeof code === 'number' ? code : -1) : 0 });
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address() as net.AddressInfo; s.close(() => resolve(port)); });
  });
}

/** A label on the images the suite builds: a failed RUN step's container carries it too. */
const leftoverLabel = 'coach.test=failures-live';

function cleanup(): void {
  const named = docker('ps', '-aq', '--filter', `name=${prefix}`)?.split('\n') ?? [];
  const labelled = docker('ps', '-aq', '--filter', `label=${leftoverLabel}`)?.split('\n') ?? [];
  const ids = [...new Set([...named, ...labelled])].filter(Boolean);
  if (ids.length) docker('rm', '-f', ...ids);
  const images = docker('images', '--format', '{{.Repository}}:{{.Tag}}')?.split('\n').filter((i) => i.startsWith(prefix)) ?? [];
  if (images.length) docker('rmi', '-f', ...images);
}

suite('Failures reproduced live against dockerd, explained by the core', function () {
  this.timeout(600000);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'coach-live-'));
  const explained = new Set<string>();

  /** Runs `line` in `dir`, then explains it exactly as the terminal coach would. */
  async function explain(line: string, dir = work, opts: { env?: Record<string, string>; files?: string[]; shown?: string } = {}): Promise<Failure | undefined> {
    const { output, exitCode } = await shell(line, dir, opts.env);
    const files = (opts.files ?? []).map((f) => ({ path: path.join(dir, f), text: fs.readFileSync(path.join(dir, f), 'utf8') }));
    const failure = explainDockerFailure({ commandLine: opts.shown ?? line, output, exitCode, cwd: dir, files });
    if (failure) explained.add(failure.code);
    assert.ok(failure, `not explained: ${line}\n(exit ${exitCode})\n${output}`);
    return failure;
  }

  function project(name: string, files: Record<string, string | null>): string {
    const dir = path.join(work, name);
    fs.mkdirSync(dir, { recursive: true });
    for (const [f, text] of Object.entries(files)) {
      if (text === null) fs.copyFileSync(busybox, path.join(dir, f));
      else fs.writeFileSync(path.join(dir, f), text);
    }
    return dir;
  }

  suiteSetup(async function () {
    const server = docker('version', '--format', '{{.Server.Version}}');
    const missing = !server ? 'no Docker engine answers `docker version` (start dockerd)' : !fs.existsSync(busybox) ? `${busybox} is missing (apt-get install busybox-static)` : undefined;
    needOrSkip(this, 'live failure tests', missing, say);
    say(`Docker engine ${server}`);
    cleanup();
    const dir = project('base', { Dockerfile: 'FROM scratch\nCOPY busybox /bin/busybox\nCOPY busybox /bin/sh\nCMD ["sh"]\n', busybox: null });
    assert.ok(docker('build', '-q', '-t', base, dir), 'could not build the busybox base image');
  });

  suiteTeardown(() => {
    cleanup();
    fs.rmSync(work, { recursive: true, force: true });
    say(`${explained.size} kinds reproduced live and explained: ${[...explained].sort().join(', ')}`);
  });

  test('the daemon is not running: DOCKER_HOST at a closed socket', async () => {
    const f = await explain('docker ps', work, { env: { DOCKER_HOST: `unix://${path.join(work, 'closed.sock')}` } });
    assert.strictEqual(f?.code, 'DaemonNotRunning');
    assert.match(f!.markdown, /closed\.sock/);
  });

  test('port already allocated (127.0.0.1), with who holds it and another port as fixes', async () => {
    const port = await freePort();
    docker('run', '-d', '--name', `${prefix}port-a`, '-p', `127.0.0.1:${port}:80`, base, 'busybox', 'sleep', '600');
    const f = await explain(`docker run -d --name ${prefix}port-b -p 127.0.0.1:${port}:80 ${base} busybox sleep 600`);
    assert.strictEqual(f?.code, 'PortAllocated');
    assert.deepStrictEqual(f!.fixes[0].argv, ['docker', 'ps', '--filter', `publish=${port}`]);
  });

  test('container name already in use, fixed by docker rm -f <name>', async () => {
    docker('run', '-d', '--network', 'none', '--name', `${prefix}web`, base, 'busybox', 'sleep', '600');
    const f = await explain(`docker run -d --network none --name ${prefix}web ${base} busybox sleep 600`);
    assert.strictEqual(f?.code, 'NameConflict');
    assert.deepStrictEqual(f!.fixes[0].argv, ['docker', 'rm', '-f', `${prefix}web`]);
  });

  test('pull offline: the registry cannot be reached, and the image was never built here', async () => {
    // A registry at a closed port on 127.0.0.1, so the engine cannot reach it on any machine: with internet
    // access, Docker Hub itself would answer "pull access denied" for a name nobody pushed.
    const port = await freePort();
    const f = await explain(`docker run --rm --network none 127.0.0.1:${port}/${prefix}never-built:dev`);
    assert.strictEqual(f?.code, 'RegistryUnreachable');
    assert.match(f!.markdown, new RegExp(`127\\.0\\.0\\.1:${port}`));
  });

  test('pull access denied, from a registry on 127.0.0.1 that says so', async () => {
    const registry = http.createServer((req, res) => {
      res.setHeader('Docker-Distribution-Api-Version', 'registry/2.0');
      res.setHeader('Content-Type', 'application/json');
      if (req.url === '/v2/') { res.end('{}'); return; }
      res.statusCode = 403;
      res.end(JSON.stringify({ errors: [{ code: 'DENIED', message: 'this test registry lets nobody read it' }] }));
    });
    await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
    try {
      const f = await explain(`docker pull 127.0.0.1:${(registry.address() as net.AddressInfo).port}/learner/app:dev`);
      assert.strictEqual(f?.code, 'PullAccessDenied');
    } finally {
      registry.close();
    }
  });

  test('COPY source missing, pointing at the COPY line', async () => {
    const dir = project('copy', { Dockerfile: 'FROM scratch\nCOPY busybox /bin/sh\nCOPY requirements.txt /app/\n', busybox: null });
    const f = await explain(`docker build -t ${prefix}copy .`, dir, { files: ['Dockerfile'] });
    assert.strictEqual(f?.code, 'CopySourceMissing');
    assert.deepStrictEqual(f!.location, { path: path.join(dir, 'Dockerfile'), line: 2 });
  });

  test('an unknown Dockerfile instruction, with its line', async () => {
    const dir = project('parse', { Dockerfile: 'FROM scratch\nRUNN echo hi\n' });
    const f = await explain(`docker build -t ${prefix}parse .`, dir, { files: ['Dockerfile'] });
    assert.strictEqual(f?.code, 'UnknownInstruction');
    assert.strictEqual(f!.location?.line, 1);
  });

  test('a RUN step that fails, with its line and exit code', async () => {
    // The label marks the container the failed step leaves behind (the classic builder keeps it), for cleanup().
    const dir = project('run', { Dockerfile: `FROM scratch\nLABEL ${leftoverLabel}\nCOPY busybox /bin/busybox\nCOPY busybox /bin/sh\nRUN busybox false\n`, busybox: null });
    const f = await explain(`docker build -t ${prefix}run .`, dir, { files: ['Dockerfile'] });
    assert.strictEqual(f?.code, 'RunStepFailed');
    assert.strictEqual(f!.location?.line, 4);
  });

  test('docker build without its context, fixed by adding .', async () => {
    const f = await explain(`docker build -t ${prefix}ctx`);
    assert.strictEqual(f?.code, 'BuildMissingContext');
    assert.deepStrictEqual(f!.fixes[0].argv, ['docker', 'build', '-t', `${prefix}ctx`, '.']);
  });

  test('executable file not found in the image (exit 127)', async () => {
    const f = await explain(`docker run --rm --network none ${base} python app.py`);
    assert.strictEqual(f?.code, 'ExecutableNotFound');
    assert.match(f!.markdown, /127/);
  });

  test('a flag after the image, fixed by moving it', async () => {
    const f = await explain(`docker run --rm --network none ${base} -e DEBUG=1`);
    assert.strictEqual(f?.code, 'FlagAfterImage');
    assert.deepStrictEqual(f!.fixes[0].argv, ['docker', 'run', '--rm', '--network', 'none', '-e', 'DEBUG=1', base]);
  });

  test('the input device is not a TTY', async () => {
    const f = await explain(`docker run -it --rm --network none ${base} sh`);
    assert.strictEqual(f?.code, 'NotATty');
  });

  test('exec into a stopped container', async () => {
    docker('run', '--network', 'none', '--name', `${prefix}stopped`, base, 'busybox', 'true');
    // `script` gives -it the terminal a learner's shell would.
    const f = await explain(`script -qec 'docker exec -it ${prefix}stopped sh' /dev/null`, work, { shown: `docker exec -it ${prefix}stopped sh` });
    assert.strictEqual(f?.code, 'ContainerNotRunning');
    // Its logs, start it again, and (for a one-off command that stops again at once) the image to open a shell in.
    assert.deepStrictEqual(f!.fixes.map((x) => x.argv[1]), ['logs', 'start', 'inspect']);
  });

  test('rmi of an image a container uses', async () => {
    // Its own container (created, never started), so it passes alone or under --grep.
    docker('rm', '-f', `${prefix}rmi-holder`);
    assert.ok(docker('create', '--network', 'none', '--name', `${prefix}rmi-holder`, base, 'busybox', 'true') !== undefined, 'could not create the container that uses the image');
    const f = await explain(`docker rmi ${base}`);
    assert.strictEqual(f?.code, 'ImageInUse');
  });

  test('no such container', async () => {
    const f = await explain(`docker logs ${prefix}nobody`);
    assert.strictEqual(f?.code, 'NoSuchContainer');
  });

  test('an unknown flag, with the one meant', async () => {
    const f = await explain(`docker run --rm --publsh 8080:80 ${base}`);
    assert.strictEqual(f?.code, 'UnknownFlag');
    assert.match(f!.markdown, /--publish/);
  });

  // Refused by the CLI or the engine before any container exists: the lines scripts/recordFailures.mjs records.
  const refused: [string, string][] = [
    ['-m 512x', 'InvalidSizeValue'], ['--cpus abc', 'InvalidCpus'], ['--health-interval 5', 'InvalidDuration'],
    ['-p 99999:80', 'InvalidHostPort'], ['-p 8080:99999', 'InvalidContainerPort'], ['-p 8080:80/tcpp', 'InvalidPortProtocol'],
    ['--restart always', 'RestartWithRm'], ['--env-file missing.env', 'EnvFileMissing'], ['-v data/x:/data', 'InvalidVolumeName'],
    ['-v /tmp:/data:rox', 'InvalidVolumeSpec'], ['--mount type=bind,source=/coach-no-such-folder,target=/data', 'BindSourceMissing'],
    ['-m 4m', 'MinimumMemory'], ['--memory-reservation 100m -m 50m', 'MemoryBelowReservation'], ['--cpus 512', 'CpusOutOfRange'],
    ["--name 'my app'", 'InvalidContainerName'], ['--network bridge', 'NetworkModeConflict'],
  ];
  for (const [flags, kind] of refused) {
    test(`refused before a container exists: ${flags} is ${kind}`, async () => {
      const f = await explain(`docker run --rm --network none ${flags} ${base}`);
      assert.strictEqual(f?.code, kind);
    });
  }

  test('a network that does not exist, with a fix that creates it', async () => {
    const f = await explain(`docker run --rm --network ${prefix}nonet ${base}`);
    assert.strictEqual(f?.code, 'NetworkNotFound');
    assert.ok(f!.fixes.some((x) => x.argv.join(' ') === `docker network create ${prefix}nonet`));
  });

  // A chain on purpose: this one adds up what the tests above explained. Run alone or under --grep, it has
  // nothing to add up, and says so instead of failing for a reason that is not the product's.
  test('at least 30 kinds were reproduced and explained, by the whole suite', function () {
    const others = this.test!.parent!.tests.filter((t) => t !== this.test);
    if (others.some((t) => t.state !== 'passed')) {
      say(`NOT RUN: the count of kinds needs every test above to have run and passed; ${others.filter((t) => t.state === 'passed').length} of ${others.length} did`);
      this.skip();
    }
    assert.ok(explained.size >= 30, `${explained.size}: ${[...explained].join(', ')}`);
  });
});
