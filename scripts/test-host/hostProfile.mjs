// SPDX-License-Identifier: MIT
// For a UI test file that exports `profileExtensionHost = true`: its window's extension host starts stopped on its
// first line, listening on 127.0.0.1 (the workbench's `inspect-brk-extensions`), and hostProfiler.mjs profiles it
// from there. The test gets `hostProfile()`, which stops the profiler and returns the CPU profile.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { node24Bin } from './paths.mjs';
import { onCleanup } from './processes.mjs';
import { freePort } from './server.mjs';

// fileURLToPath, not the URL's pathname: a checkout's path may hold a space (`%20` in the URL).
const here = path.dirname(fileURLToPath(import.meta.url));

/** Starts the profiler for one window: the payload entry that makes its host wait for it, and `stop`. */
export async function startHostProfile(profileFile) {
  const port = await freePort();
  const child = spawn(node24Bin, [path.join(here, 'hostProfiler.mjs'), String(port), profileFile], { stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  onCleanup(() => { child.kill(); });
  return {
    payload: ['inspect-brk-extensions', String(port)],
    /** Stops the profiler and returns the extension host's CPU profile since its first line. */
    async stop() {
      child.stdin.write('stop\n');
      const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), 60000))]);
      if (code !== 0 || !fs.existsSync(profileFile)) throw new Error(`the extension host's profiler ended with ${code}: ${output.trim()}`);
      return JSON.parse(fs.readFileSync(profileFile, 'utf8'));
    },
  };
}
