// SPDX-License-Identifier: MIT
// Issue 29: hovers while typing in a compose file. A key hover whose answer does not depend on the value is
// read off the lines of a plain block (no parse); other hovers inside a service parse that service alone
// when nothing outside it matters. Counted, never timed; and after every edit of long chains of edits,
// every answer equals the one worked out afresh from a whole-file parse.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { composeDiagnostics, explainCompose } from '../../../src/core/index';
import { composeParseCount } from '../../../src/core/compose/composeDocument';
import { forgetOutlines } from '../../../src/core/compose/outline';
import { blockCheckCount, partialParseCount } from '../../../src/core/compose/partialModel';
import type { Position } from '../../../src/core/text';
import { chainOfEdits } from '../../../bench/chain';
import { generatedCompose, seededRandom } from '../../../bench/generate';
import { at } from './helpers';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const parses = () => ({ whole: composeParseCount(), parts: partialParseCount(), alone: blockCheckCount() });
function grew(before: ReturnType<typeof parses>) {
  const now = parses();
  return { whole: now.whole - before.whole, parts: now.parts - before.parts, alone: now.alone - before.alone };
}
/** The answer from a whole-file parse, with no outline remembered. */
function afresh(text: string, p: Position) {
  forgetOutlines();
  return explainCompose(text, p, { partialFrom: Infinity });
}

describe('compose hovers while typing (counted)', () => {
  it('answers a key that holds a block, and an unknown key, from the lines alone', () => {
    forgetOutlines();
    let text = generatedCompose(30) + '# typing chain 1\n';
    explainCompose(text, at(text, 'svc20:')); // the version before the edits: one whole parse settles every block
    text = text.replace('app11:1.1', 'app11:1.12');
    let before = parses();
    const env = at(text, 'environment', 3, 11); // svc11's environment key (the twelfth one in the file)
    const hover = explainCompose(text, env);
    assert.match(hover!.markdown, /environment/);
    assert.deepStrictEqual(grew(before), { whole: 0, parts: 0, alone: 0 }, 'no parse for a key that holds a block');
    assert.deepStrictEqual(hover, afresh(text, env));

    text = text.replace('    restart: unless-stopped\n  svc12:', '    rstart: unless-stopped\n  svc12:');
    explainCompose(text, at(text, 'svc20:'));
    before = parses();
    const typo = at(text, 'rstart', 2);
    const unknown = explainCompose(text, typo);
    assert.match(unknown!.markdown, /restart/, 'the nearest real key is named');
    assert.deepStrictEqual(grew(before), { whole: 0, parts: 0, alone: 0 }, 'no parse for an unknown key');
    assert.deepStrictEqual(unknown, afresh(text, typo));
  });

  it('parses the hovered service alone for a value, and its part when the answer reads another section', () => {
    forgetOutlines();
    let text = generatedCompose(30) + '# typing chain 2\n';
    explainCompose(text, at(text, 'svc20:'));
    text = text.replace('app11:1.1', 'app11:1.12');
    let before = parses();
    const image = at(text, 'app11:1.12', 2);
    const hover = explainCompose(text, image);
    assert.match(hover!.markdown, /app11/);
    assert.deepStrictEqual(grew(before), { whole: 0, parts: 0, alone: 1 }, 'the image hover reads svc11 alone');
    assert.deepStrictEqual(hover, afresh(text, image));

    explainCompose(text, at(text, 'svc20:'));
    text = text.replace('      - data11:/var/lib/data', '      - data11:/var/lib/datax');
    before = parses();
    const volume = at(text, 'data11:/var', 1);
    const named = explainCompose(text, volume);
    assert.deepStrictEqual(grew(before), { whole: 0, parts: 1, alone: 1 }, 'a named volume needs the top-level volumes: the part is parsed');
    assert.deepStrictEqual(named, afresh(text, volume));
  });
});

describe('compose hovers after chains of edits equal a whole-file parse', function () {
  this.timeout(300_000);

  /** 200 one-character edits in a row; after each, hovers at the edit and elsewhere equal a fresh whole parse's. */
  function follow(name: string, start: string, seed: number): { hovers: number; unparsed: number } {
    forgetOutlines();
    const next = seededRandom(seed);
    let text = start;
    let hovers = 0, unparsed = 0;
    explainCompose(text, { line: 1, character: 3 });
    chainOfEdits(start, 200, seed).forEach((e, i) => {
      text = text.slice(0, e.offset) + e.char + text.slice(e.offset);
      if (i % 3 === 0) composeDiagnostics(text); // now and then the problems pass runs between two hovers
      const lines = text.split('\n');
      const places: Position[] = [e.at, { line: e.at.line, character: lines[e.at.line].search(/\S/) + 1 }];
      for (let k = 0; k < 3; k++) {
        const line = Math.floor(next() * lines.length);
        places.push({ line, character: Math.floor(next() * (lines[line].length + 1)) });
      }
      const answers = places.map(p => {
        const before = parses();
        const answer = explainCompose(text, p);
        const g = grew(before);
        if (g.whole + g.parts + g.alone === 0) unparsed++;
        return answer;
      });
      places.forEach((p, k) => assert.deepStrictEqual(answers[k], afresh(text, p), `${name}, edit ${i + 1}, hover at ${p.line + 1}:${p.character + 1}`));
      hovers += places.length;
    });
    return { hovers, unparsed };
  }

  it('on a generated file and the samples', () => {
    const samples = path.join(repoRoot, 'samples');
    const files = fs.readdirSync(samples).filter(f => /compose.*\.ya?ml$/.test(f)).map(f => ({ name: `samples/${f}`, text: fs.readFileSync(path.join(samples, f), 'utf8') }));
    files.push({ name: 'generated 30 services', text: generatedCompose(30) });
    let hovers = 0, unparsed = 0;
    files.forEach((f, i) => { const r = follow(f.name, f.text, 31 + i); hovers += r.hovers; unparsed += r.unparsed; });
    assert.ok(hovers >= 1000, `only ${hovers} hovers compared`);
    assert.ok(unparsed > 50, `only ${unparsed} hovers were answered without a parse`);
  });
});
