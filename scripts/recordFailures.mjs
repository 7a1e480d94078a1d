// SPDX-License-Identifier: MIT
// Records what the real docker CLI and dockerd print when a learner's command fails, into
// test/fixtures/failures/recorded/<scenario>.json, which the unit tests run the failure catalogue on.
// Each scenario sets up the mistake (a FROM-scratch busybox image, a held port, a fake registry on
// 127.0.0.1 that answers "denied" or "manifest unknown"), runs the command through sh with 2>&1 as a
// terminal would show it, and writes the command line, the exit code and the output. Nothing is pulled
// (pulls fail offline here, which is itself one scenario); ports are published on 127.0.0.1 only.
// Run: node scripts/recordFailures.mjs   (needs a running engine and /bin/busybox)
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'test', 'fixtures', 'failures', 'recorded');
/** The temp folder is written as this path, so fixtures do not change with every run. */
const shownCwd = '/home/learner/app';
const base = 'coach-rec-base:dev';
const prefix = 'coach-rec-';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'coach-rec-'));

/** Runs a shell line in `dir` as a terminal would (output and errors interleaved); never throws. */
function sh(line, { dir = work, env = {}, stdin = 'ignore' } = {}) {
  const r = spawnSync('bash', ['-c', `${line} 2>&1`], { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120000, stdio: [stdin, 'pipe', 'pipe'] });
  return { exitCode: r.status ?? -1, output: (r.stdout ?? '') + (r.stderr ?? '') };
}

function docker(...args) {
  return spawnSync('docker', args, { encoding: 'utf8', timeout: 120000 });
}

function engineVersions() {
  const server = docker('version', '--format', '{{.Server.Version}}').stdout.trim();
  const client = docker('version', '--format', '{{.Client.Version}}').stdout.trim();
  return { server, client };
}

/** A folder under the temp dir holding `files` (name → text, or `busybox` for the static binary). */
function project(name, files) {
  const dir = path.join(work, name);
  fs.mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    if (text === null) fs.copyFileSync('/bin/busybox', path.join(dir, file));
    else fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const busyboxDockerfile = 'FROM scratch\nCOPY busybox /bin/busybox\nCOPY busybox /bin/sh\nCMD ["sh"]\n';

function cleanup() {
  const ids = docker('ps', '-aq', '--filter', `name=${prefix}`).stdout.split('\n').filter(Boolean);
  if (ids.length) docker('rm', '-f', ...ids);
  const images = docker('images', '--format', '{{.Repository}}:{{.Tag}}').stdout.split('\n').filter((i) => i.startsWith(prefix));
  if (images.length) docker('rmi', '-f', ...images);
}

/** A port nothing listens on now. */
function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/**
 * A registry on 127.0.0.1 that knows no repository. dockerd treats 127.0.0.0/8 as an insecure registry, so it
 * talks plain HTTP to it. `mode` chooses the answer to a manifest request (see `answers`).
 */
/**
 * What the fake registry says to a manifest request: the error codes of the distribution spec, with messages of
 * its own (dockerd 20.10 shortens an error whose message is the code's default text to the bare code, "denied").
 */
const answers = {
  denied: { status: 403, error: { code: 'DENIED', message: 'this test registry lets nobody read learner/coach-app' } },
  nameUnknown: { status: 404, error: { code: 'NAME_UNKNOWN', message: 'this test registry has no repository learner/coach-app' } },
  manifestUnknown: { status: 404, error: { code: 'MANIFEST_UNKNOWN', message: 'this test registry has no tag 9.99' } },
  unauthorized: { status: 401, error: { code: 'UNAUTHORIZED', message: 'authentication required' } },
  tooManyRequests: { status: 429, error: { code: 'TOOMANYREQUESTS', message: 'this test registry counts pulls: try again in an hour' } },
};

function fakeRegistry(mode) {
  // In a process of its own: the scenarios run with spawnSync, which would block a server in this one.
  const code = `
    const http = require('http');
    const server = http.createServer((req, res) => {
      res.setHeader('Docker-Distribution-Api-Version', 'registry/2.0');
      res.setHeader('Content-Type', 'application/json');
      if (req.url === '/v2/' || req.url === '/v2') { res.end('{}'); return; }
      const answer = ${JSON.stringify(answers[mode])};
      res.statusCode = answer.status;
      res.end(JSON.stringify({ errors: [answer.error] }));
    });
    server.listen(0, '127.0.0.1', () => console.log(server.address().port));`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => child.stdout.once('data', (d) => resolve({ port: Number(String(d).trim()), close: () => child.kill() })));
}

const recorded = [];

/** Writes one scenario: the command line as the learner typed it, its exit code and output. */
function save(scenario, kind, commandLine, result, extra = {}) {
  const output = result.output.split(work).join(shownCwd);
  const fixture = { kind, commandLine, exitCode: result.exitCode, cwd: shownCwd, output, ...extra };
  fs.writeFileSync(path.join(outDir, `${scenario}.json`), JSON.stringify(fixture, null, 2) + '\n');
  recorded.push(`${scenario} (${kind}, exit ${result.exitCode})`);
}

/** Runs `line` in `dir` and saves it; `files` are the project's Dockerfile/compose texts, for locations. */
function record(scenario, kind, line, opts = {}) {
  // `cli`: a folder whose docker goes first on PATH, for an older CLI's wording (not written to the fixture).
  const result = sh(line, opts.cli ? { ...opts, env: { ...opts.env, PATH: `${opts.cli}:${process.env.PATH}` } } : opts);
  const files = opts.files && opts.dir ? Object.fromEntries(opts.files.map((f) => [path.join(shownCwd, path.relative(work, opts.dir), f).replace(/\\/g, '/'), fs.readFileSync(path.join(opts.dir, f), 'utf8')])) : undefined;
  const cwd = opts.dir ? path.join(shownCwd, path.relative(work, opts.dir)) : shownCwd;
  save(scenario, kind, opts.shown ?? line, result, { cwd, ...(files ? { files } : {}), ...(opts.env ? { env: opts.env } : {}), ...(opts.cliVersion ? { cli: opts.cliVersion } : {}) });
  return result;
}

/**
 * What the CLI and the engine refuse before a container exists: flag values, ports, conflicting flags, restart
 * policies, mounts, networks, limits, names; what a removal refuses; what the legacy builder's parser refuses;
 * and a registry that asks for a login or counts pulls. None of these starts a container; `--network none` keeps
 * any that would off the network.
 */
async function recordValidation(baseDir) {
  const run = `docker run --rm --network none`;
  record('invalid-size', 'InvalidSizeValue', `${run} -m 512x ${base}`);
  record('invalid-cpus', 'InvalidCpus', `${run} --cpus abc ${base}`);
  record('invalid-duration', 'InvalidDuration', `${run} --health-interval 5 ${base}`);
  record('flag-needs-argument', 'FlagNeedsArgument', `${run} --network`);
  record('flag-needs-argument-short', 'FlagNeedsArgument', `${run} -m`);
  record('invalid-host-port', 'InvalidHostPort', `docker run --rm -p 99999:80 ${base}`);
  record('invalid-container-port', 'InvalidContainerPort', `docker run --rm -p 8080:99999 ${base}`);
  record('invalid-proto', 'InvalidPortProtocol', `docker run --rm -p 8080:80/tcpp ${base}`);
  record('restart-with-rm', 'RestartWithRm', `${run} --restart always ${base}`);
  record('attach-and-detach', 'ConflictingOptions', `docker run -d -a stdout --network none ${base}`);
  record('env-file-missing', 'EnvFileMissing', `${run} --env-file missing.env ${base}`);
  // Option checks docker/cli makes in cli/command/container/opts.go before it asks the engine.
  record('run-swappiness', 'InvalidRunOption', `${run} --memory-swappiness 200 ${base}`);
  record('run-pid-mode', 'InvalidRunOption', `${run} --pid hots ${base}`);
  record('run-no-healthcheck', 'InvalidRunOption', `${run} --no-healthcheck --health-interval 5s ${base}`);
  record('run-mac-address', 'InvalidRunOption', `${run} --mac-address 02:42:ac:11:00 ${base}`);
  record('run-security-opt', 'InvalidRunOption', `${run} --security-opt seccomp ${base}`);
  record('run-log-opt', 'InvalidRunOption', `${run} --log-driver none --log-opt max-size=1m ${base}`);
  record('run-device-path', 'InvalidRunOption', `${run} --device /dev/null:dev/null ${base}`);
  record('restart-policy', 'InvalidRestartPolicy', `docker run -d --restart sometimes --network none ${base}`);
  record('restart-retry-count', 'RestartRetryCount', `docker run -d --restart always:3 --network none ${base}`);
  record('volume-name', 'InvalidVolumeName', `${run} -v data/x:/data ${base}`);
  record('bind-source-missing', 'BindSourceMissing', `${run} --mount type=bind,source=/coach-no-such-folder,target=/data ${base}`);
  record('volume-mode', 'InvalidVolumeSpec', `${run} -v /tmp:/data:rox ${base}`);
  record('volume-too-many-colons', 'InvalidVolumeSpec', `${run} -v /tmp:/data:ro:z:extra ${base}`);
  record('network-not-found', 'NetworkNotFound', `docker run --rm --network cruddur ${base}`);
  sh(`docker run -d --network none --name ${prefix}netowner ${base} busybox sleep 600`);
  record('network-mode-ports', 'NetworkModeConflict', `docker run --rm --network container:${prefix}netowner -p 8080:80 ${base}`);
  record('network-host-links', 'NetworkModeConflict', `docker run --rm --network host --link ${prefix}netowner:db ${base}`);
  record('network-two-modes', 'NetworkModeConflict', `docker run --rm --network none --network bridge ${base}`);
  record('minimum-memory', 'MinimumMemory', `${run} -m 4m ${base}`);
  record('memory-reservation', 'MemoryBelowReservation', `${run} --memory-reservation 100m -m 50m ${base}`);
  record('cpus-range', 'CpusOutOfRange', `${run} --cpus 512 ${base}`);
  record('container-name', 'InvalidContainerName', `${run} --name 'my app' ${base}`);
  sh(`docker volume create ${prefix}vol`);
  sh(`docker run -d --network none --name ${prefix}voluser -v ${prefix}vol:/data ${base} busybox sleep 600`);
  record('volume-in-use', 'VolumeInUse', `docker volume rm ${prefix}vol`);
  sh(`docker rm -f ${prefix}voluser`);
  sh(`docker volume rm ${prefix}vol`);
  record('no-such-volume', 'NoSuchVolume', 'docker volume rm coach-no-such-volume');
  record('push-no-local-image', 'PushNoLocalImage', 'docker push coach-no-such-image:dev');
  // The legacy builder reads the Dockerfile with BuildKit's parser (vendored), so these are BuildKit's words too.
  const parse = (name, dockerfile) => project(name, { Dockerfile: dockerfile, busybox: null });
  record('dockerfile-unknown-flag', 'DockerfileUnknownFlag', 'docker build -t coach-rec-flag .', { dir: parse('flagapp', 'FROM scratch\nCOPY --chmodd=755 busybox /bin/sh\n'), files: ['Dockerfile'] });
  record('dockerfile-missing-arguments', 'DockerfileMissingArguments', 'docker build -t coach-rec-args .', { dir: parse('argsapp', 'FROM scratch\nCOPY busybox\n'), files: ['Dockerfile'] });
  record('env-without-value', 'EnvWithoutValue', 'docker build -t coach-rec-env .', { dir: parse('envapp', 'FROM scratch\nENV FOO\n'), files: ['Dockerfile'] });
  record('copy-many-to-file', 'CopyDestinationNotFolder', 'docker build -t coach-rec-many .', { dir: project('manyapp', { Dockerfile: 'FROM scratch\nCOPY a.txt b.txt /dest\n', 'a.txt': 'a\n', 'b.txt': 'b\n' }), files: ['Dockerfile'] });
  record('blank-base', 'BlankBaseImage', 'docker build -t coach-rec-base-arg .', { dir: parse('baseargapp', 'ARG BASE\nFROM ${BASE}\n'), files: ['Dockerfile'] });
  record('build-context-not-found', 'BuildContextNotFound', 'docker build -t coach-rec-app ./backend', { dir: baseDir });
  const unauthorized = await fakeRegistry('unauthorized');
  record('registry-unauthorized', 'RegistryUnauthorized', `docker pull 127.0.0.1:${unauthorized.port}/learner/coach-app:dev`);
  unauthorized.close();
  const limited = await fakeRegistry('tooManyRequests');
  record('pull-rate-limited', 'PullRateLimited', `docker pull 127.0.0.1:${limited.port}/learner/coach-app:dev`);
  limited.close();
}

async function main() {
  const { server, client } = engineVersions();
  if (!server) { console.log('No Docker engine answers `docker version`: nothing recorded.'); return; }
  if (!fs.existsSync('/bin/busybox')) { console.log('/bin/busybox is missing: nothing recorded.'); return; }
  fs.mkdirSync(outDir, { recursive: true });
  cleanup();
  const baseDir = project('base', { Dockerfile: busyboxDockerfile, busybox: null });
  const built = sh(`docker build -q -t ${base} .`, { dir: baseDir });
  if (built.exitCode !== 0) throw new Error(`could not build the base image: ${built.output}`);

  // The engine itself.
  record('daemon-closed-socket', 'DaemonNotRunning', 'docker ps', { env: { DOCKER_HOST: 'unix:///tmp/coach-closed.sock' } });
  record('daemon-closed-tcp', 'DaemonNotRunning', 'docker info', { env: { DOCKER_HOST: 'tcp://127.0.0.1:1' } });
  record('context-missing', 'DaemonNotRunning', 'docker ps', { env: { DOCKER_CONTEXT: 'coach-missing-context' } });
  // As an ordinary user, outside the docker group.
  record('socket-permission', 'SocketPermissionDenied', 'setpriv --reuid=65534 --regid=65534 --clear-groups env HOME=/tmp docker ps', { shown: 'docker ps' });

  // Ports and names.
  const held = await freePort();
  sh(`docker run -d --name ${prefix}port-a -p 127.0.0.1:${held}:80 ${base} busybox sleep 600`);
  record('port-allocated', 'PortAllocated', `docker run -d --name ${prefix}port-b -p 127.0.0.1:${held}:80 ${base} busybox sleep 600`);
  const other = await freePort();
  const listener = net.createServer().listen(other, '127.0.0.1');
  await new Promise((r) => listener.once('listening', r));
  record('address-in-use', 'AddressInUse', `docker run -d --name ${prefix}addr -p 127.0.0.1:${other}:80 ${base} busybox sleep 600`);
  listener.close();
  sh(`docker run -d --network none --name ${prefix}web ${base} busybox sleep 600`);
  record('name-conflict', 'NameConflict', `docker run -d --network none --name ${prefix}web ${base} busybox sleep 600`);

  // Images and registries.
  record('pull-offline', 'RegistryUnreachable', 'docker pull coach-never-built');
  record('run-never-built-offline', 'RegistryUnreachable', 'docker run --rm --network none coach-never-built:dev');
  const denied = await fakeRegistry('denied');
  const deniedRef = `127.0.0.1:${denied.port}/learner/coach-app`;
  record('pull-denied', 'PullAccessDenied', `docker pull ${deniedRef}`);
  record('run-denied', 'PullAccessDenied', `docker run --rm --network none ${deniedRef}:dev`);
  denied.close();
  const nameUnknown = await fakeRegistry('nameUnknown');
  record('repository-unknown', 'PullAccessDenied', `docker pull 127.0.0.1:${nameUnknown.port}/learner/coach-app:dev`);
  nameUnknown.close();
  const unknown = await fakeRegistry('manifestUnknown');
  record('manifest-unknown', 'ManifestUnknown', `docker pull 127.0.0.1:${unknown.port}/library/busybox:9.99`);
  unknown.close();
  record('invalid-reference-run', 'InvalidReference', `docker run --rm --network none MyApp`);
  const refDir = project('refapp', { Dockerfile: busyboxDockerfile, busybox: null });
  record('invalid-reference-tag', 'InvalidReference', 'docker build -t MyApp:dev .', { dir: refDir });

  // Builds (the legacy builder: this engine has no buildx).
  const copyDir = project('copyapp', { Dockerfile: 'FROM scratch\nCOPY busybox /bin/sh\nWORKDIR /app\nCOPY requirements.txt .\nCMD ["sh"]\n', busybox: null });
  record('copy-missing', 'CopySourceMissing', 'docker build -t coach-rec-copy .', { dir: copyDir, files: ['Dockerfile'] });
  const ignoredDir = project('ignoredapp', { Dockerfile: 'FROM scratch\nCOPY busybox /bin/sh\nCOPY app.py /app/\nCMD ["sh"]\n', busybox: null, 'app.py': 'print(1)\n', '.dockerignore': '*.py\n' });
  record('copy-dockerignored', 'CopySourceMissing', 'docker build -t coach-rec-ignored .', { dir: ignoredDir, files: ['Dockerfile', '.dockerignore'] });
  const parseDir = project('parseapp', { Dockerfile: 'FROM scratch\nCOPY busybox /bin/sh\nRUNN echo hi\n', busybox: null });
  record('parse-error', 'UnknownInstruction', 'docker build -t coach-rec-parse .', { dir: parseDir, files: ['Dockerfile'] });
  const runDir = project('runapp', { Dockerfile: 'FROM scratch\nCOPY busybox /bin/busybox\nCOPY busybox /bin/sh\nRUN echo building\nRUN busybox ls /missing-folder\nCMD ["sh"]\n', busybox: null });
  record('run-step-failed', 'RunStepFailed', 'docker build -t coach-rec-run .', { dir: runDir, files: ['Dockerfile'] });
  record('build-no-context', 'BuildMissingContext', 'docker build -t coach-rec-app', { dir: baseDir });
  record('build-missing-dockerfile', 'DockerfileNotFound', 'docker build -t coach-rec-app -f Dockerfile.prod .', { dir: baseDir });

  // Running containers.
  record('executable-not-found', 'ExecutableNotFound', `docker run --rm --network none ${base} python app.py`);
  record('file-not-found', 'ExecutableNotFound', `docker run --rm --network none ${base} /app/start.sh`);
  record('flag-after-image', 'FlagAfterImage', `docker run --rm --network none ${base} -p 8080:80`);
  const permDir = project('permapp', { Dockerfile: 'FROM scratch\nCOPY busybox /bin/sh\nCOPY start.sh /start.sh\nCMD ["/start.sh"]\n', busybox: null, 'start.sh': '#!/bin/sh\necho started\n' });
  fs.chmodSync(path.join(permDir, 'start.sh'), 0o644);
  sh(`docker build -q -t ${prefix}perm .`, { dir: permDir });
  record('permission-denied-exec', 'NotExecutable', `docker run --rm --network none ${prefix}perm`);
  const formatDir = project('formatapp', { Dockerfile: 'FROM scratch\nCOPY busybox /bin/sh\nCOPY start /start\nCMD ["/start"]\n', busybox: null, start: 'echo no shebang line here\n' });
  fs.chmodSync(path.join(formatDir, 'start'), 0o755);
  sh(`docker build -q -t ${prefix}format .`, { dir: formatDir });
  record('exec-format', 'ExecFormatError', `docker run --rm --network none ${prefix}format`);
  record('not-a-tty', 'NotATty', `docker run -it --rm --network none ${base} sh`, { stdin: 'ignore' });
  sh(`docker run -d --network none --name ${prefix}stopped ${base} true`);
  sh(`docker wait ${prefix}stopped`);
  // Through `script`, so -it has the terminal a learner's shell would give it.
  record('exec-stopped', 'ContainerNotRunning', `script -qec 'docker exec -it ${prefix}stopped sh' /dev/null`, { shown: `docker exec -it ${prefix}stopped sh` });
  sh(`docker run -d --network none --name ${prefix}running ${base} busybox sleep 600`);
  record('rm-running', 'ContainerRunning', `docker rm ${prefix}running`);
  record('no-such-container', 'NoSuchContainer', 'docker logs coach-no-such-container');
  record('no-such-container-exec', 'NoSuchContainer', 'docker exec -it coach-no-such-container sh');
  record('no-such-image', 'NoSuchImage', 'docker rmi coach-no-such-image:dev');
  record('rmi-in-use', 'ImageInUse', `docker rmi ${base}`);
  sh(`docker run -d --network none --name ${prefix}crash ${base} sh -c 'echo cannot find config.yml; exit 3'`);
  sh(`docker wait ${prefix}crash`);
  record('exited-at-once', 'ExitedAtOnce', `docker ps -a --filter name=${prefix}crash`);

  // Compose: this machine has neither the plugin nor the standalone program, which is itself the v1/v2 mistake.
  record('compose-plugin-missing', 'ComposeVersionMismatch', 'docker compose up');
  // The CLI reads -d as its own flag once `compose` is not a command it knows.
  record('compose-plugin-missing-flag', 'ComposeVersionMismatch', 'docker compose up -d');
  record('compose-standalone-missing', 'ComposeVersionMismatch', 'docker-compose up -d');

  // Flags and commands.
  record('unknown-flag', 'UnknownFlag', `docker run --rm --publsh 8080:80 ${base}`);
  record('unknown-shorthand', 'UnknownShorthandFlag', 'docker ps -z');
  record('unknown-command', 'UnknownCommand', 'docker imgaes');
  record('missing-argument', 'MissingArgument', 'docker run');

  await recordValidation(baseDir);

  // The same CLI mistakes in an older CLI's words, where one is installed (Debian's docker.io 20.10 in /usr/bin
  // words them differently from the 28.x CLI first on PATH here).
  const oldCli = '/usr/bin';
  const oldVersion = spawnSync(path.join(oldCli, 'docker'), ['version', '--format', '{{.Client.Version}}'], { encoding: 'utf8' }).stdout?.trim();
  if (oldVersion && oldVersion !== client) {
    const old = { cli: oldCli, cliVersion: oldVersion };
    record('cli20-build-no-context', 'BuildMissingContext', 'docker build -t coach-rec-app', { ...old, dir: baseDir });
    record('cli20-unknown-command', 'UnknownCommand', 'docker imgaes', old);
    record('cli20-compose-plugin-missing', 'ComposeVersionMismatch', 'docker compose up', old);
    record('cli20-missing-argument', 'MissingArgument', 'docker exec -it web', old);
    record('cli20-not-a-tty', 'NotATty', `docker run -it --rm --network none ${base} sh`, old);
    record('cli20-no-such-container', 'NoSuchContainer', 'docker exec -it coach-no-such-container sh', old);
  }

  // Near misses: commands that worked, whose output still mentions the words of a failure.
  record('ok-ps', 'none', 'docker ps -a --filter name=coach-nothing');
  record('ok-echo-port', 'none', `docker run --rm --network none ${base} busybox echo 'port is already allocated is what the tutorial said'`);
  cleanup();
  console.log(`Recorded against Docker Engine ${server} (CLI ${client}):\n  ${recorded.join('\n  ')}`);
}

main().catch((err) => { console.error(err); process.exitCode = 1; }).finally(() => { cleanup(); fs.rmSync(work, { recursive: true, force: true }); });
