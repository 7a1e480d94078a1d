// SPDX-License-Identifier: MIT
// The exit-code table (issue 22, item 4): what 0, 1, 2, 125, 126, 127 and 128 + n mean, with the signal's
// name. The expected names and numbers are written here from signal(7) and docker/cli's run.go, not read
// from the table or the signal list the code uses.
import * as assert from 'assert';
import { exitCodeMeaning } from '../../../src/core/index';

describe('Exit-code table', () => {
  it('names the signal of 128 + n: 130 SIGINT, 137 SIGKILL, 139 SIGSEGV, 143 SIGTERM, and others from the signal table', () => {
    const expected: [number, string][] = [[129, 'SIGHUP'], [130, 'SIGINT'], [131, 'SIGQUIT'], [134, 'SIGABRT'], [137, 'SIGKILL'], [139, 'SIGSEGV'], [141, 'SIGPIPE'], [143, 'SIGTERM']];
    for (const [code, name] of expected) {
      const m = exitCodeMeaning(code);
      assert.strictEqual(m.signal, name, String(code));
      assert.strictEqual(m.own, false, String(code));
      assert.ok(m.text.includes(`128 + ${code - 128}`), m.text);
      assert.ok(m.text.includes(name), m.text);
    }
  });

  it('137 and 143 are signals from outside, never the program\'s own error', () => {
    const kill = exitCodeMeaning(137).text;
    assert.match(kill, /out of memory|ran out of memory/);
    assert.match(kill, /docker kill/);
    assert.match(kill, /docker stop/);
    assert.match(kill, /10 seconds/);
    assert.match(exitCodeMeaning(143).text, /docker stop/);
    for (const code of [137, 143]) assert.doesNotMatch(exitCodeMeaning(code).text, /program's own|app's own/);
  });

  it('a signal number the table has no name for is still a signal', () => {
    const m = exitCodeMeaning(128 + 40);
    assert.strictEqual(m.own, false);
    assert.match(m.text, /signal number 40/);
  });

  it('0, 1 and 2 are success, a general error and a usage error', () => {
    assert.match(exitCodeMeaning(0).text, /without an error/);
    assert.strictEqual(exitCodeMeaning(0).short, 'success');
    assert.match(exitCodeMeaning(1).text, /general error/);
    assert.match(exitCodeMeaning(2).text, /usage error/);
  });

  it('125, 126 and 127 as docker run gives them (docker/cli run.go toStatusError)', () => {
    assert.match(exitCodeMeaning(125, 'docker run').text, /docker itself failed/);
    assert.match(exitCodeMeaning(126, 'docker run').text, /could not be run/);
    assert.match(exitCodeMeaning(127, 'docker run').text, /not found in the image/);
    // From a program, 125 means nothing fixed; 126 and 127 are the shell's "cannot run" and "not found".
    assert.strictEqual(exitCodeMeaning(125).own, true);
    assert.match(exitCodeMeaning(127).text, /not found/);
  });

  it('docker exec gives 126 whatever stopped the program from starting (moby daemon/exec.go)', () => {
    assert.match(exitCodeMeaning(126, 'docker exec').text, /whatever the reason/);
    assert.doesNotMatch(exitCodeMeaning(126, 'docker exec').text, /not executable/);
  });

  it('any other code is the program\'s own, and says so', () => {
    for (const code of [3, 42, 100, 128, 200, 255]) {
      const m = exitCodeMeaning(code);
      assert.strictEqual(m.own, true, String(code));
      assert.strictEqual(m.short, undefined);
      assert.match(m.text, /program's own/);
    }
  });
});
