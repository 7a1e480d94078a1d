// SPDX-License-Identifier: MIT
// BinShReplaced: `ln -sf /bin/bash /bin/sh` swaps the shell under every later RUN of the image (and of
// images built from it, and of scripts started with `#!/bin/sh`) without saying so. The SHELL
// instruction changes the shell of RUN, CMD and ENTRYPOINT in shell form, in plain sight. Same
// condition as hadolint's DL4005 (hadolint/hadolint src/Hadolint/Rule/DL4005.hs): an `ln` with
// `/bin/sh` among its words.
import type { DockerfileRule } from '../../types';
import { instructionsWith } from './byKeyword';
import { rangeAt } from './ranges';
import { commandName, programWords, runScript } from './shellScript';

export const binShReplaced: DockerfileRule = {
  code: 'BinShReplaced',
  source: 'coach',
  severity: 'info',
  title: '`ln … /bin/sh` to change the shell',
  why: 'Linking another shell over `/bin/sh` changes it for every later RUN and for every program in the image that starts `/bin/sh`, and nothing in the Dockerfile shows it. The `SHELL` instruction sets the shell that RUN, CMD and ENTRYPOINT (in shell form) use, openly, without touching the system.',
  fix: 'Remove the `ln` and add `SHELL ["/bin/bash", "-c"]` before the RUN lines that need bash.',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#shell',
  reference: 'buildkit-dockerfile-docs/reference.md#shell',
  hadolint: ['DL4005'],
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'RUN')) {
      for (const cmd of runScript(model, inst).commands) {
        if (commandName(cmd) !== 'ln') continue;
        const words = programWords(cmd);
        const target = words.find((w, i) => i > 0 && w.value === '/bin/sh');
        if (!target) continue;
        report({
          range: rangeAt(model, words[0].start, target.end),
          message: 'This `ln` replaces `/bin/sh` for every later RUN and program in the image; the `SHELL` instruction changes the shell of RUN openly.',
        });
      }
    }
  },
};
