// SPDX-License-Identifier: MIT
// How the VS Code adapter reads a large document and makes many lenses without holding the extension
// host's thread (issue 29): in slices, one per turn, against the stand-in `vscode` (fakeVscode.ts). The
// real host's CPU profile of the same work is in test/integration/largeFiles.test.ts.
import * as assert from 'assert';
import { fake, installFakeVscode, uninstallFakeVscode } from './fakeVscode';

// Required in `before()`, once the fake `vscode` is installed.
let documentText: typeof import('../../../src/vscode/documentText');
let inTurns: typeof import('../../../src/vscode/inTurns');

/** A Dockerfile of `lines` lines: over 64 KB from about 3,000, so it is read in slices of 2,000 lines. */
function dockerfileOf(lines: number): string {
  return ['FROM alpine:3.20', ...Array.from({ length: lines - 1 }, (_, i) => `RUN echo "step ${i} of a long file"`)].join('\n') + '\n';
}

/** How many times other work ran while `work` was under way: each is a turn the host's thread was free. */
async function turnsDuring<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0, done = false;
  const tick = () => { if (!done) { turns++; setImmediate(tick); } };
  setImmediate(tick);
  const result = await work();
  done = true;
  return { result, turns };
}

describe('Large documents read and answered in turns (VS Code adapter)', () => {
  before(() => {
    installFakeVscode();
    /* eslint-disable @typescript-eslint/no-require-imports -- loaded against the fake vscode installed just above */
    documentText = require('../../../src/vscode/documentText') as typeof documentText;
    inTurns = require('../../../src/vscode/inTurns') as typeof inTurns;
    /* eslint-enable @typescript-eslint/no-require-imports */
  });
  after(() => uninstallFakeVscode());
  beforeEach(() => fake.reset());

  it('a large document is read in slices between other work, and the text is the whole document', async () => {
    const text = dockerfileOf(9000);
    assert.ok(text.length > 64 * 1024, `${text.length} characters is a large document`);
    const doc = fake.open('/work/big/Dockerfile', 'dockerfile', text);
    const { result, turns } = await turnsDuring(() => documentText.documentTextSoon(doc as never));
    assert.strictEqual(result, text);
    // 9,000 lines in slices of 2,000: five slices, with other work let in between each two.
    assert.ok(turns >= 4, `other work ran ${turns} times while the document was read`);
    assert.strictEqual(documentText.documentText(doc as never), result, 'the same string for the same version, without reading it again');
  });

  it('line breaks are kept across slices, with a last line that has none', async () => {
    const text = dockerfileOf(4500).slice(0, -1);
    const doc = fake.open('/work/big/Dockerfile', 'dockerfile', text);
    assert.strictEqual(await documentText.documentTextSoon(doc as never), text);
  });

  it('a document edited while it is read gives no text, and the new version is read afresh', async () => {
    const text = dockerfileOf(9000);
    const doc = fake.open('/work/big/Dockerfile', 'dockerfile', text);
    const reading = documentText.documentTextSoon(doc as never);
    doc.version++; // as an edit does before the next turn
    assert.strictEqual(await reading, undefined, 'a text for a version the editor no longer shows');
    assert.strictEqual(await documentText.documentTextSoon(doc as never), text);
  });

  it('two requests for one version share one reading', () => {
    const doc = fake.open('/work/big/Dockerfile', 'dockerfile', dockerfileOf(9000));
    assert.strictEqual(documentText.documentTextSoon(doc as never), documentText.documentTextSoon(doc as never));
  });

  it('a small document is read at once, in the turn it was asked in', async () => {
    const text = dockerfileOf(50);
    const doc = fake.open('/work/small/Dockerfile', 'dockerfile', text);
    const { result, turns } = await turnsDuring(() => documentText.documentTextSoon(doc as never));
    assert.strictEqual(result, text);
    assert.strictEqual(turns, 0);
  });

  it('many items are mapped a slice per turn; cancelling between turns stops the work', async () => {
    const items = Array.from({ length: 9000 }, (_, i) => i);
    const { result, turns } = await turnsDuring(() => inTurns.mapInTurns(items, (i) => i * 2));
    assert.deepStrictEqual(result, items.map((i) => i * 2));
    assert.ok(turns >= 4, `other work ran ${turns} times while 9,000 items were mapped`);
    const token = { isCancellationRequested: false };
    let mapped = 0;
    const cancelled = inTurns.mapInTurns(items, (i) => { mapped++; return i; }, token as never);
    token.isCancellationRequested = true;
    assert.strictEqual(await cancelled, undefined);
    // The first slice: 2,000 items, or fewer had a pause of the machine made it outlast its time.
    assert.ok(mapped > 0 && mapped <= 2000, `${mapped} items mapped before the first turn`);
  });

  it('a slice ends after its time as well as after its count: slow items take a turn each few milliseconds', async () => {
    // 60 items of about 1 ms each, in slices of 2,000 by count: by time, a turn at least every 8 ms or so.
    const slow = (i: number) => { const until = performance.now() + 1; while (performance.now() < until) { /* about 1 ms of work */ } return i; };
    const items = Array.from({ length: 60 }, (_, i) => i);
    const { result, turns } = await turnsDuring(() => inTurns.mapInTurns(items, slow));
    assert.deepStrictEqual(result, items);
    assert.ok(turns >= 5, `other work ran ${turns} times during 60 ms of mapping`);
    interface Node { children: Node[] }
    const tree: Node[] = [{ children: Array.from({ length: 59 }, () => ({ children: [] })) }];
    const { turns: treeTurns } = await turnsDuring(() => inTurns.mapTreeInTurns(tree, () => { slow(0); return { children: [] as Node[] }; }, (p, c) => p.children.push(c)));
    assert.ok(treeTurns >= 5, `other work ran ${treeTurns} times during 60 ms of mapping a tree`);
    // Two mappings that start in the same turn (requests the worker answers at once) share its time: each turn
    // maps about 8 ms of items in all, one more for each mapping that finds the time already spent.
    let turn = 0, ticking = true;
    const tick = () => { turn++; if (ticking) setImmediate(tick); };
    setImmediate(tick);
    const perTurn = new Map<number, number>();
    const counted = (i: number) => { perTurn.set(turn, (perTurn.get(turn) ?? 0) + 1); return slow(i); };
    await Promise.all([inTurns.mapInTurns(items, counted), inTurns.mapInTurns(items, counted)]);
    ticking = false;
    const most = Math.max(...perTurn.values());
    assert.ok(most <= 11, `${most} items of about 1 ms each were mapped in one turn`);
  });

  it('steps run one per turn; a failing step stops the rest without rejecting', async () => {
    const ran: number[] = [];
    const { turns } = await turnsDuring(() => inTurns.stepsInTurns([() => ran.push(1), () => ran.push(2), () => ran.push(3)]));
    assert.deepStrictEqual(ran, [1, 2, 3]);
    assert.ok(turns >= 2, `other work ran ${turns} times between three steps`);
    ran.length = 0;
    await inTurns.stepsInTurns([() => ran.push(1), () => { throw new Error('the tables are missing'); }, () => ran.push(3)]);
    assert.deepStrictEqual(ran, [1], 'the step after the failure ran');
  });

  it('a tree is mapped node by node, a slice per turn, with every child under its parent in order', async () => {
    interface Node { name: string; children: Node[] }
    // 300 roots of 30 children each, as the outline of a large compose file: 9,600 nodes.
    const roots: Node[] = Array.from({ length: 300 }, (_, r) => ({
      name: `s${r}`, children: Array.from({ length: 30 }, (_, k) => ({ name: `s${r}.k${k}`, children: k === 0 ? [{ name: `s${r}.k0.x`, children: [] }] : [] })),
    }));
    const copy = (n: Node): Node => ({ name: n.name.toUpperCase(), children: [] });
    const { result, turns } = await turnsDuring(() => inTurns.mapTreeInTurns(roots, copy, (parent, child) => parent.children.push(child)));
    const upper = (n: Node): Node => ({ name: n.name.toUpperCase(), children: n.children.map(upper) });
    assert.deepStrictEqual(result, roots.map(upper));
    assert.ok(turns >= 4, `other work ran ${turns} times while 9,600 nodes were mapped`);
    const token = { isCancellationRequested: false };
    let mapped = 0;
    const cancelled = inTurns.mapTreeInTurns(roots, (n) => { mapped++; return copy(n); }, (parent, child) => parent.children.push(child), token as never);
    token.isCancellationRequested = true;
    assert.strictEqual(await cancelled, undefined);
    assert.ok(mapped > 0 && mapped <= 2000, `${mapped} nodes mapped before the first turn`);
  });
});
