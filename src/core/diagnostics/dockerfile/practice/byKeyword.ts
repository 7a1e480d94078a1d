// SPDX-License-Identifier: MIT
// The instructions of the whole file grouped by keyword, built once per model: nineteen rules each
// asking every instruction for its keyword cost more than the checks themselves on big files.
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileModel } from '../../../dockerfile/model';

const indexes = new WeakMap<DockerfileModel, Map<string, Instruction[]>>();

/** Every instruction with `keyword` (upper case), in file order. ONBUILD triggers are not included. */
export function instructionsWith(model: DockerfileModel, keyword: string): readonly Instruction[] {
  let index = indexes.get(model);
  if (!index) {
    index = new Map();
    for (const inst of model.instructions) {
      const k = inst.getKeyword();
      let list = index.get(k);
      if (!list) index.set(k, list = []);
      list.push(inst);
    }
    indexes.set(model, index);
  }
  return index.get(keyword) ?? [];
}
