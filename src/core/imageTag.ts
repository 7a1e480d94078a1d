// SPDX-License-Identifier: MIT
// An image reference without its tag (or digest): what `/:[^/]*$/` cut, in one pass. That pattern tried every
// `:` and read on to the end from each, so `a::::…:/x` (16,000 colons) took a second in a link or a hover.

/**
 * `ref` cut at the first of `marks` after its last `/`: `nginx:1.27` → `nginx`, `localhost:5000/app:v1` →
 * `localhost:5000/app`; with `':@'`, a digest goes too.
 */
export function untagged(ref: string, marks: ':' | ':@' = ':'): string {
  for (let i = ref.lastIndexOf('/') + 1; i < ref.length; i++) {
    if (ref[i] === ':' || (marks === ':@' && ref[i] === '@')) return ref.slice(0, i);
  }
  return ref;
}
