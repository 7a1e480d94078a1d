// SPDX-License-Identifier: MIT
// InvalidDefaultArgInFrom: with only the ARG defaults, the FROM image name comes out empty or invalid.
// Reference: buildkit-dockerfile-docs/rules-invalid-default-arg-in-from.md
import type { DockerfileRule } from '../../types';
import { instructionsWith, spanRange } from '../ranges';
import { fromParts } from './fromParts';
import { expandWord, globalArgs } from './globalArgs';
import { isValidImageReference } from './imageReference';

export const invalidDefaultArgInFrom: DockerfileRule = {
  code: 'InvalidDefaultArgInFrom',
  source: 'buildkit',
  severity: 'warning',
  title: 'FROM needs a --build-arg to be valid',
  why: 'When an ARG in the image name has no default, a plain `docker build` leaves it empty: `busybox:${TAG}` becomes `busybox:`, which is not an image name, and the build fails.',
  fix: 'Give the ARG a default (`ARG TAG=latest`), or a fallback where it is used (`${TAG:-latest}`).',
  docsUrl: 'https://docs.docker.com/reference/build-checks/invalid-default-arg-in-from/',
  reference: 'buildkit-dockerfile-docs/rules-invalid-default-arg-in-from.md',
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'FROM')) {
      const image = fromParts(model, inst).image;
      // The rule is about ARG defaults; an image name without variables is checked by the build itself.
      if (!image || !image.text.includes('$')) continue;
      const expanded = expandWord(image.text, globalArgs(model));
      if (!expanded || isValidImageReference(expanded.result)) continue;
      report({ range: spanRange(model, image.start, image.end), message: 'Using the global ARGs with default values should produce a valid build.' });
    }
  },
};
