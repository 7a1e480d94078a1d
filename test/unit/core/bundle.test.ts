// SPDX-License-Identifier: MIT
// Nothing hidden in what users install: the bundle makes no network calls, sends no telemetry, evaluates
// no strings as code, and runs processes from one adapter module only, with execFile and no shell.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const bundlePath = path.join(root, 'dist', 'extension.js');
const corePath = path.join(root, 'dist', 'core.js');
const tablesPath = path.join(root, 'dist', 'cliTables.js');
/** Every file the extension host runs: activation's bundle and the three it loads on first need (esbuild.mjs). */
const shipped = [bundlePath, corePath, path.join(root, 'dist', 'composeValidator.js'), tablesPath];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

describe('the extension bundle', () => {
  let bundle = '';
  before(function () {
    assert.ok(fs.existsSync(bundlePath), 'dist/extension.js is missing: run `npm run bundle` first (npm test does)');
    // The lazy bundles ship beside it and run in the same host, so every check below covers them too.
    const missing = shipped.filter(f => !fs.existsSync(f));
    assert.deepStrictEqual(missing, [], 'bundles missing: run `npm run bundle` first (npm test does)');
    bundle = shipped.map(f => fs.readFileSync(f, 'utf8')).join('\n');
  });

  it('keeps the docker CLI tables in dist/cliTables.js, required by the core on first need (issue 25)', () => {
    const main = fs.readFileSync(bundlePath, 'utf8');
    const core = fs.readFileSync(corePath, 'utf8');
    assert.match(core, /require\("\.\/cliTables\.js"\)/);
    // A sentence of the tables (cli/containerFlagTexts.ts) is in the tables' bundle, not the extension's or the core's.
    const sentence = 'Gives the container access to the Docker engine';
    assert.ok(!main.includes(sentence) && !core.includes(sentence), 'the extension or core bundle carries the CLI tables');
    assert.ok(fs.readFileSync(tablesPath, 'utf8').includes(sentence));
  });

  it('keeps the core in dist/core.js, required by the adapters on first need (issue 29)', () => {
    const main = fs.readFileSync(bundlePath, 'utf8');
    assert.match(main, /require\("\.\/core\.js"\)/);
    // A sentence of the Dockerfile knowledge (knowledge/dockerfileInstructions.ts, RUN) is in the core's bundle only.
    const sentence = 'Runs a command while the image is being built';
    assert.ok(!main.includes(sentence), 'the extension bundle carries the Dockerfile knowledge');
    assert.ok(fs.readFileSync(corePath, 'utf8').includes(sentence), 'the core bundle lost the RUN sentence');
  });

  it('evaluates no strings as code', () => {
    for (const pattern of [/\beval\s*\(/, /new\s+Function\s*\(/, /\bFunction\s*\(\s*["'`]/]) assert.doesNotMatch(bundle, pattern);
  });

  it('opens no network connection and sends no telemetry', () => {
    for (const mod of ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns']) {
      assert.doesNotMatch(bundle, new RegExp(`require\\(\\s*["'](node:)?${mod}["']\\s*\\)`), `the bundle requires ${mod}`);
    }
    for (const pattern of [/\bfetch\s*\(/, /XMLHttpRequest/, /new\s+WebSocket\b/, /telemetry/i, /applicationinsights/i]) assert.doesNotMatch(bundle, pattern);
  });

  it('runs processes from one adapter module, with execFile and never a shell', () => {
    const users = sourceFiles(path.join(root, 'src')).filter(f => /child_process/.test(fs.readFileSync(f, 'utf8')));
    assert.ok(users.length <= 1, `child_process is used in ${users.map(f => path.relative(root, f)).join(', ')}`);
    for (const f of users) {
      assert.match(path.relative(root, f), /^src[\\/]vscode[\\/]/, 'only an adapter module may start processes');
      const text = fs.readFileSync(f, 'utf8');
      assert.doesNotMatch(text, /\b(exec|spawn|execSync|spawnSync|fork)\s*\(/, `${f} must use execFile only`);
      assert.doesNotMatch(text, /shell\s*:\s*true/, `${f} must not run a shell`);
    }
    assert.ok((bundle.match(/child_process/g) ?? []).length <= 1);
    assert.doesNotMatch(bundle, /shell\s*:\s*(!0|true)/);
  });
});
