// SPDX-License-Identifier: MIT
// Counts whole-file index builds, so tests can prove a second hover reuses the first one's work.

let builds = 0;

/** Records one whole-file index build. */
export function countIndexBuild(): void {
  builds++;
}

/** How many whole-file indexes (stages, definitions, stage references...) were built in this process. */
export function dockerfileIndexBuilds(): number {
  return builds;
}
