// SPDX-License-Identifier: MIT
// Headless Debian Chromium driven by playwright-core, with a fresh profile for every run.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, tmpDir, xdgDirs } from './paths.mjs';
import { onCleanup } from './processes.mjs';

// Keep Chromium off the network: no background services, updates, sync or QUIC probes.
const flags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--disable-default-apps',
  '--disable-domain-reliability', '--no-pings', '--metrics-recording-only',
  // No name but 127.0.0.1 resolves, so nothing the page asks for can leave the machine. Webview resources
  // (https://*.vscode-resource.vscode-cdn.net/...) still load: the webview's service worker answers them
  // from code-server, without a lookup.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

/** Launches Chromium with its profile in `<runDir>/chromium`; it is closed on cleanup. */
export async function launchBrowser(runDir, { viewport = { width: 1400, height: 900 } } = {}) {
  const profile = path.join(runDir, 'chromium');
  fs.rmSync(profile, { recursive: true, force: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport,
    args: flags,
    // Crash reports and the dconf cache follow XDG_*: keep them under .vscode-test/ too, not in $HOME.
    env: { ...process.env, ...xdgDirs, TMPDIR: tmpDir },
    // processes.mjs handles signals so the server and the browser stop in order.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  onCleanup(() => Promise.race([context.close(), new Promise((r) => setTimeout(r, 5000))]));
  // Tests talk to 127.0.0.1 only: note any request the workbench makes elsewhere, for the run's report.
  const outsideRequests = [];
  context.on('request', (request) => {
    const { protocol, hostname } = new URL(request.url());
    if (/^(https?|wss?):$/.test(protocol) && hostname !== '127.0.0.1' && !hostname.endsWith('.vscode-resource.vscode-cdn.net')) outsideRequests.push(request.url());
  });
  const page = context.pages()[0] ?? await context.newPage();
  return { context, page, outsideRequests };
}
