// SPDX-License-Identifier: MIT
// InstructionBeforeFrom: only `ARG` (and parser directives and comments) may come before the first
// `FROM`. Any other instruction there has no stage to belong to, and BuildKit stops while it reads the
// file. Source: moby/buildkit frontend/dockerfile/instructions/parse.go (Parse: a command before the
// first stage goes to CurrentStage) and commands.go (CurrentStage: "no build stage in current context").
import { isInstructionName } from '../../../knowledge/dockerfileInstructions';
import type { DockerfileRule } from '../../types';
import { keywordRange } from '../ranges';

export const instructionBeforeFrom: DockerfileRule = {
  code: 'InstructionBeforeFrom',
  source: 'coach',
  severity: 'error',
  title: 'Instruction before the first FROM',
  why: 'Every instruction belongs to a stage, and a stage starts at `FROM`. Above the first `FROM` only `ARG` is allowed (its value can then be used in `FROM`). Anything else there has no image to act on, so the build stops before it starts.',
  fix: 'Move the line below the `FROM` of the stage it is meant for. If it sets a value for `FROM`, write it as `ARG NAME=value`.',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#format',
  reference: 'buildkit-dockerfile-docs/reference.md#format',
  rejectedBy: 'moby/buildkit:frontend/dockerfile/instructions/parse.go',
  hadolint: ['DL3061'],
  check({ model }, report) {
    for (const inst of model.instructions) {
      const keyword = inst.getKeyword();
      if (keyword === 'FROM') return;
      if (keyword === 'ARG') continue;
      // A word that is no instruction at all is UnknownInstruction's to report.
      if (!isInstructionName(keyword)) continue;
      report({
        range: keywordRange(inst),
        message: `\`${inst.getInstruction()}\` comes before the first \`FROM\`, where only \`ARG\` may stand: Docker stops with "no build stage in current context". Move it below a \`FROM\` line.`,
      });
    }
  },
};

