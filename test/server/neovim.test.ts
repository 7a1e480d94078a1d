// SPDX-License-Identifier: MIT
// A real editor no one here wrote: a headless Neovim (Debian's `neovim`, 0.7 or newer) with the minimal
// config in neovim/init.lua starts dist/server.js, and the test reads what Neovim received: the hover,
// the lenses (run through Neovim's own codelens module), the problems in vim.diagnostic, and where its own
// go to definition and rename (issue 26) leave the cursor and the buffer.
import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { needOrSkip } from '../needs';
import { repoRoot, samples, serverPath } from './lspClient';

/** The nvim on PATH and its version, or undefined when there is none. */
function findNeovim(): string | undefined {
  try {
    return execFileSync('nvim', ['--version'], { encoding: 'utf8' }).split('\n')[0];
  } catch {
    return undefined;
  }
}

interface Received { kind: string; value: unknown }

/** Runs the headless Neovim once and returns what it recorded, in order. */
function runNeovim(env: Record<string, string>): Received[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coach-nvim-'));
  const result = path.join(dir, 'result.jsonl');
  try {
    const run = spawnSync('nvim', ['--headless', '--clean', '-u', path.join(repoRoot, 'test', 'server', 'neovim', 'init.lua')], {
      env: { ...process.env, ...env, SERVER: serverPath, ROOT: samples, RESULT: result },
      encoding: 'utf8',
      timeout: 60000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines = fs.existsSync(result) ? fs.readFileSync(result, 'utf8').split('\n').filter(Boolean) : [];
    assert.strictEqual(run.status, 0, `nvim exited with ${run.status ?? run.signal}; it said: ${run.stdout}${run.stderr}; it recorded: ${lines.join('\n')}`);
    return lines.map(l => JSON.parse(l) as Received);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function pick<T>(received: Received[], kind: string): T {
  const hit = received.find(r => r.kind === kind);
  assert.ok(hit, `Neovim received no ${kind}; it recorded ${received.map(r => r.kind).join(', ')}`);
  return hit.value as T;
}

describe('Neovim drives the language server', function () {
  this.timeout(90000);
  const version = findNeovim();

  before(function () {
    // Said plainly, and never a silent pass: CI installs neovim (.ci/run), so there a missing nvim fails.
    needOrSkip(this, 'the Neovim tests', version ? undefined : 'nvim is not installed (apt-get install neovim)', (m) => console.warn(`      ${m}`));
  });

  it('Dockerfile: hover on RUN, lenses that run through the client, problems in a file with mistakes', () => {
    const received = runNeovim({
      FILETYPE: 'dockerfile',
      HOVER_FILE: path.join(samples, 'backend-flask', 'Dockerfile'),
      HOVER_LINE: '10', HOVER_CHARACTER: '1', // on `RUN pip3 install`
      DEFINITION_LINE: '18', DEFINITION_CHARACTER: '10', // on `PORT` in `EXPOSE ${PORT}`
      RENAME_LINE: '17', RENAME_CHARACTER: '5', RENAME_TO: 'HTTP_PORT', // on `PORT` in `ARG PORT=4567`
      PROBLEM_FILE: path.join(samples, 'exercises', 'Dockerfile.mistakes'),
    });
    assert.strictEqual(pick(received, 'initialized'), true);
    const hover = pick<{ contents: { kind: string; value: string }; range: unknown }>(received, 'hover');
    assert.strictEqual(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /^`RUN` · build time · adds a layer/);
    assert.deepStrictEqual(hover.range, { start: { line: 10, character: 0 }, end: { line: 10, character: 3 } });
    const lenses = pick<{ title: string }[]>(received, 'codelens').map(l => l.title);
    assert.ok(lenses.includes('Build: docker build -t backend-flask:dev -f backend-flask/Dockerfile backend-flask'), lenses.join(' | '));
    const run = pick<{ argv: string[]; cwd: string }>(received, 'runInTerminal');
    assert.deepStrictEqual(run.argv, ['docker', 'build', '-t', 'backend-flask:dev', '-f', 'backend-flask/Dockerfile', 'backend-flask']);
    assert.strictEqual(run.cwd, samples);
    const problems = pick<{ lnum: number; code: string; source: string }[]>(received, 'diagnostics');
    const maintainer = problems.find(p => p.code === 'MaintainerDeprecated');
    assert.ok(maintainer, `MaintainerDeprecated among ${problems.map(p => p.code).join(', ')}`);
    assert.strictEqual(maintainer.lnum, 4); // `MAINTAINER student@example.com`
    assert.ok(problems.every(p => p.source === 'Docker Coach'));
    // Issue 26: Neovim's own go to definition and rename.
    assert.deepStrictEqual(pick(received, 'definition'), { line: 17, character: 4, text: 'ARG PORT=4567' });
    const renamed = pick<string[]>(received, 'renamed');
    assert.strictEqual(renamed[17], 'ARG HTTP_PORT=4567');
    assert.strictEqual(renamed[18], 'EXPOSE ${HTTP_PORT}');
  });

  it('compose (opened as yaml): hover on a service, lenses, problems in a file with mistakes', () => {
    const received = runNeovim({
      FILETYPE: 'yaml', // what Neovim 0.7 calls docker-compose.yml: the server goes by the file name
      HOVER_FILE: path.join(samples, 'docker-compose.yml'),
      HOVER_LINE: '2', HOVER_CHARACTER: '4', // on `backend-flask:`
      DEFINITION_LINE: '16', DEFINITION_CHARACTER: '6', // on `db:` under depends_on
      RENAME_LINE: '58', RENAME_CHARACTER: '4', RENAME_TO: 'back', // the network `internal-network`
      PROBLEM_FILE: path.join(samples, 'exercises', 'compose.mistakes.yaml'),
    });
    const hover = pick<{ contents: { value: string } }>(received, 'hover');
    assert.match(hover.contents.value, /^`backend-flask` · service/);
    assert.match(hover.contents.value, /Publishes `4567:4567`/);
    const lenses = pick<{ title: string }[]>(received, 'codelens').map(l => l.title);
    assert.ok(lenses.includes('Up: docker compose -f docker-compose.yml up -d'), lenses.join(' | '));
    assert.deepStrictEqual(pick<{ argv: string[] }>(received, 'runInTerminal').argv, ['docker', 'compose', '-f', 'docker-compose.yml', 'up', '-d']);
    const problems = pick<{ lnum: number; code: string }[]>(received, 'diagnostics');
    const codes = problems.map(p => p.code);
    for (const code of ['ObsoleteVersion', 'UnknownKey']) assert.ok(codes.includes(code), `${code} among ${codes.join(', ')}`);
    assert.strictEqual(problems.find(p => p.code === 'ObsoleteVersion')!.lnum, 3); // `version: "3.8"`
    assert.deepStrictEqual(pick(received, 'definition'), { line: 37, character: 2, text: '  db:' });
    const renamed = pick<string[]>(received, 'renamed');
    assert.deepStrictEqual([renamed[19], renamed[35], renamed[55], renamed[58]], ['      - back', '      - back', '      - back', '  back:']);
  });

  it('names the Neovim it ran', () => {
    assert.match(version ?? '', /^NVIM v0\.([7-9]|\d\d)|^NVIM v[1-9]/);
  });
});
