// SPDX-License-Identifier: MIT
// Reading a V8 CPU profile for the time one extension's own code held the main thread: the samples whose stack
// holds a frame of one of its scripts. The benchmark's activation figure (bench/activationChild.ts) adds them up;
// the host test of large files (test/integration/largeFiles.test.ts) takes the longest run of them without a break.
import type { Profiler } from 'inspector';

/**
 * Milliseconds in samples whose stack holds a frame of a script `ours` accepts: in all, and the longest run.
 * A profile cannot tell one turn of the event loop from the next: work cut into turns (setImmediate), whose
 * turns follow each other, reads as one run. `turns`, when given, are times at which the event loop ran a
 * timer (microseconds, on the profile's clock: process.hrtime's), and a run ends at each of them, since the
 * thread was free there for whatever else was waiting.
 * `maxGapUs`, when given: a sample that comes longer than this after the one before says nothing of the time
 * between (on a loaded machine the sampling thread itself waits for a processor, up to hundreds of
 * milliseconds); that time ends the run and is counted apart, as `gaps`.
 */
export function profileTime(profile: Profiler.Profile, ours: (url: string) => boolean, turns: readonly number[] = [], maxGapUs = Infinity): { totalMs: number; longestMs: number; gaps?: { count: number; longestMs: number } } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map<number, boolean>();
  const inOurs = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const p = parent.get(id);
    const answer = ours(byId.get(id)?.callFrame.url ?? '') || (p !== undefined && inOurs(p));
    memo.set(id, answer);
    return answer;
  };
  const sortedTurns = [...turns].sort((a, b) => a - b);
  let totalMs = 0, longestMs = 0, stretch = 0, at = profile.startTime, nextTurn = 0;
  const gaps = { count: 0, longestMs: 0 };
  (profile.samples ?? []).forEach((id, i) => {
    const delta = profile.timeDeltas?.[i] ?? 0;
    at += delta;
    // A turn since the last sample: what follows is a new run.
    let turned = false;
    while (nextTurn < sortedTurns.length && sortedTurns[nextTurn] <= at) { turned = true; nextTurn++; }
    const dt = delta / 1000;
    if (delta > maxGapUs) {
      gaps.count++;
      gaps.longestMs = Math.max(gaps.longestMs, dt);
      stretch = 0;
      return;
    }
    stretch = inOurs(id) ? (turned ? 0 : stretch) + dt : 0;
    if (stretch > 0) totalMs += dt;
    longestMs = Math.max(longestMs, stretch);
  });
  return maxGapUs === Infinity ? { totalMs, longestMs } : { totalMs, longestMs, gaps };
}
