// SPDX-License-Identifier: MIT
// The committed compose validator is what scripts/generateComposeValidator.mjs makes from the vendored
// schema, and it holds no run-time code generation (the bundle must not contain eval or new Function).
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const generated = path.join(repoRoot, 'src/core/diagnostics/compose/generated/composeValidator.ts');

describe('generated compose validator', function () {
  this.timeout(60000);
  it('regenerating it gives the same file', () => {
    const out = execFileSync(process.execPath, ['scripts/generateComposeValidator.mjs', '--check'], { cwd: repoRoot, encoding: 'utf8' });
    assert.match(out, /is up to date/);
  });
  it('says where it comes from and compiles nothing at run time', () => {
    const text = fs.readFileSync(generated, 'utf8');
    assert.match(text.split('\n')[0], /GENERATED FILE/);
    assert.match(text, /compose-spec\/compose-spec\.json/);
    assert.doesNotMatch(text, /new Function|\beval\(/);
  });
  it('checks uniqueItems on ports and volumes in one pass, with no loop over every two entries left', () => {
    const text = fs.readFileSync(generated, 'utf8');
    assert.deepStrictEqual(text.match(/lastDuplicate\(\w+, \w+\)/g)?.length, 2);
    assert.doesNotMatch(text, /outer\d+:for/);
  });
});
