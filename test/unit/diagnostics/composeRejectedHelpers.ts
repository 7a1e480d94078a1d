// SPDX-License-Identifier: MIT
// Shared by the tests of compose values Docker refuses: find one rule's diagnostics, assert a hit at a
// position or a miss, and apply a fix checking that the problem is gone.
import * as assert from 'assert';
import { parseDocument } from 'yaml';
import { composeDiagnostics, type Diagnostic } from '../../../src/core/index';
import { joinLines } from '../helpers';
import { applyFix } from './applyFix';

export const file = { path: '/proj/compose.yaml' };

export function only(text: string, code: string, path = file.path): Diagnostic[] {
  return composeDiagnostics(text, { file: { path } }).filter(d => d.code === code);
}

/** The one diagnostic with this code, checked to start at `line`:`character`. */
export function hit(text: string, code: string, line: number, character: number): Diagnostic {
  const found = only(text, code);
  assert.strictEqual(found.length, 1, `${code}: ${JSON.stringify(composeDiagnostics(text, { file }).map(d => `${d.code} ${d.message}`))}`);
  assert.deepStrictEqual([found[0].range.start.line, found[0].range.start.character], [line, character], found[0].message);
  return found[0];
}

export function miss(text: string, code: string): void {
  assert.deepStrictEqual(only(text, code).map(d => d.message), []);
}

/** Applies the fix titled `title`: the result parses, the diagnostic is gone, and the text is returned. */
export function applied(text: string, d: Diagnostic, title: string): string {
  const fix = d.fixes?.find(f => f.title === title);
  assert.ok(fix, `${d.code} offers "${title}": ${JSON.stringify(d.fixes?.map(f => f.title))}`);
  const fixed = applyFix(text, fix);
  assert.deepStrictEqual(parseDocument(fixed).errors, [], fixed);
  assert.deepStrictEqual(only(fixed, d.code).map(x => x.message), [], fixed);
  return fixed;
}

/** A one-service file; `lines` go under the service. */
export const svc = (...lines: string[]): string => joinLines('services:', '  web:', '    image: nginx:1.27', ...lines);

