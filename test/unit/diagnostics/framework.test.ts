// SPDX-License-Identifier: MIT
// What every rule shares: settings, BuildKit's # check= directive, # coach-ignore, explanations, and the
// rule table as the one source for the manifest.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  allRuleDocs, composeDiagnostics, dockerfileDiagnostics, dockerfileIgnoreFix, explainProblem,
  parseCheckDirective, renderRuleList, ruleDoc,
} from '../../../src/core/index';
import { joinLines } from '../helpers';
import { applyFix } from './applyFix';

const maintainer = joinLines('FROM alpine:3.20', 'MAINTAINER me@example.com', 'USER nobody');
const codes = (text: string, options = {}): string[] => dockerfileDiagnostics(text, options).map(d => d.code);

describe('diagnostics framework', () => {
  it('reports a rule with its code, message, default severity and range', () => {
    const [d] = dockerfileDiagnostics(maintainer).filter(x => x.code === 'MaintainerDeprecated');
    assert.strictEqual(d.severity, 'warning');
    assert.strictEqual(d.message, 'MAINTAINER instruction is deprecated in favor of using label');
    assert.deepStrictEqual(d.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 10 } });
  });

  it('lets settings turn a rule off, change its severity, or turn everything off', () => {
    assert.ok(!codes(maintainer, { settings: { rules: { MaintainerDeprecated: 'off' } } }).includes('MaintainerDeprecated'));
    const d = dockerfileDiagnostics(maintainer, { settings: { rules: { MaintainerDeprecated: 'hint' } } }).find(x => x.code === 'MaintainerDeprecated');
    assert.strictEqual(d?.severity, 'hint');
    assert.deepStrictEqual(dockerfileDiagnostics(maintainer, { settings: { enabled: false } }), []);
    assert.deepStrictEqual(composeDiagnostics('version: "3"\nservices: {}\n', { settings: { enabled: false } }), []);
  });

  it('reads # check= the way BuildKit does: PascalCase names, all, error=true', () => {
    const skip = (directive: string) => codes(`${directive}\n${maintainer}`).includes('MaintainerDeprecated');
    assert.strictEqual(skip('# check=skip=MaintainerDeprecated'), false);
    assert.strictEqual(skip('# check=skip=JSONArgsRecommended,MaintainerDeprecated'), false);
    assert.strictEqual(skip('# check=skip=all'), false);
    // Names are case-sensitive, so a lowercase name skips nothing.
    assert.strictEqual(skip('# check=skip=maintainerdeprecated'), true);
    // A directive after an instruction is a plain comment.
    assert.ok(codes(`FROM alpine\n# check=skip=all\nMAINTAINER x`).includes('MaintainerDeprecated'));
    const errors = dockerfileDiagnostics(`# check=error=true\n${maintainer}`).filter(x => x.code === 'MaintainerDeprecated');
    assert.strictEqual(errors[0].severity, 'error');
    // The user's own choice of severity wins over error=true.
    const hinted = dockerfileDiagnostics(`# check=error=true\n${maintainer}`, { settings: { rules: { MaintainerDeprecated: 'hint' } } });
    assert.strictEqual(hinted.find(x => x.code === 'MaintainerDeprecated')?.severity, 'hint');
    assert.deepStrictEqual(parseCheckDirective('skip=A,B;error=true;experimental=all'), {
      skip: new Set(['A', 'B']), skipAll: false, error: true, experimental: new Set(['all']), experimentalAll: true,
    });
  });

  it('silences a rule for the instruction below a # coach-ignore comment, across continuation lines', () => {
    const text = joinLines('FROM alpine:3.20', '# coach-ignore MaintainerDeprecated', 'MAINTAINER \\', '  me@example.com', 'MAINTAINER you');
    const left = dockerfileDiagnostics(text).filter(d => d.code === 'MaintainerDeprecated');
    assert.deepStrictEqual(left.map(d => d.range.start.line), [4]);
    assert.ok(codes(joinLines('FROM alpine:3.20', '# coach-ignore SomethingElse', 'MAINTAINER x')).includes('MaintainerDeprecated'));
  });

  it('offers "Ignore on this line" as a comment that silences exactly that problem', () => {
    const d = dockerfileDiagnostics(maintainer).find(x => x.code === 'MaintainerDeprecated')!;
    const fix = dockerfileIgnoreFix(maintainer, d);
    assert.strictEqual(fix.title, 'Ignore MaintainerDeprecated on this line');
    const fixed = applyFix(maintainer, fix);
    assert.strictEqual(fixed.split('\n')[1], '# coach-ignore MaintainerDeprecated');
    assert.ok(!codes(fixed).includes('MaintainerDeprecated'));
  });

  it('explains every code in the hover shape, and nothing for an unknown code', () => {
    for (const rule of allRuleDocs()) {
      const md = explainProblem(rule.code, 'the message')!;
      assert.ok(md.startsWith(`\`${rule.code}\``), rule.code);
      assert.match(md, /\*\*In this line\*\*\n\n- the message/);
      assert.match(md, /\*\*How to fix:\*\*/);
      assert.match(md, /\[Reference\]\(https:\/\//);
    }
    assert.strictEqual(explainProblem('NoSuchRule'), undefined);
  });

  it('keeps the rule table well formed: unique PascalCase codes, plain texts, https docs', () => {
    const seen = new Set<string>();
    for (const rule of allRuleDocs()) {
      assert.match(rule.code, /^[A-Z][A-Za-z0-9]+$/, rule.code);
      assert.ok(!seen.has(rule.code), `${rule.code} twice`);
      seen.add(rule.code);
      assert.ok(rule.title.length > 3 && rule.why.length > 20 && rule.fix.length > 10, rule.code);
      assert.match(rule.docsUrl, /^https:\/\//, rule.code);
      assert.strictEqual(ruleDoc(rule.code), rule);
    }
  });

  it('lists exactly the rule table in the manifest setting dockerCoach.diagnostics.rules', () => {
    const root = path.resolve(__dirname, '..', '..', '..', '..');
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const listed = Object.keys(manifest.contributes.configuration.properties['dockerCoach.diagnostics.rules'].properties).sort();
    assert.deepStrictEqual(listed, allRuleDocs().map(r => r.code).sort(), 'run `npm run compile && node scripts/syncRuleSettings.mjs`');
  });

  it('lists exactly the rule table in docs/rules.md', () => {
    const root = path.resolve(__dirname, '..', '..', '..', '..');
    assert.strictEqual(fs.readFileSync(path.join(root, 'docs', 'rules.md'), 'utf8'), renderRuleList(), 'run `npm run compile && node scripts/syncRuleSettings.mjs`');
  });

  it('never throws on odd input', () => {
    for (const text of ['', '\uFEFF', '\0\0', 'FROM', 'RUN <<EOF\nno end', '\\\n\\\n', '# check=skip=\nFROM a', 'x'.repeat(10000)]) {
      assert.doesNotThrow(() => dockerfileDiagnostics(text), JSON.stringify(text.slice(0, 40)));
      assert.doesNotThrow(() => composeDiagnostics(text), JSON.stringify(text.slice(0, 40)));
    }
  });
});
