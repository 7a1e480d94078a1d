// SPDX-License-Identifier: MIT
// untagged cuts an image reference where the patterns it replaced did (`/:[^/]*$/`, `/[:@][^/]*$/`), in one pass.
import * as assert from 'assert';
import { untagged } from '../../../src/core/imageTag';
import { seededRandom } from '../../../bench/generate';

describe('untagged', () => {
  it('cuts the tag, and with ":@" the digest, after the last slash only', () => {
    assert.strictEqual(untagged('nginx:1.27'), 'nginx');
    assert.strictEqual(untagged('localhost:5000/app:v1'), 'localhost:5000/app');
    assert.strictEqual(untagged('localhost:5000/app'), 'localhost:5000/app');
    assert.strictEqual(untagged('app@sha256:abc', ':@'), 'app');
    assert.strictEqual(untagged('app@sha256:abc'), 'app@sha256');
  });

  it('equals the patterns it replaced on 100,000 random strings of `:`, `@`, `/` and letters', () => {
    const random = seededRandom(7);
    for (let k = 0; k < 100000; k++) {
      let ref = '';
      for (let i = Math.floor(random() * 12); i > 0; i--) ref += ':@/a\n'[Math.floor(random() * 5)];
      assert.strictEqual(untagged(ref), ref.replace(/:[^/]*$/, ''), JSON.stringify(ref));
      assert.strictEqual(untagged(ref, ':@'), ref.replace(/[:@][^/]*$/, ''), JSON.stringify(ref));
    }
  });
});
