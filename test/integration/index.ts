// SPDX-License-Identifier: MIT
// The mocha runner the extension host loads as `extensionTestsPath` (code-server via
// scripts/test-host/run-integration.mjs, or @vscode/test-electron). It runs every
// out/test/integration/**/*.test.js with the tdd UI; test/untrusted/index.ts runs its own folder with it.
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';
import * as vscode from 'vscode';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
// run-integration.mjs names the file through the server's environment, which the extension host inherits.
const outputFile = process.env.DOCKER_COACH_TEST_OUTPUT ?? path.join(repoRoot, '.test-output', 'integration.txt');

function findTests(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return findTests(full);
    return entry.isFile() && entry.name.endsWith('.test.js') ? [full] : [];
  }).sort();
}

/** Writes a line to the output file and, where the host allows it, to the console. */
function tee(...args: unknown[]): void {
  fs.appendFileSync(outputFile, util.format(...args) + '\n');
}

export function run(): Promise<void> {
  return runTests(__dirname);
}

/** Runs every `*.test.js` under `testsDir` in one mocha, reporting to the output file. */
export function runTests(testsDir: string): Promise<void> {
  fs.mkdirSync(path.dirname(outputFile), { recursive: true });
  fs.writeFileSync(outputFile, '');
  // The extension host makes console.log read-only, so the reporter's own output hook is redirected instead.
  const consoleLog = Mocha.reporters.Base.consoleLog;
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => {
    tee(...args);
    consoleLog(...args);
  };
  const uiKind = vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop';
  tee(`VS Code ${vscode.version} (${vscode.env.appName}, ${uiKind} UI, extension host Node ${process.versions.node})`);

  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 20000, reporter: 'spec' });
  // INTEGRATION_TESTS=largeFiles,actions runs those files only (a developer's shortcut; npm test runs all).
  const only = (process.env.INTEGRATION_TESTS ?? '').split(',').filter(Boolean);
  // INTEGRATION_SKIP=largeFiles leaves those files out (the fresh-clone pass under CI: scripts/test-host/fresh-clone.mjs).
  const skip = (process.env.INTEGRATION_SKIP ?? '').split(',').filter(Boolean);
  const files = findTests(testsDir).filter((f) => (only.length === 0 || only.includes(path.basename(f, '.test.js'))) && !skip.includes(path.basename(f, '.test.js')));
  if (only.length > 0) tee(`INTEGRATION_TESTS=${only.join(',')}: a subset, not the whole suite`);
  if (skip.length > 0) tee(`INTEGRATION_SKIP=${skip.join(',')}: a subset, not the whole suite (left out: ${skip.join(', ')})`);
  for (const file of files) mocha.addFile(file);
  // INTEGRATION_GREP='rmi of an image|Shell opens' (a regular expression) runs the matching tests only: each test
  // must pass alone (issue 30).
  if (process.env.INTEGRATION_GREP) {
    mocha.grep(new RegExp(process.env.INTEGRATION_GREP));
    tee(`INTEGRATION_GREP=${process.env.INTEGRATION_GREP}: only the tests whose title matches`);
  }
  tee(`${files.length} test file(s): ${files.map((f) => path.relative(testsDir, f)).join(', ')}`);

  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        tee(`RESULT failures=${failures}`);
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
    } catch (err) {
      tee(`RESULT error=${err instanceof Error ? err.stack : String(err)}`);
      reject(err);
    }
  });
}
