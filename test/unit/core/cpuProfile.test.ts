// SPDX-License-Identifier: MIT
// The CPU-profile reading that the activation benchmark and the large-file host test share (test/cpuProfile.ts).
import * as assert from 'assert';
import type { Profiler } from 'inspector';
import { profileTime } from '../../cpuProfile';

const frame = (url: string) => ({ functionName: 'f', scriptId: '1', url, lineNumber: 0, columnNumber: 0 });

describe('profileTime', () => {
  it('counts the samples under a frame of our script, in all and in the longest unbroken run', () => {
    // root → ours.js → lib.js (called from our code: ours too); root → other.js.
    const profile: Profiler.Profile = {
      nodes: [
        { id: 1, callFrame: frame(''), children: [2, 4] },
        { id: 2, callFrame: frame('/ext/dist/ours.js'), children: [3] },
        { id: 3, callFrame: frame('/node_modules/lib.js') },
        { id: 4, callFrame: frame('/other/dist/other.js') },
      ],
      startTime: 0, endTime: 100,
      samples: [2, 3, 4, 3, 3, 3, 1],
      timeDeltas: [1000, 2000, 4000, 1000, 1000, 1000, 8000],
    };
    assert.deepStrictEqual(profileTime(profile, (url) => url.endsWith('/ours.js')), { totalMs: 6, longestMs: 3 });
    assert.deepStrictEqual(profileTime(profile, () => false), { totalMs: 0, longestMs: 0 });
    assert.deepStrictEqual(profileTime({ nodes: [], startTime: 0, endTime: 0 }, () => true), { totalMs: 0, longestMs: 0 });
  });
});
