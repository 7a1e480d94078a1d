// SPDX-License-Identifier: MIT
import * as assert from 'assert';
import fc from 'fast-check';
import { addNoteBullet, noteInsertion } from '../../../src/core/index';
import { joinLines } from '../helpers';

/** The new text is the old one with something inserted at one point: nothing lost, nothing changed. */
function assertOnlyInserted(before: string, after: string): void {
  const { offset, insert } = noteInsertionOf(before, after);
  assert.strictEqual(before.slice(0, offset) + insert + before.slice(offset), after);
  assert.strictEqual(after.length, before.length + insert.length);
}

function noteInsertionOf(before: string, after: string): { offset: number; insert: string } {
  let offset = 0;
  while (offset < before.length && before[offset] === after[offset]) offset++;
  return { offset, insert: after.slice(offset, offset + after.length - before.length) };
}

describe('addNoteBullet', () => {
  const notes = joinLines('# Week 1', '', '## RUN vs CMD', '', '- RUN builds.', '- CMD starts.', '', '## Ports', '', '- -p is host:container', '');

  it('appends under the matching heading, after its last line, before the next heading', () => {
    const after = addNoteBullet(notes, 'RUN vs CMD', 'Only the last CMD counts.');
    assert.strictEqual(after, joinLines('# Week 1', '', '## RUN vs CMD', '', '- RUN builds.', '- CMD starts.', '- Only the last CMD counts.', '', '## Ports', '', '- -p is host:container', ''));
  });

  it('matches headings ignoring case, backticks and closing hashes', () => {
    const text = joinLines('## `-p` ##', '- one', '');
    assert.strictEqual(addNoteBullet(text, '-P', 'two'), joinLines('## `-p` ##', '- one', '- two', ''));
  });

  it('creates the heading at the end when it is missing, after a blank line', () => {
    assert.strictEqual(addNoteBullet(notes, '--rm', '`--rm` cleans up.'), notes + joinLines('', '## --rm', '', '- `--rm` cleans up.', ''));
    assert.strictEqual(addNoteBullet('', 'RUN', 'x'), joinLines('## RUN', '', '- x', ''));
  });

  it('keeps CRLF line endings and uses them for the new lines', () => {
    const crlf = notes.replace(/\n/g, '\r\n');
    const after = addNoteBullet(crlf, 'Ports', 'left is my machine');
    assertOnlyInserted(crlf, after);
    assert.ok(after.includes('- -p is host:container\r\n- left is my machine\r\n'));
    assert.ok(!/[^\r]\n/.test(after), 'a bare \\n slipped in');
    const created = addNoteBullet(crlf, 'EXPOSE', 'documents a port');
    assert.ok(created.endsWith('\r\n\r\n## EXPOSE\r\n\r\n- documents a port\r\n'));
  });

  it('handles a file without a trailing newline, both under a heading and at the end', () => {
    const text = joinLines('## Ports', '- -p is host:container');
    assert.strictEqual(addNoteBullet(text, 'Ports', 'two'), joinLines('## Ports', '- -p is host:container', '- two'));
    assert.strictEqual(addNoteBullet(text, 'RUN', 'x'), joinLines('## Ports', '- -p is host:container', '', '## RUN', '', '- x', ''));
  });

  it('keeps a byte-order mark and odd content exactly', () => {
    const text = '\uFEFF## RUN\r\n- a\n\r\n```sh\n## not a heading\n```\n\t trailing  \n';
    const after = addNoteBullet(text, 'RUN', 'b');
    assertOnlyInserted(text, after);
    assert.ok(after.startsWith('\uFEFF## RUN'));
    // `## not a heading` is inside a code block, so the RUN section runs to the end of the file.
    assert.ok(after.endsWith('```\n\t trailing  \n- b\r\n'), JSON.stringify(after));
  });

  it('writes the bullet on one line, whatever it contains', () => {
    assert.ok(addNoteBullet('', 'x', 'a\nb\r\n c').includes('- a b c\n'));
  });

  it('never loses or changes existing content (property)', () => {
    const line = fc.string({ unit: fc.constantFrom('#', ' ', '-', 'R', 'U', 'N', 'x', '`', '\t', '~', 'é') , maxLength: 12 });
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    fc.assert(fc.property(fc.array(fc.tuple(line, eol), { maxLength: 12 }), fc.boolean(), fc.constantFrom('RUN', 'x', '-p'), fc.string({ maxLength: 20 }), (lines, trailing, heading, bullet) => {
      let text = lines.map(([l, e]) => l + e).join('');
      if (!trailing && lines.length) text = text.slice(0, -lines[lines.length - 1][1].length);
      const { offset, insert } = noteInsertion(text, heading, bullet);
      const after = addNoteBullet(text, heading, bullet);
      assert.strictEqual(after.slice(0, offset), text.slice(0, offset));
      assert.strictEqual(after.slice(offset + insert.length), text.slice(offset));
      assert.ok(insert.includes(`- ${bullet.replace(/\s*[\r\n]+\s*/g, ' ').trim().replace(/^[-*+]\s+/, '')}`));
    }), { numRuns: 500 });
  });
});
