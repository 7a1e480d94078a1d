// SPDX-License-Identifier: MIT
// Where snippets are offered: whole-file ones only at the top of an empty file, line ones only for the
// first word of a line, never after a keyword already typed, and one entry per snippet.
import * as assert from 'node:assert';
import { snippetsAt, snippetTable } from '../../../src/core/index';

const prefixes = (offers: { prefix: string }[]) => offers.map((o) => o.prefix);

describe('snippetsAt', () => {
  it('offers the whole-file Dockerfile snippets on the top line of an empty file', () => {
    const offers = snippetsAt('dockerfile', 'df', { line: 0, character: 2 });
    for (const p of ['df-flask', 'df-node', 'df-react', 'df-multistage', 'nonroot', 'cmd']) assert.ok(prefixes(offers).includes(p), p);
    assert.deepStrictEqual(offers[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } });
    // Blank lines above are still "the top of an empty file".
    assert.ok(prefixes(snippetsAt('dockerfile', '\n\n', { line: 2, character: 0 })).includes('df-flask'));
  });

  it('offers no snippet after an instruction keyword: FROM node stays FROM node', () => {
    assert.deepStrictEqual(snippetsAt('dockerfile', 'FROM node', { line: 0, character: 9 }), []);
    assert.deepStrictEqual(snippetsAt('dockerfile', 'FROM python:3.12\nRUN apt', { line: 1, character: 7 }), []);
  });

  it('keeps whole-file snippets out of a file that has text, but offers line snippets there', () => {
    const offers = prefixes(snippetsAt('dockerfile', 'FROM python:3.12-slim\ncm', { line: 1, character: 2 }));
    assert.ok(offers.includes('cmd'));
    assert.ok(!offers.some((p) => p.startsWith('df-')), offers.join());
    // A line below the cursor counts as text too.
    assert.ok(!prefixes(snippetsAt('dockerfile', 'df\nFROM x', { line: 0, character: 2 })).includes('df-flask'));
  });

  it('offers nothing in the middle of a line with more text after the cursor', () => {
    assert.deepStrictEqual(snippetsAt('dockerfile', 'cm x', { line: 0, character: 2 }), []);
    assert.deepStrictEqual(snippetsAt('dockerfile', '', { line: 3, character: 0 }), []);
  });

  it('offers compose snippets for the first word at any indentation, and whole files only in an empty file', () => {
    const top = prefixes(snippetsAt('dockercompose', 'serv', { line: 0, character: 4 }));
    for (const p of ['service-build', 'service-image', 'compose-cruddur', 'compose-postgres']) assert.ok(top.includes(p), p);
    const nested = prefixes(snippetsAt('dockercompose', 'services:\n  web:\n    image: nginx\n    rest', { line: 3, character: 8 }));
    assert.ok(nested.includes('restart'));
    assert.ok(!nested.includes('compose-postgres'));
    assert.deepStrictEqual(snippetsAt('dockercompose', 'services:\n  db:\n    image: postgres', { line: 2, character: 19 }), []);
  });
});

describe('snippet prefixes', () => {
  for (const language of ['dockerfile', 'dockercompose'] as const) {
    const table = snippetTable(language);
    it(`${language}: one prefix per snippet, none a bare word a learner types inside a line`, () => {
      for (const [name, s] of Object.entries(table)) {
        assert.strictEqual(typeof s.prefix, 'string', `${name} has one prefix`);
        assert.ok(!['node', 'python', 'postgres', 'flask', 'react', 'compose', 'db', 'image', 'build', 'volumes', 'networks', 'mount', 'user', 'from', 'apt', 'expose'].includes(s.prefix), `${name}: ${s.prefix}`);
        if (s.isFileTemplate) assert.match(s.prefix, /^(df|compose)-/, `${name} writes a whole file`);
      }
    });
  }
});
