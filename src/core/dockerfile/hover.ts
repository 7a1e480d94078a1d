// SPDX-License-Identifier: MIT
// explainDockerfile: find what the position points at, ask the matching explainer, render once.
import type { Onbuild } from 'dockerfile-ast';
import type { Notes } from '../notes/notes';
import { notesAbout } from '../notes/notes';
import { renderHover } from '../render';
import { contains, type Position } from '../text';
import type { Explanation } from '../types';
import type { DockerfileHit } from './hit';
import { explainKeyword } from './instructionHover';
import { dockerfileModel, instructionAt, type DockerfileModel } from './model';

export interface ExplainOptions {
  /** The learner's notes; matching quotes are added to the hover. */
  notes?: Notes;
}

/** Finds something to say about `pos`; each explainer returns undefined when it has nothing specific. */
type Explainer = (model: DockerfileModel, pos: Position) => DockerfileHit | undefined;

const explainers: readonly Explainer[] = [
  explainInstructionKeyword,
  explainOnbuildTrigger,
];

/**
 * Explains the Dockerfile item at `position`: an instruction keyword, and (as they are added)
 * flags, variables, stages and images. Returns undefined when there is nothing specific to say.
 * The text is parsed once and cached, so repeated hovers on the same text reuse the parse.
 */
export function explainDockerfile(text: string, position: Position, options: ExplainOptions = {}): Explanation | undefined {
  const model = dockerfileModel(text);
  for (const explain of explainers) {
    const hit = explain(model, position);
    if (!hit) continue;
    const notes = hit.topics ? notesAbout(options.notes, hit.topics) : [];
    return { range: hit.range, markdown: renderHover(notes.length ? { ...hit.content, notes } : hit.content) };
  }
  return undefined;
}

function explainInstructionKeyword(model: DockerfileModel, pos: Position): DockerfileHit | undefined {
  const inst = instructionAt(model, pos);
  if (!inst) return undefined;
  const keywordRange = inst.getInstructionRange();
  return contains(keywordRange, pos) ? explainKeyword(model, inst, keywordRange) : undefined;
}

/** `ONBUILD RUN make`: hovering `RUN` explains RUN as a deferred trigger. */
function explainOnbuildTrigger(model: DockerfileModel, pos: Position): DockerfileHit | undefined {
  const inst = instructionAt(model, pos);
  if (!inst || inst.getKeyword() !== 'ONBUILD') return undefined;
  const trigger = (inst as Onbuild).getTriggerInstruction();
  if (!trigger) return undefined;
  const range = trigger.getInstructionRange();
  return contains(range, pos) ? explainKeyword(model, trigger, range, inst) : undefined;
}
