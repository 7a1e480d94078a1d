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

  it('ends a run where the event loop turned between two samples', () => {
    const profile: Profiler.Profile = {
      nodes: [{ id: 1, callFrame: frame(''), children: [2] }, { id: 2, callFrame: frame('/ext/dist/ours.js') }],
      startTime: 100, endTime: 200,
      // Six samples of our code, 1 ms apart, at 1100 … 6100 µs.
      samples: [2, 2, 2, 2, 2, 2],
      timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000],
    };
    const ours = (url: string) => url.endsWith('/ours.js');
    assert.deepStrictEqual(profileTime(profile, ours), { totalMs: 6, longestMs: 6 }, 'one run with no turns known');
    // A timer ran at 2500 µs, between the second and third samples: runs of 2 and 4 ms.
    assert.deepStrictEqual(profileTime(profile, ours, [2500]), { totalMs: 6, longestMs: 4 });
    assert.deepStrictEqual(profileTime(profile, ours, [4500, 2500, 50]), { totalMs: 6, longestMs: 2 }, 'turns in any order; one before the first sample changes nothing');
  });

  it('counts a long silence between two samples apart, as a gap that ends the run', () => {
    const profile: Profiler.Profile = {
      nodes: [{ id: 1, callFrame: frame(''), children: [2] }, { id: 2, callFrame: frame('/ext/dist/ours.js') }],
      startTime: 0, endTime: 400,
      // 1 ms apart, then nothing for 250 ms, then 1 ms apart again.
      samples: [2, 2, 2, 2, 2],
      timeDeltas: [1000, 1000, 250000, 1000, 1000],
    };
    const ours = (url: string) => url.endsWith('/ours.js');
    assert.deepStrictEqual(profileTime(profile, ours), { totalMs: 254, longestMs: 254 }, 'without a limit the silence is ours');
    assert.deepStrictEqual(profileTime(profile, ours, [], 10000), { totalMs: 4, longestMs: 2, gaps: { count: 1, longestMs: 250 } });
  });
});
