// SPDX-License-Identifier: MIT
// Notes are indexed on the editor's thread, so only so much is read: 128 KB of each file, 512 KB in all (the
// bounds notes.ts states). What lies past them is never quoted, and the adapters are told which files.
import * as assert from 'assert';
import { indexNotes, notesAbout, notesCutMessage } from '../../../src/core/index';

const KB = 1024;

/** Filler lines that name no topic, to push a bullet to a given offset. */
function filler(chars: number): string {
  const line = 'plain words about nothing in particular here\n';
  return line.repeat(Math.ceil(chars / line.length));
}

const quotedLines = (notes: ReturnType<typeof indexNotes>, topic: string) => notesAbout(notes, [topic]).map(q => q.text);

describe('notes: bounded indexing', () => {
  it('reads a small notes file whole and reports nothing cut', () => {
    const notes = indexNotes([{ path: '/n/week1.md', text: '# Week 1\n- EXPOSE documents a port; -p publishes it.\n' }]);
    assert.deepStrictEqual(quotedLines(notes, 'instruction:EXPOSE'), ['EXPOSE documents a port; -p publishes it.']);
    assert.strictEqual(notes.cut, undefined);
    assert.strictEqual(notesCutMessage(notes), undefined);
  });

  it('quotes a bullet before 128 KB of a file, not one after, and names the file', () => {
    const text = '- EXPOSE documents a port.\n' + filler(150 * KB) + '- HEALTHCHECK tells Docker how to test the app.\n';
    const notes = indexNotes([{ path: '/n/huge.md', text }]);
    assert.deepStrictEqual(quotedLines(notes, 'instruction:EXPOSE'), ['EXPOSE documents a port.']);
    assert.deepStrictEqual(quotedLines(notes, 'instruction:HEALTHCHECK'), []);
    assert.deepStrictEqual(notes.cut, ['/n/huge.md']);
    const message = notesCutMessage(notes) ?? '';
    assert.ok(message.includes('/n/huge.md') && message.includes('128 KB') && message.includes('dockerCoach.notes.files'), message);
  });

  it('cuts at a line end, so the last bullet read is whole', () => {
    // The bullet straddles the 128 KB mark: it is left out rather than quoted half.
    const before = filler(128 * KB - 10).slice(0, 128 * KB - 10);
    const notes = indexNotes([{ path: '/n/edge.md', text: `- EXPOSE documents a port.\n${before}\n- USER switches to a user without root powers.\n` }]);
    assert.deepStrictEqual(quotedLines(notes, 'instruction:EXPOSE'), ['EXPOSE documents a port.'], 'the file was indexed up to the cut');
    assert.deepStrictEqual(notes.cut, ['/n/edge.md']);
    assert.deepStrictEqual(quotedLines(notes, 'instruction:USER'), []);
  });

  it('stops after 512 KB over all files: a later file is read only in part', () => {
    const files = [1, 2, 3, 4, 5].map(n => ({ path: `/n/part${n}.md`, text: filler(120 * KB) + `- WORKDIR sets the folder (file ${n}).\n` }));
    const notes = indexNotes(files);
    // Files 1-4 fit (about 480 KB); the fifth gets what is left of the 512 KB, not its last line.
    assert.deepStrictEqual(notes.cut, ['/n/part5.md']);
    // Past the 512 KB, every further file counts as cut: the message names three and counts the rest.
    const many = indexNotes([...files, ...[6, 7, 8, 9].map(n => ({ path: `/n/part${n}.md`, text: '- ARG sets a build-time variable.\n' }))]);
    assert.match(notesCutMessage(many) ?? '', /nothing of \/n\/part5\.md, \/n\/part6\.md, \/n\/part7\.md and 2 more is quoted/);
    const workdirLines = notes.entries.filter(e => e.text.startsWith('WORKDIR')).map(e => e.text);
    assert.deepStrictEqual(workdirLines, [1, 2, 3, 4].map(n => `WORKDIR sets the folder (file ${n}).`));
  });
});
