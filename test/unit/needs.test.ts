// SPDX-License-Identifier: MIT
// The one rule for suites that need something from the machine: fail under CI, skip with the reason elsewhere.
import * as assert from 'assert';
import { needOrSkip, underCi } from '../needs';

function attempt(missing: string | undefined, env: NodeJS.ProcessEnv): { skipped: boolean; said: string[]; error?: string } {
  const said: string[] = [];
  let skipped = false;
  try {
    needOrSkip({ skip: () => { skipped = true; } }, 'the widget tests', missing, (m) => said.push(m), env);
  } catch (err) {
    return { skipped, said, error: (err as Error).message };
  }
  return { skipped, said };
}

describe('needOrSkip: what a suite does when the machine lacks what it needs', () => {
  it('under CI, a missing program fails with the reason and does not skip', () => {
    const r = attempt('widget is not installed', { CI: 'true' });
    assert.strictEqual(r.skipped, false);
    assert.match(r.error ?? '', /the widget tests cannot run: widget is not installed\. CI must have it/);
  });

  it('outside CI, it skips and says why', () => {
    const r = attempt('widget is not installed', {});
    assert.deepStrictEqual(r, { skipped: true, said: ['NOT RUN: the widget tests: widget is not installed'] });
  });

  it('with nothing missing, it neither skips nor fails, under CI or not', () => {
    assert.deepStrictEqual(attempt(undefined, { CI: 'true' }), { skipped: false, said: [] });
    assert.deepStrictEqual(attempt(undefined, {}), { skipped: false, said: [] });
  });

  it('reads CI the way CI services set it', () => {
    assert.deepStrictEqual(['true', '1', 'yes', 'false', '0', '', undefined].map(v => underCi({ CI: v })), [true, true, true, false, false, false, false]);
  });
});
