// SPDX-License-Identifier: MIT
// What a stage has in force at its end (its USER, its start command, its ports) is what the stage it builds on
// had, changed by the stage's own lines. Made that way, once per stage and model, a file of 2,000 stages each
// built on the one before costs 2,000 steps; walking each stage's chain again cost 2,000 times its depth, and a
// copy of the chain per stage.
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileModel } from './model';
import { instructionsIn, parentStage } from './stageIndex';
import type { Stage } from './stages';

const memos = new WeakMap<DockerfileModel, Map<string, Map<Stage, unknown>>>();

/**
 * The value `make` gives `stage` from the value of the stage it builds on (undefined for a stage built on an
 * image), each stage made once per model. `what` names the value: one `make` per name.
 */
export function alongChain<T>(model: DockerfileModel, what: string, stage: Stage, make: (stage: Stage, above: T | undefined) => T): T {
  let byWhat = memos.get(model);
  if (!byWhat) memos.set(model, byWhat = new Map());
  let known = byWhat.get(what) as Map<Stage, T> | undefined;
  if (!known) byWhat.set(what, known = new Map());
  if (known.has(stage)) return known.get(stage)!;
  // Up to the first stage already made (or the root), then down again: no recursion, however long the chain.
  // parentStage only gives an earlier stage, so the walk ends.
  const todo: Stage[] = [];
  let s: Stage | undefined = stage;
  while (s && !known.has(s)) {
    todo.push(s);
    s = parentStage(model, s);
  }
  let value = s ? known.get(s) : undefined;
  for (let i = todo.length - 1; i >= 0; i--) {
    value = make(todo[i], value);
    known.set(todo[i], value);
  }
  return value!;
}

/** The last `keyword` line (upper case) in force at the end of `stage`: its own, or the nearest stage's it builds on. */
export function lastAlongChain(model: DockerfileModel, stage: Stage, keyword: string): Instruction | undefined {
  return alongChain<Instruction | undefined>(model, `last ${keyword}`, stage, (s, above) => {
    const own = instructionsIn(model, s, keyword);
    return own.length ? own[own.length - 1] : above;
  });
}

/** The stage at the top of `stage`'s chain: the one built on an image (or `scratch`). */
export function rootStage(model: DockerfileModel, stage: Stage): Stage {
  return alongChain<Stage>(model, 'root', stage, (s, above) => above ?? s);
}
