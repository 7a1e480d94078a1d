// SPDX-License-Identifier: MIT
// A hover on a large file is asked of the worker thread, which may be parsing the file whole (seconds for a
// 1.9 MB compose file in flow style) or checking an earlier version. Rather than leave the learner looking
// at "Loading…", a keyword-only answer stands in after a short wait (issue 29). Both adapters use this.

/** How long a hover waits for the worker before the stand-in: about a keystroke, well under a second. */
export const STAND_IN_AFTER_MS = 250;

/**
 * `answer` if it settles within `ms`, else what `standIn()` gives (or throws). An answer that comes later
 * is dropped, while the worker keeps what it worked out for the next hover; a failure that comes later
 * has nowhere to go and is ignored.
 */
export function answerOrStandIn<T>(answer: Promise<T>, standIn: () => T, ms = STAND_IN_AFTER_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<T>((resolve, reject) => {
    timer = setTimeout(() => {
      try { resolve(standIn()); } catch (err) { reject(err); }
    }, ms);
  });
  answer.catch(() => undefined);
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}
