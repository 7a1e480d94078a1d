// SPDX-License-Identifier: MIT
// WorkdirRelativePath: the first WORKDIR of a stage (and the stages it builds on) is relative, so it
// depends on the base image's working directory.
// Reference: buildkit-dockerfile-docs/rules-workdir-relative-path.md
import { lastAlongChain } from '../../../dockerfile/alongChain';
import { instructionsIn, parentStage } from '../../../dockerfile/stageIndex';
import { stagesOf } from '../../../dockerfile/stages';
import { expandValue } from '../../../dockerfile/variables';
import type { DockerfileRule } from '../../types';
import { argumentTokens, spanRange } from '../ranges';
import { unquoted } from './fromParts';

export const workdirRelativePath: DockerfileRule = {
  code: 'WorkdirRelativePath',
  source: 'buildkit',
  severity: 'warning',
  title: 'Relative WORKDIR before any absolute one',
  why: 'A relative `WORKDIR` is added to the working directory of the base image, which you do not control. If the base image changes its own, your files end up in a different folder.',
  fix: 'Start the path with `/`, for example `WORKDIR /app`.',
  docsUrl: 'https://docs.docker.com/reference/build-checks/workdir-relative-path/',
  reference: 'buildkit-dockerfile-docs/rules-workdir-relative-path.md',
  hadolint: ['DL3000'],
  check({ model }, report) {
    for (const stage of stagesOf(model)) {
      if (stage.index < 0) continue;
      // Only the first WORKDIR of the chain matters: once one is absolute, the others build on it.
      const parent = parentStage(model, stage);
      const inherited = !!parent && lastAlongChain(model, parent, 'WORKDIR') !== undefined;
      const first = instructionsIn(model, stage, 'WORKDIR')[0];
      if (inherited || !first) continue;
      const token = argumentTokens(model, first)[0];
      if (!token) continue;
      let path: string | undefined = unquoted(token.text);
      // A variable is read with its default; when we cannot tell what it holds, stay quiet.
      if (path.includes('$')) path = expandValue(model, path, first);
      if (path === undefined || isAbsolute(path)) continue;
      report({
        range: spanRange(model, token.start, token.end),
        message: `Relative workdir '${unquoted(token.text)}' can have unexpected results if the base image changes`,
      });
    }
  },
};

/** Absolute on Linux, or on Windows (`C:\app`, `\app`): the base image's OS is not known here. */
function isAbsolute(path: string): boolean {
  return /^[/\\]/.test(path) || /^[A-Za-z]:[/\\]?/.test(path);
}
