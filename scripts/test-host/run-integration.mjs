// SPDX-License-Identifier: MIT
// `npm run test:integration`: runs the mocha suite in test/integration inside the Node extension host of a
// fresh code-server, with the built extension (repo root, so the manifest's ./dist/extension.js) loaded
// as a development extension. Exits non-zero on a failed test, a timeout or a broken host.
import fs from 'node:fs';
import path from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import { launchBrowser } from './browser.mjs';
import { ensureInstalled } from './install.mjs';
import { logsDir, repoRoot, runsDir, samplesDir } from './paths.mjs';
import { cleanupAll } from './processes.mjs';
import { startServer } from './server.mjs';

const timeoutMs = Number(process.env.INTEGRATION_TIMEOUT_MS ?? 300000);
const testsEntry = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');
const bundle = path.join(repoRoot, 'dist', 'extension.js');
const log = (msg) => console.log(`[integration] ${msg}`);

async function main() {
  for (const [file, how] of [[testsEntry, 'npm run compile'], [bundle, 'npm run bundle'], [path.join(samplesDir, 'backend-flask', 'Dockerfile'), 'the samples/ folder']]) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(repoRoot, file)} is missing: run ${how} first (npm test does).`);
  }
  const t0 = Date.now();
  ensureInstalled('tests');
  const outputFile = path.join(runsDir, 'integration-output.txt');
  fs.rmSync(outputFile, { force: true });

  const server = await startServer({
    name: 'integration', folder: samplesDir, smokeTestDriver: true,
    env: { DOCKER_COACH_TEST_OUTPUT: outputFile },
  });
  log(`code-server pid ${server.pid} on ${server.origin} (up in ${server.startMs} ms)`);
  const { context, page, outsideRequests } = await launchBrowser(server.runDir);
  const browserLog = path.join(logsDir, 'integration-browser.log');
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
  if (code === 'timeout') console.error(`[integration] timed out after ${timeoutMs / 1000} s; browser log: ${browserLog}`);
  else if (code !== 0) console.error(`[integration] the extension host exited with ${code}; browser log: ${browserLog}, server log: ${server.logFile}`);
  if (!/^\s*[1-9]\d* passing/m.test(output)) {
    console.error('[integration] no passing tests reported');
    failed = true;
  }
  if (!failed) await page.screenshot({ path: path.join(server.runDir, 'integration.png') }).catch(() => {});
  await cleanupAll();

  const net = server.networkReport();
  log(`gallery requests: ${net.galleryRequests.length}${net.galleryRequests.length ? ` (${net.galleryRequests.join(', ')})` : ''}; `
    + `log lines naming an outside host: ${net.suspiciousLogLines.length}; browser requests off 127.0.0.1: ${outsideRequests.length}`);
  for (const url of outsideRequests.slice(0, 5)) log(`  ${url}`);
  for (const line of net.suspiciousLogLines.slice(0, 5)) log(`  ${line}`);
  log(`${failed ? 'FAILED' : 'passed'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code), async (err) => {
  console.error(`[integration] ${err instanceof Error ? err.stack : err}`);
  await cleanupAll();
  process.exit(1);
});
