// SPDX-License-Identifier: MIT
// Issue 25, item 5: the CLI tables against every page of the docker CLI reference
// (../shared/reference/docker-cli-docs/, read by cliReferencePages.ts, not by the code under test).
// Missing commands, names or flags fail, and so do commands or flags the reference does not have.
import * as assert from 'node:assert';
import * as path from 'path';
import { cliTables } from '../../../src/core/knowledge/cliAccess';
import type { CliCommandSet } from '../../../src/core/knowledge/cli/cliTables';
import { cliDocsDir, referencePages, type RefPage } from './cliReferencePages';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const dir = cliDocsDir(repoRoot);
const pages = dir ? referencePages(dir) : [];
/** Swarm, plugins, trust, manifests and checkpoints: a hover for the command, flags optional (issue 25). */
const LATER = /^(checkpoint|config|manifest|node|plugin|secret|service|stack|swarm|trust)\b/;

const setOf = (p: RefPage): CliCommandSet => (p.program === 'compose' ? cliTables().compose : cliTables().docker);
const globalFlags = (p: RefPage) => (p.program === 'compose' ? cliTables().composeGlobalFlags : cliTables().dockerGlobalFlags);
const flagsOf = (p: RefPage) => {
  if (!p.name) return globalFlags(p);
  const key = setOf(p).names.get(p.name);
  return key ? setOf(p).commands[key].flags : [];
};
const checked = pages.filter(p => !LATER.test(p.name) || p.program === 'compose');
const commandCount = pages.filter(p => p.name).length;
const flagCount = checked.reduce((n, p) => n + p.options.filter(o => !o.hidden).length, 0);
const leftOut = pages.flatMap(p => p.options.filter(o => o.hidden).map(o => `${p.program === 'compose' ? 'docker compose' : 'docker'} ${p.name} ${o.names.join('/')}`));

describe(`CLI tables against the reference: ${commandCount} command pages, ${flagCount} flags`, function () {
  before(function () {
    if (!dir) { console.log('      ../shared/reference/docker-cli-docs not found: skipping'); this.skip(); }
  });

  it('knows every command of the reference under every name it answers to, and each name leads to one command', () => {
    const missing: string[] = [];
    for (const p of pages.filter(p => p.name)) {
      const keys = new Set([p.name, ...p.aliases].map(n => setOf(p).names.get(n)));
      if (keys.has(undefined)) missing.push(`${p.file}: ${[p.name, ...p.aliases].filter(n => !setOf(p).names.get(n)).join(', ')}`);
      else assert.strictEqual(keys.size, 1, `${p.file}: its names lead to ${[...keys].join(' and ')}`);
    }
    assert.deepStrictEqual(missing, []);
  });

  it('names no command the reference does not have', () => {
    for (const program of ['docker', 'compose'] as const) {
      const known = new Set(pages.filter(p => p.program === program).flatMap(p => [p.name, ...p.aliases]));
      const set = program === 'compose' ? cliTables().compose : cliTables().docker;
      assert.deepStrictEqual([...set.names.keys()].filter(n => !known.has(n)), [], program);
    }
  });

  it(`has every flag of the reference (${flagCount}; hidden ones may be left out: ${leftOut.length})`, () => {
    if (leftOut.length) console.log(`      hidden, left out: ${leftOut.join('; ')}`);
    console.log(`      flags not checked (outside a first month): ${pages.filter(p => p.program === 'docker' && LATER.test(p.name)).map(p => p.name).join(', ')}`);
    const missing: string[] = [];
    for (const p of checked) {
      const ours = flagsOf(p);
      for (const o of p.options.filter(o => !o.hidden)) {
        const doc = ours.find(f => o.names.every(n => f.names.includes(n)));
        if (!doc) missing.push(`${p.file}: ${o.names.join(' ')}`);
        else assert.ok(doc.summary.length > 10, `${p.file}: ${o.names.join(' ')} has no explanation`);
      }
    }
    assert.deepStrictEqual(missing, []);
  });

  it('names no flag the reference does not have for that command (any of its pages)', () => {
    const extra: string[] = [];
    for (const program of ['docker', 'compose'] as const) {
      const set = program === 'compose' ? cliTables().compose : cliTables().docker;
      for (const [key, doc] of Object.entries(set.commands)) {
        const own = pages.filter(p => p.program === program && p.name && set.names.get(p.name) === key).flatMap(p => p.options.flatMap(o => o.names));
        for (const f of doc.flags) for (const n of f.names) if (!own.includes(n)) extra.push(`${program} ${key} ${n}`);
      }
      const globals = program === 'compose' ? cliTables().composeGlobalFlags : cliTables().dockerGlobalFlags;
      const own = pages.filter(p => p.program === program && !p.name).flatMap(p => p.options.flatMap(o => o.names));
      for (const f of globals) for (const n of f.names) if (!own.includes(n)) extra.push(`${program} (itself) ${n}`);
    }
    assert.deepStrictEqual(extra, []);
  });
});
