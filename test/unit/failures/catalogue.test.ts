// SPDX-License-Identifier: MIT
// The failure catalogue on real outputs: every recorded and quoted fixture gives its kind (and its line where
// one is known), every near miss gives what it should instead, and every kind has both.
import * as assert from 'assert';
import { explainDockerFailure, failureKinds } from '../../../src/core/index';
import { nearMisses, quotedFixtures, recordedFixtures } from './fixtures';

const recorded = recordedFixtures();
const quoted = quotedFixtures();
const misses = nearMisses();

describe('Failure catalogue on recorded and quoted outputs', () => {
  it('the catalogue has at least 25 kinds, each code once', () => {
    const codes = failureKinds.map((k) => k.code);
    assert.ok(codes.length >= 25, `${codes.length} kinds`);
    assert.strictEqual(new Set(codes).size, codes.length);
  });

  for (const f of [...recorded, ...quoted]) {
    it(`${f.source === 'recorded' ? 'recorded' : 'quoted'} ${f.name} → ${f.kind}`, () => {
      const failure = explainDockerFailure(f);
      assert.strictEqual(failure?.code ?? 'none', f.kind, failure?.markdown);
      if (f.location) assert.deepStrictEqual(failure?.location, f.location);
    });
  }

  for (const m of misses) {
    it(`near miss for ${m.kind}: ${m.why}`, () => {
      const failure = explainDockerFailure(m);
      assert.notStrictEqual(failure?.code, m.kind);
      assert.strictEqual(failure?.code ?? null, m.expect);
    });
  }

  it('every kind has a positive fixture and a near miss; quoted fixtures cite their source', () => {
    for (const kind of failureKinds) {
      assert.ok([...recorded, ...quoted].some((f) => f.kind === kind.code), `${kind.code} has no positive fixture`);
      assert.ok(misses.some((m) => m.kind === kind.code), `${kind.code} has no near miss`);
    }
    for (const f of quoted) assert.ok(f.source.length > 20, `${f.name} has no source`);
  });

  it('every kind is recorded from the engine or quoted, and at least 25 kinds are recorded live', () => {
    const live = new Set(recorded.map((f) => f.kind).filter((k) => k !== 'none'));
    assert.ok(live.size >= 25, `${live.size} kinds recorded`);
  });

  it('every explanation has the hover shape and a docs.docker.com reference', () => {
    for (const f of [...recorded, ...quoted].filter((x) => x.kind !== 'none')) {
      const md = explainDockerFailure(f)!.markdown;
      assert.match(md, /^\*\*[^*]+\*\* · `/, f.name);
      assert.match(md, /\*\*Why, for this command\*\*/, f.name);
      assert.match(md, /\*\*What to do\*\*/, f.name);
      assert.match(md, /\[Reference\]\(https:\/\/docs\.docker\.com\//, f.name);
    }
  });
});
