// SPDX-License-Identifier: MIT
// Issue 29: one huge instruction (a heredoc that never closes, a RUN of thousands of continuation lines)
// is worked out once per parse. dockerfile-ast recomputes an instruction's arguments and here-documents
// on every call, mapping each character to a position: a second hover inside a 1.9 MB heredoc took
// seconds. The counters show the second hover reads nothing again; the answers stay those of a fresh parse.
import * as assert from 'assert';
import { explainDockerfile } from '../../../src/core/index';
import { argumentTokenizations } from '../../../src/core/dockerfile/locate';
import { argumentReadCount } from '../../../src/core/dockerfile/words';
import { forgetSkeletons } from '../../../src/core/dockerfile/skeleton';
import { argumentSplitCount, parseDockerfile } from '../../../src/core/dockerfile/parse';
import { dockerfileModel, dockerfileParseCount } from '../../../src/core/dockerfile/model';
import { SET_E } from '../../../src/core/dockerfile/heredocHover';
import { seededRandom } from '../../../bench/generate';

/** A text no cache has seen: the marker line makes it unique. */
let fresh = 0;
const unique = (text: string) => `# ${fresh++}\n${text}`;

describe('huge instructions are worked out once per parse', () => {
  beforeEach(() => forgetSkeletons());

  it('a second hover inside a heredoc that never closes does not split the instruction again', () => {
    const text = unique('FROM alpine\nRUN <<EOF cat > /out\n' + 'echo hi\n'.repeat(20000));
    const inBody = { line: 1000, character: 2 }; // `echo` inside the body
    const onMarker = { line: 2, character: 5 }; // `<<EOF`
    const places = [onMarker, inBody, { line: 2, character: 11 }]; // and `cat`, the interpreter word
    const first = places.map(p => explainDockerfile(text, p));
    assert.match(first[0]?.markdown ?? '', /here-document/, 'the marker is explained');
    assert.match(first[2]?.markdown ?? '', /interpreter/, 'the interpreter is explained');
    const before = argumentTokenizations();
    const again = places.map(p => explainDockerfile(text, p));
    assert.strictEqual(argumentTokenizations(), before, 'no instruction was split into arguments again');
    assert.deepStrictEqual(again, first);
  });

  it("the head of an instruction whose here-document is most of a large file is explained with the body off the lines, as the whole parse explains it", function () {
    this.timeout(180_000);
    const heads = [
      'RUN <<EOF', 'RUN <<-EOF', 'RUN <<"EOF"', "RUN <<'END'", 'RUN <<EOF cat > /out', 'RUN <<EOF python3', 'RUN --mount=type=cache,target=/root/.cache <<EOF',
      'RUN \\\n  <<EOF', 'COPY <<EOF /app/run.sh', "COPY <<'EOF' /etc/app.conf", 'ADD <<EOF /x', 'RUN <<EOF2',
    ];
    const bodies = [
      (n: number) => 'echo hi\n'.repeat(n),
      (n: number) => 'set -eux\n' + 'echo hi\n'.repeat(n),
      (n: number) => '#!/usr/bin/env python3\n' + 'print(1)\n'.repeat(n),
      (n: number) => '#!/bin/bash\n' + 'echo hi\n'.repeat(n) + 'set -e\n',
      (n: number) => '\n\techo tabbed\n'.repeat(n),
      (n: number) => 'echo EOF\n' + ' EOF\n' + 'EOFX\n' + 'echo hi\n'.repeat(n),
      // Found by the review: dockerfile-ast joins a body line that ends in `\` to the next one (these go the whole parse's way).
      (n: number) => 'echo hi\n'.repeat(n) + 'a \\\n',
      (n: number) => '\\\n' + 'echo hi\n'.repeat(n),
      (n: number) => 'echo hi\n'.repeat(n) + '\\  \n',
      (n: number) => '\\\n#!/usr/bin/env python3\n' + 'print(1)\n'.repeat(n),
    ];
    const shells = ['', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\n', 'SHELL ["pwsh", "-Command"]\n'];
    let compared = 0, offTheLines = 0;
    heads.forEach((head, h) => bodies.forEach((body, b) => {
      const name = /<<-?["']?(\w+)/.exec(head)![1];
      // Never closed; closed, then an instruction; and, for `<<-`, which strips tabs, closed by a tabbed line.
      for (const ending of ['', `${name}\nCMD ["sh"]\n`, ...(head.includes('<<-') ? [`\t${name}\nCMD x\n`] : [])]) {
        const shell = shells[(h + b) % shells.length];
        const text = unique(`FROM alpine AS base\n${shell}${head}\n${body(9000)}${ending}`);
        const lines = text.split('\n');
        const headLines = lines.map((l, i) => (/^(RUN|COPY|ADD)|^ {2}<</.test(l) ? i : -1)).filter(i => i >= 0);
        // Every place of the head before any whole parse: the marker, the keyword, flags, words after the marker.
        const places = headLines.flatMap(line => Array.from({ length: lines[line].length + 1 }, (_, character) => ({ line, character })));
        const parsesBefore = dockerfileParseCount();
        const fast = places.map(p => explainDockerfile(text, p));
        if (dockerfileParseCount() === parsesBefore) offTheLines++;
        dockerfileModel(text);
        places.forEach((p, i) => assert.deepStrictEqual(fast[i], explainDockerfile(text, p), `differs at ${p.line + 1}:${p.character + 1} of ${JSON.stringify(text.slice(0, 160))}…${JSON.stringify(text.slice(-40))}`));
        compared += places.length;
      }
    }));
    assert.ok(compared > 3000, `${compared} hovers compared`);
    console.log(`      ${compared} hovers compared; ${offTheLines} heads explained with no whole parse`);
    assert.ok(offTheLines >= 150, `only ${offTheLines} of ${(heads.length * 2 + 1) * bodies.length} files had their head explained with no whole parse`);
  });

  it('a body\'s `set -e` is found line by line, as the pattern that read blanks across line ends found it', () => {
    // That pattern read on from every line start through every blank line after it: 16 s for 64,000 blank lines.
    const old = /^\s*set\s+-\w*e/m;
    const random = seededRandom(64);
    const parts = ['set', ' ', '\t', '\n', '\r', '\u2028', '-e', '-eux', '-x', 'e', 'echo', '\u00a0', 'set -e'];
    for (let i = 0; i < 20000; i++) {
      const body = Array.from({ length: 1 + Math.floor(random() * 10) }, () => parts[Math.floor(random() * parts.length)]).join('');
      assert.strictEqual(SET_E.test(body), old.test(body), JSON.stringify(body));
    }
    const blank = unique(`FROM alpine\nRUN <<EOF\necho hi\n${' \n'.repeat(64000)}x\n`);
    assert.match(explainDockerfile(blank, { line: 2, character: 5 })?.markdown ?? '', /Start the script with `set -e`/);
  });

  it('hovers on a RUN of 20,000 continuation lines read its arguments once per parse', () => {
    const text = unique('FROM alpine\nRUN echo \\\n' + '  a \\\n'.repeat(20000) + '  end\n');
    const onRun = { line: 2, character: 1 };
    const before = argumentReadCount();
    const first = explainDockerfile(text, onRun);
    assert.match(first?.markdown ?? '', /RUN/);
    // Once for its text, once for the file's variable index; the keyword hover itself splits no words.
    const firstReads = argumentReadCount() - before;
    assert.ok(firstReads >= 1 && firstReads <= 2, `the first hover read the arguments ${firstReads} times`);
    const tokenized = argumentTokenizations();
    assert.deepStrictEqual(explainDockerfile(text, onRun), first);
    explainDockerfile(text, { line: 5000, character: 2 }); // an `a` on a continuation line: nothing to say, nothing split
    assert.strictEqual(argumentReadCount() - before, firstReads, 'the second and third hovers read nothing again');
    assert.strictEqual(argumentTokenizations(), tokenized, 'a RUN without a here-document marker is never split into dockerfile-ast arguments for a hover');
  });

  it('dockerfile-ast splits each instruction into arguments once, even while it parses', () => {
    // Its parser asked about ten times per RUN while building it: 4.4 s of a 4.8 s parse on 200,000 lines.
    const text = unique('FROM alpine\nRUN echo \\\n' + '  a \\\n'.repeat(2000) + '  end\nCMD ["sh"]\n');
    const before = argumentSplitCount();
    const instructions = parseDockerfile(text).getInstructions();
    // RUN and CMD are split once each, though the parser asks for RUN's arguments about ten times and builds
    // it twice, and later readers ask again; FROM is not split until asked, and then afresh each time (parse.ts).
    assert.strictEqual(argumentSplitCount() - before, 2, 'one split per RUN and CMD while parsing');
    assert.strictEqual(instructions.length, 3);
    const args = instructions[1].getArguments();
    const words = args.map(a => a.getValue());
    // What the text was built from: echo, 2,000 times a, end.
    assert.strictEqual(words.length, 2002);
    assert.deepStrictEqual([words[0], words[1], words[2000], words[2001]], ['echo', 'a', 'a', 'end']);
    assert.strictEqual(instructions[1].getArguments()[2001].getRange().start.line, 2003, 'end is on the last line');
    assert.strictEqual(argumentSplitCount() - before, 2, 'asking again splits nothing');
    instructions[0].getArguments();
    const once = argumentSplitCount();
    instructions[0].getArguments();
    assert.ok(argumentSplitCount() > once, 'a FROM is split again for each call');
  });

  it("a FROM's image name and tag are right however often they are asked", () => {
    // From.getImageNameRange moves the end of its argument's range: kept arguments gave "no tag" the second time.
    const from = parseDockerfile(unique('FROM ghcr.io/acme/python:3.12-slim AS base\n')).getInstructions()[0] as unknown as { getImageName(): string; getImageTag(): string | null; getRegistry(): string | null };
    for (let i = 0; i < 3; i++) {
      assert.deepStrictEqual([from.getRegistry(), from.getImageName(), from.getImageTag()], ['ghcr.io', 'acme/python', '3.12-slim']);
    }
  });

  it('flags come off a copy of the kept arguments, so asking twice gives the same answer', () => {
    // ModifiableInstruction.getArguments shifts the flags off the array it gets: kept as is, a second call lost a word.
    const run = parseDockerfile(unique('FROM alpine\nRUN --mount=type=cache,target=/root/.cache --network=none echo hi\n')).getInstructions()[1];
    const values = () => run.getArguments().map(a => a.getValue());
    assert.deepStrictEqual(values(), ['echo', 'hi']);
    assert.deepStrictEqual(values(), ['echo', 'hi']);
    assert.deepStrictEqual((run as unknown as { getFlags(): { getName(): string }[] }).getFlags().map(f => f.getName()), ['mount', 'network']);
  });
});
