// SPDX-License-Identifier: MIT
// atxHeading: the one reader of markdown headings for the notes index, "Add to my notes" and the security section.
import * as assert from 'assert';
import { atxHeading } from '../../../src/core/notes/heading';

describe('atxHeading', () => {
  it('reads the level and text as CommonMark does, closing hashes only after a blank', () => {
    assert.deepStrictEqual(atxHeading('## Networks ##'), { level: 2, text: 'Networks' });
    assert.deepStrictEqual(atxHeading('   # Bridge networks'), { level: 1, text: 'Bridge networks' });
    assert.deepStrictEqual(atxHeading('# C#'), { level: 1, text: 'C#' });
    assert.deepStrictEqual(atxHeading('#'), { level: 1, text: '' });
    for (const no of ['#######', '#hashtag', '    # code', 'plain']) assert.strictEqual(atxHeading(no), undefined, no);
  });

  it('reads a heading with a long run of blanks inside in one pass (the pattern it replaced took minutes)', () => {
    assert.deepStrictEqual(atxHeading(`## a${' '.repeat(100000)}b #`), { level: 2, text: `a${' '.repeat(100000)}b` });
  });
});
