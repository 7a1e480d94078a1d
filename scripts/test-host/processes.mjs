// SPDX-License-Identifier: MIT
// Ends everything the test host started: each child runs in its own process group, which is killed as a
// whole (code-server forks extension hosts, a pty host and file watchers). Also on Ctrl-C and SIGTERM.
import { spawn } from 'node:child_process';
import fs from 'node:fs';

const cleanups = [];
const groups = new Set();
let stopping = false;

/** True once a signal or the end of the run has started stopping everything. */
export const isStopping = () => stopping;

/** Registers an async cleanup; they run in reverse order on exit or signal. */
export function onCleanup(fn) {
  cleanups.push(fn);
}

/** Spawns `cmd` as the leader of a new process group, output appended to `logFile`. */
export function spawnGroup(cmd, args, { env, cwd, logFile }) {
  const out = fs.openSync(logFile, 'a');
  const child = spawn(cmd, args, { env, cwd, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  groups.add(child.pid);
  child.on('exit', () => groups.delete(child.pid));
  return child;
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM the group, then SIGKILL whatever is left after `graceMs`. */
export async function killGroup(pid, graceMs = 5000) {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    groups.delete(pid);
    return;
  }
  for (let waited = 0; waited < graceMs && groupAlive(pid); waited += 100) await new Promise((r) => setTimeout(r, 100));
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
  groups.delete(pid);
}

/** Runs the registered cleanups once, newest first. Errors are reported, never thrown. */
export async function cleanupAll() {
  if (stopping) return;
  stopping = true;
  while (cleanups.length) {
    const fn = cleanups.pop();
    try {
      await fn();
    } catch (err) {
      console.error(`[test-host] cleanup: ${err instanceof Error ? err.message : err}`);
    }
  }
  for (const pid of [...groups]) await killGroup(pid, 2000);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`\n[test-host] ${signal}: stopping everything this run started`);
    cleanupAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}
// Last resort if the process exits without cleanupAll (an uncaught error): no async work is possible here.
process.on('exit', () => {
  for (const pid of groups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});
