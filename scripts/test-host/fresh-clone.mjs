// SPDX-License-Identifier: MIT
// `npm run test:fresh-clone` (run by .ci/run after `npm test`): the README's two commands as a new user runs
// them, from a clone in a temporary folder whose path has spaces (`…/my projects/docker coach`, a folder
// name that is neither `main` nor `docker-coach`), with `../shared` linked beside it as CI has it. It catches
// tests that depend on the folder the clone is in, on spaces in paths, or on files that only exist in the
// main checkout (untracked or git-ignored ones: the clone holds HEAD, not the working tree).
//
// What it runs, and why (CI has 90 minutes on 2 cores; the main `npm test` takes about 6–8 of them):
// - `npm ci`, then the whole `npm test`: lint, build, unit, package, both integration runs and the UI run.
//   Every step builds or reads paths, and the failure this check exists for (issue 13) was in the UI run, so
//   no step is left out. The one thing shortened is the fuzz run (FUZZ_CASES=200 instead of 2,000
//   cases): fuzzing feeds the core strings and never touches a path, and the main run fuzzes in full.
//   That makes this check about as long as the main `npm test` minus two minutes.
// - The test host (Node 24 and code-server) is installed into the clone again: about 2–4 minutes and 800 MB
//   more. Linking the main checkout's copy instead would save that, but it would hide the path assumptions
//   of the install itself, and there was one: node-gyp cannot build code-server's native modules when the
//   Node headers sit under a path with spaces (install.mjs now builds through a space-free link).
//   DOCKER_COACH_REUSE_HOST=1 links it for a quicker run by hand.
// - Under CI only, the UI run is cut to the files that start from a folder of their own outside the clone,
//   with fake docker programs on PATH (firstMinute, silentMisses, activation): that is where the clone's path
//   reaches a test (the last path bug found here was one of them). The main pass runs every UI file, and the
//   whole UI run (about 15 minutes) would put CI past its 60-minute target. A run by hand runs everything.
// - Under CI only, the integration run leaves out largeFiles.test (INTEGRATION_SKIP): 7–8 minutes of 1.9 and 5 MB
//   files it writes to the system's temporary folder, sizes and turns, not paths. CI took 50 of its 60 minutes
//   with it on a slow day.
// Altogether about 15–20 minutes under CI, so CI (apt, npm ci, npm test, this) stays under 60 of its 90 minutes.
//
// Exits non-zero when any step fails; the temporary folder is removed on success (kept with
// DOCKER_COACH_KEEP_CLONE=1, to try `npm start` there too) and kept on failure.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { codeServerPrefix, codeServerStamp, node24Prefix, repoRoot } from './paths.mjs';

const log = (msg) => console.log(`[fresh-clone] ${msg}`);
const reuseHost = process.env.DOCKER_COACH_REUSE_HOST === '1';

function step(name, cmd, args, options) {
  const t = Date.now();
  log(`${name}: ${cmd} ${args.join(' ')}`);
  const res = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  const s = ((Date.now() - t) / 1000).toFixed(0);
  if (res.status !== 0) throw new Error(`${name} failed (exit ${res.status ?? res.signal}) after ${s} s`);
  log(`${name}: done in ${s} s`);
  return Number(s);
}

function main() {
  const t0 = Date.now();
  const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  if (dirty) log(`note: the clone holds HEAD (${head}); uncommitted changes in ${repoRoot} are not in it`);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'docker-coach fresh '));
  const parent = path.join(tmp, 'my projects');
  const clone = path.join(parent, 'docker coach');
  fs.mkdirSync(parent, { recursive: true });
  let ok = false;
  try {
    step('clone', 'git', ['clone', '--quiet', '--no-hardlinks', repoRoot, clone]);
    const shared = path.resolve(repoRoot, '..', 'shared');
    if (fs.existsSync(shared)) fs.symlinkSync(fs.realpathSync(shared), path.join(parent, 'shared'));
    else log('no ../shared beside this checkout: the clone runs without it, as its tests allow');

    const env = { ...process.env, FUZZ_CASES: process.env.FUZZ_CASES ?? '200' };
    if (process.env.CI && !process.env.UI_TESTS) {
      env.UI_TESTS = 'firstMinute,silentMisses,activation';
      log(`CI: the UI run is cut to ${env.UI_TESTS} (the files that start outside the clone; the main pass ran them all)`);
    }
    if (process.env.CI && !process.env.INTEGRATION_SKIP && !process.env.INTEGRATION_TESTS) {
      env.INTEGRATION_SKIP = 'largeFiles';
      log(`CI: the integration run leaves out ${env.INTEGRATION_SKIP} (its files are made in the system's temporary folder, never under the clone; the main pass ran it)`);
    }
    // An enclosing `npm run` leaves npm_* variables (its prefix, its package's paths): the clone's npm must not see them.
    for (const key of Object.keys(env)) if (/^npm_/i.test(key)) delete env[key];

    if (reuseHost && fs.existsSync(codeServerStamp)) {
      const hostDir = path.join(clone, '.vscode-test');
      fs.mkdirSync(hostDir, { recursive: true });
      fs.symlinkSync(node24Prefix, path.join(hostDir, path.basename(node24Prefix)));
      fs.symlinkSync(codeServerPrefix, path.join(hostDir, path.basename(codeServerPrefix)));
      log(`test host linked from ${path.dirname(codeServerPrefix)} (DOCKER_COACH_REUSE_HOST=1)`);
    } else {
      log('the clone installs its own test host (DOCKER_COACH_REUSE_HOST=1 links this checkout\'s instead)');
    }

    step('npm ci', 'npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: clone, env });
    step('npm test', 'npm', ['test'], { cwd: clone, env });
    ok = true;
  } finally {
    const total = ((Date.now() - t0) / 1000).toFixed(0);
    if (ok && process.env.DOCKER_COACH_KEEP_CLONE === '1') {
      log(`passed from "${clone}" (HEAD ${head}) in ${total} s; the clone is kept (DOCKER_COACH_KEEP_CLONE=1), to try npm start there`);
    } else if (ok) {
      fs.rmSync(tmp, { recursive: true, force: true });
      log(`passed from "${clone}" (HEAD ${head}) in ${total} s`);
    } else {
      log(`FAILED from "${clone}" (HEAD ${head}) after ${total} s; the clone is kept for a look`);
    }
  }
}

try {
  main();
} catch (err) {
  console.error(`[fresh-clone] ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
