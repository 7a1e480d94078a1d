// SPDX-License-Identifier: MIT
// ImageWithoutHealthcheck (off by default; the security review turns it on): the final image gets no
// HEALTHCHECK from this file (none in its stages, or `HEALTHCHECK NONE` last). The base image may bring one,
// so the message says "in this file".
// Reference: buildkit-dockerfile-docs/reference.md, "HEALTHCHECK" (the status, NONE, inherited from the base image).
import type { Instruction } from 'dockerfile-ast';
import { instructionsIn } from '../../../dockerfile/stageIndex';
import { argumentsText } from '../../../dockerfile/words';
import type { DockerfileRule } from '../../types';
import { keywordRange } from '../ranges';
import { finalStage, stageChain } from './stageChain';

export const imageWithoutHealthcheck: DockerfileRule = {
  code: 'ImageWithoutHealthcheck',
  source: 'coach',
  severity: 'info',
  defaultOff: true,
  title: 'Image without a healthcheck',
  why: 'Without a HEALTHCHECK, Docker only knows whether the program is running, not whether it still answers. A hung server then looks healthy, and nothing waits for it or restarts it.',
  fix: 'Add a HEALTHCHECK that asks the program itself, such as `HEALTHCHECK CMD curl -f http://localhost:8080/ || exit 1` (the tool must exist in the image).',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#healthcheck',
  reference: 'buildkit-dockerfile-docs/reference.md#healthcheck',
  check({ model }, report) {
    const last = finalStage(model);
    if (!last?.from) return;
    let healthcheck: Instruction | undefined;
    for (const s of stageChain(model, last)) {
      const found = instructionsIn(model, s, 'HEALTHCHECK');
      if (found.length) { healthcheck = found[found.length - 1]; break; }
    }
    if (healthcheck && !/^NONE\b/i.test(argumentsText(model, healthcheck).trim())) return;
    report({
      range: keywordRange(healthcheck ?? last.from),
      message: healthcheck ? '`HEALTHCHECK NONE` switches the health check off for this image.' : 'The final stage has no HEALTHCHECK in this file, so Docker cannot tell when the program stops answering.',
    });
  },
};
