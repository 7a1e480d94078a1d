// SPDX-License-Identifier: MIT
// Hovers every key and every scalar value of the real compose files in ../shared/corpus/compose.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { composeModel, locate, positionAt } from '../../../src/core/compose/composeDocument';
import { explainCompose } from '../../../src/core/compose/hover';
import { isSpecKey, matchKeyPath } from '../../../src/core/compose/keyPaths';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const corpus = path.resolve(repoRoot, '..', 'shared', 'corpus', 'compose');

interface Tally { answered: number; total: number }
const fraction = (t: Tally): string => `${t.answered}/${t.total} (${t.total ? ((100 * t.answered) / t.total).toFixed(1) : '0'}%)`;

describe('compose corpus', function () {
  this.timeout(120_000);

  it('hovers every key and scalar value of every corpus file without throwing', function () {
    if (!fs.existsSync(corpus)) {
      console.log(`      corpus not found at ${corpus}; skipping`);
      this.skip();
    }
    const files = fs.readdirSync(corpus).filter(f => /\.ya?ml$/.test(f));
    assert.ok(files.length >= 100, `only ${files.length} compose files in ${corpus}`);
    const specKeys: Tally = { answered: 0, total: 0 };
    const otherKeys: Tally = { answered: 0, total: 0 };
    const values: Tally = { answered: 0, total: 0 };
    // Values whose hover says something about this value (an "In this line" part), not only its key.
    const specific: Tally = { answered: 0, total: 0 };
    const missedSpec: string[] = [];
    let slowest = 0;
    for (const f of files) {
      const text = fs.readFileSync(path.join(corpus, f), 'utf8');
      const model = composeModel(text);
      const stack: { node: unknown; isKey: boolean }[] = [{ node: model.doc.contents, isKey: false }];
      while (stack.length) {
        const { node, isKey } = stack.pop() as { node: unknown; isKey: boolean };
        if (isMap(node)) { for (const p of node.items) stack.push({ node: p.key, isKey: true }, { node: p.value, isKey: false }); continue; }
        if (isSeq(node)) { for (const it of node.items) stack.push({ node: it, isKey: false }); continue; }
        if (!isScalar(node) || !(node as Node).range) continue;
        const [start, end] = (node as Node).range as [number, number, number];
        if (end <= start) continue; // empty values have nothing to hover
        const pos = positionAt(model, Math.floor((start + end) / 2));
        const t0 = performance.now();
        let answer: unknown;
        assert.doesNotThrow(() => { answer = explainCompose(text, pos); }, `${f}:${pos.line + 1}`);
        slowest = Math.max(slowest, performance.now() - t0);
        if (isKey) {
          const loc = locate(model, start);
          const match = loc ? matchKeyPath(loc.path) : undefined;
          const spec = match?.kind === 'spec' && isSpecKey(match.pattern);
          const tally = spec ? specKeys : otherKeys;
          tally.total++;
          if (answer) tally.answered++;
          else if (spec) missedSpec.push(`${f}:${pos.line + 1}`);
        } else {
          values.total++;
          specific.total++;
          if (answer) values.answered++;
          if ((answer as { markdown?: string } | undefined)?.markdown?.includes('**In this line**')) specific.answered++;
        }
      }
    }
    console.log(`      ${files.length} files; spec keys answered ${fraction(specKeys)}; other keys (names, x-, entries) ${fraction(otherKeys)}; scalar values ${fraction(values)}, with value-specific lines ${fraction(specific)}; slowest hover ${slowest.toFixed(1)} ms`);
    assert.deepStrictEqual(missedSpec, []);
  });
});
