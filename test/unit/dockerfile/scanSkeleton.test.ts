// SPDX-License-Identifier: MIT
// Issue 29: the first hover on a large Dockerfile no parse has seen reads a skeleton scanned from its lines
// (skeleton.ts, scanSkeleton). The scan may decline any text; what it gives must be what the whole-file
// parse gives, and so must every hover answered from it. Reads ../shared/corpus when it is there.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { explainDockerfile } from '../../../src/core/index';
import { dockerfileModel, dockerfileParseCount } from '../../../src/core/dockerfile/model';
import { dockerfileSymbols, dockerfileSymbolsOf } from '../../../src/core/dockerfile/navigation';
import { forgetSkeletons, quietAt, scanSkeleton, skeletonCounts, skeletonOfParse } from '../../../src/core/dockerfile/skeleton';
import { generatedDockerfile, seededRandom } from '../../../bench/generate';
import { needOrSkip } from '../../needs';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const corpus = path.resolve(repoRoot, '..', 'shared', 'corpus', 'dockerfile');

/** Texts the scan must read as the parse does, or decline: one per shape it judges. */
const shapes: Record<string, string> = {
  'plain': 'FROM alpine:3.20 AS base\nARG A=1\nENV B=2\nRUN echo hi\nCOPY . /app\nCMD ["sh"]\n',
  'continued, with trailing blanks after the backslash': 'FROM alpine\nRUN apk add \\ \n    curl \\\t\n    git\nCMD sh\n',
  'indented, tabs and comments between': '# a comment\n\n  FROM alpine\n\t# indented comment\n\tRUN echo \\\n  a\n\n\nUSER app\n',
  'a FROM over two lines': 'FROM \\\n  alpine AS x\nRUN echo\n',
  'stages named and referenced': 'FROM node:22 AS build\nRUN npm ci\nFROM nginx\nCOPY --from=build /a /b\nRUN --mount=type=bind,from=build,target=/x true\n',
  'stages named across continuations': 'FROM alpine AS b\nCOPY --f\\\nrom=b / /\nRUN --mount=type=bind,FR\\\nO\\\nM=b true\nRUN --mount=type=bind,fro\\\n  # c\nm=b true\n',
  'a misspelt keyword and a lower-case one': 'FROM alpine\nRUNN echo\nrun echo\ncopy a b\n',
  'no final newline': 'FROM alpine\nRUN echo \\\n  end',
  'directives at the top': '# syntax=docker/dockerfile:1\n# check=skip=JSONArgsRecommended\nFROM alpine\n',
  'only comments': '# nothing\n# here\n',
  'empty': '',
  'a continuation into comments and blank lines': 'FROM alpine\nRUN echo \\\n# note\n\n  \n  a \\\n  # more\n  b\nCMD x\n',
  'a continuation into the end of the file': 'FROM alpine\nRUN echo \\\n# note\n',
  'a line ending in two backslashes': 'FROM alpine\nRUN echo a\\\\\nCMD x\n',
  'an escape directive that names the backslash': '# escape=\\\nFROM alpine\nRUN echo \\\n  a\n',
  'a here-document': 'FROM alpine\nRUN <<EOF\necho hi\n# not a comment\nFROM b\nEOF\nCMD x\n',
  'here-documents, tabbed, quoted and after ONBUILD': 'FROM alpine\nCOPY <<-A <<"B" /x\n\ta\n\tA\nb\n B\nB\nONBUILD RUN <<\'C\'\nC\nCMD x\n',
  'a here-document in a continued RUN': 'FROM alpine\nRUN cat <<EOF > /x && \\\n  echo done\nhello\n EOF\nEOF\nCMD x\n',
  'a here-document that never closes': 'FROM alpine\nRUN <<EOF\necho hi\n',
  'a here-document name in quotes, not one': 'FROM alpine\nRUN echo "<<EOF"\nhi\n',
  'a here-document name in two pairs of quotes': 'FROM alpine\nRUN cat <<"\'x\'"\nbody\nx\nFROM alpine\n\'x\'\nRUN y\n',
  'a here-document name that starts with <, not one': 'FROM alpine\nRUN cat <<-<in.txt\nFROM alpine\nRUN echo hi\nWORKDIR /x\n',
  'here-documents with and without <<-': 'FROM alpine\nRUN <<A <<-B\none\n\tA\ntwo\nA\n\tB\nCMD x\n',
  'a here-document marker split by a continuation': 'FROM alpine\nRUN cat <\\\n<EOF \\\n  x\nEOF\nCMD y\n',
  'here-documents with a body line ending in a backslash': 'FROM alpine\nRUN cat <<A <<B\nx \\\nA\ny\nA\nB\nCMD x\n',
  'a here-document word that holds -- before a flag, not one': 'FROM alpine\nRUN <<EOF-- --x\nUSER app\nEOF\n',
  'a here-document after flags': 'FROM alpine\nRUN --mount=type=cache,target=/x --network=none <<EOF\nUSER app\nEOF\nCMD x\n',
  // Declined: the parse reads these by rules the scan does not copy.
  'a continued line that starts with a backslash and a #': 'FROM alpine \\\n\\#\nRUN echo AS x\n',
  'a continued line of a backslash, a blank and one character': 'FROM alpine \\\n\\ c\nRUN echo AS x\n',
  'a here-document marker escaped within its line': 'FROM alpine\nRUN cat <\\<EOF\nUSER app\nEOF\n',
  'a backslash, a blank and a backslash at the end': 'FROM alpine\nRUN echo a \\ \\\nCMD x\n',
  'a keyword split by a continuation': 'FROM alpine\nRU\\\nN echo\n',
  'an escape directive': '# escape=`\nFROM alpine\nRUN echo `\n  a\n',
  'carriage returns': 'FROM alpine\r\nRUN echo\r\n',
  'a byte-order mark': '\uFEFFFROM alpine\n',
  'a here-document in a JSON array': 'FROM alpine\nRUN ["sh", "<<EOF"]\nEOF\n',
};

const declined = new Set(['a continued line that starts with a backslash and a #', 'a continued line of a backslash, a blank and one character',
  'a here-document marker escaped within its line', 'a backslash, a blank and a backslash at the end', 'a keyword split by a continuation', 'an escape directive', 'carriage returns',
  'a byte-order mark', 'a here-document name in quotes, not one', 'a here-document in a JSON array', 'a here-document name that starts with <, not one']);

/** The scan's skeleton, checked against the parse's when it gives one; true when it gave one. */
function sameAsParse(text: string, where: string): boolean {
  const scanned = scanSkeleton(text);
  if (!scanned) return false;
  const parsed = skeletonOfParse(text);
  assert.ok(parsed, `${where}: the scan gave a skeleton where the parse has none`);
  assert.deepStrictEqual(scanned.spans, parsed.spans, `${where}: the spans differ`);
  assert.deepStrictEqual(scanned.starts, parsed.starts, `${where}: the line starts differ`);
  assert.deepStrictEqual(scanned.lines, parsed.lines, `${where}: the lines differ`);
  return true;
}

/** Pieces a learner types or deletes, chosen for the rules the scan judges: continuations, comments, blanks, here-documents. */
const PIECES = ['\\\n', '\\ \n', '\\\\\n', '\n', '\n\n', '# c\n', '  ', '\t', '<<EOF\n', '<<-EOF ', 'EOF\n', '\tEOF\n', 'RUN <<X\n', '\nX\n',
  'FROM alpine AS b\n', 'RUN a \\\n', 'COPY --from=b / /\n', 'ONBUILD ', 'R', '#', '\\', '"'];

function mutations(text: string, count: number, seed: number): string[] {
  const next = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const at = Math.floor(next() * (text.length + 1));
    return next() < 0.75 ? text.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 8));
  });
}

/**
 * Hovers every character of every line of `tail`, put after 3,000 generated lines (a large text the scan
 * reads), on a version no parse has seen, and compares each answer with the whole parse's. A place
 * quietAt calls quiet must be answered with no parse of any kind. Gives the lines quiet at every place,
 * those quiet at none, and how many places were quiet.
 */
/**
 * 3,000 generated lines: past the 64 KB from which a text no parse has seen is scanned. They end inside a
 * continued RUN, so a line ends it before anything is put after them.
 */
function largeBase(): string {
  return `${generatedDockerfile(3000)}    && true\n`;
}

function everyPositionAsParsed(tail: string): { quiet: string[]; loud: string[]; quietPlaces: number; positions: number } {
  const text = `${largeBase()}${tail}`;
  const lines = text.split('\n');
  const first = lines.length - tail.split('\n').length;
  assert.ok(text.length >= 64 * 1024 && scanSkeleton(text), 'a large text the scan reads');
  const quiet: string[] = [], loud: string[] = [];
  let positions = 0, quietPlaces = 0;
  for (let line = first; line < lines.length; line++) {
    const version = `${text}# version ${line}\n`; // a text no cache has seen
    forgetSkeletons();
    let quietHere = 0;
    const answers = Array.from({ length: lines[line].length + 1 }, (_, character) => {
      const isQuiet = quietAt(version, { line, character });
      const parses = dockerfileParseCount(), parts = skeletonCounts().partialParses;
      const answer = explainDockerfile(version, { line, character });
      if (isQuiet) {
        quietHere++;
        assert.deepStrictEqual([dockerfileParseCount(), skeletonCounts().partialParses], [parses, parts], `${line + 1}:${character + 1} (${lines[line]}) was parsed`);
      }
      return answer;
    });
    if (quietHere === answers.length) quiet.push(lines[line]);
    if (quietHere === 0) loud.push(lines[line]);
    quietPlaces += quietHere;
    forgetSkeletons();
    dockerfileModel(version);
    answers.forEach((answer, character) => {
      positions++;
      assert.deepStrictEqual(answer, explainDockerfile(version, { line, character }), `${line + 1}:${character + 1} (${lines[line]}) differs from the whole parse's`);
    });
  }
  return { quiet, loud, quietPlaces, positions };
}

describe('scanning a Dockerfile\'s instructions from its lines', function () {
  this.timeout(120_000);

  it('reads each shape it judges as the parse does, and declines the others', () => {
    for (const [name, text] of Object.entries(shapes)) {
      const scanned = sameAsParse(text, name);
      assert.strictEqual(scanned, !declined.has(name), `${name}: ${scanned ? 'scanned' : 'declined'}`);
    }
  });

  it('agrees with the parse on the samples, generated files and their mutations', () => {
    const texts = ['backend-flask', 'frontend-react-js'].map(s => fs.readFileSync(path.join(repoRoot, 'samples', s, 'Dockerfile'), 'utf8'));
    texts.push(generatedDockerfile(300), generatedDockerfile(2000));
    let scanned = 0, total = 0;
    texts.forEach((text, i) => {
      assert.ok(sameAsParse(text, `text ${i + 1}`), `text ${i + 1} is plain enough to scan`);
      mutations(text, 150, 29 + i).forEach((m, k) => { total++; if (sameAsParse(m, `text ${i + 1}, mutation ${k + 1}`)) scanned++; });
    });
    assert.ok(scanned > total / 3, `only ${scanned} of ${total} mutations were scanned`);
  });

  it('agrees with the parse on every corpus Dockerfile and mutations of each', function () {
    needOrSkip(this, 'the scan against the corpus', fs.existsSync(corpus) ? undefined : `${corpus} is absent`);
    const files = fs.readdirSync(corpus).filter(f => fs.statSync(path.join(corpus, f)).isFile()).sort();
    assert.ok(files.length > 20, `${files.length} corpus files`);
    let scannedFiles = 0, scanned = 0, total = 0;
    files.forEach((f, i) => {
      const text = fs.readFileSync(path.join(corpus, f), 'utf8');
      if (sameAsParse(text, f)) scannedFiles++;
      mutations(text, 20, 1000 + i).forEach((m, k) => { total++; if (sameAsParse(m, `${f}, mutation ${k + 1}`)) scanned++; });
    });
    // Declined files are those with CRLF line ends, another escape character, or quotes beside a here-document.
    assert.ok(scannedFiles > files.length / 2, `only ${scannedFiles} of ${files.length} corpus files were scanned`);
    assert.ok(scanned > total / 3, `only ${scanned} of ${total} mutations were scanned`);
  });

  it('answers the first hovers on a large file no parse has seen without parsing it whole, as the whole parse would', () => {
    // 3,000 generated lines: past the 64 KB from which a text no parse has seen is scanned.
    const text = generatedDockerfile(3000);
    assert.ok(text.length >= 64 * 1024, `${text.length} characters`);
    const lines = text.split('\n');
    const next = seededRandom(7);
    let compared = 0, quietHovers = 0;
    for (let k = 0; k < 40; k++) {
      const version = `${text}# version ${k}\n`; // a text no cache has seen
      // On a random line, its first word (a keyword) every other time, else the start of a random word:
      // flags, variables, stage names, values.
      const line = Math.floor(next() * (lines.length - 1));
      const words = [...lines[line].matchAll(/\S+/g)].map(m => m.index);
      const position = { line, character: words.length ? words[k % 2 === 0 ? 0 : Math.floor(next() * words.length)] : 0 };
      forgetSkeletons();
      const wholeBefore = dockerfileParseCount(), partsBefore = skeletonCounts().partialParses;
      const first = explainDockerfile(version, position);
      assert.strictEqual(dockerfileParseCount(), wholeBefore, `hover ${k + 1} parsed the file whole`);
      // A line with nothing to explain (a continued RUN's, past its flags) is told so with no parse at all.
      if (quietAt(version, position)) quietHovers++;
      else assert.ok(skeletonCounts().partialParses > partsBefore, `hover ${k + 1} parsed no part`);
      forgetSkeletons();
      dockerfileModel(version);
      assert.deepStrictEqual(first, explainDockerfile(version, position), `hover ${k + 1} at ${line + 1}:${position.character + 1} differs from the whole parse's`);
      if (first) compared++;
    }
    assert.ok(compared > 25, `only ${compared} of 40 hovers said anything`);
    assert.ok(quietHovers < 15, `${quietHovers} of 40 hovers were on quiet lines: too few parsed a part to test that`);
  });

  it('says nothing on a here-document line with no `$`, with no parse at all, as the whole parse would', () => {
    // Bodies that look like instructions, flags, stage names, ports and variables, in RUN, COPY and ONBUILD
    // RUN here-documents, then every here-document shape the scan reads.
    const bodies = [
      'FROM alpine AS base\nARG V=1\nRUN <<EOF\napt-get install -y curl --no-install-recommends\necho $V ${HOME} base\nFROM x\nEXPOSE 80\nARG W\nUSER root\n--mount=type=cache,target=/x\n\n# a comment\nEOF\n',
      'COPY <<EOF /etc/x\nhello $V\nWORKDIR /app\nbase\nEOF\nONBUILD RUN <<A <<-B\nLABEL a=b\nA\n\tENV C=d\n\tB\nCMD x\n',
      'RUN cat <<EOF\n# syntax=docker/dockerfile:1\n  # check=error=true\nEOF\n',
    ];
    const read = Object.keys(shapes).filter(name => !declined.has(name) && /here-document/.test(name)).sort((a, b) => Number(a.includes('never closes')) - Number(b.includes('never closes')));
    const { quiet, positions } = everyPositionAsParsed([...bodies, ...read.map(name => shapes[name])].join('\n'));
    assert.ok(quiet.length >= 15, `only ${quiet.length} lines were found quiet`);
    assert.ok(positions > 400, `${positions} positions compared`);
    // A here-document that never closes, over 40,000 lines: a hover deep inside it reads its lines alone.
    const open = `FROM alpine\nRUN <<EOF\n${Array.from({ length: 40000 }, (_, i) => `echo line ${i}`).join('\n')}\n`;
    forgetSkeletons();
    const parses = dockerfileParseCount(), parts = skeletonCounts().partialParses;
    assert.strictEqual(explainDockerfile(open, { line: 30000, character: 2 }), undefined);
    assert.deepStrictEqual([dockerfileParseCount(), skeletonCounts().partialParses], [parses, parts], 'the never-closed here-document was parsed');
    assert.strictEqual(quietAt(open, { line: 1, character: 6 }), false, 'the marker\'s line is not quiet');
  });

  it('says nothing in a RUN past its flags on a line with no `$`, with no parse at all, as the whole parse would', () => {
    // RUNs on one line and continued, whose words look like flags, stage names, ports, keywords and
    // here-documents, and the shapes where a word runs across the join: a flag or a variable split by `\`,
    // a flag's quoted value over several lines, a here-document marker split in two.
    const bodies = [
      'FROM alpine AS build\nARG V=1\nRUN apt-get update \\\n    && apt-get install -y --no-install-recommends \\\n       curl git build \\\n    && rm -rf /var/lib/apt/lists/*\n',
      'RUN --mount=type=cache,target=/root/.cache \\\n    --network=none \\\n    pip install x \\\n    --no-cache-dir y FROM 80\n',
      'RUN \\\n  --network=host \\\n  \\\n  true \\\n  --mount=from=build,target=/x done\n',
      'RUN --mou\\\nnt=type=cache,target=/x \\\n  echo hi\n',
      'RUN --mount="type=bind, \\\nsource=a \\\ntarget=/b" \\\n  echo tail\n',
      "RUN --mount=type=secret,id='a b' \\\n  echo x \\\n  y\n",
      'RUN echo $\\\nV \\\n  done \\\n  ${V} \\\n  $V and more\n',
      'RUN echo a \\\n# a comment --network=none $V\n\n  b \\\n  # another\n  c\n',
      'RUN echo ab\\\ncd \\\n e\\\n f\n',
      'RUN cat <\\\n<EOF \\\n  x\nEOF\n',
      'RUN cat \\\n  <<EOF \\\n  y\nbody\nEOF\n',
      'RUN ["sh", \\\n  "-c", \\\n  "echo hi"]\n',
      'ONBUILD RUN echo \\\n  build \\\n  x\n',
      'run echo \\\n\tbuild\t\\\n\tEXPOSE 80\n',
      'RUN \\\n  echo only\nCMD x\n',
      'RUN --mount=target=. \\\n  --mount=target=/root/.cache,type=cache go build \\\n  -o /out/x\n',
      'RUN --mount=type=cache,target=/x --network=none apt-get install -y --no-install-recommends build FROM 80',
      'RUN\tapk add curl\t--no-cache',
      'RUN ["echo", "build", "--network=none"]',
      'RUN echo ${V:-a b} c',
      'RUN cat <<EOF > /x\nbody\nEOF',
      'RUN cat \\\n  a',
      'RUN --mount="type=bind,source=a b" echo c',
      'run --network=host echo lower',
      'RUN echo hi \\\n  # syntax=docker/dockerfile:1\n  # check=error=true\n  && echo there',
    ];
    const { quiet, loud, quietPlaces, positions } = everyPositionAsParsed(bodies.join('\n'));
    for (const line of ['       curl git build \\', '    --no-cache-dir y FROM 80', '  echo hi', '  done \\', '  c', '\tEXPOSE 80', '  echo only', '  "-c", \\'])
      assert.ok(quiet.includes(line), `${JSON.stringify(line)} is quiet`);
    // On a RUN's first line, the places from its command on.
    assert.ok(!quiet.includes('RUN\tapk add curl\t--no-cache') && !loud.includes('RUN\tapk add curl\t--no-cache'), 'a one-line RUN is quiet from its command on');
    for (const line of ['RUN echo ${V:-a b} c', 'RUN cat <<EOF > /x', 'RUN cat \\', 'RUN --mount="type=bind,source=a b" echo c'])
      assert.ok(loud.includes(line), `${JSON.stringify(line)} is quiet nowhere`);
    for (const line of ['    --network=none \\', 'nt=type=cache,target=/x \\', 'source=a \\', '  echo tail', 'V \\', 'cd \\', '  build \\', '  y'])
      assert.ok(loud.includes(line), `${JSON.stringify(line)} is quiet nowhere`);
    assert.ok(quiet.length >= 15, `only ${quiet.length} lines were found quiet`);
    assert.ok(quietPlaces > 400, `only ${quietPlaces} places were found quiet`);
    assert.ok(positions > 600, `${positions} positions compared`);
    // A here-document marker whose body would start after the end of the file (so the instruction ends at
    // its head): the words before it, and a word after it on the next line.
    for (const tail of ['RUN <<EOF \\\n  bash', 'RUN cat x \\\n  <<EOF', 'RUN bash \\\n  <<EOF bash']) {
      const unended = `${largeBase()}${tail}`;
      const last = unended.split('\n').length - 1;
      const places = [...Array.from({ length: 10 }, (_, character) => ({ line: last - 1, character })), { line: last, character: 3 }];
      forgetSkeletons();
      assert.ok(scanSkeleton(unended), 'a large text the scan reads');
      const beforeParse = places.map(p => explainDockerfile(unended, p));
      forgetSkeletons();
      dockerfileModel(unended);
      assert.deepStrictEqual(beforeParse, places.map(p => explainDockerfile(unended, p)), tail);
    }
    // A RUN continued over 200,000 lines: a hover deep inside it reads its lines alone.
    const long = `FROM alpine\nRUN --mount=type=cache,target=/x \\\n${Array.from({ length: 200000 }, (_, i) => `    && echo line ${i} \\`).join('\n')}\n    && true\n`;
    forgetSkeletons();
    const parses = dockerfileParseCount(), parts = skeletonCounts().partialParses;
    assert.strictEqual(explainDockerfile(long, { line: 150000, character: 12 }), undefined);
    assert.strictEqual(explainDockerfile(long, { line: 150001, character: 12 }), undefined);
    assert.deepStrictEqual([dockerfileParseCount(), skeletonCounts().partialParses], [parses, parts], 'the long RUN was parsed');
    assert.strictEqual(quietAt(long, { line: 1, character: 2 }), false, 'the RUN keyword is not quiet');
    // One RUN line of 1.9 MB: a hover on its command reads its line alone.
    const wide = `FROM alpine\nRUN --network=none echo ${'a'.repeat(1_900_000)}\n`;
    forgetSkeletons();
    assert.strictEqual(explainDockerfile(wide, { line: 1, character: 20 }), undefined);
    assert.strictEqual(explainDockerfile(wide, { line: 1, character: 1_000_000 }), undefined);
    assert.deepStrictEqual([dockerfileParseCount(), skeletonCounts().partialParses], [parses, parts], 'the wide RUN was parsed');
    assert.strictEqual(quietAt(wide, { line: 1, character: 6 }), false, 'its flag is not quiet');
  });

  it('gives the outline of a large file no parse has seen without parsing it whole, as the whole parse would', () => {
    // Here-documents, continuations into comments, stages by name and number: every shape the scan reads,
    // but a FROM over two lines, whose stage the quick outline leaves to the whole parse; last, the
    // here-document that never closes, which runs to the end of the file.
    const read = Object.keys(shapes).filter(name => !declined.has(name) && name !== 'a FROM over two lines').sort((a, b) => Number(a.includes('never closes')) - Number(b.includes('never closes')));
    const text = `${largeBase()}${read.map(name => shapes[name]).join('\n')}`;
    assert.ok(text.length >= 64 * 1024 && scanSkeleton(text), 'a large text the scan reads');
    forgetSkeletons();
    const before = dockerfileParseCount();
    const quick = dockerfileSymbols(text);
    assert.strictEqual(dockerfileParseCount(), before, 'the outline parsed the file whole');
    forgetSkeletons();
    assert.deepStrictEqual(quick, dockerfileSymbolsOf(dockerfileModel(text)));
    assert.ok(quick.length > 50, `${quick.length} symbols`);
  });
});
