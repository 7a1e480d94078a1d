// SPDX-License-Identifier: MIT
// An item's documentation is the hover for the same thing, whose first line is its name and tags
// ("`FROM` · build time · starts a stage"). The editor's details pane already shows the label in the list and
// the detail as the pane's header, so a first line that says nothing else showed the same words twice
// (K2 of the 2026-12-06 walkthrough). It is dropped from such items; a first line that adds something (the
// long form of a flag, `since 1.8.0`) stays.
import type { CompletionItem } from './types';

/** `FROM`, `# syntax=` and `syntax=` all name the same thing. */
const bare = (s: string) => s.replace(/^#\s*/, '').replace(/=$/, '').trim();

/** Each item, without a first documentation line that repeats its label and detail. */
export function withoutRepeatedHeader(items: CompletionItem[]): CompletionItem[] {
  return items.map((item) => {
    const cut = item.documentation.indexOf('\n\n');
    if (cut < 0 || !item.detail) return item;
    const header = /^(`+) ?(.*?) ?\1(?: · (.*))?$/.exec(item.documentation.slice(0, cut));
    if (!header?.[3] || bare(header[2]) !== bare(item.label)) return item;
    const shown = new Set(item.detail.split(' · '));
    if (!header[3].split(' · ').every((tag) => shown.has(tag))) return item;
    return { ...item, documentation: item.documentation.slice(cut + 2) };
  });
}
