// SPDX-License-Identifier: MIT
// Problems drawn on the diagram: a service whose `build:` names a folder without a Dockerfile (or a file that
// is not there) gets a warning in its box, from the same Problems the editor shows (MissingPath).
import { buildPathWarning } from '../diagnostics/compose/rules/missingPath';
import type { Diagnostic } from '../diagnostics/types';
import type { Range } from '../text';
import type { ComposeGraph } from './types';

const inside = (r: Range, line: number): boolean => r.start.line <= line && line <= r.end.line;

/** The graph with `warnings` set on each service whose `build:` a Problem reports; the graph given is not changed. */
export function markServiceProblems(graph: ComposeGraph, problems: readonly Diagnostic[]): ComposeGraph {
  const found = problems.filter(d => d.code === 'MissingPath').map(d => ({ line: d.range.start.line, words: buildPathWarning(d.message) }))
    .filter((p): p is { line: number; words: string } => !!p.words);
  if (found.length === 0) return graph;
  return {
    ...graph,
    nodes: graph.nodes.map(n => {
      const range = n.buildRange;
      const words = range ? found.filter(p => inside(range, p.line)).map(p => p.words) : [];
      return words.length ? { ...n, warnings: [...new Set(words)] } : n;
    }),
  };
}
