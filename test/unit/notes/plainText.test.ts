// SPDX-License-Identifier: MIT
// Messages render without raw backticks: notifications show plain text.
import * as assert from 'assert';
import { plainText } from '../../../src/vscode/plainText';
import { code } from '../../../src/core/render';

describe('plainText (notification messages)', () => {
  it('turns code spans into quoted text', () => {
    assert.strictEqual(plainText('set `dockerCoach.notes.files` to `notes/*.md`'), 'set "dockerCoach.notes.files" to "notes/*.md"');
    assert.strictEqual(plainText('a ``x`y`` b'), 'a "x`y" b');
    assert.strictEqual(plainText('no code here'), 'no code here');
  });

  it('reads back every span code() writes, and a backtick with no partner stays as typed', () => {
    for (const inner of ['x', '`', 'a`b', '``', 'a ``` b', '` x `', '`'.repeat(5000)]) {
      assert.strictEqual(plainText(`see ${code(inner)} here`), `see "${inner}" here`, JSON.stringify(inner));
      // One backtick more than the longest run inside, whatever its length.
      assert.strictEqual(code(inner).match(/^`+/)![0].length, Math.max(0, ...(inner.match(/`+/g) ?? []).map(r => r.length)) + 1);
    }
    assert.strictEqual(plainText('a ` b'), 'a ` b');
    assert.strictEqual(plainText('`'.repeat(40000)), '`'.repeat(40000));
  });
});
