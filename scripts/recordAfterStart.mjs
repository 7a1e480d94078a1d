// SPDX-License-Identifier: MIT
// Records, from the real CLI and engine of this machine, what the after-start look reads: the output of a
// `docker run -d` that succeeded (the container's full ID), then, a few seconds later, `docker inspect <id>`
// and `docker logs --tail 20 <id>`. One fixture per way a container ends (exit 0, 1, 126, 127, 137, 139,
// 143), one still running and one caught by its restart policy, in test/fixtures/afterStart/<scenario>.json.
// The image is FROM scratch with busybox (nothing is pulled); every container runs with --network none.
// Run: node scripts/recordAfterStart.mjs   (needs a running engine and /bin/busybox)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'test', 'fixtures', 'afterStart');
const prefix = 'coach-after-';
const base = `${prefix}base:dev`;

function docker(...args) {
  const r = spawnSync('docker', args, { encoding: 'utf8', timeout: 120000 });
  return { exitCode: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

function cleanup() {
  const ids = docker('ps', '-aq', '--filter', `name=${prefix}`).stdout.split('\n').filter(Boolean);
  if (ids.length) docker('rm', '-f', ...ids);
  docker('rmi', '-f', base);
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Each scenario: the words after `docker run -d --network none --name <name>`, image and command included. */
const scenarios = {
  'exit-0': [base, 'sh', '-c', 'echo hello from the container'],
  'exit-1': [base, 'sh', '-c', 'echo "Error: DATABASE_URL is not set" >&2; exit 1'],
  'exit-126': [base, 'sh', '-c', 'busybox touch /start.sh; /start.sh'],
  'exit-127': [base, 'sh', '-c', 'echo starting; python app.py'],
  'exit-137': [base, 'sh', '-c', 'echo working; sh -c "kill -KILL \\$\\$"; exit $?'],
  'exit-139': [base, 'sh', '-c', 'echo working; sh -c "kill -SEGV \\$\\$"; exit $?'],
  'exit-143': [base, 'sh', '-c', 'echo working; sh -c "kill -TERM \\$\\$"; exit $?'],
  running: [base, 'busybox', 'sleep', '600'],
  restarting: ['--restart', 'always', base, 'sh', '-c', 'echo "cannot open config.yml" >&2; exit 3'],
};

cleanup();
fs.mkdirSync(outDir, { recursive: true });
const work = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
fs.copyFileSync('/bin/busybox', path.join(work, 'busybox'));
fs.writeFileSync(path.join(work, 'Dockerfile'), 'FROM scratch\nCOPY busybox /bin/busybox\nCOPY busybox /bin/sh\nCMD ["sh"]\n');
if (docker('build', '-q', '-t', base, work).exitCode !== 0) throw new Error('could not build the busybox image');
const engine = docker('version', '--format', '{{.Server.Version}}').stdout.trim();
try {
  for (const [scenario, words] of Object.entries(scenarios)) {
    const name = `${prefix}${scenario}`;
    const argv = ['run', '-d', '--network', 'none', '--name', name, ...words];
    const run = docker(...argv);
    if (run.exitCode !== 0) throw new Error(`${scenario}: docker run failed: ${run.stderr}`);
    sleep(3000);
    const id = run.stdout.trim();
    const inspect = docker('inspect', id);
    const logs = docker('logs', '--tail', '20', id);
    const commandLine = ['docker', ...argv].map((w) => (/^[\w.:/=-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`)).join(' ');
    const fixture = {
      source: `recorded from Engine ${engine} by scripts/recordAfterStart.mjs`,
      commandLine, exitCode: run.exitCode, output: run.stdout + run.stderr,
      inspect: inspect.stdout,
      // docker logs passes the container's stdout and stderr on as its own; a terminal shows both.
      logs: logs.stdout + logs.stderr,
    };
    fs.writeFileSync(path.join(outDir, `run-${scenario}.json`), JSON.stringify(fixture, null, 2) + '\n');
    console.log(`run-${scenario}`);
  }
} finally {
  cleanup();
  fs.rmSync(work, { recursive: true, force: true });
}
