// SPDX-License-Identifier: MIT
// Quoting, proven by real shells: each command line from toCommandLine runs a fake `docker` that
// records its argv NUL-separated; the recorded argv must equal the input exactly, and a canary file
// that every hostile string tries to create must never appear.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { toCommandLine, type ShellKind } from '../../../src/core/index';
import { needOrSkip } from '../../needs';

interface ShellUnderTest { name: string; kind: ShellKind; args: string[] }

// No rc files, so a learner's or CI's shell setup cannot change the result.
const shells: ShellUnderTest[] = [
  { name: 'bash', kind: 'posix', args: ['--norc', '--noprofile'] },
  { name: 'dash', kind: 'posix', args: [] },
  { name: 'zsh', kind: 'posix', args: ['-f'] },
  { name: 'fish', kind: 'fish', args: ['--no-config'] },
  // ksh93 also reads the `posix` quoting; it is not in .ci/run's list, so it is checked where installed.
  { name: 'ksh', kind: 'posix', args: [] },
];

/** The absolute path of `name` on PATH, or undefined. */
function which(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, name);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch { /* keep looking */ }
  }
  return undefined;
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-quote-'));
const canary = path.join(work, 'CANARY');
const record = path.join(work, 'argv.bin');
// A directory name with a space and a quote, so argv[0] itself needs quoting.
const binDir = path.join(work, "bin dir's");
const fakeDocker = path.join(binDir, 'docker');

/** Strings that each try to break out of their argument; the canary file proves they never did. */
const hostile: string[] = [
  '', ' ', '  two  spaces  ', '\t', 'a b', "'", '"', "it's", 'say "hi"', '\'"\'"',
  '$HOME', '${HOME}', '$(touch CANARY)', '`touch CANARY`', `$(touch ${canary})`, `\`touch ${canary}\``,
  `; touch ${canary}`, `& touch ${canary}`, `| touch ${canary}`, `&& touch ${canary}`, `|| touch ${canary}`,
  `\ntouch ${canary}\n`, `'; touch ${canary}; '`, `"; touch ${canary}; "`, `(touch ${canary})`, `{touch,${canary}}`,
  '\\', '\\\\', "\\'", '\\"', 'end\\', '\n', '\r\n', 'line1\nline2', '-rf', '--name=x', '-', '--',
  '*', '?', '[a]', '~', '~root', '=ls', '#comment', '%self', '!', '!!', '!$', '^', '%PATH%', 'a=b',
  '<in', '>out', '2>&1', '{a,b}', '$((1+1))', '${#x}', '\u00e9t\u00e9', '\u6f22\u5b57', '\u{1F433} whale', '\u2018q\u2019',
  '\u00a0nbsp', 'tab\there', '\x1b[31mred', '\x7f', '$\'\\n\'', 'a;b|c&d', 'x\\\ny',
];

fs.mkdirSync(binDir, { recursive: true });
// Records: the argument count, then each argument, all NUL-terminated, appended per call.
fs.writeFileSync(fakeDocker, `#!/bin/sh\nprintf '%s\\000' "$#" >> "$DC_RECORD"\nfor a in "$@"; do printf '%s\\000' "$a" >> "$DC_RECORD"; done\n`, { mode: 0o755 });

/** Splits the record file back into one argv (without argv[0]) per call. */
function readRecords(): string[][] {
  if (!fs.existsSync(record)) return [];
  const parts = fs.readFileSync(record).toString('utf8').split('\0');
  const calls: string[][] = [];
  let i = 0;
  while (i < parts.length - 1) {
    const n = Number(parts[i++]);
    calls.push(parts.slice(i, i + n));
    i += n;
  }
  return calls;
}

/** Runs every argv as one line of one script in one shell process; returns what the fake docker saw. */
function runBatch(sh: ShellUnderTest, shellPath: string, argvs: string[][]): string[][] {
  fs.rmSync(record, { force: true });
  fs.rmSync(canary, { force: true });
  const script = argvs.map((argv) => toCommandLine([fakeDocker, ...argv], sh.kind)).join('\n') + '\n';
  const scriptFile = path.join(work, `script.${sh.name}`);
  fs.writeFileSync(scriptFile, script);
  const res = spawnSync(shellPath, [...sh.args, scriptFile], {
    cwd: work,
    env: { PATH: '/usr/bin:/bin', HOME: work, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', DC_RECORD: record },
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.strictEqual(res.status, 0, `${sh.name} failed: ${res.stderr}`);
  return readRecords();
}

/** Asserts call-by-call equality and names the first failing input in full. */
function assertSame(sh: string, inputs: string[][], seen: string[][]): void {
  assert.strictEqual(seen.length, inputs.length, `${sh}: ${seen.length} calls recorded for ${inputs.length} commands`);
  inputs.forEach((argv, i) => {
    assert.deepStrictEqual(seen[i], argv, `${sh}: argv ${JSON.stringify(argv)} came back as ${JSON.stringify(seen[i])}`);
  });
  assert.ok(!fs.existsSync(canary), `${sh}: the canary file appeared`);
}

// Characters shells care about, weighted in so random strings hit them often.
const special = fc.constantFrom(...' \t\n\r\'"`$\\;&|<>()[]{}*?~#!%^=,@-:/.'.split(''), '\u00e9', '\u{1F433}', '\u2019', '\u00a0');
// Any code point but NUL (a C string cannot hold it) and lone surrogates (not valid UTF-8).
const anyChar = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((c) => c !== '\0');
const word = fc.string({ unit: fc.oneof(special, anyChar), maxLength: 24 });
const argvArb = fc.array(word, { minLength: 1, maxLength: 12 });
const RUNS = 600; // commands per shell, about 3,800 random strings: one process spawn per command is the cost

describe('toCommandLine round trip through real shells', function () {
  this.timeout(120_000);
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  for (const sh of shells) {
    const shellPath = which(sh.name);
    describe(sh.name, () => {
      before(function () {
        needOrSkip(this, `${sh.name} quoting round trip`, shellPath ? undefined : `${sh.name} is not installed (apt-get install ${sh.name})`);
      });

      it('passes every hostile string through as one literal argument', () => {
        const inputs = [...hostile.map((h) => [h]), hostile, hostile.map((h) => `-${h}`)];
        assertSame(sh.name, inputs, runBatch(sh, shellPath as string, inputs));
      });

      it(`passes ${RUNS} random argvs through unchanged`, () => {
        const inputs = fc.sample(argvArb, { numRuns: RUNS, seed: 4567 });
        const strings = inputs.reduce((n, a) => n + a.length, 0);
        assertSame(sh.name, inputs, runBatch(sh, shellPath as string, inputs));
        console.log(`      ${sh.name}: ${strings} random strings in ${inputs.length} commands round-tripped`);
      });
    });
  }
});
