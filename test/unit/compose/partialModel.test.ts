// SPDX-License-Identifier: MIT
// A hover inside one service of a large file parses only that part. It must say exactly what a hover
// on the whole-file parse says, line numbers included.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { composeActions } from '../../../src/core/actions/composeActions';
import { composeModel, composeParseCount } from '../../../src/core/compose/composeDocument';
import { explainCompose } from '../../../src/core/compose/hover';
import { composeOutline } from '../../../src/core/compose/outline';
import { partialParseCount } from '../../../src/core/compose/partialModel';
import { generatedCompose } from '../../../bench/generate';

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
