// SPDX-License-Identifier: MIT
// ZypperMissingNonInteractive: on openSUSE and SLES, `zypper install` (and remove, patch…) asks
// "Continue? [y/n/v/...? shows all options] (y)" before it changes anything. A build has no one to
// answer, so the step stops there. Same condition as hadolint's DL3034 (hadolint/hadolint
// src/Hadolint/Rule/DL3034.hs): the subcommands install/in, remove/rm, source-install/si and patch,
// unless `--non-interactive`/`-n` (global) or `--no-confirm`/`-y` (of the subcommand) is given.
import type { DockerfileRule } from '../../types';
import { instructionsWith } from './byKeyword';
import { pointAt, rangeAt } from './ranges';
import { commandName, programWords, runScript, subcommandWord } from './shellScript';

const ASKING = new Set(['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch']);

export const zypperMissingNonInteractive: DockerfileRule = {
  code: 'ZypperMissingNonInteractive',
  source: 'coach',
  severity: 'warning',
  title: '`zypper install` without `-n`',
  why: 'Without `-n` (`--non-interactive`), `zypper` asks "Continue? [y/n/...]" before installing or removing packages. A build has no keyboard, so nobody answers and the step does not go on as you meant.',
  fix: 'Put `-n` right after `zypper`: `zypper -n install curl`. It answers every question with the default.',
  docsUrl: 'https://docs.docker.com/build/building/best-practices/#run',
  reference: 'buildkit-dockerfile-docs/reference.md#run',
  hadolint: ['DL3034'],
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'RUN')) {
      for (const cmd of runScript(model, inst).commands) {
        if (commandName(cmd) !== 'zypper') continue;
        const words = programWords(cmd);
        const sub = subcommandWord(cmd);
        if (!sub || !ASKING.has(sub.value)) continue;
        const quiet = words.some(w => ['--non-interactive', '--no-confirm', '-y'].includes(w.value) || /^-[a-zA-Z]*[ny][a-zA-Z]*$/.test(w.value));
        if (quiet || (cmd.pipedFrom && commandName(cmd.pipedFrom) === 'yes')) continue;
        report({
          range: rangeAt(model, words[0].start, sub.end),
          message: `\`zypper ${sub.value}\` without \`-n\` stops at "Continue? [y/n/...]", and the build has no one to answer it.`,
          // `-n` is a global option: it goes before the subcommand and fits every one of them.
          fixes: [{ title: 'Add -n after `zypper`', edits: [{ range: pointAt(model, words[0].end), newText: ' -n' }] }],
        });
      }
    }
  },
};
