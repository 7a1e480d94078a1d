// SPDX-License-Identifier: MIT
// The schema's `uniqueItems` on `ports` and `volumes`, checked in one pass (uniqueItems.ts) where ajv compared
// every two entries: the same pair as ajv's loop, and the same problems in the editor.
import * as assert from 'assert';
import { composeDiagnostics } from '../../../src/core/diagnostics/composeDiagnostics';
import { lastDuplicate } from '../../../src/core/diagnostics/compose/uniqueItems';
import { seededRandom } from '../../../bench/generate';
import { joinLines } from '../helpers';

// ajv's own deep equality (fast-deep-equal), which its generated loop calls.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const equal = (require('ajv/dist/runtime/equal') as { default: (a: unknown, b: unknown) => boolean }).default;

/** ajv's loop, as it generates it for a list whose entries may be mappings. */
function ajvLoop(items: readonly unknown[]): { i: number; j: number } | undefined {
  for (let i = items.length; i--;) for (let j = i; j--;) if (equal(items[i], items[j])) return { i, j };
  return undefined;
}

describe('uniqueItems in one pass', () => {
  it('finds the pair ajv\'s loop finds, on random lists of scalars, lists and mappings', () => {
    const next = seededRandom(29);
    const shared = { target: 80, published: '8080' };
    const scalar = () => [0, -0, 1, '1', '80:80', NaN, true, 'true', null, shared.published][Math.floor(next() * 10)];
    const mapping = (): Record<string, unknown> => {
      const entries: [string, unknown][] = [['target', Math.floor(next() * 3)], ['published', scalar()], ['protocol', next() < 0.5 ? 'tcp' : 'udp']];
      // The same keys in another order, or one fewer: equal and unequal mappings alike.
      if (next() < 0.5) entries.reverse();
      if (next() < 0.2) entries.pop();
      return Object.fromEntries(entries);
    };
    const entry = (): unknown => {
      const r = next();
      return r < 0.4 ? scalar() : r < 0.75 ? mapping() : r < 0.85 ? shared : [scalar(), next() < 0.5 ? mapping() : scalar()];
    };
    let duplicates = 0;
    for (let round = 0; round < 2000; round++) {
      const items = Array.from({ length: Math.floor(next() * 12) }, entry);
      const expected = ajvLoop(items);
      assert.deepStrictEqual(lastDuplicate(items, equal), expected, JSON.stringify(items));
      if (expected) duplicates++;
    }
    assert.ok(duplicates > 500 && duplicates < 1900, `${duplicates} of 2000 lists had duplicates: the lists do not exercise both answers`);
  });

  it('compares a mapping with a constructor, valueOf or toString key of its own as ajv does, and never throws', () => {
    for (const key of ['constructor', 'valueOf', 'toString']) {
      for (const items of [
        [{ [key]: 'x', target: 1 }, { target: 2 }, { target: 1, [key]: 'x' }],
        [{ target: 1 }, { [key]: 1 }, [{ [key]: 1 }], { target: 1 }, [{ [key]: 1 }]],
        [new Date(5), { a: 1 }, new Date(5), { a: 1 }],
      ]) {
        let ajvAnswer: unknown;
        try { ajvAnswer = ajvLoop(items); } catch { ajvAnswer = 'threw'; }
        const ours = lastDuplicate(items, equal);
        // Where ajv's loop throws (a `valueOf` that is not a function), it would lose every schema problem.
        if (ajvAnswer !== 'threw') assert.deepStrictEqual(ours, ajvAnswer, `${key}: ${JSON.stringify(items)}`);
      }
    }
  });

  it('numbers a list an alias repeats once: a chain of lists that doubles at each step costs its text, not its expansion', () => {
    // 2^28 entries once expanded. Each list is keyed by its entries' numbers, so the check reads 28 small lists.
    const lines = ['x-a0: &a0 [x]', ...Array.from({ length: 28 }, (_, i) => `x-a${i + 1}: &a${i + 1} [*a${i}, *a${i}]`)];
    const text = joinLines(...lines, 'services:', '  web:', '    image: nginx:1.27', '    bogus: 1', '    ports: [*a28, 80, *a28]', '');
    const found = composeDiagnostics(text, {}).map(d => `${d.code} ${d.range.start.line}`);
    assert.ok(found.includes(`UnknownKey ${lines.length + 3}`), found.join(', '));
    assert.ok(found.some(f => f.startsWith('ComposeSchema ')), found.join(', '));
  });

  it('reports a repeated port or volume, written differently, where Compose refuses it', () => {
    const text = joinLines(
      'services:',
      '  web:',
      '    image: nginx:1.27',
      '    ports:',
      '      - {target: 80, published: 8080}',
      '      - "81:81"',
      '      - {published: 8080, target: 80}',
      '    volumes: ["data:/data", "logs:/logs", "data:/data"]',
      '    cap_add: [NET_ADMIN, NET_ADMIN]',
      'volumes:',
      '  data:',
      '  logs:',
      '',
    );
    const twice = composeDiagnostics(text, {}).filter(d => /appears twice/.test(d.message)).map(d => `${d.range.start.line}:${d.range.start.character} ${d.message}`);
    assert.deepStrictEqual(twice, [
      '6:8 This entry appears twice in `ports`; Compose refuses duplicates here.',
      '7:42 This entry appears twice in `volumes`; Compose refuses duplicates here.',
      // A list of strings keeps ajv's own check, which walks back from the end and so names the first of the two.
      '8:14 This entry appears twice in `cap_add`; Compose refuses duplicates here.',
    ]);
  });
});
