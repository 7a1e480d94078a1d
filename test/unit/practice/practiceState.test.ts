// SPDX-License-Identifier: MIT
// The Practice view's memory per workspace: a finished exercise stays finished until reset, hints count up to the
// last one, and a stored value from an older version reads calmly.
import * as assert from 'assert';
import { PracticeState } from '../../../src/vscode/practiceState';
import { memento } from '../helpers';

describe('practice: progress kept per workspace', () => {
  it('keeps a finished exercise finished when a later check says not yet, until it is reset', async () => {
    const state = new PracticeState(memento());
    await state.record('run-backend', { status: 'not yet', missing: 'port 4567 is not published' });
    assert.deepStrictEqual(state.of('run-backend'), { status: 'not yet', missing: 'port 4567 is not published', seen: undefined, tryIt: undefined, hintsShown: 0, done: false });
    await state.record('run-backend', { status: 'done' });
    // The container stopped afterwards: the exercise was still done.
    await state.record('run-backend', { status: 'not yet', missing: 'no container is running' });
    assert.deepStrictEqual(state.of('run-backend'), { status: 'done', missing: undefined, seen: undefined, tryIt: undefined, hintsShown: 0, done: true });
    await state.reset('run-backend');
    assert.deepStrictEqual(state.of('run-backend'), { status: undefined, missing: undefined, seen: undefined, tryIt: undefined, hintsShown: 0, done: false });
  });

  it('keeps what a done check saw, and how to see the rest, with it', async () => {
    const state = new PracticeState(memento());
    await state.record('named-volume', { status: 'done', seen: 'volume `data` is older than `web-1`', tryIt: 'read a file back after down and up' });
    // Done stays done: a later verdict changes nothing of it.
    await state.record('named-volume', { status: 'not yet', missing: 'no container is running' });
    assert.deepStrictEqual(state.of('named-volume'), { status: 'done', missing: undefined, seen: 'volume `data` is older than `web-1`', tryIt: 'read a file back after down and up', hintsShown: 0, done: true });
  });

  it('opens hints one at a time, up to the last', async () => {
    const state = new PracticeState(memento());
    assert.deepStrictEqual([await state.nextHint('build-backend', 3), await state.nextHint('build-backend', 3), await state.nextHint('build-backend', 3), await state.nextHint('build-backend', 3)], [1, 2, 3, 3]);
    assert.strictEqual(state.of('other').hintsShown, 0);
  });

  it('reads a damaged stored value as no progress', () => {
    const state = new PracticeState(memento({ 'dockerCoach.practice.progress': 'garbage' }));
    assert.deepStrictEqual(state.of('build-backend'), { status: undefined, missing: undefined, seen: undefined, tryIt: undefined, hintsShown: 0, done: false });
  });
});
