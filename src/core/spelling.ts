// SPDX-License-Identifier: MIT
// "Did you mean ...?" for misspelt instructions, keys and flags.

/** Edit distance between two strings (insert, delete, substitute), capped at `max + 1` for speed. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The candidate nearest to `word`, if it is close enough to be a plausible typo:
 * at most 2 edits, and fewer than half the word's length.
 */
export function closestName(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.min(2, Math.max(1, Math.floor((word.length - 1) / 2)));
  for (const c of candidates) {
    const d = editDistance(word, c, bestDistance);
    if (d <= bestDistance && (best === undefined || d < editDistance(word, best, bestDistance))) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
