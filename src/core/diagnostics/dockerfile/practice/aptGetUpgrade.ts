// SPDX-License-Identifier: MIT
// AptGetUpgrade: `apt-get upgrade` inside a build gives an image whose contents depend on the day it
// was built, and mixes updated packages into a base image its maintainers tested as a whole.
// The same holds for openSUSE's `zypper dist-upgrade` (`dup`), hadolint's DL3035 (hadolint/hadolint
// src/Hadolint/Rule/DL3035.hs). Reference: the base-image tag behaviour in
// buildkit-dockerfile-docs/reference.md, "FROM".
import type { DockerfileRule } from '../../types';
import { instructionsWith } from './byKeyword';
import { aptCommands, isSub } from './apt';
import { rangeAt } from './ranges';
import { commandName, programWords, runScript, subcommandWord } from './shellScript';

export const aptGetUpgrade: DockerfileRule = {
  code: 'AptGetUpgrade',
  source: 'coach',
  severity: 'info',
  title: '`apt-get upgrade` or `zypper dist-upgrade` in a build',
  why: 'Upgrading every package in the build makes the image depend on the day you built it: two builds of the same Dockerfile can differ. It also makes the layer bigger. Security fixes are better picked up by moving to a newer base image tag, which its maintainers have tested as a whole.',
  fix: 'Remove the upgrade and use a recent base image tag (and rebuild when it is updated). If one package needs a newer version, install that package by name.',
  docsUrl: 'https://docs.docker.com/build/building/best-practices/#apt-get',
  reference: 'buildkit-dockerfile-docs/reference.md#from',
  hadolint: ['DL3035'],
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'RUN')) {
      const script = runScript(model, inst);
      for (const cmd of script.commands) {
        const sub = commandName(cmd) === 'zypper' ? subcommandWord(cmd) : undefined;
        if (sub?.value !== 'dist-upgrade' && sub?.value !== 'dup') continue;
        report({
          range: rangeAt(model, programWords(cmd)[0].start, sub.end),
          message: `\`zypper ${sub.value}\` makes this image depend on the day it was built; prefer a newer base image tag.`,
        });
      }
      for (const apt of aptCommands(script)) {
        if (!isSub(apt, 'upgrade', 'dist-upgrade', 'full-upgrade')) continue;
        report({
          range: rangeAt(model, apt.head.start, apt.head.end),
          message: `\`${apt.tool} ${apt.sub!.value}\` makes this image depend on the day it was built; prefer a newer base image tag.`,
        });
      }
    }
  },
};
