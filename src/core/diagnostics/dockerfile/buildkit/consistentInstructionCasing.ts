// SPDX-License-Identifier: MIT
// ConsistentInstructionCasing: instruction keywords all upper case or all lower case.
// Reference: buildkit-dockerfile-docs/rules-consistent-instruction-casing.md
import type { DockerfileRule } from '../../types';
import { dockerfileInstructions } from '../../../knowledge/dockerfileInstructions';
import { keywordRange } from '../ranges';

export const consistentInstructionCasing: DockerfileRule = {
  code: 'ConsistentInstructionCasing',
  source: 'buildkit',
  severity: 'warning',
  title: 'Instruction keywords in mixed case',
  why: 'Docker reads `RUN`, `run` and `Run` the same way, but a file that mixes them is harder to scan. Most Dockerfiles write every keyword in capitals.',
  fix: 'Write this keyword in the same case as most of the file, usually all capitals (`RUN`, `COPY`).',
  docsUrl: 'https://docs.docker.com/reference/build-checks/consistent-instruction-casing/',
  reference: 'buildkit-dockerfile-docs/rules-consistent-instruction-casing.md',
  check({ model }, report) {
    // BuildKit counts the instructions of the stages only: ARGs before the first FROM are left out.
    const first = model.instructions.findIndex(i => i.getKeyword() === 'FROM');
    if (first < 0) return;
    // A word that is no instruction (`apt-get` after a lost `\`) is UnknownInstruction's: "write 'APT-GET'" would mislead.
    const insts = model.instructions.slice(first).filter(i => Object.prototype.hasOwnProperty.call(dockerfileInstructions, i.getKeyword()));
    let lower = 0, upper = 0;
    for (const inst of insts) {
      const k = inst.getInstruction();
      if (k === k.toLowerCase()) lower++;
      else if (k === k.toUpperCase()) upper++;
    }
    // A tie goes to upper case, as in BuildKit.
    const majorityLower = lower > upper;
    for (const inst of insts) {
      const k = inst.getInstruction();
      const want = majorityLower ? k.toLowerCase() : k.toUpperCase();
      if (k === want) continue;
      const range = keywordRange(inst);
      report({
        range,
        message: `Command '${k}' should be consistently cased`,
        fixes: [{ title: `Write '${want}'`, edits: [{ range, newText: want }] }],
      });
    }
  },
};
