// SPDX-License-Identifier: MIT
// "Build & Run" on one line: toCommandSequence joins argvs with each shell's "and then", quoting every
// argument as toCommandLine does. Checked as strings for all four shell kinds, and through real POSIX
// shells and fish: both commands arrive intact, and the second never runs when the first fails.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { dockerfileActions, toCommandLine, toCommandSequence, type ShellKind } from '../../../src/core/index';
import { needOrSkip } from '../../needs';

const tag = `it's $(touch x):dev`;
const build = ['docker', 'build', '-t', tag, '-f', 'my app/Dockerfile', 'my app'];
const run = ['docker', 'run', '--rm', '-it', '--name', 'a;b', tag];

describe('toCommandSequence', () => {
  it('joins with && for POSIX shells and cmd, "; and" for fish, and an exit-code check for PowerShell', () => {
    const kinds: ShellKind[] = ['posix', 'fish', 'pwsh', 'cmd'];
    const joined = Object.fromEntries(kinds.map((k) => [k, toCommandSequence([build, run], k)]));
    assert.strictEqual(joined.posix, `${toCommandLine(build, 'posix')} && ${toCommandLine(run, 'posix')}`);
    assert.strictEqual(joined.fish, `${toCommandLine(build, 'fish')}; and ${toCommandLine(run, 'fish')}`);
    assert.strictEqual(joined.pwsh, `${toCommandLine(build, 'pwsh')}; if ($LASTEXITCODE -eq 0) { ${toCommandLine(run, 'pwsh')} }`);
    assert.strictEqual(joined.cmd, `${toCommandLine(build, 'cmd')} && ${toCommandLine(run, 'cmd')}`);
    // The separators stay outside every quoted argument.
    assert.strictEqual(joined.posix, `docker build -t 'it'\\''s $(touch x):dev' -f 'my app/Dockerfile' 'my app' && docker run --rm -it --name 'a;b' 'it'\\''s $(touch x):dev'`);
    assert.strictEqual(joined.pwsh, `& docker build -t 'it''s $(touch x):dev' -f 'my app/Dockerfile' 'my app'; if ($LASTEXITCODE -eq 0) { & docker run --rm -it --name 'a;b' 'it''s $(touch x):dev' }`);
    assert.strictEqual(joined.cmd, `docker build -t ^"it's $^(touch x^):dev^" -f ^"my app/Dockerfile^" ^"my app^" && docker run --rm -it --name a;b ^"it's $^(touch x^):dev^"`);
  });

  it('is toCommandLine for one argv, and refuses what a shell cannot carry', () => {
    assert.strictEqual(toCommandSequence([build], 'posix'), toCommandLine(build, 'posix'));
    assert.throws(() => toCommandSequence([build, ['docker', 'a\nb']], 'cmd'), /line break/);
    assert.throws(() => toCommandSequence([], 'posix'), /nothing to run/);
  });

  it('gives the Build & Run lens the build, then the run, in one tooltip line per shell', () => {
    const file = { path: '/w/my app/Dockerfile', workspaceFolder: '/w' };
    for (const shell of ['posix', 'fish', 'pwsh', 'cmd'] as ShellKind[]) {
      const plain = dockerfileActions('FROM alpine\nEXPOSE 80\n', file, { shell });
      const runAction = plain.find((a) => a.kind === 'dockerfile.run')!;
      const buildAction = plain.find((a) => a.kind === 'dockerfile.build')!;
      const both = dockerfileActions('FROM alpine\nEXPOSE 80\n', file, { shell, missingImages: [runAction.image!] });
      const buildAndRun = both.find((a) => a.kind === 'dockerfile.buildAndRun');
      assert.ok(buildAndRun, shell);
      assert.strictEqual(buildAndRun.title, '$(play) Build & Run');
      assert.deepStrictEqual(buildAndRun.argv, buildAction.argv);
      assert.deepStrictEqual(buildAndRun.then, runAction.argv);
      assert.strictEqual(buildAndRun.tooltip.split('\n')[0], toCommandSequence([buildAction.argv, runAction.argv], shell), shell);
      assert.match(buildAndRun.tooltip, /There is no image my-app:dev on this machine yet, so this builds it first, then runs it\./);
      assert.strictEqual(buildAndRun.terminal, 'run my-app-dev');
      assert.ok(!both.some((a) => a.kind === 'dockerfile.run'), 'Build & Run replaces Run');
    }
  });

  it('keeps Run when the image is there or nobody could ask', () => {
    const file = { path: '/w/api/Dockerfile', workspaceFolder: '/w' };
    const kinds = dockerfileActions('FROM alpine\n', file, { missingImages: ['other:dev'] }).map((a) => a.kind);
    assert.deepStrictEqual(kinds, ['dockerfile.build', 'dockerfile.run', 'dockerfile.shell']);
  });
});

describe('toCommandSequence through real shells', function () {
  this.timeout(60_000);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-seq-'));
  const record = path.join(work, 'calls.txt');
  const bin = path.join(work, 'bin');
  const fakeDocker = path.join(bin, 'docker');
  fs.mkdirSync(bin);
  // Records each argument on its own line (arguments here hold no line breaks); `fail` as the first exits 1.
  fs.writeFileSync(fakeDocker, '#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a" >> "$DC_RECORD"; done\necho --- >> "$DC_RECORD"\n[ "$1" = fail ] && exit 1\nexit 0\n', { mode: 0o755 });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  const shells: { name: string; kind: ShellKind; args: string[] }[] = [
    { name: 'bash', kind: 'posix', args: ['--norc', '--noprofile'] },
    { name: 'dash', kind: 'posix', args: [] },
    { name: 'zsh', kind: 'posix', args: ['-f'] },
    { name: 'fish', kind: 'fish', args: ['--no-config'] },
  ];
  function runLine(sh: { name: string; args: string[] }, line: string): string[][] {
    fs.rmSync(record, { force: true });
    const res = spawnSync(sh.name, [...sh.args, '-c', line], {
      cwd: work, encoding: 'utf8', timeout: 20_000,
      env: { PATH: `${bin}:/usr/bin:/bin`, HOME: work, LANG: 'C.UTF-8', DC_RECORD: record },
    });
    assert.ok(res.error === undefined, `${sh.name}: ${String(res.error)}`);
    const text = fs.existsSync(record) ? fs.readFileSync(record, 'utf8') : '';
    return text.split('---\n').filter(Boolean).map((call) => call.split('\n').slice(0, -1));
  }

  for (const sh of shells) {
    it(`${sh.name}: runs both argvs intact, and the second only when the first succeeded`, function () {
      const installed = spawnSync('sh', ['-c', `command -v ${sh.name}`]).status === 0;
      needOrSkip(this, `${sh.name} command sequence`, installed ? undefined : `${sh.name} is not installed (apt-get install ${sh.name})`);
      const ok = runLine(sh, toCommandSequence([build, run], sh.kind));
      assert.deepStrictEqual(ok, [build.slice(1), run.slice(1)]);
      assert.ok(!fs.existsSync(path.join(work, 'x')), 'nothing inside an argument ran');
      const failed = runLine(sh, toCommandSequence([['docker', 'fail', tag], run], sh.kind));
      assert.deepStrictEqual(failed, [['fail', tag]]);
    });
  }
});
