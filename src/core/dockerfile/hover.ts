// SPDX-License-Identifier: MIT
// explainDockerfile: find what the position points at, ask the matching explainer, render once.
import { explainDockerfileKeywordOnly, isTooLarge } from '../largeFile';
import type { Onbuild } from 'dockerfile-ast';
import type { Notes } from '../notes/notes';
import { notesAbout } from '../notes/notes';
import { renderHover } from '../render';
import { contains, type Position } from '../text';
import type { Explanation } from '../types';
import { explainArgument } from './argumentHover';
import { explainDirective } from './directiveHover';
import { explainExposedPort } from './exposeHover';
import { explainFlag } from './flagHover';
import { explainHeredoc, type HeredocBody } from './heredocHover';
import type { DockerfileHit } from './hit';
import { explainImage } from './imageHover';
import { explainKeyword } from './instructionHover';
import { instructionAt, type DockerfileModel } from './model';
import { dockerfileModelAt, hugeHereDocumentAt, quietAt } from './skeleton';
import { explainName } from './nameHover';
import { explainStage } from './stageHover';
import { explainVariable } from './variableHover';

export interface ExplainOptions {
  /** The learner's notes; matching quotes are added to the hover. */
  notes?: Notes;
  /** Past this many characters only the keyword under the cursor is explained (see largeFile.ts). */
  maxFileChars?: number;
}

/** Finds something to say about `pos`; each explainer returns undefined when it has nothing specific. */
type Explainer = (model: DockerfileModel, pos: Position) => DockerfileHit | undefined;

/** Most specific first: a variable inside a flag value is explained as the variable, the rest of the flag as the flag. */
const explainers: readonly Explainer[] = [
  explainDirective,
  explainInstructionKeyword,
  explainOnbuildTrigger,
  explainVariable,
  explainHeredoc,
  explainFlag,
  explainStage,
  explainImage,
  explainExposedPort,
  explainArgument,
  explainName,
];

let failures = 0;

/** How many explainer calls threw (and were skipped) in this process; tests assert it stays 0. */
export function dockerfileExplainerFailures(): number {
  return failures;
}

/**
 * Explains the Dockerfile item at `position`: a parser directive, an instruction keyword, a flag or
 * `--mount` option, a here-document marker, a variable, a stage name or reference, a base image, an
 * exposed port, or the argument of LABEL/USER/WORKDIR/STOPSIGNAL/HEALTHCHECK CMD. Returns undefined
 * when there is nothing specific to say. The text is parsed once and cached, and whole-file indexes
 * are built once per parse, so repeated hovers cost about the size of the instruction under the cursor.
 */
export function explainDockerfile(text: string, position: Position, options: ExplainOptions = {}): Explanation | undefined {
  if (isTooLarge(text, options.maxFileChars)) return explainDockerfileKeywordOnly(text, position, options.maxFileChars);
  if (quietAt(text, position)) return undefined;
  // The head of an instruction whose here-document is most of a large file: read with the body off the
  // lines, not parsed whole (a test holds every place of such heads to the whole parse's answers).
  let huge: ReturnType<typeof hugeHereDocumentAt>;
  try {
    huge = hugeHereDocumentAt(text, position);
  } catch {
    failures++;
  }
  const hit = huge ? firstHit(huge.model, position, huge.body) : firstHit(dockerfileModelAt(text, position), position);
  return hit && rendered(hit, options);
}

/** The first explainer's answer at `position`, in the order above; `body`, when the model's here-document stands in for a huge one. */
function firstHit(model: DockerfileModel, position: Position, body?: HeredocBody): DockerfileHit | undefined {
  for (const explain of explainers) {
    try {
      const hit = explain === explainHeredoc ? explainHeredoc(model, position, body) : explain(model, position);
      if (hit) return hit;
    } catch {
      // A hover must never break the editor: skip an explainer that trips on odd input; tests count these.
      failures++;
    }
  }
  return undefined;
}

function rendered(hit: DockerfileHit, options: ExplainOptions): Explanation {
  const notes = hit.topics ? notesAbout(options.notes, hit.topics) : [];
  return { range: hit.range, markdown: renderHover(notes.length ? { ...hit.content, notes } : hit.content) };
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
