// SPDX-License-Identifier: MIT
// `npm run test:server` (first step): packs server/ into the npm package `docker-coach-language-server` and
// checks what ships: the bundled dist/server.js with its dependencies inside, README, LICENSE and
// package.json, nothing else, under 500 KB; then starts the packed server as a user would and asks it
// to initialize and shut down over stdio.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MAX_BYTES = 500 * 1024;
const expected = ['LICENSE', 'README.md', 'dist/server.js', 'package.json'];

function fail(message) {
  console.error(`server package check failed: ${message}`);
  process.exit(1);
}

if (!existsSync('dist/server.js')) fail('dist/server.js is missing: run `npm run bundle` first (npm test does)');
mkdirSync('server/dist', { recursive: true });
copyFileSync('dist/server.js', 'server/dist/server.js');
copyFileSync('LICENSE', 'server/LICENSE');

const out = mkdtempSync(join(tmpdir(), 'coach-server-pack-'));
try {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: 'server', encoding: 'utf8' }));
  const files = packed.files.map(f => f.path).sort();
  const problems = [];
  if (packed.size > MAX_BYTES) problems.push(`the tarball is ${packed.size} bytes, over ${MAX_BYTES}`);
  if (JSON.stringify(files) !== JSON.stringify(expected)) problems.push(`it holds ${files.join(', ')}; expected ${expected.join(', ')}`);
  const manifest = JSON.parse(readFileSync('server/package.json', 'utf8'));
  if (manifest.bin?.['docker-coach-language-server'] !== 'dist/server.js') problems.push('the bin entry docker-coach-language-server does not point at dist/server.js');
  if (Object.keys(manifest.dependencies ?? {}).length) problems.push('it declares dependencies: they belong inside the bundle');
  if (!readFileSync('dist/server.js', 'utf8').startsWith('#!/usr/bin/env node')) problems.push('dist/server.js has no #! line, so the bin cannot run');
  if (problems.length) fail(`\n- ${problems.join('\n- ')}`);

  // Unpacked as npm installs it, the bin must answer initialize and exit 0 after shutdown/exit.
  execFileSync('tar', ['-xzf', join(out, packed.filename), '-C', out]);
  const answer = await initializeAndExit(join(out, 'package', 'dist', 'server.js'));
  if (answer.name !== 'docker-coach-language-server' || answer.code !== 0) fail(`the packed server answered ${JSON.stringify(answer)}`);
  // What a learner types, run against the tarball instead of the registry (offline: nothing is fetched).
  const npxVersion = execFileSync('npx', ['--yes', '--offline', `--package=${join(out, packed.filename)}`, 'docker-coach-language-server', '--version'], { cwd: out, encoding: 'utf8' }).trim();
  if (npxVersion !== manifest.version) fail(`npx docker-coach-language-server --version said ${JSON.stringify(npxVersion)}, not ${manifest.version}`);
  console.log(`server package check: ${packed.filename} is ${(packed.size / 1024).toFixed(0)} KB (${(packed.unpackedSize / 1024).toFixed(0)} KB unpacked) with ${files.join(', ')}; the packed bin initialized and exited 0, and npx ran it`);
} finally {
  rmSync(out, { recursive: true, force: true });
}

/** Starts the server, sends initialize, shutdown and exit, and resolves with its name and exit code. */
function initializeAndExit(script) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const timer = setTimeout(() => { child.kill(); reject(new Error('the packed server did not answer within 20 s')); }, 20000);
    let output = '';
    let name;
    const send = message => {
      const body = JSON.stringify({ jsonrpc: '2.0', ...message });
      child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    };
    child.stdout.on('data', chunk => {
      output += chunk;
      const init = /"serverInfo":\{"name":"([^"]+)"/.exec(output);
      if (init && name === undefined) {
        name = init[1];
        send({ id: 2, method: 'shutdown' });
      }
      if (name !== undefined && /"id":2,"result":null/.test(output)) send({ method: 'exit' });
    });
    child.on('exit', code => { clearTimeout(timer); resolve({ name, code }); });
    send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  });
}
