// SPDX-License-Identifier: MIT
// SudoInRun: RUN already runs as root unless a USER line changed that, and sudo in an image
// needs a sudoers setup that also lets the running container become root again.
// Reference: buildkit-dockerfile-docs/reference.md, "USER" (the user applies to RUN, and to what follows).
import type { DockerfileRule } from '../../types';
import { instructionsWith } from './byKeyword';
import { rangeAt } from './ranges';
import { baseName, firstWord, programWords, runScript } from './shellScript';

export const sudoInRun: DockerfileRule = {
  code: 'SudoInRun',
  source: 'coach',
  severity: 'warning',
  title: '`sudo` in RUN',
  why: 'RUN commands run as root unless a `USER` line said otherwise, so `sudo` is not needed. Where it does work, the image has to keep sudo set up, which also lets anyone who gets into the running container become root.',
  fix: 'Drop `sudo`. If an earlier `USER` switched away from root, write `USER root` before this step and switch back with `USER <name>` after it.',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#user',
  reference: 'buildkit-dockerfile-docs/reference.md#user',
  hadolint: ['DL3004'],
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'RUN')) {
      for (const cmd of runScript(model, inst).commands) {
        const first = firstWord(cmd);
        if (!first || baseName(first.value) !== 'sudo') continue;
        const program = programWords(cmd)[0];
        report({
          range: rangeAt(model, first.start, first.end),
          message: program
            ? `\`sudo ${program.value}\`: RUN already runs as root unless a USER line changed it, so sudo is not needed.`
            : '`sudo` in RUN: RUN already runs as root unless a USER line changed it.',
        });
      }
    }
  },
};
