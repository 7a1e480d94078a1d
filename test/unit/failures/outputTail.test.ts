// SPDX-License-Identifier: MIT
// The terminal coach keeps only the end of a command's output, whatever its size, and survives a stream that fails.
import * as assert from 'assert';
import { readTail } from '../../../src/vscode/outputTail';

async function* chunks(parts: string[], failAfter?: number): AsyncIterable<string> {
  for (const [i, p] of parts.entries()) {
    if (i === failAfter) throw new Error('terminal closed');
    yield p;
  }
}

describe('readTail', () => {
  it('returns everything when it is short', async () => {
    assert.strictEqual(await readTail(chunks(['a', 'b', 'c']), 10), 'abc');
  });

  it('keeps only the last max characters of a long output, read in many chunks', async () => {
    const parts = Array.from({ length: 5000 }, (_, i) => `line ${i}\n`);
    const tail = await readTail(chunks(parts), 100);
    assert.strictEqual(tail.length, 100);
    assert.ok(parts.join('').endsWith(tail));
  });

  it('a stream that fails gives what came before, and reports the error', async () => {
    let reported: unknown;
    assert.strictEqual(await readTail(chunks(['x', 'y', 'z'], 2), 10, (e) => { reported = e; }), 'xy');
    assert.match(String(reported), /terminal closed/);
  });
});
