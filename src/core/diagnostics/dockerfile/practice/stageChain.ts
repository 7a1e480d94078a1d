// SPDX-License-Identifier: MIT
// Which stages end up in the image `docker build` produces: the last stage and the stages it is
// built FROM. Files left in a build stage that is only copied from do not reach the final image,
// so size rules (apt lists, pip cache) look only at these stages.
import type { DockerfileModel } from '../../../dockerfile/model';
import { isLastStage, parentStage } from '../../../dockerfile/stageIndex';
import { stagesOf, type Stage } from '../../../dockerfile/stages';

/** `stage`, then the stage it builds on, and so on (a few dozen deep at most). */
export function stageChain(model: DockerfileModel, stage: Stage): Stage[] {
  const chain: Stage[] = [];
  for (let s: Stage | undefined = stage; s && chain.length < 64; s = parentStage(model, s)) chain.push(s);
  return chain;
}

/** The last stage of the file, if there is one. */
export function finalStage(model: DockerfileModel): Stage | undefined {
  const stages = stagesOf(model);
  const last = stages[stages.length - 1];
  return last.index >= 0 && isLastStage(model, last) ? last : undefined;
}

const finals = new WeakMap<DockerfileModel, Set<Stage>>();

/** The stages whose layers are part of the final image. */
export function stagesInFinalImage(model: DockerfileModel): Set<Stage> {
  let set = finals.get(model);
  if (set) return set;
  const last = finalStage(model);
  set = new Set(last ? stageChain(model, last) : []);
  finals.set(model, set);
  return set;
}
