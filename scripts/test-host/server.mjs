// SPDX-License-Identifier: MIT
// Starts a fresh code-server (VS Code 1.139.1 with a real Node extension host) on a free loopback port.
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { hostEnv } from './install.mjs';
import { codeServerEntry, logsDir, node24Bin, runsDir } from './paths.mjs';
import { killGroup, onCleanup, spawnGroup } from './processes.mjs';

/** User settings for every run: quiet, fast hovers, terminal text readable from the DOM. */
export const baseSettings = {
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'editor.hover.delay': 100,
  // xterm's DOM renderer: `.xterm-rows` only holds text when GPU acceleration is off.
  'terminal.integrated.gpuAcceleration': 'off',
  // A persistent session would outlive the server's run and keep terminals alive for hours.
  'terminal.integrated.enablePersistentSessions': false,
  // How long VS Code's shellIntegration.executeCommand waits for a new shell's first prompt before it
  // types anyway (5 s by default). A first bash on a loaded 2-core CI machine can take longer; typed
  // early, the line shows twice. Users keep the default; the tests wait as long as the machine needs.
  'terminal.integrated.shellIntegration.timeout': 30000,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/** A free TCP port on 127.0.0.1 (tiny race between close and reuse; fine for a test host). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * A stand-in extension gallery on 127.0.0.1 that answers 404 and counts requests, so code-server never
 * asks open-vsx.org and the run can prove that nothing asked a gallery at all.
 */
async function startGalleryTrap() {
  const requests = [];
  const srv = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      requests.push(`${req.method} ${req.url}${body ? ` ${body.slice(0, 300)}` : ''}`);
      res.writeHead(404).end();
    });
  });
  await new Promise((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${srv.address().port}`;
  // No serviceUrl: VS Code then treats the gallery as switched off and sends no queries at all (with one, it
  // asks about the development extension and Copilot Chat at startup). The other URLs point at the trap,
  // so anything that still reaches for a gallery shows up in networkReport().
  const gallery = {
    itemUrl: `${base}/item`,
    extensionUrlTemplate: `${base}/gallery/{publisher}/{name}/latest`,
    resourceUrlTemplate: `${base}/asset/{publisher}/{name}/{version}/{path}`,
    controlUrl: '',
    nlsBaseUrl: '',
  };
  return { requests, env: JSON.stringify(gallery), close: () => new Promise((r) => srv.close(() => r())) };
}

function get(url) {
  return new Promise((resolve) => {
    http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode);
    }).on('error', () => resolve(0));
  });
}

function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.log'))
    .map((e) => path.join(e.parentPath ?? e.path, e.name));
}

/**
 * Starts code-server for one run. `name` picks a fresh folder under .vscode-test/runs/ (wiped first) for the
 * user data and browser profile; `extensionsDir` defaults to an empty one inside it.
 */
export async function startServer({ name, folder, settings = {}, extensionsDir, smokeTestDriver = false, trust = false, env = {} }) {
  const runDir = path.join(runsDir, name);
  fs.rmSync(runDir, { recursive: true, force: true });
  const userDataDir = path.join(runDir, 'user-data');
  const extDir = extensionsDir ?? path.join(runDir, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extDir, { recursive: true });
  fs.mkdirSync(logsDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...baseSettings, 'security.workspace.trust.enabled': trust, ...settings }, null, 2));

  const gallery = await startGalleryTrap();
  onCleanup(gallery.close);
  const port = await freePort();
  const logFile = path.join(logsDir, `${name}-code-server.log`);
  fs.writeFileSync(logFile, '');
  const args = [codeServerEntry, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override', '--ignore-last-opened',
    '--user-data-dir', userDataDir, '--extensions-dir', extDir];
  if (!trust) args.push('--disable-workspace-trust');
  // Lets the page's ?payload= load a development extension and a test runner, and report the exit code.
  if (smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  args.push(folder);
  const child = spawnGroup(node24Bin, args, {
    cwd: folder,
    logFile,
    env: hostEnv({ EXTENSIONS_GALLERY: gallery.env, SHELL: fs.existsSync('/bin/bash') ? '/bin/bash' : '/bin/sh', ...env }),
  });
  const stop = () => killGroup(child.pid);
  onCleanup(stop);

  const origin = `http://127.0.0.1:${port}`;
  const started = Date.now();
  while ((await get(`${origin}/healthz`)) !== 200) {
    if (child.exitCode !== null || Date.now() - started > 60000) {
      throw new Error(`code-server did not come up (exit ${child.exitCode}). Log ${logFile}:\n${fs.readFileSync(logFile, 'utf8').slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  return {
    port, origin, logFile, runDir, userDataDir, extensionsDir: extDir, pid: child.pid, startMs: Date.now() - started, stop,
    /** The workbench address for `folder` (or `other`), with an optional smoke-test payload ([[key, value], ...]). */
    url(payload, other = folder) {
      let url = `${origin}/?folder=${encodeURIComponent(other)}`;
      if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      return url;
    },
    /** A path on this machine as the workbench's remote URI. */
    remoteUri: (p) => `vscode-remote://127.0.0.1:${port}${p}`,
    /** Gallery requests seen by the trap, plus log lines that mention an outside gallery or a failed lookup. */
    networkReport() {
      const pattern = /open-vsx\.org|marketplace\.visualstudio\.com|ENOTFOUND|getaddrinfo/;
      const lines = [logFile, ...listFiles(path.join(userDataDir, 'logs'))]
        .flatMap((f) => fs.readFileSync(f, 'utf8').split('\n').filter((l) => pattern.test(l)));
      return { galleryRequests: [...gallery.requests], suspiciousLogLines: lines };
    },
  };
}
