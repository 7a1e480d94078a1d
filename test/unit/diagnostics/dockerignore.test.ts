// SPDX-License-Identifier: MIT
// The .dockerignore matcher behind CopyIgnoredFile, against Docker's rules (moby/patternmatcher and
// its ignorefile reader): Go filepath.Match patterns, `**`, `!` exceptions, last match wins.
import * as assert from 'assert';
import { cleanPath, isIgnored, parseDockerignore, patternMatchers } from '../../../src/core/diagnostics/dockerfile/dockerignore';
import { seededRandom } from '../../../bench/generate';

const ignored = (dockerignore: string, path: string) => isIgnored(parseDockerignore(dockerignore), path);

describe('dockerignore matcher', () => {
  it('reads patterns: comments, blanks, trimming, cleaning, leading slash', () => {
    const p = parseDockerignore('\uFEFF# comment\n\n  node_modules  \n/build/\n./dist//x/../y\n!  keep.txt\n  # not a comment\n');
    assert.deepStrictEqual(p.map(x => [x.text, x.exception]), [
      ['node_modules', false], ['build', false], ['dist/y', false], ['keep.txt', true], ['# not a comment', false],
    ]);
  });

  it('cleans paths like Go', () => {
    assert.strictEqual(cleanPath('./a//b/./c/'), 'a/b/c');
    assert.strictEqual(cleanPath('a/../../b'), '../b');
    assert.strictEqual(cleanPath('/a/../..'), '/');
    assert.strictEqual(cleanPath(''), '.');
  });

  it('matches exact names, and everything inside an ignored folder', () => {
    assert.ok(ignored('node_modules', 'node_modules'));
    assert.ok(ignored('node_modules', 'node_modules/x/y.js'));
    assert.ok(!ignored('node_modules', 'src/node_modules'), 'a pattern is anchored at the context root');
    assert.ok(ignored('/build', './build/out.bin'));
  });

  it('* and ? stay inside one folder level', () => {
    assert.ok(ignored('*.md', 'README.md'));
    assert.ok(!ignored('*.md', 'docs/README.md'));
    assert.ok(ignored('*/tmp/*', 'src/tmp/a.txt'));
    assert.ok(!ignored('*/tmp/*', 'tmp/a.txt'));
    assert.ok(ignored('file?.txt', 'file1.txt'));
    assert.ok(!ignored('file?.txt', 'file10.txt'));
  });

  it('** matches any number of folders, none included', () => {
    assert.ok(ignored('**/*.go', 'main.go'));
    assert.ok(ignored('**/*.go', 'a/b/c.go'));
    assert.ok(ignored('a/**/b', 'a/b'));
    assert.ok(ignored('a/**/b', 'a/x/y/b'));
    assert.ok(ignored('**', 'anything/at/all'));
    assert.ok(ignored('dist**', 'dist-old/x'));
    assert.ok(ignored('**.log', 'logs/app.log'), 'a leading ** glued to a name matches by suffix');
  });

  it('character classes and escapes', () => {
    assert.ok(ignored('[abc].txt', 'b.txt'));
    assert.ok(!ignored('[^abc].txt', 'b.txt'));
    assert.ok(ignored('[a-c]?.txt', 'c9.txt'));
    assert.ok(ignored('\\*.txt', '*.txt'));
    assert.ok(!ignored('\\*.txt', 'a.txt'));
    assert.deepStrictEqual(parseDockerignore('[a\n[]\n'), [], 'malformed classes are dropped, as Docker rejects them');
  });

  it('! re-includes, and the last matching pattern wins', () => {
    assert.ok(!ignored('*.md\n!README.md', 'README.md'));
    assert.ok(ignored('*.md\n!README.md', 'CHANGES.md'));
    assert.ok(ignored('!README.md\n*.md', 'README.md'), 'an exception before the pattern does not help');
    assert.ok(!ignored('**\n!Dockerfile', 'Dockerfile'));
    assert.ok(!ignored('docs\n!docs/keep', 'docs/keep/a.txt'));
    assert.ok(ignored('docs\n!docs/keep', 'docs/other.txt'));
    assert.ok(ignored('docs\n!docs/keep\ndocs/keep/secret', 'docs/keep/secret'));
  });

  it('regex characters are literal', () => {
    assert.ok(ignored('a+b(1).txt', 'a+b(1).txt'));
    assert.ok(!ignored('a.txt', 'abtxt'));
  });
  it('runs a pattern of many wildcards as an automaton that answers as the regular expression does', () => {
    const next = seededRandom(12);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
    const pieces = ['a', 'b', '/', '*', '*', '?', '**', '**/', '[ab]', '[^a]', '\\*', '.', 'ab/'];
    let matched = 0, compared = 0;
    for (let round = 0; round < 3000; round++) {
      const pattern = Array.from({ length: 1 + Math.floor(next() * 7) }, () => pick(pieces)).join('');
      const both = patternMatchers(pattern);
      if (!both) continue;
      for (let k = 0; k < 8; k++) {
        const path = Array.from({ length: Math.floor(next() * 9) }, () => pick(['a', 'b', '/', '*', '.', 'c'])).join('');
        const expected: boolean = both.regex.test(path);
        assert.strictEqual(both.automaton.test(path), expected, `${pattern} on ${path}`);
        const parents = [...path].flatMap((c, i) => (c === '/' ? [path.slice(0, i)] : []));
        assert.strictEqual(both.automaton.testWithParents(path), expected || parents.some(d => both.regex.test(d)), `${pattern} on ${path} or a parent`);
        compared++;
        if (expected) matched++;
      }
    }
    assert.ok(matched > compared / 20 && matched < compared / 2, `${matched} of ${compared} paths matched: the cases do not exercise both answers`);
  });

  it('answers a pattern of hundreds of wildcards, or a deep path, at once (a regular expression would backtrack for minutes)', () => {
    // Counted in steps, not timed: the automaton reads each character once per pattern piece.
    const pattern = `${'*a'.repeat(300)}b`;
    assert.strictEqual(patternMatchers(pattern)?.wildcards, 300);
    assert.ok(!ignored(pattern, 'a'.repeat(5000)));
    assert.ok(ignored(pattern, `${'a'.repeat(5000)}b`));
    // Two wildcards on a deep path, with each parent folder tried too: one read of the path in all.
    assert.ok(!ignored('**/a/**/b', `${'a/'.repeat(8000)}c`));
    assert.ok(ignored('**/a/**/b', `${'a/'.repeat(8000)}b/c`));
  });
});
