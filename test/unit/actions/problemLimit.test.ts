// SPDX-License-Identifier: MIT
// Only the problems VS Code shows are handed to it (src/vscode/problemLimit.ts): the same ones its extension
// host keeps, errors first, and a count of the rest.
import * as assert from 'assert';
import type { Diagnostic } from '../../../src/core/index';
import { leftOutMessage, problemsVsCodeShows, VS_CODE_PROBLEMS_PER_FILE } from '../../../src/vscode/problemLimit';

function problem(line: number, severity: Diagnostic['severity']): Diagnostic {
  return { code: `C${line}`, message: `at ${line}`, severity, range: { start: { line, character: 0 }, end: { line, character: 1 } } } as Diagnostic;
}

describe('the problems VS Code shows', () => {
  it('are all of them up to its limit', () => {
    const all = Array.from({ length: VS_CODE_PROBLEMS_PER_FILE }, (_, i) => problem(i, 'warning'));
    const { kept, left } = problemsVsCodeShows(all);
    assert.strictEqual(kept, all);
    assert.strictEqual(left, 0);
  });

  it('past it, errors first, then warnings, information and hints, each in file order, kept in file order', () => {
    // Line by line: hint, info, warning, error, repeated; a limit of 5 keeps the 3 errors and 2 warnings.
    const order: Diagnostic['severity'][] = ['hint', 'info', 'warning', 'error'];
    const all = Array.from({ length: 12 }, (_, i) => problem(i, order[i % 4]));
    const { kept, left } = problemsVsCodeShows(all, 5);
    assert.deepStrictEqual(kept.map(d => [d.range.start.line, d.severity]), [[2, 'warning'], [3, 'error'], [6, 'warning'], [7, 'error'], [11, 'error']]);
    assert.strictEqual(left, 7);
  });

  it('keeps 1,000 of 13,000, as VS Code would', () => {
    const all = Array.from({ length: 13000 }, (_, i) => problem(i, i % 10 === 0 ? 'error' : 'warning'));
    const { kept, left } = problemsVsCodeShows(all);
    assert.strictEqual(kept.length, 1000);
    assert.strictEqual(kept.filter(d => d.severity === 'error').length, 1000, 'the 1,300 errors come first');
    assert.strictEqual(left, 12000);
  });

  it('says how many are left out, and why', () => {
    assert.strictEqual(leftOutMessage(12000), '12,000 more problems are not listed: VS Code lists at most 1,000 per file.');
    assert.strictEqual(leftOutMessage(1), '1 more problem is not listed: VS Code lists at most 1,000 per file.');
  });
});
