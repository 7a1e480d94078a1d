// SPDX-License-Identifier: MIT
// RedundantTargetPlatform: `FROM --platform=$TARGETPLATFORM` repeats the default.
// Reference: buildkit-dockerfile-docs/rules-redundant-target-platform.md
import type { DockerfileRule } from '../../types';
import { instructionsWith, spanRange } from '../ranges';
import { fromParts, unquoted } from './fromParts';

export const redundantTargetPlatform: DockerfileRule = {
  code: 'RedundantTargetPlatform',
  source: 'buildkit',
  severity: 'warning',
  title: '--platform=$TARGETPLATFORM is the default',
  why: 'Every stage is built for the target platform unless you say otherwise, so `--platform=$TARGETPLATFORM` changes nothing and only makes the line longer.',
  fix: 'Remove `--platform=$TARGETPLATFORM`. (`--platform=$BUILDPLATFORM` is different and useful: it runs the stage on the machine doing the build.)',
  docsUrl: 'https://docs.docker.com/reference/build-checks/redundant-target-platform/',
  reference: 'buildkit-dockerfile-docs/rules-redundant-target-platform.md',
  hadolint: ['DL3065'],
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'FROM')) {
      const { platform, image } = fromParts(model, inst);
      if (!platform || !/^(?:\$TARGETPLATFORM|\$\{TARGETPLATFORM\})$/.test(unquoted(platform.text))) continue;
      const flagStart = platform.start - '--platform='.length;
      const flag = spanRange(model, flagStart, platform.end);
      report({
        range: flag,
        message: `Setting platform to predefined ${unquoted(platform.text)} in FROM is redundant as this is the default behavior`,
        // The flag and the blanks after it go, up to the image name.
        fixes: image ? [{ title: 'Remove --platform', edits: [{ range: spanRange(model, flagStart, image.start), newText: '' }] }] : undefined,
      });
    }
  },
};
