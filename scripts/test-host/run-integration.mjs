// SPDX-License-Identifier: MIT
// `npm run test:integration`: runs the mocha suite in test/integration inside the Node extension host of a
// fresh code-server, with the built extension (repo root, so the manifest's ./dist/extension.js) loaded
// as a development extension. Exits non-zero on a failed test, a timeout, a broken host, or an error from
// Docker Coach in the extension host log or its output channel (logs.mjs).
//
// `--untrusted` (`npm run test:trust`) runs test/untrusted instead, with Workspace Trust switched on and a
// copy of samples/ that is not trusted. The copy's .vscode/settings.json sets a hostile docker.path and
// notes.files, and a `docker` that leaves a trace is first on the extension host's PATH: the suite shows
// that neither ever runs. The copy lives in a folder whose name has a space.
import fs from 'node:fs';
import path from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import { launchBrowser } from './browser.mjs';
import { MissingPackagesError, ensureInstalled, hostEnv } from './install.mjs';
import { reportRunLogs } from './logs.mjs';
import { hostDir, logsDir, repoRoot, runsDir, samplesDir } from './paths.mjs';
import { cleanupAll } from './processes.mjs';
import { startServer } from './server.mjs';

const untrusted = process.argv.includes('--untrusted');
const runName = untrusted ? 'integration-untrusted' : 'integration';
const timeoutMs = Number(process.env.INTEGRATION_TIMEOUT_MS ?? 900000);
const testsEntry = path.join(repoRoot, 'out', 'test', untrusted ? 'untrusted' : 'integration', 'index.js');
const bundle = path.join(repoRoot, 'dist', 'extension.js');
const log = (msg) => console.log(`[${runName}] ${msg}`);

/**
 * A fresh copy of samples/ for the untrusted run, with hostile workspace settings, and a folder for the
 * traces of anything that runs. Returns what startServer needs.
 */
function untrustedWorkspace() {
  const base = path.join(hostDir, 'untrusted workspace');
  fs.rmSync(base, { recursive: true, force: true });
  const folder = path.join(base, 'samples');
  const canaryDir = path.join(base, 'canary');
  const fakeBin = path.join(canaryDir, 'bin');
  fs.mkdirSync(fakeBin, { recursive: true });
  fs.cpSync(samplesDir, folder, { recursive: true });
  // Each program leaves `<name>.ran` with its arguments next to itself; the suite asserts there is none.
  const trace = (name) => `#!/bin/sh\nprintf '%s\\n' "$*" >> "$(dirname "$0")/${name}.ran"\n`;
  const hostileDocker = path.join(canaryDir, 'hostile-docker');
  fs.writeFileSync(hostileDocker, trace('hostile-docker'), { mode: 0o755 });
  fs.writeFileSync(path.join(fakeBin, 'docker'), trace('../docker-on-path'), { mode: 0o755 });
  fs.writeFileSync(path.join(fakeBin, 'docker-compose'), trace('../docker-compose-on-path'), { mode: 0o755 });
  // samples/ has a .vscode/settings.json of its own (the notes setting); the hostile one replaces it.
  fs.mkdirSync(path.join(folder, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(folder, '.vscode', 'settings.json'), JSON.stringify({
    'dockerCoach.docker.path': hostileDocker,
    'dockerCoach.compose.command': `${hostileDocker} compose`,
    'dockerCoach.exec.shell': hostileDocker,
    'dockerCoach.notes.files': ['hostile-notes.md'],
    // Not restricted: shows the file is read at all.
    'editor.tabSize': 7,
  }, null, 2));
  fs.writeFileSync(path.join(folder, 'hostile-notes.md'), '# Notes\n\n## RUN\n\nHOSTILE-NOTE: RUN is quoted from notes the untrusted workspace named.\n');
  return {
    folder,
    settings: {
      'security.workspace.trust.enabled': true,
      // No dialog: the folder simply stays untrusted (Restricted Mode), as after "Don't Trust".
      'security.workspace.trust.startupPrompt': 'never',
      'security.workspace.trust.banner': 'never',
    },
    env: { DOCKER_COACH_CANARY_DIR: canaryDir, PATH: `${fakeBin}${path.delimiter}${hostEnv().PATH}` },
  };
}

/**
 * The trusted run's extension host gets a `docker` first on its PATH that hands every command to the real
 * one, except the lenses' background question whether an image exists (`docker image ls`), which it leaves
 * unanswered. Otherwise the lens titles would depend on the machine: where an engine runs (CI starts one)
 * and has no backend-flask:dev, Run becomes Build & Run. The real-engine suite still drives the real docker.
 */
function trustedWorkspace() {
  const bin = path.join(hostDir, 'integration-bin');
  fs.rmSync(bin, { recursive: true, force: true });
  fs.mkdirSync(bin, { recursive: true });
  const pathEnv = hostEnv().PATH ?? '';
  const realDocker = pathEnv.split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, 'docker'))
    .find((file) => { try { fs.accessSync(file, fs.constants.X_OK); return fs.statSync(file).isFile(); } catch { return false; } });
  const quoted = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
  fs.writeFileSync(path.join(bin, 'docker'), [
    '#!/bin/sh',
    // Only the lenses' image question (`image ls --quiet <tag>`) goes unanswered; the Practice view's `image ls --format` is answered.
    'if [ "$1 $2 $3" = "image ls --quiet" ]; then exit 1; fi',
    realDocker ? `exec ${quoted(realDocker)} "$@"` : 'echo "docker: not installed on this machine" >&2; exit 127',
    '',
  ].join('\n'), { mode: 0o755 });
  // No Compose v1 from the machine either: the compose probe's test (actions.test.ts) expects none, and a
  // developer's machine may have a docker-compose installed. The tests that run Compose name `docker compose`.
  fs.writeFileSync(path.join(bin, 'docker-compose'), '#!/bin/sh\necho "docker-compose: not installed for the integration run" >&2\nexit 127\n', { mode: 0o755 });
  return { folder: samplesDir, settings: {}, env: { PATH: `${bin}${path.delimiter}${pathEnv}` } };
}

async function main() {
  for (const [file, how] of [[testsEntry, 'npm run compile'], [bundle, 'npm run bundle'], [path.join(samplesDir, 'backend-flask', 'Dockerfile'), 'the samples/ folder']]) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(repoRoot, file)} is missing: run ${how} first (npm test does).`);
  }
  const t0 = Date.now();
  ensureInstalled('tests');
  const outputFile = path.join(runsDir, `${runName}-output.txt`);
  fs.rmSync(outputFile, { force: true });

  const workspace = untrusted ? untrustedWorkspace() : trustedWorkspace();
  // VS Code in a browser saves a second after each edit: a test's own `save()` then races it and gets
  // false under load (a helper's run saw it in notes.test.ts), and an edit to a sample would reach the disk.
  const settings = { 'files.autoSave': 'off', ...workspace.settings };
  const server = await startServer({
    name: runName, folder: workspace.folder, smokeTestDriver: true, trust: untrusted, settings,
    // VSCODE_CLI=1 keeps the server from replacing the extension host's environment with a login shell's
    // (Debian's /etc/profile resets PATH for root), so the PATH set here is the one the host really has.
    env: { DOCKER_COACH_TEST_OUTPUT: outputFile, VSCODE_CLI: '1', ...workspace.env },
  });
  log(`code-server pid ${server.pid} on ${server.origin} (up in ${server.startMs} ms)`);
  const { context, page, outsideRequests } = await launchBrowser(server.runDir);
  const browserLog = path.join(logsDir, `${runName}-browser.log`);
  fs.writeFileSync(browserLog, '');
  page.on('console', (m) => fs.appendFileSync(browserLog, `[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => fs.appendFileSync(browserLog, `[pageerror] ${e.message}\n`));

  // The extension host reports the suite's result through this hook (smoke-test driver).
  let reportExit;
  const exited = new Promise((resolve) => { reportExit = resolve; });
  await context.exposeFunction('codeAutomationExit', (code) => reportExit(code));
  await page.goto(server.url([
    ['extensionDevelopmentPath', server.remoteUri(repoRoot)],
    ['extensionTestsPath', server.remoteUri(testsEntry)],
  ]), { waitUntil: 'domcontentloaded' });

  // Stream the reporter's output while the suite runs.
  let printed = 0;
  const flush = () => {
    if (!fs.existsSync(outputFile)) return;
    const text = fs.readFileSync(outputFile, 'utf8');
    process.stdout.write(text.slice(printed));
    printed = text.length;
  };
  const ticker = setInterval(flush, 500);
  let timer;
  const code = await Promise.race([exited, new Promise((r) => { timer = setTimeout(() => r('timeout'), timeoutMs); })]);
  clearTimeout(timer);
  clearInterval(ticker);
  flush();

  const output = fs.existsSync(outputFile) ? fs.readFileSync(outputFile, 'utf8') : '';
  let failed = code !== 0;
  if (code === 'timeout') console.error(`[${runName}] timed out after ${timeoutMs / 1000} s; browser log: ${browserLog}`);
  else if (code !== 0) console.error(`[${runName}] the extension host exited with ${code}; browser log: ${browserLog}, server log: ${server.logFile}`);
  if (!/^\s*[1-9]\d* passing/m.test(output)) {
    console.error(`[${runName}] no passing tests reported`);
    failed = true;
  }
  if (!failed) await page.screenshot({ path: path.join(server.runDir, 'integration.png') }).catch(() => {});
  await cleanupAll();

  const net = server.networkReport();
  log(`gallery requests: ${net.galleryRequests.length}${net.galleryRequests.length ? ` (${net.galleryRequests.join(', ')})` : ''}; `
    + `log lines naming an outside host: ${net.suspiciousLogLines.length}; browser requests off 127.0.0.1: ${outsideRequests.length}`);
  for (const url of outsideRequests.slice(0, 5)) log(`  ${url}`);
  for (const line of net.suspiciousLogLines.slice(0, 5)) log(`  ${line}`);
  // The server has stopped, so its logs are complete.
  if (!reportRunLogs(runName, server.runDir)) failed = true;
  log(`${failed ? 'FAILED' : 'passed'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code), async (err) => {
  // Missing Debian packages: just the message with the one command to run, no stack.
  console.error(`[${runName}] ${err instanceof MissingPackagesError ? err.message : err instanceof Error ? err.stack : err}`);
  await cleanupAll();
  process.exit(1);
});
