// SPDX-License-Identifier: MIT
// Messages render without raw backticks: notifications show plain text.
import * as assert from 'assert';
import { plainText } from '../../../src/vscode/plainText';

describe('plainText (notification messages)', () => {
  it('turns code spans into quoted text', () => {
    assert.strictEqual(plainText('set `dockerCoach.notes.files` to `notes/*.md`'), 'set "dockerCoach.notes.files" to "notes/*.md"');
    assert.strictEqual(plainText('a ``x`y`` b'), 'a "x`y" b');
    assert.strictEqual(plainText('no code here'), 'no code here');
  });
});
