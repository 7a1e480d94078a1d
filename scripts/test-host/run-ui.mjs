// SPDX-License-Identifier: MIT
// `npm run test:ui`: a person's view. Starts a fresh code-server with the built extension (repo root as the
// development extension, so the manifest and ./dist/extension.js are the ones that ship), opens samples/ in
// headless Chromium, and runs every test/ui/*.test.mjs against the workbench.
//
// A UI test file exports an array of tests:
//   export default [{ name: 'hover on RUN', async run({ wb, assert, repoRoot, artifactsDir }) { ... } }];
// `wb` is a fresh Workbench (scripts/test-host/workbench.mjs) per file, with samples/ already open and the layout
// reset (wb.resetLayout: no editor, terminal, panel or notification; Explorer; the default theme). A file that
// also exports `prepareFolder(dir, hostPaths)` opens a new folder outside the repository instead, which that
// function fills first; `hostPaths` names the fake programs (see below), and `run` gets `folder` and `hostPaths`.
// A file that exports `profileExtensionHost = true` has its window's extension host profiled from its first line
// (hostProfile.mjs), and `run` gets `hostProfile()`, which stops the profiler and returns the CPU profile.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { MissingPackagesError, ensureInstalled } from './install.mjs';
import { startHostProfile } from './hostProfile.mjs';
import { reportRunLogs } from './logs.mjs';
import { codeServerStamp, hostDir, logsDir, node24Bin, repoRoot, samplesDir } from './paths.mjs';
import { cleanupAll } from './processes.mjs';
import { startServer } from './server.mjs';
import { Workbench, picturesDir, writesTrackedPictures } from './workbench.mjs';
import { defaultTheme } from './workbenchState.mjs';

// Generous: a loaded machine (CI, or helpers building beside it) took 83 s on a test that takes 16 s when idle.
const testTimeoutMs = Number(process.env.UI_TEST_TIMEOUT_MS ?? 180000);
const uiDir = path.join(repoRoot, 'test', 'ui');
const log = (msg) => console.log(`[ui] ${msg}`);

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function main() {
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run npm run bundle first (npm test does).');
  // UI_TESTS=learnerPath,walkthrough runs only those files (while working on them; npm test runs all).
  const only = (process.env.UI_TESTS ?? '').split(',').filter(Boolean);
  const files = fs.readdirSync(uiDir).filter((f) => f.endsWith('.test.mjs') && (only.length === 0 || only.some((o) => f.startsWith(o)))).sort();
  if (files.length === 0) throw new Error(`no *.test.mjs files in ${uiDir}`);
  const t0 = Date.now();
  ensureInstalled('tests');
  log(`VS Code ${fs.readFileSync(codeServerStamp, 'utf8').trim().replace(/^(\S+) \S+ with Code (\S+)$/, '$2 (code-server $1)')}, Chromium at ${process.env.CHROMIUM_PATH || '/usr/bin/chromium'}`);

  // Workspace trust off, as in the integration run: lenses and commands exist only in trusted workspaces.
  // Hovers open below the line and the minimap is hidden, so a screenshot of the editor shows the whole hover.
  // A fake `docker` goes first on the terminal's PATH, so a clicked lens builds nothing and asks no registry.
  // It is in the user settings before the server starts: a settings edit made while the workbench runs
  // reaches a new terminal only after VS Code rereads the file, which is a race (issue 13).
  const fakeDockerBin = path.join(hostDir, 'fake-docker-bin');
  fs.mkdirSync(fakeDockerBin, { recursive: true });
  // The same fake answers the extension's own questions (on the server's PATH): `compose version` works, so
  // the `auto` probe finds the plugin, and `image ls` knows only the images in FAKE_DOCKER_IMAGES. A `run -it`
  // stays in the foreground for FAKE_DOCKER_RUN_SECONDS, like a real container, for the busy-terminal test.
  fs.writeFileSync(path.join(fakeDockerBin, 'docker'), [
    '#!/bin/sh',
    'if [ "$1 $2" = "compose version" ]; then echo "Docker Compose version v2 (fake)"; exit 0; fi',
    // The Practice view's probes: `image ls --format <json> <repo>` lists the images of that repository as JSON lines,
    // `ps` sees no container, and `compose --file=F config --quiet` accepts the file, silently as Compose does.
    'if [ "$1 $2 $3" = "image ls --format" ]; then for t in $FAKE_DOCKER_IMAGES; do [ "${t%%:*}" = "$5" ] && printf \'{"Repository":"%s","Tag":"%s"}\\n\' "${t%%:*}" "${t#*:}"; done; exit 0; fi',
    'if [ "$1" = "ps" ]; then exit 0; fi',
    'if [ "$1" = "compose" ] && [ "$3" = "config" ]; then exit 0; fi',
    'if [ "$1 $2" = "image ls" ]; then for t in $FAKE_DOCKER_IMAGES; do [ "$t" = "$5" ] && echo 0123456789ab; done; exit 0; fi',
    'echo "(fake docker for the UI test) would run: docker $*"',
    'case " $* " in *" run "*" -it "*) sleep "${FAKE_DOCKER_RUN_SECONDS:-0}";; esac',
    '',
  ].join('\n'), { mode: 0o755 });
  // For the tests that open a fresh folder of their own (firstMinute): a docker whose `compose version` fails
  // as docker 28's does without the plugin (the folder's settings point dockerCoach.docker.path at it), and
  // an empty folder on both PATHs where a test puts a fake `docker-compose`, as if the learner installed it.
  const noComposeBin = path.join(hostDir, 'fake-docker-nocompose-bin');
  const composeBin = path.join(hostDir, 'fake-compose-bin');
  fs.rmSync(composeBin, { recursive: true, force: true });
  fs.mkdirSync(composeBin, { recursive: true });
  fs.mkdirSync(noComposeBin, { recursive: true });
  fs.writeFileSync(path.join(noComposeBin, 'docker'), [
    '#!/bin/sh',
    'if [ "$1" = "compose" ]; then echo "docker: unknown command: docker compose" >&2; exit 1; fi',
    // Quoted: a clone's path may hold spaces (the fresh-clone run's does), and an unquoted one split the exec.
    `exec '${path.join(fakeDockerBin, 'docker').replace(/'/g, `'\\''`)}' "$@"`,
    '',
  ].join('\n'), { mode: 0o755 });
  const hostPaths = { composeBin, noComposeDocker: path.join(noComposeBin, 'docker') };
  const server = await startServer({
    name: 'ui', folder: samplesDir, smokeTestDriver: true,
    settings: {
      'editor.hover.above': false, 'editor.minimap.enabled': false,
      // The theme each file starts in (wb.resetLayout puts it back), named: VS Code's own default changes
      // between versions (1.139's is Dark 2026), and a test that picks a theme for a picture returns to this one.
      'workbench.colorTheme': defaultTheme,
      // VS Code in a browser saves a second after each edit (the desktop default is off): a test that types
      // into a sample would write it to disk, and later tests would read the change.
      'files.autoSave': 'off',
      // The extension host does not see the fake docker, so the `auto` probe would find no Compose here
      // (the unit and integration tests cover it); the lenses name the plugin.
      'dockerCoach.compose.command': 'docker compose',
      'terminal.integrated.env.linux': { PATH: `${fakeDockerBin}:${composeBin}:\${env:PATH}`, FAKE_DOCKER_RUN_SECONDS: '300' },
    },
    // VSCODE_CLI=1 keeps the server from replacing the extension host's environment with a login shell's,
    // which would drop this PATH (Debian's /etc/profile resets it) and let the real docker answer instead.
    env: { PATH: `${fakeDockerBin}:${composeBin}:${path.dirname(node24Bin)}:${process.env.PATH}`, FAKE_DOCKER_IMAGES: 'backend-flask:dev', VSCODE_CLI: '1' },
  });
  log(`code-server pid ${server.pid} on ${server.origin}`);
  const artifactsDir = path.join(server.runDir, 'artifacts');
  fs.mkdirSync(artifactsDir, { recursive: true });
  const { context, outsideRequests } = await launchBrowser(server.runDir);
  const browserLog = path.join(logsDir, 'ui-browser.log');
  fs.writeFileSync(browserLog, '');
  // Load the development extension the same way the integration run does, without a test runner.
  const url = server.url([['extensionDevelopmentPath', server.remoteUri(repoRoot)]]);

  let passed = 0;
  let failed = 0;
  for (const file of files) {
    const module = await import(pathToFileURL(path.join(uiDir, file)).href);
    const tests = module.default;
    // A file that exports prepareFolder gets a new folder of its own, outside the repository (as a learner's
    // own project would be), instead of samples/.
    let folder;
    if (typeof module.prepareFolder === 'function') {
      folder = fs.mkdtempSync(path.join(os.tmpdir(), `coach-ui-${file.replace(/\.test\.mjs$/, '')}-`));
      await module.prepareFolder(folder, hostPaths);
    }
    const profiled = module.profileExtensionHost === true ? await startHostProfile(path.join(artifactsDir, `${file}.cpuprofile`)) : undefined;
    const development = [['extensionDevelopmentPath', server.remoteUri(repoRoot)], ...(profiled ? [profiled.payload] : [])];
    console.log(`\n  ${file}`);
    const page = await context.newPage();
    page.on('console', (m) => fs.appendFileSync(browserLog, `[${file}] [${m.type()}] ${m.text()}\n`));
    const wb = new Workbench(page);
    let opened = false;
    for (const { name, run } of tests) {
      const t = Date.now();
      try {
        if (!opened) {
          await withTimeout(wb.open(folder || profiled ? server.url(development, folder ?? samplesDir) : url), 90000, 'opening the workbench');
          // The workbench keeps its layout, theme and terminals between pages: each file starts from one state.
          const reset = Date.now();
          await withTimeout(wb.resetLayout(), 120000, 'resetting the workbench layout');
          console.log(`    (workbench loaded in ${reset - t} ms, its layout reset in ${Date.now() - reset} ms)`);
          opened = true;
        }
        await withTimeout(run({ wb, page, assert, repoRoot, artifactsDir, folder, hostPaths, hostProfile: profiled?.stop }), testTimeoutMs, name);
        passed++;
        console.log(`    ✔ ${name} (${Date.now() - t} ms)`);
      } catch (err) {
        failed++;
        const shot = path.join(artifactsDir, `failed-${file}-${passed + failed}.png`);
        await page.screenshot({ path: shot }).catch(() => {});
        console.log(`    ✖ ${name} (${Date.now() - t} ms)\n      ${String(err instanceof Error ? err.message : err).split('\n').join('\n      ')}\n      screenshot: ${path.relative(repoRoot, shot)}`);
      }
    }
    await page.close().catch(() => {});
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  }

  await cleanupAll();
  const net = server.networkReport();
  log(`gallery requests: ${net.galleryRequests.length}; log lines naming an outside host: ${net.suspiciousLogLines.length}; `
    + `browser requests off 127.0.0.1: ${outsideRequests.length}`);
  for (const line of [...net.galleryRequests, ...net.suspiciousLogLines, ...outsideRequests].slice(0, 5)) log(`  ${line}`);
  // The server has stopped, so its logs are complete: no errors or unhandled rejections from Docker Coach.
  const logsClean = reportRunLogs('ui', server.runDir);
  log(writesTrackedPictures() ? 'pictures written to their tracked paths (npm run pictures): review them before committing'
    : `pictures of this run: ${path.relative(repoRoot, picturesDir)} (npm run pictures updates the tracked ones)`);
  log(`wall time ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed${logsClean ? '' : ', and the logs hold errors from Docker Coach'}`);
  return failed === 0 && passed > 0 && logsClean ? 0 : 1;
}

main().then((code) => process.exit(code), async (err) => {
  // Missing Debian packages: just the message with the one command to run, no stack.
  console.error(`[ui] ${err instanceof MissingPackagesError ? err.message : err instanceof Error ? err.stack : err}`);
  await cleanupAll();
  console.log('0 passed, 1 failed');
  process.exit(1);
});
