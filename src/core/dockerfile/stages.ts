// SPDX-License-Identifier: MIT
// Build stages: each FROM starts one, and the instructions up to the next FROM belong to it.
import type { From, Instruction } from 'dockerfile-ast';
import { countIndexBuild } from './indexStats';
import type { DockerfileModel } from './model';
import { argumentWords } from './words';

export interface Stage {
  /** 0-based stage number, as `COPY --from=0` counts. -1 for lines before the first FROM. */
  index: number;
  /** The `AS name`, if any. */
  name?: string;
  /** The base image as written, e.g. `python:3.12-slim`. Empty before the first FROM. */
  image: string;
  from?: From;
  /** The instructions of this stage, FROM included. */
  instructions: readonly Instruction[];
}

const stagesOfModel = new WeakMap<DockerfileModel, Stage[]>();

/** All stages of the file, computed once per model. Stage -1 holds what comes before the first FROM. */
export function stagesOf(model: DockerfileModel): readonly Stage[] {
  let stages = stagesOfModel.get(model);
  if (stages) return stages;
  stages = [{ index: -1, image: '', instructions: [] }];
  for (const inst of model.instructions) {
    if (inst.getKeyword() === 'FROM') {
      // `FROM [--flag...] image [AS name]`, read from the text: From.getImage() is too slow for big files.
      const words = argumentWords(model, inst).filter(w => !w.startsWith('--'));
      stages.push({
        index: stages.length - 1,
        name: words.length >= 3 && words[1].toUpperCase() === 'AS' ? words[2] : undefined,
        image: words[0] ?? '',
        from: inst as From,
        instructions: [inst],
      });
    } else {
      (stages[stages.length - 1].instructions as Instruction[]).push(inst);
    }
  }
  stagesOfModel.set(model, stages);
  countIndexBuild();
  return stages;
}

/** The stage that `inst` belongs to. */
export function stageOf(model: DockerfileModel, inst: Instruction): Stage {
  const line = inst.getRange().start.line;
  const stages = stagesOf(model);
  // Binary search over the FROM lines: files with thousands of stages stay fast.
  let lo = 0, hi = stages.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (stages[mid].from!.getRange().start.line <= line) lo = mid; else hi = mid - 1;
  }
  return stages[lo];
}
