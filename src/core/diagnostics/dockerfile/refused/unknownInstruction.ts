// SPDX-License-Identifier: MIT
// UnknownInstruction: a line whose first word is not one of the eighteen instructions. BuildKit reads
// the whole file before the first step, so the build stops at once with "unknown instruction".
// Source: moby/buildkit frontend/dockerfile/instructions/parse.go (ParseInstructionWithLinter, the
// default case, with "did you mean" from util/suggest: the nearest name under 3 edits).
import { dockerErrors } from '../../../knowledge/dockerErrors';
import type { DockerfileRule } from '../../types';
import { dockerfileInstructions } from '../../../knowledge/dockerfileInstructions';
import { keywordRange } from '../ranges';
import { suggestName } from '../buildkit/suggest';

const NAMES = Object.keys(dockerfileInstructions);

export const unknownInstruction: DockerfileRule = {
  code: 'UnknownInstruction',
  source: 'coach',
  severity: 'error',
  title: 'Not a Dockerfile instruction',
  why: 'Every line of a Dockerfile starts with an instruction such as `FROM`, `RUN` or `COPY`. Docker reads the whole file before building anything, so one unknown word stops the build before the first step, with "unknown instruction".',
  fix: 'Correct the spelling (`RUNN` → `RUN`). If the line is the rest of a long command, end the line above it with `\\` so both lines form one instruction.',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#overview',
  reference: 'buildkit-dockerfile-docs/reference.md#overview',
  rejectedBy: 'moby/buildkit:frontend/dockerfile/instructions/parse.go',
  dockerErrors: ['unknownInstruction'],
  check({ model }, report) {
    for (const inst of model.instructions) {
      const word = inst.getInstruction();
      if (Object.prototype.hasOwnProperty.call(dockerfileInstructions, word.toUpperCase())) continue;
      const guess = /^[A-Za-z]+$/.test(word) ? suggestName(word.toUpperCase(), NAMES) : undefined;
      const range = keywordRange(inst);
      const said = `"unknown instruction: ${word}"`;
      if (guess) {
        const written = word === word.toLowerCase() ? guess.toLowerCase() : guess;
        report({
          range,
          message: `\`${word}\` is not an instruction, so the build stops before it starts with ${said}. ${dockerErrors.unknownInstruction.says} Did you mean \`${written}\`?`,
          fixes: [{ title: `Change to ${written}`, edits: [{ range, newText: written }] }],
        });
      } else {
        report({
          range,
          message: `\`${word}\` is not an instruction, so the build stops before it starts with ${said}. ${dockerErrors.unknownInstruction.says} If this line continues the command above, end that line with \`${model.ast.getEscapeCharacter()}\`.`,
        });
      }
    }
  },
};
