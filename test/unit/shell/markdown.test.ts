// SPDX-License-Identifier: MIT
import * as assert from 'assert';
import fc from 'fast-check';
import { explainShell, indexNotes, range } from '../../../src/core/index';
import { markdownFenceScanCount } from '../../../src/core/shell/markdownFences';
import { simpleCommands } from '../../../src/core/shell/words';
import { joinLines, positionOf } from '../helpers';

const md = (text: string, needle: string, offset = 0, nth = 0) =>
  explainShell(text, positionOf(text, needle, offset, nth), { markdown: true })?.markdown;

describe('explainShell: markdown', () => {
  const readme = joinLines(
    '# Run it',                               // 0
    'Type docker run --rm api in a terminal.', // 1: prose, not a block
    '```sh',                                   // 2
    'docker build -t api .',                   // 3
    '```',                                     // 4
    '```console',                              // 5
    '$ docker run --rm -it \\',                // 6
    '>   -p 8080:80 api',                       // 7
    'docker ps output is not a command',       // 8
    '$ docker ps -a',                          // 9
    '```',                                     // 10
    '```python',                               // 11
    'os.system("docker run --rm api")',        // 12
    '```',                                     // 13
    '~~~bash title="x"',                       // 14
    '$ sudo docker images',                    // 15
    '~~~',                                     // 16
    '```shell',                                // 17
    'docker compose up -d',                    // 18
  );

  it('explains commands in sh, bash, shell and console blocks, even an unclosed one', () => {
    assert.match(md(readme, 'build', 1)!, /^`docker build`/);
    assert.match(md(readme, '--rm', 1, 1)!, /Deletes the container/);
    assert.match(md(readme, '-a', 1)!, /stopped ones too/);
    assert.match(md(readme, 'images', 1)!, /^`docker images`/);
    assert.match(md(readme, 'up', 1, 0)!, /^`docker compose up`/);
  });

  it('reads past the `$ ` prompt and the `> ` continuation prompt', () => {
    const hover = explainShell(readme, { line: 7, character: 6 }, { markdown: true });
    assert.match(hover!.markdown, /Port `8080` on your machine/);
    assert.deepStrictEqual(hover!.range, range(7, 4, 7, 14));
    assert.strictEqual(explainShell(readme, { line: 6, character: 0 }, { markdown: true }), undefined); // on the `$`
  });

  it('ignores prose, other languages and console output lines', () => {
    assert.strictEqual(md(readme, 'run', 1, 0), undefined);
    assert.strictEqual(md(readme, 'ps output', 1), undefined);
    assert.strictEqual(md(readme, '--rm', 1, 2), undefined);
    assert.strictEqual(explainShell(readme, { line: 2, character: 4 }, { markdown: true }), undefined); // the fence itself
  });

  it('without the markdown option, reads the text as a script', () => {
    assert.match(explainShell(readme, { line: 3, character: 8 })!.markdown, /^`docker build`/);
    assert.strictEqual(explainShell(readme, { line: 12, character: 2 }), undefined); // `os.system(...` is no docker command
  });

  it('scans the fences once per text, not once per hover', () => {
    const big = joinLines(...Array.from({ length: 5000 }, (_, i) => `## Part ${i}\n\n\`\`\`sh\ndocker run --rm api${i}\n\`\`\``));
    const before = markdownFenceScanCount();
    for (let i = 0; i < 50; i++) assert.match(md(big, `api${i * 97}`, 1)!, /image/);
    assert.strictEqual(markdownFenceScanCount() - before, 1);
  });

  it('quotes the learner\'s notes about the flag', () => {
    const notes = indexNotes([{ path: '/home/me/notes/week1.md', text: joinLines('## docker run flags', '', '- `-p 4567:4567` is host:container.', '- `--rm` throws the container away.') }]);
    const hover = explainShell('docker run -p 80:80 api', { line: 0, character: 12 }, { notes })!;
    // The bullet about -p itself, right after "In this line" (the heading alone would say nothing).
    assert.match(hover.markdown, /\*\*In this line\*\*\n\n[^\n]*\n\n\*\*From your notes\*\*\n\n> `-p 4567:4567` is host:container\. — \[week1\.md:3\]\(file:\/\/\/home\/me\/notes\/week1\.md#L3\)/);
    assert.doesNotMatch(hover.markdown, /throws the container away/);
  });
});

describe('shell words', () => {
  it('removes quotes and escapes, keeps $(...) and ${...} whole, and splits at operators', () => {
    const [first, second] = simpleCommands(`docker run -e "A=b c" -e 'X=$Y' --name "$(whoami)-\${TAG:-x}" a\\ b;ls`);
    assert.deepStrictEqual(first.map(w => w.value), ['docker', 'run', '-e', 'A=b c', '-e', 'X=$Y', '--name', '$(whoami)-${TAG:-x}', 'a b']);
    assert.deepStrictEqual(second.map(w => w.value), ['ls']);
  });

  it('keeps offsets of the words as written', () => {
    const text = 'docker  run "x y"';
    const [words] = simpleCommands(text);
    assert.deepStrictEqual(words.map(w => [w.start, w.end, w.raw]), [[0, 6, 'docker'], [8, 11, 'run'], [12, 17, '"x y"']]);
  });

  it('never throws, whatever the text and position', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('d', 'o', 'c', 'k', 'e', 'r', ' ', '-', 'p', '\\', '\n', '\r', '"', '\'', '$', '(', ')', '`', '#', '|', '&', ';', '>', '~', ':', '8', 'i', 't') }), fc.nat(40), fc.nat(80), fc.boolean(), (text, line, character, markdown) => {
      explainShell(`docker run ${text}`, { line: line % 4, character }, { markdown });
      explainShell(text, { line, character }, { markdown });
    }), { numRuns: 400 });
  });
});
