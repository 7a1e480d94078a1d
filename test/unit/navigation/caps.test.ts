// SPDX-License-Identifier: MIT
// Issue 29: a huge file's outline and folding are cut to what VS Code itself would show (5,000 each), so
// turning them into the editor's objects never holds the extension host for long.
import * as assert from 'assert';
import { composeNavigation, dockerfileNavigation } from '../../../src/core/navigation/service';
import { capFolding, capOutline, MAX_FOLDING_RANGES, MAX_LINKS, MAX_OUTLINE_SYMBOLS } from '../../../src/core/navigation/caps';
import type { OutlineSymbol } from '../../../src/core/navigation/types';

function count(symbols: readonly OutlineSymbol[]): number {
  return symbols.reduce((n, s) => n + 1 + count(s.children), 0);
}

describe('outline and folding caps', () => {
  it('leaves an outline under the cap as it is', () => {
    const text = 'services:\n  web:\n    image: nginx\n  db:\n    image: postgres\n';
    const symbols = composeNavigation.symbols(text);
    assert.strictEqual(count(symbols), 5, 'services, web and its image, db and its image');
    assert.strictEqual(capOutline(symbols), symbols);
  });

  it('cuts a 3,000-service outline level by level: every service in file order, then keys until the cap', () => {
    const text = 'services:\n' + Array.from({ length: 3000 }, (_, i) => `  s${i}:\n    image: a\n    ports:\n      - "80:80"\n`).join('');
    const symbols = composeNavigation.symbols(text);
    assert.strictEqual(count(symbols), MAX_OUTLINE_SYMBOLS);
    const services = symbols[0].children;
    assert.strictEqual(symbols[0].name, 'services');
    assert.strictEqual(services.length, 3000, 'no service is dropped while keys remain to drop');
    assert.deepStrictEqual([services[0].name, services[2999].name], ['s0', 's2999']);
    // 5,000 - 1 section - 3,000 services = 1,999 keys, the first services' first.
    assert.strictEqual(services.reduce((n, s) => n + s.children.length, 0), 1999);
    assert.deepStrictEqual(services[0].children.map(c => c.name), ['image', 'ports']);
    assert.strictEqual(services[2999].children.length, 0);
  });

  it('cuts a Dockerfile outline the same way', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `FROM alpine AS s${i}\nRUN echo ${i}\nCOPY a b\n`).join('');
    const symbols = dockerfileNavigation.symbols(text);
    assert.strictEqual(count(symbols), MAX_OUTLINE_SYMBOLS);
    assert.strictEqual(symbols.length, 3000, 'every stage');
  });

  it('keeps the longest folding ranges, in file order', () => {
    const ranges = Array.from({ length: MAX_FOLDING_RANGES + 10 }, (_, i) => ({ startLine: i * 3, endLine: i * 3 + 1 }));
    ranges.splice(100, 0, { startLine: 0, endLine: 100000 });
    const kept = capFolding(ranges);
    assert.strictEqual(kept.length, MAX_FOLDING_RANGES);
    assert.ok(kept.some(r => r.endLine === 100000), 'the range that holds the others is kept');
    assert.ok(kept.every((r, i) => i === 0 || ranges.indexOf(kept[i - 1]) < ranges.indexOf(r)), 'file order');
    const few = ranges.slice(0, 10);
    assert.strictEqual(capFolding(few), few);
  });

  it('folds a huge compose file within the cap', () => {
    const text = 'services:\n' + Array.from({ length: 6000 }, (_, i) => `  s${i}:\n    image: a\n    ports:\n      - "80:80"\n`).join('');
    assert.strictEqual(composeNavigation.folding(text).length, MAX_FOLDING_RANGES);
  });

  it('links the first 5,000 image pages of a huge compose file, in file order', () => {
    const text = 'services:\n' + Array.from({ length: 6000 }, (_, i) => `  s${i}:\n    image: nginx:1.${i}\n`).join('');
    const links = composeNavigation.links(text, {});
    assert.strictEqual(links.length, MAX_LINKS);
    assert.strictEqual(links[0].range.start.line, 2);
    assert.ok(links.every((l, i) => i === 0 || links[i - 1].range.start.line < l.range.start.line));
  });
});
