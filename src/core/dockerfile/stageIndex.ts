// SPDX-License-Identifier: MIT
// Whole-file facts about stages, built once per model and cached: stage names, the instructions of
// each stage by keyword, and which stage a stage builds on. Hovers then answer with lookups and
// binary searches instead of walking the file.
import type { Instruction } from 'dockerfile-ast';
import { countIndexBuild } from './indexStats';
import type { DockerfileModel } from './model';
import { stagesOf, type Stage } from './stages';

interface StageIndex {
  /** Lower-cased stage name to its stage (the first one, if a name is used twice). */
  byName: Map<string, Stage>;
  /** Lower-cased stage name to every stage of that name, in file order (a name used twice is only a warning). */
  allNamed: Map<string, Stage[]>;
  /** For each stage (by `index + 1`), its instructions grouped by upper-case keyword, in file order. */
  keywords: Map<string, Instruction[]>[];
}

const indexes = new WeakMap<DockerfileModel, StageIndex>();

function stageIndex(model: DockerfileModel): StageIndex {
  let index = indexes.get(model);
  if (index) return index;
  const byName = new Map<string, Stage>();
  const allNamed = new Map<string, Stage[]>();
  const keywords: Map<string, Instruction[]>[] = [];
  for (const stage of stagesOf(model)) {
    if (stage.name) {
      const name = stage.name.toLowerCase();
      if (!byName.has(name)) byName.set(name, stage);
      let list = allNamed.get(name);
      if (!list) allNamed.set(name, list = []);
      list.push(stage);
    }
    const map = new Map<string, Instruction[]>();
    for (const inst of stage.instructions) {
      const k = inst.getKeyword();
      let list = map.get(k);
      if (!list) map.set(k, list = []);
      list.push(inst);
    }
    keywords.push(map);
  }
  index = { byName, allNamed, keywords };
  indexes.set(model, index);
  countIndexBuild();
  return index;
}

/** The stage called `name` (stage names ignore case), if the file has one. */
export function stageNamed(model: DockerfileModel, name: string): Stage | undefined {
  return stageIndex(model).byName.get(name.toLowerCase());
}

/**
 * The stage a `--from=` value or `FROM` image refers to: a stage name, or a stage number
 * (`--from=0` is the first FROM). Undefined when it is an image or a named context instead.
 */
export function stageByReference(model: DockerfileModel, ref: string): Stage | undefined {
  if (/^\d+$/.test(ref)) {
    const stages = stagesOf(model);
    const n = Number(ref);
    return n + 1 < stages.length ? stages[n + 1] : undefined;
  }
  return stageNamed(model, ref);
}

/**
 * The stage `stage` builds on when its FROM names an earlier stage (`FROM base AS dev`). As BuildKit reads
 * the stages (dockerfile2llb convert.go): in order, each FROM looked up among the names seen so far, where a
 * name used twice means its latest stage; and the FROM's word as written against the lower-cased names, so
 * `FROM Base` is an image name, not the stage `base`. `FROM node AS node` names the image too.
 */
export function parentStage(model: DockerfileModel, stage: Stage): Stage | undefined {
  if (!stage.from || !stage.image) return undefined;
  const list = stageIndex(model).allNamed.get(stage.image);
  if (!list) return undefined;
  // The last of them before this stage, by binary search: a file can name thousands of stages alike.
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].index < stage.index) lo = mid + 1; else hi = mid;
  }
  return lo > 0 ? list[lo - 1] : undefined;
}

/** The instructions with `keyword` (upper case) in `stage`, in file order. O(1). */
export function instructionsIn(model: DockerfileModel, stage: Stage, keyword: string): readonly Instruction[] {
  return stageIndex(model).keywords[stage.index + 1]?.get(keyword) ?? [];
}

/** The last of `list` (in file order) that starts before `line`, by binary search. */
export function lastBefore(list: readonly Instruction[], line: number): Instruction | undefined {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].getRange().start.line < line) lo = mid + 1; else hi = mid;
  }
  return lo > 0 ? list[lo - 1] : undefined;
}

/** 1-based line number of an instruction, as people read it. */
export function lineOf(inst: Instruction): number {
  return inst.getRange().start.line + 1;
}

/** True when `stage` is the last one, the stage `docker build` produces unless `--target` says otherwise. */
export function isLastStage(model: DockerfileModel, stage: Stage): boolean {
  const stages = stagesOf(model);
  return stage.index === stages.length - 2;
}
