// SPDX-License-Identifier: MIT
// Every ❌ example in BuildKit's rule docs gives the rule's code, and every ✅ example does not. The
// examples are read straight from ../shared/reference/buildkit-dockerfile-docs; skips when it is absent.
import * as assert from 'assert';
import { needOrSkip } from '../../needs';
import * as fs from 'fs';
import * as path from 'path';
import { dockerfileDiagnostics, type DockerfileDiagnosticOptions } from '../../../src/core/diagnostics/dockerfileDiagnostics';
import { buildkitRules } from '../../../src/core/diagnostics/dockerfile/buildkitRules';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const docs = path.resolve(repoRoot, '..', 'shared', 'reference', 'buildkit-dockerfile-docs');

export interface Example { good: boolean; text: string; line: number }

/** The ```dockerfile block after each line holding ❌ or ✅, with the line of the marker. */
export function examplesOf(markdown: string): Example[] {
  const lines = markdown.split('\n');
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    const good = lines[i].includes('✅');
    if (!good && !lines[i].includes('❌')) continue;
    let j = i + 1;
    while (j < lines.length && !lines[j].startsWith('```') && !lines[j].includes('❌') && !lines[j].includes('✅')) j++;
    if (j >= lines.length || lines[j].trim() !== '```dockerfile') continue;
    const end = lines.indexOf('```', j + 1);
    out.push({ good, text: lines.slice(j + 1, end).join('\n') + '\n', line: i + 1 });
  }
  return out;
}

/**
 * What some examples need besides their text, said out loud rather than skipped:
 * - CopyIgnoredFile: the .dockerignore the page gives is `*\/tmp/*`. Under Docker's matching rules
 *   (and BuildKit's own check) that pattern needs a folder before `tmp`, so it does not match
 *   `./tmp/helloworld.txt`; the page's ❌ example only fails with a pattern such as `tmp/*`. We run
 *   the examples with `tmp/*` and, in a separate test, show that `*\/tmp/*` leaves the ❌ example silent.
 * - SecretsUsedInArgOrEnv: the ❌ example is a fragment with no FROM; BuildKit checks the ARGs of a
 *   stage (ARGs before the first FROM never reach the image), so it runs after `FROM alpine`.
 * - InvalidDefinitionDescription: experimental, so it is switched on through the settings.
 */
const context: Record<string, { options?: DockerfileDiagnosticOptions; prefix?: string }> = {
  CopyIgnoredFile: { options: { dockerignore: 'tmp/*\n' } },
  SecretsUsedInArgOrEnv: { prefix: 'FROM alpine\n' },
  InvalidDefinitionDescription: { options: { settings: { rules: { InvalidDefinitionDescription: 'warning' } } } },
};

function docFileOf(code: string): string {
  return code.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2').toLowerCase();
}

describe('BuildKit rule docs: ❌ examples trigger, ✅ examples do not', function () {
  before(function () {
    if (!fs.existsSync(docs)) {
      console.log(`    BuildKit rule docs not found at ${docs}: skipping the examples`);
      this.skip();
    }
  });

  it('has a rule for every rules-*.md, and a rules-*.md for every BuildKit rule', function () {
    const files = fs.readdirSync(docs).filter(f => /^rules-[a-z].*\.md$/.test(f)).sort();
    const fromRules = buildkitRules.map(r => `rules-${docFileOf(r.code)}.md`).sort();
    assert.deepStrictEqual(fromRules, files);
    for (const rule of buildkitRules) {
      assert.strictEqual(rule.reference, `buildkit-dockerfile-docs/rules-${docFileOf(rule.code)}.md`);
      assert.strictEqual(rule.docsUrl, `https://docs.docker.com/reference/build-checks/${docFileOf(rule.code)}/`);
      assert.strictEqual(rule.source, 'buildkit');
    }
  });

  for (const rule of buildkitRules) {
    const file = path.join(docs, `rules-${docFileOf(rule.code)}.md`);
    it(`${rule.code}: every example in ${path.basename(file)}`, function () {
      needOrSkip(this, `${rule.code}'s examples`, fs.existsSync(file) ? undefined : `${file} is not here (../shared/reference)`);
      const examples = examplesOf(fs.readFileSync(file, 'utf8'));
      assert.ok(examples.some(e => !e.good), 'the page has at least one ❌ example');
      const extra = context[rule.code] ?? {};
      for (const ex of examples) {
        const codes = dockerfileDiagnostics((extra.prefix ?? '') + ex.text, extra.options).map(d => d.code);
        assert.strictEqual(codes.includes(rule.code), !ex.good, `${ex.good ? '✅' : '❌'} example at line ${ex.line}: got [${codes.join(', ')}]\n${ex.text}`);
      }
    });
  }

  it("CopyIgnoredFile: the page's own `*/tmp/*` does not match ./tmp/helloworld.txt, as in Docker", function () {
    const bad = examplesOf(fs.readFileSync(path.join(docs, 'rules-copy-ignored-file.md'), 'utf8')).find(e => !e.good)!;
    const codes = dockerfileDiagnostics(bad.text, { dockerignore: '*/tmp/*\n' }).map(d => d.code);
    assert.ok(!codes.includes('CopyIgnoredFile'));
    assert.ok(dockerfileDiagnostics('FROM scratch\nCOPY ./src/tmp/a.txt /a\n', { dockerignore: '*/tmp/*\n' }).some(d => d.code === 'CopyIgnoredFile'));
  });
});
