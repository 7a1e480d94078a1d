// SPDX-License-Identifier: MIT
// AptGetUpgrade: `apt-get upgrade` inside a build gives an image whose contents depend on the day it
// was built, and mixes updated packages into a base image its maintainers tested as a whole.
// Reference: the base-image tag behaviour in buildkit-dockerfile-docs/reference.md, "FROM".
import type { DockerfileRule } from '../../types';
import { instructionsWith } from './byKeyword';
import { aptCommands, isSub } from './apt';
import { rangeAt } from './ranges';
import { runScript } from './shellScript';

export const aptGetUpgrade: DockerfileRule = {
  code: 'AptGetUpgrade',
  source: 'coach',
  severity: 'info',
  title: '`apt-get upgrade` in a build',
  why: 'Upgrading every package in the build makes the image depend on the day you built it: two builds of the same Dockerfile can differ. It also makes the layer bigger. Security fixes are better picked up by moving to a newer base image tag, which its maintainers have tested as a whole.',
  fix: 'Remove the upgrade and use a recent base image tag (and rebuild when it is updated). If one package needs a newer version, install that package by name.',
  docsUrl: 'https://docs.docker.com/build/building/best-practices/#apt-get',
  reference: 'buildkit-dockerfile-docs/reference.md#from',
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'RUN')) {
      for (const apt of aptCommands(runScript(model, inst))) {
        if (!isSub(apt, 'upgrade', 'dist-upgrade', 'full-upgrade')) continue;
        report({
          range: rangeAt(model, apt.head.start, apt.head.end),
          message: `\`${apt.tool} ${apt.sub!.value}\` makes this image depend on the day it was built; prefer a newer base image tag.`,
        });
      }
    }
  },
};
