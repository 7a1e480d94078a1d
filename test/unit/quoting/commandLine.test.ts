// SPDX-License-Identifier: MIT
// toCommandLine case by case. posix and fish are also proven by real shells in roundTrip.test.ts;
// pwsh and cmd cannot run here, so their rules are checked case by case (sources cited in
// src/core/commandLine.ts) and cmd against a model of how cmd.exe and the C runtime read a line.
import * as assert from 'assert';
import fc from 'fast-check';
import { CommandLineError, shellKindOf, toCommandLine } from '../../../src/core/index';
import { quoteWindowsArg } from '../../../src/core/commandLine';

describe('toCommandLine: posix', () => {
  it('leaves plain words bare and the usual docker line readable', () => {
    assert.strictEqual(toCommandLine(['docker', 'build', '-t', 'backend-flask:dev', '-f', 'backend-flask/Dockerfile', 'backend-flask'], 'posix'),
      'docker build -t backend-flask:dev -f backend-flask/Dockerfile backend-flask');
  });
  it('single-quotes anything else and writes a quote as \'\\\'\'', () => {
    assert.strictEqual(toCommandLine(['docker', 'my dir', "it's", '', '$(x)', '~', '=ls'], 'posix'),
      `docker 'my dir' 'it'\\''s' '' '$(x)' '~' '=ls'`);
  });
});

describe('toCommandLine: fish', () => {
  it('escapes only backslash and quote inside single quotes', () => {
    assert.strictEqual(toCommandLine(['docker', "it's", 'a\\b', '%self', ''], 'fish'), `docker 'it\\'s' 'a\\\\b' '%self' ''`);
  });
});

describe('toCommandLine: pwsh', () => {
  it('starts with the call operator so a quoted program still runs', () => {
    assert.strictEqual(toCommandLine(['C:\\Program Files\\Docker\\docker.exe', 'ps'], 'pwsh'), `& 'C:\\Program Files\\Docker\\docker.exe' ps`);
  });
  it('keeps options and simple words bare', () => {
    assert.strictEqual(toCommandLine(['docker', 'run', '--rm', '-it', '-p', '4567:4567', 'backend-flask:dev'], 'pwsh'),
      '& docker run --rm -it -p 4567:4567 backend-flask:dev');
  });
  it('doubles single quotes, including the typographic ones PowerShell also treats as quotes', () => {
    assert.strictEqual(toCommandLine(['docker', "it's", 'a\u2019b', '\u2018x\u201A\u201B'], 'pwsh'),
      `& docker 'it''s' 'a\u2019\u2019b' '\u2018\u2018x\u201A\u201A\u201B\u201B'`);
  });
  it('quotes what PowerShell would read as syntax in a bare word', () => {
    // `$` expands, `@` splats, `,` makes an array, backtick escapes, `--%` stops parsing,
    // and `-a.b` is split in two for native programs.
    for (const arg of ['$env:PATH', '@args', 'a,b', 'x`y', '--%', '-a.b', '(1)', '{x}', 'a;b', 'a|b', 'a&b', '#c', '', ' ', '"q"']) {
      const line = toCommandLine(['docker', arg], 'pwsh');
      assert.strictEqual(line, `& docker '${arg.replace(/'/g, "''")}'`, arg);
    }
  });
  it('keeps `$`, backticks and line breaks literal inside single quotes', () => {
    assert.strictEqual(toCommandLine(['docker', '$(Remove-Item x)\n`n'], 'pwsh'), `& docker '$(Remove-Item x)\n\`n'`);
  });
});

/** How the Microsoft C runtime (and Go) split a command line; the 2008+ rules, no `""` shortcut. */
function parseWindowsArgs(line: string): string[] {
  const args: string[] = [];
  let cur = '';
  let inArg = false;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') {
      let n = 0;
      while (line[i] === '\\') { n++; i++; }
      if (line[i] === '"') {
        cur += '\\'.repeat(Math.floor(n / 2));
        if (n % 2 === 1) cur += '"'; else quoted = !quoted;
      } else {
        cur += '\\'.repeat(n);
        i--;
      }
      inArg = true;
    } else if (c === '"') {
      quoted = !quoted;
      inArg = true;
    } else if ((c === ' ' || c === '\t') && !quoted) {
      if (inArg) args.push(cur);
      cur = '';
      inArg = false;
    } else {
      cur += c;
      inArg = true;
    }
  }
  if (inArg) args.push(cur);
  return args;
}

/**
 * What cmd.exe does to a line before starting a program: outside double quotes `^x` becomes `x`
 * and `& | < > ( )` are syntax; a `%` still present would expand. Returns undefined when any of
 * that syntax (or an unescaped `%`/`!`) is left live, which would mean an injection.
 */
function cmdRead(line: string): string | undefined {
  let out = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') { quoted = !quoted; out += c; continue; }
    if (quoted) {
      if (c === '%' || c === '!') return undefined;
      out += c;
      continue;
    }
    if (c === '^') { i++; out += line[i] ?? ''; continue; }
    if ('&|<>()%!'.includes(c)) return undefined;
    out += c;
  }
  return out;
}

describe('toCommandLine: cmd', () => {
  it('leaves plain words bare', () => {
    assert.strictEqual(toCommandLine(['docker', 'compose', '-f', 'docker-compose.yml', 'up'], 'cmd'), 'docker compose -f docker-compose.yml up');
  });
  it('quotes by the C runtime rules, then puts a caret before every cmd metacharacter', () => {
    assert.strictEqual(toCommandLine(['docker', 'a b'], 'cmd'), 'docker ^"a b^"');
    assert.strictEqual(toCommandLine(['docker', ''], 'cmd'), 'docker ^"^"');
    assert.strictEqual(toCommandLine(['docker', 'say "hi"'], 'cmd'), 'docker ^"say \\^"hi\\^"^"');
    assert.strictEqual(toCommandLine(['docker', 'a&b'], 'cmd'), 'docker a^&b');
    assert.strictEqual(toCommandLine(['docker', '%PATH%'], 'cmd'), 'docker ^%PATH^%');
    assert.strictEqual(toCommandLine(['docker', 'dir\\ x\\'], 'cmd'), 'docker ^"dir\\ x\\\\^"');
  });
  it('quotes a program path with spaces plainly, since cmd finds the program before removing carets', () => {
    assert.strictEqual(toCommandLine(['C:\\Program Files\\Docker\\docker.exe', 'ps'], 'cmd'), '"C:\\Program Files\\Docker\\docker.exe" ps');
    assert.throws(() => toCommandLine(['C:\\100%\\docker.exe'], 'cmd'), CommandLineError);
  });
  it('refuses a line break, which no cmd line can carry', () => {
    assert.throws(() => toCommandLine(['docker', 'a\nb'], 'cmd'), CommandLineError);
  });
  it('gives back every random argument exactly, as cmd and the C runtime would read it', () => {
    const noBreak = fc.string({ unit: fc.oneof(fc.constantFrom(...' \t"\\^&|<>()%!'.split('')), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 20 })
      .filter((s) => !/[\r\n\0]/.test(s));
    fc.assert(fc.property(fc.array(noBreak, { minLength: 1, maxLength: 5 }), (args) => {
      const read = cmdRead(toCommandLine(['docker', ...args], 'cmd'));
      assert.ok(read !== undefined, 'cmd syntax left live');
      assert.deepStrictEqual(parseWindowsArgs(read).slice(1), args);
    }), { numRuns: 2000, seed: 3000 });
  });
});

describe('quoteWindowsArg', () => {
  it('doubles backslashes only before a quote or the closing quote', () => {
    assert.strictEqual(quoteWindowsArg('C:\\dir\\file'), 'C:\\dir\\file');
    assert.strictEqual(quoteWindowsArg('C:\\my dir\\'), '"C:\\my dir\\\\"');
    assert.strictEqual(quoteWindowsArg('a\\"b'), '"a\\\\\\"b"');
  });
});

describe('toCommandLine: refusals', () => {
  it('refuses an empty argv and NUL characters for every shell', () => {
    for (const shell of ['posix', 'fish', 'pwsh', 'cmd'] as const) {
      assert.throws(() => toCommandLine([], shell), CommandLineError);
      assert.throws(() => toCommandLine(['docker', 'a\0b'], shell), CommandLineError);
    }
  });
});

describe('shellKindOf', () => {
  it('maps VS Code shell ids and shell paths to quoting rules', () => {
    const cases: [string | undefined, string][] = [
      ['bash', 'posix'], ['zsh', 'posix'], ['sh', 'posix'], ['ksh', 'posix'], ['gitbash', 'posix'], ['/bin/bash', 'posix'],
      ['fish', 'fish'], ['/usr/bin/fish', 'fish'],
      ['pwsh', 'pwsh'], ['C:\\Program Files\\PowerShell\\7\\pwsh.exe', 'pwsh'], ['C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', 'pwsh'],
      ['cmd', 'cmd'], ['C:\\Windows\\System32\\cmd.exe', 'cmd'],
      [undefined, 'posix'], ['', 'posix'],
    ];
    for (const [shell, kind] of cases) assert.strictEqual(shellKindOf(shell), kind, String(shell));
  });
});
