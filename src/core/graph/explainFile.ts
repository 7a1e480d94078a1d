// SPDX-License-Identifier: MIT
// What the "Explain this file" view shows of a file, worked out in one call: for a compose file the diagram,
// its problems marked on it and the walk-through; for a Dockerfile its stages. One call, so that an editor can
// ask it of a worker thread for a large file (a 1.9 MB compose file takes seconds) as well as in place.
import { composeDiagnostics } from '../diagnostics/composeDiagnostics';
import { readComposeInputs, type DiskReader } from '../diagnostics/inputs';
import { isTooLarge } from '../largeFile';
import type { FileContext } from '../types';
import { composeGraph } from './composeGraph';
import { composeWalkthrough, type WalkStep } from './composeWalkthrough';
import { dockerfileOutline } from './dockerfileOutline';
import { markServiceProblems } from './serviceProblems';
import type { ComposeGraph, OutlineStage } from './types';

/** The view's model of a file; `overLimit` says why the diagram is left out, when it is. */
export type ExplainFileModel =
  | { type: 'compose'; graph: ComposeGraph; walk: WalkStep[]; overLimit?: string; tooLarge?: boolean }
  | { type: 'dockerfile'; stages: OutlineStage[]; overLimit?: string; tooLarge: boolean };

export interface ExplainFileOptions { maxFileChars?: number; maxNodes: number }

/**
 * The model of a compose file or Dockerfile for the Explain view. A compose file's problems are those at
 * their default severities (Compose's view, not the user's settings: an error means Compose refuses the
 * file), with what lies beside it read through `disk`, as the Problems panel reads it.
 */
export async function explainFileModel(kind: 'compose' | 'dockerfile', text: string, file: FileContext, disk: DiskReader, options: ExplainFileOptions): Promise<ExplainFileModel> {
  const { maxFileChars, maxNodes } = options;
  if (kind === 'dockerfile') {
    const stages = dockerfileOutline(text, { maxFileChars });
    const overLimit = stages.length > maxNodes ? `${stages.length} stages, more than the limit of ${maxNodes} (setting dockerCoach.explain.maxNodes), so the diagram is left out.` : undefined;
    return { type: 'dockerfile', stages, overLimit, tooLarge: isTooLarge(text, maxFileChars) };
  }
  const inputs = isTooLarge(text, maxFileChars) ? {} : await readComposeInputs(text, file, disk).catch(() => ({}));
  const problems = composeDiagnostics(text, { ...inputs, file, maxFileChars });
  // A build folder without its Dockerfile shows on the service in the diagram too.
  const graph = markServiceProblems(composeGraph(text, file, { maxFileChars }), problems);
  const walk = composeWalkthrough(graph, { problems });
  const overLimit = graph.nodes.length > maxNodes ? `This project has ${graph.nodes.length} things to draw, more than the limit of ${maxNodes} (setting dockerCoach.explain.maxNodes). The diagram is left out so the editor stays quick; the walk-through below still covers every service.` : undefined;
  return { type: 'compose', graph, walk, overLimit, tooLarge: graph.tooLarge };
}
