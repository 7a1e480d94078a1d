// SPDX-License-Identifier: MIT
// The variable scan finds each `${…}`'s closing brace from one bracket matching per scan: an unclosed
// `${A:-${A:-…` once had each of its `$` read the rest of the line again.
import * as assert from 'assert';
import { scanVariables } from '../../../src/core/dockerfile/variables';

const names = (text: string) => scanVariables(text, 0, text.length).map(r => `${r.name}@${r.start}-${r.end}${r.word === undefined ? '' : `:${r.word}`}`);

describe('variable scan', () => {
  it('closes each reference at its own brace, nested or not, and never across a line end', () => {
    assert.deepStrictEqual(names('echo ${A:-${B}} $C'), ['A@5-15:${B}', 'C@16-18']);
    // The outer reference never closes; the one inside it does.
    assert.deepStrictEqual(names('echo ${A:-${B}'), ['B@10-14']);
    assert.deepStrictEqual(names('echo ${A:-{x}} ${D}'), ['A@5-14:{x}', 'D@15-19']);
    assert.deepStrictEqual(names('echo ${A:-x\n} ${B}'), ['B@14-18']);
    assert.deepStrictEqual(names('echo ${A B} ${C}'), ['C@12-16']);
  });

  it('reads an unclosed nesting of thousands of defaults, finding the one reference that closes', () => {
    const text = `FROM ${'${A:-'.repeat(12000)}\${B}`;
    const refs = scanVariables(text, 0, text.length);
    assert.deepStrictEqual(refs.map(r => r.name), ['B']);
    assert.strictEqual(refs[0].end, text.length);
  });
});
