// SPDX-License-Identifier: MIT
// Records what this machine's engine answers to each exercise's probes, in a state where the exercise is not done
// and in one where it is, into test/fixtures/practice/<exercise>-<state>.json; the unit tests check the verdicts on them.
// The stand-in project is two FROM-scratch images with busybox copied in (nothing is pulled). Containers run with
// `--network none`, except where a port is published (on 127.0.0.1, nothing connects to it) or a network is the point.
// Compose is not installed here, so compose-made containers are stood in for by `docker run` with the labels compose
// sets (com.docker.compose.project/service); `docker compose config` is recorded as this machine answers it.
// Output lines about other containers, volumes and networks on the machine are left out, so fixtures stay ours.
// Run: npx tsc -p . && node scripts/recordExercises.mjs   (needs a running engine and /bin/busybox)
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const core = createRequire(import.meta.url)(path.join(root, 'out', 'src', 'core', 'index.js'));
const outDir = path.join(root, 'test', 'fixtures', 'practice');
const prefix = 'dcx-rec';
const shownFolder = `/home/learner/${prefix}`;

const work = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
const ws = path.join(work, prefix);

function docker(...args) {
  const r = spawnSync('docker', args, { encoding: 'utf8', timeout: 120000 });
  if (r.status !== 0 && !args.includes('--allow-fail')) throw new Error(`docker ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}
const tryDocker = (...args) => spawnSync('docker', args, { encoding: 'utf8', timeout: 120000 });

const busyboxImage = (expose, extra = '') => `FROM scratch\nCOPY busybox /bin/busybox\nCOPY busybox /bin/sh\nEXPOSE ${expose}\n${extra}CMD ["busybox", "sleep", "3600"]\n`;
const files = {
  [`${prefix}-backend/Dockerfile`]: busyboxImage(4567, 'USER 1000\n'),
  [`${prefix}-frontend/Dockerfile`]: busyboxImage(3000),
  // The single-stage build carries a 2 MB file the app does not need; the multi-stage one leaves it in the first stage.
  [`${prefix}-backend/Dockerfile.single`]: 'FROM scratch\nCOPY busybox /bin/busybox\nCOPY busybox /bin/sh\nCOPY cache.bin /cache.bin\nCMD ["busybox", "sleep", "3600"]\n',
  [`${prefix}-backend/Dockerfile.multi`]: 'FROM scratch AS build\nCOPY busybox /bin/busybox\nCOPY cache.bin /cache.bin\n\nFROM scratch\nCOPY --from=build /bin/busybox /bin/busybox\nCMD ["busybox", "sleep", "3600"]\n',
  'docker-compose.yml': `services:\n  backend:\n    build: ./${prefix}-backend\n    ports: ["4567:4567"]\n  frontend:\n    build: ./${prefix}-frontend\n    ports: ["3000:3000"]\nvolumes:\n  data: {}\n`,
};

function writeProject() {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.join(ws, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(ws, file), text);
  }
  for (const dir of [`${prefix}-backend`, `${prefix}-frontend`]) fs.copyFileSync('/bin/busybox', path.join(ws, dir, 'busybox'));
  fs.writeFileSync(path.join(ws, `${prefix}-backend`, 'cache.bin'), Buffer.alloc(2 * 1024 * 1024, 7));
}

const context = { files: Object.entries(files).map(([p, text]) => ({ path: p, text })), workspaceFolder: shownFolder };
const back = `${prefix}-backend`, front = `${prefix}-frontend`;
const compose = (service) => ['--label', `com.docker.compose.project=${prefix}`, '--label', `com.docker.compose.service=${service}`];

function cleanup() {
  const ids = tryDocker('ps', '-aq', '--filter', `name=${prefix}`).stdout.split('\n').filter(Boolean);
  if (ids.length) tryDocker('rm', '-f', ...ids);
  const images = tryDocker('images', '--format', '{{.Repository}}:{{.Tag}}').stdout.split('\n').filter((i) => i.startsWith(prefix));
  if (images.length) tryDocker('rmi', '-f', ...images);
  const volumes = tryDocker('volume', 'ls', '-q').stdout.split('\n').filter((v) => v.startsWith(prefix));
  if (volumes.length) tryDocker('volume', 'rm', '-f', ...volumes);
  for (const n of tryDocker('network', 'ls', '--format', '{{.Name}}').stdout.split('\n').filter((v) => v.startsWith(prefix))) tryDocker('network', 'rm', n);
}
const removeContainers = () => { const ids = tryDocker('ps', '-aq', '--filter', `name=${prefix}`).stdout.split('\n').filter(Boolean); if (ids.length) tryDocker('rm', '-f', ...ids); };

let counter = 0;
/** Starts a container of the stand-in project; `--network none` unless the arguments say otherwise. */
function run(image, ...args) {
  const network = args.some((a) => a === '-p' || a === '--network') ? [] : ['--network', 'none'];
  return docker('run', '-d', '--name', `${prefix}-c${++counter}`, ...network, ...args, image);
}

function freePort() {
  return new Promise((resolve) => { const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); }); });
}

/** Keeps only lines and JSON entries about the stand-in project. */
function ours(argv, stdout) {
  const words = argv.slice(1, 3).join(' ');
  if (/^(ps|image ls|volume ls|network ls)/.test(words)) return stdout.split('\n').filter((l) => l.includes(prefix)).map((l) => `${l}\n`).join('');
  return stdout;
}

/** Runs an exercise's probes round after round, as the adapter does, with execFile and no shell. */
function observe(id, env = process.env) {
  const seen = {};
  for (let round = 0; round < 4; round++) {
    const fresh = core.exerciseProbes(id, context, seen).filter((p) => !(core.probeKey(p) in seen));
    if (fresh.length === 0) break;
    for (const argv of fresh) {
      if (!core.isReadOnlyProbe(argv)) throw new Error(`not a read-only probe: ${argv.join(' ')}`);
      const r = spawnSync(argv[0], argv.slice(1), { cwd: ws, env, encoding: 'utf8', timeout: 30000 });
      seen[core.probeKey(argv)] = { stdout: ours(argv, r.stdout ?? ''), exitCode: r.status ?? undefined, stderr: (r.stderr ?? '').split(work).join('/home/learner') };
    }
  }
  return seen;
}

const server = execFileSync('docker', ['version', '--format', '{{.Server.Version}}'], { encoding: 'utf8' }).trim();
const saved = [];
function save(id, state, expect, setup) {
  const observations = observe(id);
  const verdict = core.checkExercise(id, context, observations);
  const fixture = { exercise: id, state, expect, setup, source: `recorded from Engine ${server} by scripts/recordExercises.mjs`, context, observations };
  fs.writeFileSync(path.join(outDir, `${id}-${state}.json`), JSON.stringify(fixture, null, 2) + '\n');
  saved.push(`${id}-${state}: expected ${expect}, core says ${verdict.status}${verdict.missing ? ` (${verdict.missing})` : ''}`);
}
function saveNoEngine(id) {
  const env = { ...process.env, DOCKER_HOST: `unix://${path.join(work, 'no-engine.sock')}` };
  const observations = observe(id, env);
  const fixture = { exercise: id, state: 'no-engine', expect: 'cannot check', setup: 'DOCKER_HOST points at a socket nobody listens on', source: `recorded by scripts/recordExercises.mjs`, context, observations };
  fs.writeFileSync(path.join(outDir, `${id}-no-engine.json`), JSON.stringify(fixture, null, 2) + '\n');
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function main() {
  cleanup();
  writeProject();
  fs.mkdirSync(outDir, { recursive: true });
  for (const e of core.exercises()) saveNoEngine(e.id);

  save('build-backend', 'not-yet', 'not yet', 'no image built');
  docker('build', '-q', '-t', `${back}:1.0.0`, path.join(ws, back));
  save('build-backend', 'done', 'done', `docker build -t ${back}:1.0.0`);

  run(`${back}:1.0.0`);
  save('run-backend', 'not-yet', 'not yet', 'running without -p');
  save('shell-backend', 'not-yet', 'not yet', 'running, no exec');
  save('env-frontend-url', 'not-yet', 'not yet', 'running without -e');
  docker('exec', '-d', `${prefix}-c${counter}`, 'sh', '-c', 'sleep 600; :');
  save('shell-backend', 'done', 'done', 'docker exec -d <c> sh -c ...');
  removeContainers();
  run(`${back}:1.0.0`, '-p', `127.0.0.1:${await freePort()}:4567`, '-e', 'FRONTEND_URL=http://localhost:3000');
  save('run-backend', 'done', 'done', 'docker run -p 127.0.0.1:<free>:4567');
  save('env-frontend-url', 'done', 'done', 'docker run -e FRONTEND_URL=...');
  removeContainers();

  save('run-frontend', 'not-yet', 'not yet', 'no frontend image');
  docker('build', '-q', '-t', `${front}:dev`, path.join(ws, front));
  run(`${front}:dev`, '-p', `127.0.0.1:${await freePort()}:3000`);
  save('run-frontend', 'done', 'done', 'docker run -p 127.0.0.1:<free>:3000');
  removeContainers();

  save('compose-config', 'this-machine', tryDocker('compose', 'version').status === 0 ? 'done' : 'cannot check', 'docker compose config --quiet, as this machine answers it');

  run(`${back}:1.0.0`, ...compose('backend'));
  save('compose-up', 'not-yet', 'not yet', 'only the backend service runs');
  run(`${front}:dev`, ...compose('frontend'));
  save('compose-up', 'done', 'done', 'both services run, labelled as compose labels them');
  save('bridge-network', 'not-yet', 'not yet', 'both services run with --network none');
  removeContainers();

  docker('network', 'create', '--internal', `${prefix}_default`);
  run(`${back}:1.0.0`, '--network', `${prefix}_default`, ...compose('backend'));
  run(`${front}:dev`, '--network', `${prefix}_default`, ...compose('frontend'));
  save('bridge-network', 'done', 'done', 'both services on a user-defined bridge network (internal: no way out)');
  removeContainers();

  docker('volume', 'create', '--label', `com.docker.compose.project=${prefix}`, `${prefix}_data`);
  run(`${back}:1.0.0`, '-v', `${prefix}_data:/data`, ...compose('backend'));
  save('named-volume', 'not-yet', 'not yet', 'the volume and its first container, made together');
  removeContainers();
  await sleep(3000);
  run(`${back}:1.0.0`, '-v', `${prefix}_data:/data`, ...compose('backend'));
  save('named-volume', 'done', 'done', 'the container made again 3 s later, the volume kept (down, then up)');
  removeContainers();

  run(`${back}:1.0.0`, ...compose('backend'));
  save('healthcheck', 'not-yet', 'not yet', 'no healthcheck');
  run(`${back}:1.0.0`, '--health-cmd', 'true', '--health-interval', '1s', ...compose('backend'));
  for (let i = 0; i < 60 && !docker('ps', '--filter', `name=${prefix}-c${counter}`, '--format', '{{.Status}}').includes('(healthy)'); i++) await sleep(500);
  save('healthcheck', 'done', 'done', '--health-cmd true, once docker ps shows (healthy)');
  removeContainers();

  docker('build', '-q', '-t', `${back}:single`, '-f', path.join(ws, back, 'Dockerfile.single'), path.join(ws, back));
  save('multi-stage', 'not-yet', 'not yet', 'only the single-stage image is built');
  docker('build', '-q', '-t', `${back}:multi`, '-f', path.join(ws, back, 'Dockerfile.multi'), path.join(ws, back));
  save('multi-stage', 'done', 'done', 'both built; the multi-stage one leaves the 2 MB file behind');

  run(`${back}:1.0.0`, '--user', '0');
  save('non-root', 'not-yet', 'not yet', 'docker run --user 0');
  removeContainers();
  run(`${back}:1.0.0`);
  save('non-root', 'done', 'done', 'USER 1000 from the Dockerfile');

  cleanup();
  fs.rmSync(work, { recursive: true, force: true });
  console.log(saved.join('\n'));
}

main().catch((e) => { cleanup(); console.error(e); process.exit(1); });
