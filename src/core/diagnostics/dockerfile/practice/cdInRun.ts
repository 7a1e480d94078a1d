// SPDX-License-Identifier: MIT
// CdInRun: each RUN starts a fresh shell in the WORKDIR, so a `cd` lasts only until the end of its
// RUN. `RUN cd /app` alone does nothing for the next lines (a real bug, with a certain fix: WORKDIR);
// `RUN cd /app && npm ci` works but hides where the following steps run.
// Only a `cd` that opens the RUN is flagged: a `cd` later in a script (into a folder just unpacked)
// is ordinary shell, and a `cd` inside `( … )` ends with its subshell on purpose. `cd` into a
// temporary folder (/tmp, $(mktemp -d)) is not where later steps belong, so it is left alone too.
// Reference: buildkit-dockerfile-docs/reference.md, "WORKDIR".
import type { DockerfileRule } from '../../types';
import { instructionsWith } from './byKeyword';
import { instructionRange } from '../ranges';
import { rangeAt } from './ranges';
import { commandName, programWords, runScript } from './shellScript';

export const cdInRun: DockerfileRule = {
  code: 'CdInRun',
  source: 'coach',
  severity: 'warning',
  title: '`cd` in RUN where WORKDIR is meant',
  why: 'Every RUN starts a new shell in the working directory, so a `cd` is forgotten as soon as its RUN ends. `RUN cd /app` on its own changes nothing for the lines after it, and `cd` at the start of RUNs hides where later steps run.',
  fix: 'Set the folder once with `WORKDIR /app`: it applies to every RUN, COPY, CMD and ENTRYPOINT after it, and creates the folder if needed.',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#workdir',
  reference: 'buildkit-dockerfile-docs/reference.md#workdir',
  hadolint: ['DL3003'],
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'RUN')) {
      const commands = runScript(model, inst).commands;
      const first = commands[0];
      if (!first || first.inSubshell || commandName(first) !== 'cd') continue;
      const words = programWords(first);
      const dir = words[1];
      if (!dir || words.length > 2 || /^(\/tmp|\/var\/tmp)(\/|$)|^\$\(|^`|TMP|^-$/.test(dir.value)) continue;
      const alone = commands.length === 1;
      report({
        range: rangeAt(model, words[0].start, dir.end),
        message: alone
          ? `\`RUN cd ${dir.value}\` does nothing for the next lines: each RUN starts again in the WORKDIR.`
          : `\`cd ${dir.value}\` lasts only for this RUN; \`WORKDIR ${dir.value}\` sets the folder for every step after it.`,
        // `$VAR` and `~` are the shell's; WORKDIR would read them differently, so no fix for those.
        fixes: alone && !/[\s$~]/.test(dir.value) ? [{ title: `Replace with WORKDIR ${dir.value}`, edits: [{ range: instructionRange(inst), newText: `WORKDIR ${dir.value}` }] }] : undefined,
      });
    }
  },
};
