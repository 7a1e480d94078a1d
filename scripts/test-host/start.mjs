// SPDX-License-Identifier: MIT
// `npm start`: compiles and packages Docker Coach, installs the .vsix into code-server and opens samples/
// at a printed http://127.0.0.1:PORT address. Ctrl-C stops everything it started.
// `npm start -- --no-build` skips compile and package and serves the existing docker-coach.vsix.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import { hostEnv, ensureInstalled } from './install.mjs';
import { codeServerEntry, codeServerStamp, hostDir, logsDir, node24Bin, repoRoot, samplesDir, vsixPath } from './paths.mjs';
import { cleanupAll, isStopping } from './processes.mjs';
import { startServer } from './server.mjs';

const log = (msg) => console.log(`[start] ${msg}`);

function npmRun(script) {
  log(`npm run ${script}`);
  const res = spawnSync('npm', ['run', '--silent', script], { cwd: repoRoot, stdio: 'inherit' });
  if (res.status !== 0) throw new Error(`npm run ${script} failed (exit ${res.status})`);
}

async function main() {
  ensureInstalled('start');
  // `npm start -- --no-build` serves the docker-coach.vsix that is already there.
  if (!process.argv.includes('--no-build')) {
    npmRun('compile');
    npmRun('package'); // bundles dist/extension.js, then vsce writes docker-coach.vsix
  }
  if (!fs.existsSync(vsixPath)) throw new Error(`${vsixPath} was not written`);

  // A fresh extensions folder each time, so the server runs exactly the .vsix just built.
  const extensionsDir = path.join(hostDir, 'start-extensions');
  fs.rmSync(extensionsDir, { recursive: true, force: true });
  const installLog = path.join(logsDir, 'start-install-extension.log');
  const install = spawnSync(node24Bin, [codeServerEntry, '--extensions-dir', extensionsDir,
    '--user-data-dir', path.join(hostDir, 'start-install-user-data'), '--install-extension', vsixPath, '--force'],
  { env: hostEnv({ EXTENSIONS_GALLERY: '{}' }), encoding: 'utf8' });
  fs.writeFileSync(installLog, `${install.stdout}\n${install.stderr}`);
  if (install.status !== 0 || !/successfully installed/i.test(install.stdout)) {
    throw new Error(`installing ${path.basename(vsixPath)} into code-server failed, see ${installLog}:\n${install.stdout}${install.stderr}`);
  }
  log(`installed ${path.basename(vsixPath)} (${(fs.statSync(vsixPath).size / 1024).toFixed(0)} KB) into code-server`);

  // No workspace-trust prompt for the samples, and hovers at VS Code's usual pace (the tests shorten it).
  const server = await startServer({
    name: 'start', folder: samplesDir, extensionsDir,
    settings: { 'editor.hover.delay': 300 },
  });
  const version = fs.readFileSync(codeServerStamp, 'utf8').trim().replace(/^(\S+) \S+ with Code (\S+)$/, 'VS Code $2 (code-server $1)');
  console.log(`\nDocker Coach is running in ${version}. Open this address in a browser:\n\n  ${server.url()}\n\nPress Ctrl-C to stop. Server log: ${path.relative(repoRoot, server.logFile)}\n`);

  // Stay up until Ctrl-C (processes.mjs stops the server) or until the server ends by itself.
  await new Promise((resolve) => {
    const timer = setInterval(() => {
      try {
        process.kill(server.pid, 0);
      } catch {
        clearInterval(timer);
        resolve();
      }
    }, 1000);
  });
  if (isStopping()) return new Promise(() => {}); // Ctrl-C: the signal handler finishes and exits
  console.error(`[start] code-server stopped by itself; see ${path.relative(repoRoot, server.logFile)}`);
  await cleanupAll();
  return 1;
}

main().then((code) => process.exit(code), async (err) => {
  console.error(`[start] ${err instanceof Error ? err.message : err}`);
  await cleanupAll();
  process.exit(1);
});
