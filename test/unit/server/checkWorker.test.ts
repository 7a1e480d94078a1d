// SPDX-License-Identifier: MIT
// The checks in a worker thread give what the core gives in place, and a worker that cannot start or
// dies leaves its jobs to the main thread instead of losing them.
import * as assert from 'assert';
import * as path from 'path';
import { dockerfileDiagnostics } from '../../../src/core/index';
import { CheckRunner } from '../../../src/server/checkWorker';

const text = 'FROM alpine:3.20\nMAINTAINER me\nADD . /app\n';
const noSettings = () => undefined;
const codes = (d: { code: string }[]) => d.map(x => x.code).sort();

describe('CheckRunner', function () {
  this.timeout(20000);

  it('answers from a worker thread with what the core says in place', async () => {
    const runner = new CheckRunner(path.resolve(__dirname, '..', '..', '..', 'src', 'server', 'main.js'));
    try {
      const [a, b] = await Promise.all([runner.check('dockerfile', text, undefined, noSettings), runner.check('compose', 'services:\n  web:\n    imgae: x\n', undefined, noSettings)]);
      assert.deepStrictEqual(codes(a), codes(dockerfileDiagnostics(text)));
      assert.ok(b.some(d => d.code === 'UnknownKey'));
      const off = await runner.check('dockerfile', text, undefined, key => (key === 'diagnostics.rules' ? { MaintainerDeprecated: 'off' } : undefined));
      assert.ok(!off.some(d => d.code === 'MaintainerDeprecated'), 'settings cross into the worker');
    } finally {
      runner.dispose();
    }
  });

  it('checks in place when no worker script is given or the worker fails', async () => {
    assert.deepStrictEqual(codes(await new CheckRunner(undefined).check('dockerfile', text, undefined, noSettings)), codes(dockerfileDiagnostics(text)));
    const broken = new CheckRunner(path.join(__dirname, 'no-such-worker.js'));
    assert.deepStrictEqual(codes(await broken.check('dockerfile', text, undefined, noSettings)), codes(dockerfileDiagnostics(text)));
    broken.dispose();
  });
});
