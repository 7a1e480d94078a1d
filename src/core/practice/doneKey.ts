// SPDX-License-Identifier: MIT
// The context key an exercise sets once done. A module of its own: the editor sets these keys again when a
// window opens, before anything else of the core is loaded (issue 29).

const keyPrefix = 'dockerCoach.practiceDone.';

/**
 * The context key that is true once exercise `id` is done: `build-backend` → `dockerCoach.practiceDone.buildBackend`.
 * camelCase keeps the key one plain word in a when clause.
 */
export function practiceDoneKey(id: string): string {
  return `${keyPrefix}${String(id).replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase())}`;
}
