// SPDX-License-Identifier: MIT
// MultipleInstructionsDisallowed: more than one CMD, ENTRYPOINT or HEALTHCHECK in a stage.
// Reference: buildkit-dockerfile-docs/rules-multiple-instructions-disallowed.md
import { instructionsIn } from '../../../dockerfile/stageIndex';
import { stagesOf } from '../../../dockerfile/stages';
import type { DockerfileRule } from '../../types';
import { keywordRange } from '../ranges';

export const multipleInstructionsDisallowed: DockerfileRule = {
  code: 'MultipleInstructionsDisallowed',
  source: 'buildkit',
  severity: 'warning',
  title: 'Only the last CMD, ENTRYPOINT or HEALTHCHECK counts',
  why: 'An image has one start command, one entrypoint and one health check. When a stage sets one twice, the earlier line is silently replaced, so it does nothing.',
  fix: 'Keep only the last one, or merge what you need into it. (A `CMD` inside `HEALTHCHECK` is part of the health check and does not count.)',
  docsUrl: 'https://docs.docker.com/reference/build-checks/multiple-instructions-disallowed/',
  reference: 'buildkit-dockerfile-docs/rules-multiple-instructions-disallowed.md',
  hadolint: ['DL3012', 'DL4003', 'DL4004'],
  check({ model }, report) {
    for (const stage of stagesOf(model)) {
      if (stage.index < 0) continue;
      for (const keyword of ['CMD', 'ENTRYPOINT', 'HEALTHCHECK']) {
        const list = instructionsIn(model, stage, keyword);
        // Like BuildKit, point at the earlier ones: they are the lines that have no effect.
        for (const inst of list.slice(0, -1)) {
          report({
            range: keywordRange(inst),
            message: `Multiple ${inst.getInstruction()} instructions should not be used in the same stage because only the last one will be used`,
          });
        }
      }
    }
  },
};
