// SPDX-License-Identifier: MIT
// ReservedStageName: `scratch` and `context` cannot name a stage.
// Reference: buildkit-dockerfile-docs/rules-reserved-stage-name.md
import type { DockerfileRule } from '../../types';
import { instructionsWith, spanRange } from '../ranges';
import { fromParts } from './fromParts';

const reserved = new Set(['scratch', 'context']);

export const reservedStageName: DockerfileRule = {
  code: 'ReservedStageName',
  source: 'buildkit',
  severity: 'warning',
  title: 'Stage named with a reserved word',
  why: '`scratch` and `context` are reserved words in BuildKit (`FROM scratch` means the empty image), so they should not name a stage; `docker build --check` warns about it.',
  fix: 'Pick another name for the stage, such as `builder` or `base`.',
  docsUrl: 'https://docs.docker.com/reference/build-checks/reserved-stage-name/',
  reference: 'buildkit-dockerfile-docs/rules-reserved-stage-name.md',
  hadolint: ['DL3063'],
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'FROM')) {
      const name = fromParts(model, inst).name;
      const key = name?.text.toLowerCase();
      if (!name || !key || !reserved.has(key)) continue;
      report({ range: spanRange(model, name.start, name.end), message: `'${key}' is reserved and should not be used as a stage name` });
    }
  },
};
