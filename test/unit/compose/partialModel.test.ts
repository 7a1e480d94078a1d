// SPDX-License-Identifier: MIT
// A hover inside one service of a large file parses only that part. It must say exactly what a hover
// on the whole-file parse says, line numbers included.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { composeActions } from '../../../src/core/actions/composeActions';
import { composeModel, composeParseCount } from '../../../src/core/compose/composeDocument';
import { explainCompose, linesOnlyHoverCount } from '../../../src/core/compose/hover';
import { composeOutline } from '../../../src/core/compose/outline';
import { isPlainBlock, scalarOfLine } from '../../../src/core/compose/simpleBlock';
import { indexNotes } from '../../../src/core/notes/notes';
import { blockCheckCount, partialParseCount } from '../../../src/core/compose/partialModel';
import { parseCompose } from '../../../src/core/compose/composeDocument';
import { LARGE_TEXT_CHARS } from '../../../src/core/largeFile';
import { generatedCompose, seededRandom } from '../../../bench/generate';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const corpus = path.resolve(repoRoot, '..', 'shared', 'corpus', 'compose');

type Pos = { line: number; character: number };

/** Two positions per line: on its first word, and just inside whatever follows `: ` or `- `. */
function positions(text: string): Pos[] {
  const out: Pos[] = [];
  text.split('\n').forEach((l, line) => {
    const first = l.search(/\S/);
    if (first < 0) return;
    out.push({ line, character: first + 1 });
    const value = l.search(/(: |- )\S/);
    if (value > first) out.push({ line, character: value + 3 });
  });
  return out;
}

/**
 * A comment line that makes a case a large text, where a first hover trusts the line scan's plain blocks
 * instead of making one whole parse (LARGE_TEXT_CHARS). `yaml` reads it in well under a millisecond.
 */
const LARGE_PAD = `# ${'x'.repeat(LARGE_TEXT_CHARS)}\n`;

/** Hovers every position first through partial parses, then through the whole-file parse, and compares. */
let freshTexts = 0;

function compare(text: string): { partial: number; compared: number } {
  // A fresh text, so no whole-file parse of it is cached yet: the first pass really goes partial. A counter,
  // not a random number, so a failure reproduces byte for byte.
  const fresh = `${text}\n# partialModel.test fresh text ${++freshTexts}\n`;
  // A hover on the `services:` line parses the whole file, which later hovers then reuse: so it goes last.
  const outline = composeOutline(fresh);
  const order = (p: Pos) => (!outline ? 0 : p.line === outline.servicesLine ? 1 : 0);
  const at = positions(fresh).sort((a, b) => order(a) - order(b));
  const partialsBefore = partialParseCount();
  const wholeBefore = composeParseCount();
  const viaPartial = at.map(p => explainCompose(fresh, p, { partialFrom: 0, checkBlocksUpTo: Infinity, partsPerVersion: Infinity }));
  const partial = partialParseCount() - partialsBefore;
  const wholeDuringPartial = composeParseCount() - wholeBefore;
  const viaWhole = at.map(p => explainCompose(fresh, p, { partialFrom: Infinity }));
  at.forEach((p, i) => assert.deepStrictEqual(viaPartial[i], viaWhole[i], `differs at ${p.line + 1}:${p.character + 1}: ${fresh.split('\n')[p.line]}`));
  // Only a hover on the `services:` line itself parses the whole file, once.
  assert.ok(wholeDuringPartial <= 1, `${wholeDuringPartial} whole-file parses during the partial pass`);
  return { partial, compared: at.length };
}

describe('compose: partial parsing of large files', function () {
  // Thousands of hovers, each compared against the whole-file parse: seconds, not milliseconds.
  this.timeout(120_000);
  it('outlines a plain file and gives up on anchors, tabs and flow style', () => {
    const text = generatedCompose(3);
    const outline = composeOutline(text)!;
    assert.deepStrictEqual(outline.services.map(s => s.name), ['svc0', 'svc1', 'svc2']);
    assert.strictEqual(outline.lines[outline.servicesLine], 'services:');
    assert.strictEqual(composeOutline('x-common: &c\n  image: a\nservices:\n  web:\n    <<: *c\n'), undefined);
    assert.strictEqual(composeOutline('services:\n\tweb:\n'), undefined);
    assert.strictEqual(composeOutline('{services: {web: {image: a}}}\n'), undefined);
    assert.ok(composeOutline('services:\n  web:\n    command: sh -c "a && b"\n'), '&& in a command is not an anchor');
  });

  it('answers exactly as the whole-file parse on a generated 300-service file', () => {
    const { partial, compared } = compare(generatedCompose(300));
    assert.ok(partial > 250, `only ${partial} partial parses`);
    assert.ok(compared > 5000);
  });

  it('answers exactly as the whole-file parse on every corpus file', function () {
    if (!fs.existsSync(corpus)) {
      console.log(`      corpus not found at ${corpus}; skipping`);
      this.skip();
    }
    let partial = 0, compared = 0;
    for (const f of fs.readdirSync(corpus).filter(n => /\.ya?ml$/.test(n))) {
      const r = compare(fs.readFileSync(path.join(corpus, f), 'utf8'));
      partial += r.partial;
      compared += r.compared;
    }
    console.log(`      ${compared} hovers compared, ${partial} partial parses`);
    assert.ok(partial > 100);
  });

  it('after an edit, parses a small part of a 5,000-service file for a hover inside a service', () => {
    const base = generatedCompose(5000) + '# fresh\n';
    const line = base.split('\n').findIndex(l => l === '  svc2501:');
    explainCompose(base, { line: line + 3, character: 10 }); // the version before the edit: parsed whole, once
    const text = base.replace('"12501:80"', '"12501:80" ');
    const before = composeParseCount();
    const hover = explainCompose(text, { line: line + 3, character: 10 }); // inside svc2501's ports value
    assert.strictEqual(composeParseCount(), before, 'the whole file was parsed');
    assert.match(hover!.markdown, /host port `12501`/);
    assert.strictEqual(hover!.range.start.line, line + 3);
  });

  it('answers exactly as the whole-file parse at every character of plain blocks, with notes on the values', () => {
    const notes = indexNotes([{ path: 'notes.md', text: '- unless-stopped brings the container back unless I stopped it\n- always: restart whatever happened\n- on-failure only after a crash\n- environment variables show up in docker inspect\n- a bridge network is private to the host\n- yes and no are booleans in old YAML\n' }]);
    const edges = [
      'services:', '  web:', '    restart: unless-stopped   ', '    pull_policy: "always"', "    stop_signal: 'SIGTERM'", '    init: yes', '    tty: true',
      '    mem_limit: 512m', '    cpus: 0.5', '    domainname: ~', '    hostname: null', '    platform: linux/amd64 ', '    network_mode: service:db',
      '    user: "1000:1000"', '    environment:', '      FLAG: yes', '      EMPTY: ""', '      NONE:', '      PORT: 8080', '      URL: ${URL:-http://x}',
      '    labels:', '      a.b: "x y"', '      c: ', '    logging:', '      driver: json-file', '      options:', '        max-size: 10m', '    unknown_key: 3',
      '  db:', '    image: postgres', '    restart: "no"', '  api:', '    network_mode: host', '    ports:', '      - "8080:80"', '    pid: service:db', '    ipc: shareable', '',
    ].join('\n');
    let compared = 0;
    const before = linesOnlyHoverCount();
    for (const text of [edges, generatedCompose(12), fs.readFileSync(path.join(repoRoot, 'samples', 'docker-compose.yml'), 'utf8')]) {
      const fresh = `${text}\n# every character ${++freshTexts}\n`;
      const lines = fresh.split('\n');
      // The version before: its whole parse makes the outline's base, so the hovers below take the lines' path.
      explainCompose(`${fresh}#\n`, { line: 0, character: 0 });
      // A hover outside the services parses the whole file, which later hovers would reuse: those go last.
      const services = composeOutline(fresh)!;
      const order = (line: number) => (line > services.servicesLine && line < services.servicesEnd ? 0 : 1);
      const at = lines.map((l, line) => ({ l, line })).sort((a, b) => order(a.line) - order(b.line));
      const places = at.flatMap(({ l, line }) => Array.from({ length: l.length + 1 }, (_, character) => ({ line, character })));
      // Every hover through the lines and parts first: a whole parse of this text would answer every later one.
      const viaLines = places.map(p => explainCompose(fresh, p, { notes, partialFrom: 0, checkBlocksUpTo: Infinity, partsPerVersion: Infinity }));
      places.forEach((p, i) => assert.deepStrictEqual(viaLines[i], explainCompose(fresh, p, { notes, partialFrom: Infinity }), `differs at ${p.line + 1}:${p.character + 1}: ${lines[p.line]}`));
      compared += places.length;
    }
    assert.ok(compared > 5000, `${compared} hovers compared`);
    const fromLines = linesOnlyHoverCount() - before;
    assert.ok(fromLines > compared / 4, `only ${fromLines} of ${compared} hovers answered from the lines`);
  });

  it('a block the line scan calls plain parses without a YAML error or warning, and a first hover on a fresh file answers as the whole parse', () => {
    // Random service blocks from lines that are plain and lines that are not (quotes left open, flow
    // collections, block scalars, comments, bad or returning indentation, keys YAML reads as booleans).
    const random = seededRandom(29);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    const keys = ['image', 'restart', 'environment', 'ports', 'labels', 'a.b', 'x-y', 'true', 'null', 'on', 'k_1', 'command'];
    const values = ['', ' ', 'nginx', '"8080:80"', "'a b'", '"a\\"b"', '"open', "'open", '[a, b]', '{a: 1}', '|', '>-', 'a # c', 'a#b', 'x: y', 'a:', '&x a', '*x',
      '!tag v', '~', 'yes', '"', "'it''s'", '- a', '? a', '%d', '@a', '`a`', 'a, b', 'a  ', '"x" y', 'a\u00e9', '0x1F', '-1', '"" ', "''"];
    // Every other file is tamer (mostly `key: value` lines of values YAML takes), so that more files hold no YAML
    // error at all, where hovers are answered from parts with the scan vouching for the blocks left out. Their
    // indentation stays at 4.
    const calm = ['nginx', '"8080:80"', "'a b'", 'yes', '~', '0x1F', '-1', 'a  ', "'it''s'", 'a # c'];
    const lineOf = (indent: number, tame: boolean) => {
      const pad = ' '.repeat(indent);
      if (tame && random() < 0.85) return `${pad}${pick(keys)}: ${pick(calm)}`;
      const r = random();
      if (r < 0.45) return `${pad}${pick(keys)}:${random() < 0.8 ? ` ${pick(values)}` : ''}`;
      if (r < 0.75) return `${pad}- ${pick(values)}`;
      if (r < 0.8) return `${pad}# note`;
      if (r < 0.85) return '';
      return `${pad}${pick(values)}`;
    };
    // Found by this test: `yaml` reads a quote left open as closed by `''` at the very end of its text, but not
    // when the file goes on after it, so a block is checked alone with the line break that follows it.
    const quote = "services:\n  s1:\n    'open\n       ''\nvolumes:\n  data:\n# quote left open\n";
    assert.strictEqual(explainCompose(quote, { line: 4, character: 3 }), undefined, 'the quote runs to the end of the file');
    assert.strictEqual(explainCompose(quote, { line: 4, character: 3 }, { partialFrom: Infinity }), undefined);
    let plain = 0, notPlain = 0, hovers = 0, noWholeParse = 0;
    for (let round = 0; round < 1500; round++) {
      const services = Array.from({ length: 2 + Math.floor(random() * 4) }, (_, s) => {
        const body: string[] = [];
        let indent = 4;
        for (let n = Math.floor(random() * 8); n > 0; n--) {
          body.push(lineOf(indent, round % 2 === 1));
          if (round % 2 === 0) indent = Math.max(3, Math.min(10, indent + pick([-2, 0, 0, 2, 1])));
        }
        return [`  s${s}:`, ...body].join('\n');
      });
      const text = `name: p${round}\nservices:\n${services.join('\n')}\nvolumes:\n  data:\n`;
      const outline = composeOutline(text);
      if (!outline) continue;
      for (const block of outline.services) {
        const alone = parseCompose(`services:\n${outline.lines.slice(block.start, block.end).join('\n')}`);
        if (isPlainBlock(outline, block)) {
          plain++;
          assert.deepStrictEqual([...alone.doc.errors, ...alone.doc.warnings].map(e => e.code), [], `called plain:\n${outline.lines.slice(block.start, block.end).join('\n')}`);
        } else notPlain++;
      }
      // Hovers on the case's lines in the text made large, the first with no parse of it seen: blocks left out of
      // a part are then vouched for by the line scan alone. Each answers as the one whole parse of that text.
      const fresh = `${text}${LARGE_PAD}# fresh ${round}\n`;
      const lines = text.split('\n');
      const line = Math.floor(random() * lines.length);
      const anywhere = { line, character: Math.floor(random() * (lines[line].length + 1)) };
      // The `services:` line may parse the whole text, which later hovers would then read: it goes last.
      const servicesLast = (p: Pos) => Number(p.line === outline.servicesLine);
      const at = [anywhere, ...positions(text).sort(() => random() - 0.5).slice(0, 5)].sort((a, b) => servicesLast(a) - servicesLast(b));
      const wholeBefore = composeParseCount();
      const viaParts = at.map(p => explainCompose(fresh, p, { checkBlocksUpTo: Infinity, partsPerVersion: Infinity }));
      if (composeParseCount() === wholeBefore) noWholeParse++;
      at.forEach((p, i) => assert.deepStrictEqual(viaParts[i], explainCompose(fresh, p, { partialFrom: Infinity }), `differs at ${p.line + 1}:${p.character + 1} of\n${text}`));
      hovers += at.length;
    }
    assert.ok(plain > 600 && notPlain > 1500 && hovers > 4000, `${plain} plain blocks, ${notPlain} not, ${hovers} hovers`);
    assert.ok(noWholeParse > 250, `only ${noWholeParse} texts were hovered with no whole parse`);
  });

  it('files the review found answered from parts unlike the whole parse: names YAML reads otherwise, comments at the margin', () => {
    const found = [
      'services:\n  |a:\n  b:\n    image: nginx\n',
      'services:\n  >a:\n  b:\n    image: nginx\n',
      'services:\n  !=a:\n    image: x\n  b:\n    image: nginx\n',
      'services:\n  True:\n    container_name:\n      k_1: a\n',
      // A comment at the margin, then a value on a line of its own: YAML reads it with the next service's key.
      'services:\n  a:\n#c\n   x\n  b:\n  c:\n  d:\n',
      'services:\n  a:\n   ? k\n#c\n    x\n  b:\n  c:\n  d:\n',
      'services:\n  web:\n#c\n   <<\nnetworks:\n  n:\n',
      // A block scalar's range runs on to the next line with content: its margin is not the value's.
      'services:\n  s0:\n  s2:\n    network_mode: |\n\n  s3:\nvolumes:\n  data:\n',
      'services:\n  a:\n    command: |\n      echo hi\n      echo there\n  b:\n    image: x\n',
      // Found by the random test: after `- ? a` and a deeper sequence, `yaml` drops the rest of the text with no
      // error. Alone, the block loses its last lines; in the file, it loses `b`, `c` and `volumes` too.
      "services:\n  a:\n    - ? k\n      - - v\n        - 'open\n        x: y\n  b:\n  c:\n    restart: ''\nvolumes:\n  data:\n",
      // The second review: yaml drops the value of an explicit key with no `: ` line, an unclosed `[` included, and
      // recovers alone; in the file the bracket runs on and takes `b` with it.
      'services:\n  a:\n    ? k\n    - [x,\n    : w\n  b:\n    restart: always\n',
      'services:\n  s0:\n    ? - a\n  w2:\n    restart:\n',
      'services:\n  s0:\n    ?\n          - ? k\n  s1:\n    image: x\n',
      // A part that ended without the line break after it in the file: yaml keeps a final \r, and closes a quote at a final `''`.
      'services:\r\n  a:\r\n    networks: front\r\n  b:\r\n    image: x\r\n',
      "services:\n  a:\n    image: 'nginx\n      ''\n  b:\n    image: x\n",
      'name: p\r\nservices:\r\n  s0:\r\n    image: x\r\n',
      // Blanks other than spaces before a line's content are content to YAML, not indentation.
      'services:\n  b:\n  \u00a0 restart: always\n',
      'services:\n\u00a0 b:\n    restart: always\n',
      'services:\n  a:\n    image: x\n\u00a0\n  b:\n    restart: always\n',
      'services:\n  a:\n    image: x\n  \u3000b:\n    restart: always\n',
    ];
    // Each character is the first hover on the text, small and made large (LARGE_PAD): there the line scan vouches for the blocks left out.
    let fromParts = 0;
    found.forEach((text, k) => {
      const lines = text.split('\n');
      lines.forEach((l, line) => {
        for (let character = 0; character <= l.length; character++) {
          for (const pad of ['', LARGE_PAD]) {
            const fresh = `${text}${pad}# found ${k} ${line} ${character}\n`;
            const pos = { line, character };
            const wholeBefore = composeParseCount();
            const first = explainCompose(fresh, pos);
            if (composeParseCount() === wholeBefore) fromParts++;
            assert.deepStrictEqual(first, explainCompose(fresh, pos, { partialFrom: Infinity }), `differs at ${line + 1}:${character + 1} of ${JSON.stringify(text)}${pad ? ', made large' : ''}`);
          }
        }
      });
    });
    assert.ok(fromParts > 100, `only ${fromParts} first hovers made no whole parse`);
    const margin = `${found[8]}# the margin\n`;
    assert.strictEqual(explainCompose(margin, { line: 5, character: 1 }, { partialFrom: Infinity }), undefined, 'the blanks before `b:` are not the command');
    assert.match(explainCompose(margin, { line: 4, character: 8 }, { partialFrom: Infinity })!.markdown, /echo there/);
    // Lines commented out at the margin inside a service, before `key:` lines and `- ` items, are common: such files are still cut.
    assert.ok(composeOutline('services:\n  a:\n    ports:\n#      - 1:1\n      - 2:2\n#    restart: always\n    image: x\n#  b:\n  c:\n    image: y\n'));
    assert.strictEqual(composeOutline('services:\n  a:\n#c\n   x\n  b:\n'), undefined);
  });

  it('reads a one-line value as YAML does, and leaves what it cannot vouch for to the parser', () => {
    assert.strictEqual(scalarOfLine(' unless-stopped  '), 'unless-stopped');
    assert.strictEqual(scalarOfLine(' "no"'), 'no');
    assert.strictEqual(scalarOfLine(" 'on-failure:3' "), 'on-failure:3');
    assert.strictEqual(scalarOfLine(' 0x1F'), '0x1F', 'a number as written, as scalarText gives it');
    assert.strictEqual(scalarOfLine(' ~'), undefined);
    assert.strictEqual(scalarOfLine(' null'), undefined);
    assert.strictEqual(scalarOfLine(' always\t# restart'), false, 'a tab can start a comment');
    assert.strictEqual(scalarOfLine(' caf\u00e9'), false);
    assert.strictEqual(scalarOfLine(' "a" b'), false);
  });

  it('after an edit, explains a key and its one-line value, such as `restart: always`, from the lines alone', () => {
    const base = generatedCompose(1000) + '# fresh, for the one-line value\n';
    const lines = base.split('\n');
    const restart = lines.findIndex((l, i) => i > lines.indexOf('  svc501:') && l === '    restart: unless-stopped');
    explainCompose(base, { line: restart, character: 6 }); // the version before the edit: parsed whole, once
    const text = lines.map((l, i) => (i === restart ? '    restart: "on-failure:3"' : l)).join('\n');
    const counts = () => [composeParseCount(), partialParseCount(), blockCheckCount()];
    const before = counts();
    const hover = explainCompose(text, { line: restart, character: 6 });
    assert.deepStrictEqual(counts(), before, 'no parse of the file, of a part or of a block');
    assert.match(hover!.markdown, /^`services\.svc501\.restart`/);
    assert.match(hover!.markdown, /at most 3 restarts/);
    assert.deepStrictEqual(hover, explainCompose(text, { line: restart, character: 6 }, { partialFrom: Infinity }), 'the whole-file parse says the same');
  });

  it('after an edit, explains a `ports` entry from the lines alone, with the service\'s network_mode read there too', () => {
    const base = generatedCompose(1000) + '# fresh, for the ports entry\n';
    const lines = base.split('\n');
    const port = lines.indexOf('      - "10501:80"');
    explainCompose(base, { line: port, character: 10 }); // the version before the edit: parsed whole, once
    const counts = () => [composeParseCount(), partialParseCount(), blockCheckCount()];
    const plainText = lines.map((l, i) => (i === port ? '      - "10501:8080"' : l)).join('\n');
    let before = counts();
    const hover = explainCompose(plainText, { line: port, character: 10 });
    assert.deepStrictEqual(counts(), before, 'no parse of the file, of a part or of a block');
    assert.match(hover!.markdown, /host port `10501`/);
    assert.doesNotMatch(hover!.markdown, /network_mode: host/);
    // The same entry in a service on the host's network: the warning comes from the service's own line.
    const hostText = lines.map((l, i) => (i === port - 1 ? '    network_mode: host\n    ports:' : l)).join('\n');
    explainCompose(plainText, { line: port, character: 10 });
    before = counts();
    const onHost = explainCompose(hostText, { line: port + 1, character: 10 });
    assert.match(onHost!.markdown, /network_mode: host/);
    assert.deepStrictEqual(onHost, explainCompose(hostText, { line: port + 1, character: 10 }, { partialFrom: Infinity }), 'the whole-file parse says the same');
    assert.ok(composeParseCount() - before[0] === 1, 'only the comparison parsed the file whole');
  });
});

describe('compose actions on large files', function () {
  this.timeout(60_000);
  it('reads the service keys off the outline, with the same actions as the full parse', () => {
    const text = generatedCompose(2000) + '# lenses\n';
    const file = { path: '/work/app/compose.yaml', workspaceFolder: '/work/app' };
    const before = composeParseCount();
    const fromOutline = composeActions(text, file);
    assert.strictEqual(composeParseCount(), before, 'the lenses parsed the whole file');
    assert.strictEqual(fromOutline.length, 4 + 3 * 2000);
    composeModel(text); // now the whole parse is cached, so the next call reads the keys from it
    assert.deepStrictEqual(composeActions(text, file), fromOutline);
  });
});
