// SPDX-License-Identifier: MIT
import * as assert from 'assert';
import { composeModel, keyPathAt, locate, offsetAt } from '../../../src/core/compose/composeDocument';
import { explainCompose } from '../../../src/core/compose/hover';
import { range } from '../../../src/core/text';
import { at, hoverAt, joinLines } from './helpers';

describe('compose document lookup', () => {
  const text = joinLines(
    'services:',
    '  web:',
    '    image: nginx   # the web server',
    '',
    '    ports:',
    '      - "80:80"',
    '    environment: {A: "1", B: "2"}',
    '    volumes:',
    '      - &data data:/d',
    '      - !reset x',
  );

  it('hits a key with the key\'s range, and a value with the value\'s range', () => {
    const key = explainCompose(text, { line: 2, character: 5 }); // inside `image`
    assert.deepStrictEqual(key?.range, range(2, 4, 2, 9));
    const value = explainCompose(text, at(text, 'nginx', 2));
    assert.deepStrictEqual(value?.range, range(2, 11, 2, 16));
  });

  it('misses on separators, comments, blank lines and list dashes', () => {
    assert.strictEqual(explainCompose(text, at(text, ': nginx', 1)), undefined); // the space after `:`
    assert.strictEqual(explainCompose(text, at(text, 'the web server')), undefined);
    assert.strictEqual(explainCompose(text, { line: 3, character: 0 }), undefined);
    assert.strictEqual(explainCompose(text, at(text, '- "80', 0)), undefined);
    assert.strictEqual(explainCompose(text, { line: 99, character: 0 }), undefined);
  });

  it('descends into flow mappings and sequences', () => {
    const model = composeModel(text);
    assert.deepStrictEqual(keyPathAt(model, at(text, 'B:')), ['services', 'web', 'environment', 'B']);
    assert.deepStrictEqual(keyPathAt(model, at(text, '"2"', 1)), ['services', 'web', 'environment', 'B']);
    assert.match(hoverAt(text, 'B:'), /`B` is set to `2`/);
  });

  it('finds anchors and tags written before a list item', () => {
    const model = composeModel(text);
    const anchor = locate(model, offsetAt(model, at(text, '&data', 2)));
    assert.strictEqual(anchor?.kind, 'prop');
    assert.strictEqual(anchor?.prop, '&data');
    assert.deepStrictEqual(anchor?.path, ['services', 'web', 'volumes', 0]);
    assert.strictEqual(locate(model, offsetAt(model, at(text, '!reset', 1)))?.prop, '!reset');
    assert.match(hoverAt(text, '&data', 1), /Used 0 time/);
  });
});
