// SPDX-License-Identifier: MIT
// How much outline and folding one file gets. A 1.9 MB compose file has about 100,000 outline entries:
// turning them into the editor's objects took the VS Code extension host 0.6 s on its only thread, and the
// editor draws no more than a few thousand usefully. The caps follow VS Code's own: its JSON language
// server lists at most 5,000 symbols (json.maxItemsComputed), and the editor folds at most 5,000 regions
// (editor.foldingMaximumRegions). Links get the same bound: one per `image:` line made 15,000 at 1.9 MB.
import type { DocumentLink, FoldRange, OutlineSymbol } from './types';

export const MAX_OUTLINE_SYMBOLS = 5000;
export const MAX_FOLDING_RANGES = 5000;
export const MAX_LINKS = 5000;

/** The first `max` links, in file order. */
export function capLinks(links: DocumentLink[], max = MAX_LINKS): DocumentLink[] {
  return links.length <= max ? links : links.slice(0, max);
}

function countSymbols(symbols: readonly OutlineSymbol[], limit: number): number {
  let n = 0;
  const stack = [...symbols];
  while (stack.length && n <= limit) {
    const s = stack.pop()!;
    n++;
    stack.push(...s.children);
  }
  return n;
}

/**
 * The outline cut to `max` entries, level by level: a huge file keeps its sections and as many of its
 * services or stages as fit, in file order, before anyone's keys. Under the cap it is returned as it is.
 */
export function capOutline(symbols: OutlineSymbol[], max = MAX_OUTLINE_SYMBOLS): OutlineSymbol[] {
  if (countSymbols(symbols, max) <= max) return symbols;
  const roots: OutlineSymbol[] = [];
  let level: { node: OutlineSymbol; parent?: OutlineSymbol }[] = symbols.map(node => ({ node }));
  let left = max;
  while (level.length > 0 && left > 0) {
    const next: typeof level = [];
    for (const { node, parent } of level) {
      if (left === 0) break;
      left--;
      const copy: OutlineSymbol = { ...node, children: [] };
      (parent ? parent.children : roots).push(copy);
      for (const child of node.children) next.push({ node: child, parent: copy });
    }
    level = next;
  }
  return roots;
}

/** The folding ranges cut to `max`: the longest ones, which hold the others, kept in file order. */
export function capFolding(ranges: FoldRange[], max = MAX_FOLDING_RANGES): FoldRange[] {
  if (ranges.length <= max) return ranges;
  const kept = new Set([...ranges].sort((a, b) => (b.endLine - b.startLine) - (a.endLine - a.startLine) || a.startLine - b.startLine).slice(0, max));
  return ranges.filter(r => kept.has(r));
}
