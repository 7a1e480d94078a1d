// SPDX-License-Identifier: MIT
// Completion documentation is the hover's markdown for the same item; each is rendered once and kept,
// so a list of 18 instructions or 60 compose keys costs a few map lookups after the first time.
import { renderHover, type HoverContent } from '../render';

const rendered = new Map<string, string>();

/** The markdown for `key`, rendering `content()` on the first call only. */
export function cachedDoc(key: string, content: () => HoverContent): string {
  let md = rendered.get(key);
  if (md === undefined) {
    md = renderHover(content());
    rendered.set(key, md);
  }
  return md;
}

/** How many documentation strings have been rendered; tests use it to prove the cache works. */
export function renderedDocCount(): number {
  return rendered.size;
}

/** Zero-padded rank, so `sortText` orders as numbers do. */
export function rank(n: number): string {
  return String(n).padStart(3, '0');
}
