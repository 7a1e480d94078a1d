// SPDX-License-Identifier: MIT
// Every quick fix, applied to its example: the result parses and no longer shows that problem. The
// same examples run through VS Code's code actions in test/integration/diagnostics.test.ts.
import * as assert from 'assert';
import { needOrSkip } from '../../needs';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { composeDiagnostics, dockerfileDiagnostics, type Diagnostic } from '../../../src/core/index';
import { fixExamples } from '../../fixtures/diagnostics/fixExamples';
import { applyFix } from './applyFix';

const diagnose = (language: string, text: string): Diagnostic[] =>
  language === 'dockerfile' ? dockerfileDiagnostics(text) : composeDiagnostics(text);

const root = path.resolve(__dirname, '..', '..', '..', '..');

describe('quick fixes, one example each', () => {
  for (const example of fixExamples) {
    it(`${example.code}: the fix applies, parses, and removes the problem`, () => {
      const found = diagnose(example.language, example.text).find(d => d.code === example.code && d.fixes?.length);
      assert.ok(found, `${example.code} is not reported with a fix on its example`);
      const fixed = applyFix(example.text, found.fixes![0]);
      if (example.expect !== undefined) assert.strictEqual(fixed, example.expect);
      if (example.language === 'dockercompose') assert.deepStrictEqual(parseDocument(fixed).errors, [], `${example.code}: the fixed YAML does not parse`);
      const after = diagnose(example.language, fixed).filter(d => d.code === example.code && d.range.start.line === found.range.start.line);
      assert.deepStrictEqual(after, [], `${example.code} is still reported after its fix`);
    });
  }

  it('has an example for every rule that offers a fix on the exercise files', () => {
    const covered = new Set(fixExamples.map(e => e.code));
    const exercises = path.join(root, 'samples', 'exercises');
    const offered = [
      ...dockerfileDiagnostics(fs.readFileSync(path.join(exercises, 'Dockerfile.mistakes'), 'utf8')),
      ...composeDiagnostics(fs.readFileSync(path.join(exercises, 'compose.mistakes.yaml'), 'utf8')),
    ].filter(d => d.fixes?.length).map(d => d.code);
    for (const code of offered) assert.ok(covered.has(code), `${code} offers a fix but has no example in test/fixtures/diagnostics/fixExamples.ts`);
  });

  it('has an example for every rule that offers a fix anywhere in ../shared/corpus', function () {
    const corpus = path.resolve(root, '..', 'shared', 'corpus');
    needOrSkip(this, 'the corpus check of fixes', fs.existsSync(corpus) ? undefined : `../shared/corpus is absent (${corpus})`);
    const covered = new Set(fixExamples.map(e => e.code));
    let files = 0, withFix = 0;
    for (const [folder, diagnose] of [['dockerfile', dockerfileDiagnostics], ['compose', composeDiagnostics]] as const) {
      for (const f of fs.readdirSync(path.join(corpus, folder))) {
        files++;
        for (const d of diagnose(fs.readFileSync(path.join(corpus, folder, f), 'utf8'))) {
          if (!d.fixes?.length) continue;
          withFix++;
          assert.ok(covered.has(d.code), `${d.code} offers a fix on ${folder}/${f} but has no example in test/fixtures/diagnostics/fixExamples.ts`);
        }
      }
    }
    // 295 corpus files (../shared/corpus/SOURCES.tsv), and fixes are common in them: a run that saw neither looked at nothing.
    assert.ok(files >= 250 && withFix > 0, `${files} files read, ${withFix} problems with a fix`);
  });

  it('no example has a second problem with a fix on its range: the editor would offer that fix first', () => {
    // VS Code asks the code actions for the problem's range, which brings the fixes of every problem there.
    const before = (a: Diagnostic['range']['start'], b: Diagnostic['range']['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);
    const overlaps = (a: Diagnostic['range'], b: Diagnostic['range']) => !before(a.end, b.start) && !before(b.end, a.start);
    const crowded = fixExamples.flatMap(example => {
      const all = diagnose(example.language, example.text);
      const own = all.find(d => d.code === example.code);
      return own ? all.filter(d => d !== own && d.fixes?.length && overlaps(d.range, own.range)).map(d => `${example.code}: ${d.code}`) : [];
    });
    assert.deepStrictEqual(crowded, []);
  });
});
