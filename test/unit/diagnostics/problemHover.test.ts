// SPDX-License-Identifier: MIT
// Issue 24, item 5 (audit A3, K1): a hover with a problem gives the problem's explanation once (no message,
// which the editor already shows with the squiggle), with examples in the file's language; the Problems
// panel and quick-fix titles show plain text.
import * as assert from 'assert';
import { exampleLanguageOf, explainProblemsInHover, inLanguage, plainText } from '../../../src/core/index';
import { toLspDiagnostic, toLspHover, toQuickFix } from '../../../src/server/convert';
import { joinLines } from '../helpers';

const flask = joinLines('FROM python:3.10-slim-buster', 'WORKDIR /backend-flask', 'CMD python3 -m flask run --host=0.0.0.0 --port=4567');

describe('problems in hovers and the Problems panel (issue 24)', () => {
  it('a Python Dockerfile gets the Python example for JSONArgsRecommended, a Node one the Node example', () => {
    const [py] = explainProblemsInHover(['JSONArgsRecommended'], flask, true);
    assert.match(py, /`CMD \["python3", "app.py"\]`/);
    assert.doesNotMatch(py, /server\.js/);
    const [node] = explainProblemsInHover(['JSONArgsRecommended'], 'FROM node:20\nCMD node server.js', true);
    assert.match(node, /`CMD \["node", "server\.js"\]`/);
  });

  it('says each problem once and leaves the message to the editor', () => {
    const parts = explainProblemsInHover(['JSONArgsRecommended', 'JSONArgsRecommended'], flask, true);
    assert.strictEqual(parts.length, 1);
    assert.doesNotMatch(parts[0], /In this line/);
  });

  it('knows the language only when the images name one', () => {
    assert.strictEqual(exampleLanguageOf('FROM python:3.12-slim AS base\nFROM base'), 'python');
    assert.strictEqual(exampleLanguageOf('FROM --platform=linux/amd64 node:20'), 'node');
    assert.strictEqual(exampleLanguageOf('FROM node:20 AS ui\nFROM python:3.12'), undefined);
    assert.strictEqual(exampleLanguageOf('FROM alpine:3.20'), undefined);
    assert.strictEqual(inLanguage('Use `CMD ["npm", "start"]`.', undefined), 'Use `CMD ["npm", "start"]`.');
  });

  it('the language server puts the lesson first and the problem after it', () => {
    const hover = toLspHover({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, markdown: 'LESSON' }, ['PROBLEM'])!;
    assert.strictEqual((hover.contents as { value: string }).value, 'LESSON\n\n---\n\nPROBLEM');
  });

  it('Problems panel messages and quick-fix titles have no raw backticks', () => {
    const range = { start: { line: 4, character: 4 }, end: { line: 4, character: 8 } };
    const d = toLspDiagnostic({ code: 'ComposeUnknownKey', severity: 'error', range, message: '`port` is not a Compose key here; did you mean `ports`?' });
    assert.strictEqual(d.message, '"port" is not a Compose key here; did you mean "ports"?');
    assert.strictEqual(toQuickFix('file:///c.yml', { title: 'Rename to `ports`', edits: [] }, d, true).title, 'Rename to "ports"');
    assert.strictEqual(plainText('no code'), 'no code');
  });
});
