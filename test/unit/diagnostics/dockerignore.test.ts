// SPDX-License-Identifier: MIT
// The .dockerignore matcher behind CopyIgnoredFile, against Docker's rules (moby/patternmatcher and
// its ignorefile reader): Go filepath.Match patterns, `**`, `!` exceptions, last match wins.
import * as assert from 'assert';
import { cleanPath, isIgnored, parseDockerignore } from '../../../src/core/diagnostics/dockerfile/dockerignore';

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
});
