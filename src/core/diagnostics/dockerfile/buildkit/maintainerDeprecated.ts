// SPDX-License-Identifier: MIT
// MaintainerDeprecated: MAINTAINER is deprecated; the author belongs in an OCI label.
// Reference: buildkit-dockerfile-docs/rules-maintainer-deprecated.md
import { instructionsWith, keywordRange } from '../ranges';
import type { DockerfileRule } from '../../types';

export const maintainerDeprecated: DockerfileRule = {
  code: 'MaintainerDeprecated',
  source: 'buildkit',
  severity: 'warning',
  title: 'MAINTAINER is deprecated',
  why: '`MAINTAINER` was the old way to record who wrote the image. Docker keeps it only for old files; the author now goes in a label that tools know how to read.',
  fix: 'Write `LABEL org.opencontainers.image.authors="you@example.com"` instead.',
  docsUrl: 'https://docs.docker.com/reference/build-checks/maintainer-deprecated/',
  reference: 'buildkit-dockerfile-docs/rules-maintainer-deprecated.md',
  hadolint: ['DL4000'],
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'MAINTAINER')) {
      const author = inst.getArgumentsContent()?.trim();
      const range = keywordRange(inst);
      report({
        range,
        message: 'MAINTAINER instruction is deprecated in favor of using label',
        fixes: author ? [{
          title: 'Replace with LABEL org.opencontainers.image.authors',
          edits: [{ range: inst.getRange(), newText: `LABEL org.opencontainers.image.authors=${JSON.stringify(author)}` }],
        }] : undefined,
      });
    }
  },
};
