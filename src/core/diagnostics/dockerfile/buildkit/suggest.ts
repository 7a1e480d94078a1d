// SPDX-License-Identifier: MIT
// BuildKit's "did you mean": the first candidate at the smallest edit distance, below 3.
import { editDistance } from '../../../spelling';

export function suggestName(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    if (c === name) return undefined;
    const d = editDistance(name, c, 2);
    if (d < bestDistance) { best = c; bestDistance = d; }
  }
  return best;
}
