// SPDX-License-Identifier: MIT
// YarnCacheNotCleaned: Yarn 1 keeps a copy of every package it installs in its global cache
// (/usr/local/share/.cache/yarn for root). Unless the same RUN runs `yarn cache clean`, that copy is
// saved in the layer next to node_modules. Same condition as hadolint's DL3060 (hadolint/hadolint
// src/Hadolint/Rule/DL3060.hs): a `yarn install` with no `yarn cache clean` after it in the same RUN,
// unless a cache or tmpfs mount holds the yarn cache; only in stages that reach the final image.
// No quick fix: with Yarn 2+ "zero installs", `yarn cache clean` removes the project's .yarn/cache.
import type { DockerfileRule } from '../../types';
import { stageOf } from '../../../dockerfile/stages';
import { instructionsWith } from './byKeyword';
import { rangeAt } from './ranges';
import { cacheMountTargets, commandName, programWords, runScript, subcommandWord, type ShellCommand } from './shellScript';
import { stagesInFinalImage } from './stageChain';

export const yarnCacheNotCleaned: DockerfileRule = {
  code: 'YarnCacheNotCleaned',
  source: 'coach',
  severity: 'info',
  title: '`yarn install` cache left in the image',
  why: 'Yarn keeps a second copy of every package it installs in its cache folder. Each RUN is saved as a layer, so unless the same RUN cleans that cache, the image carries every package twice; cleaning it in a later RUN does not make the image smaller.',
  fix: 'End the same RUN with `&& yarn cache clean`, or keep the cache out of the image with `RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install`.',
  docsUrl: 'https://docs.docker.com/build/cache/optimize/#use-cache-mounts',
  reference: 'buildkit-dockerfile-docs/reference.md#run---mounttypecache',
  hadolint: ['DL3060'],
  check({ model }, report) {
    const final = stagesInFinalImage(model);
    for (const inst of instructionsWith(model, 'RUN')) {
      if (!final.has(stageOf(model, inst))) continue;
      const script = runScript(model, inst);
      if (cacheMountTargets(script).some(t => t.includes('.cache/yarn') || t.includes('.yarn'))) continue;
      const cmds = script.commands;
      cmds.forEach((cmd, i) => {
        if (!isYarn(cmd, 'install') || cmds.slice(i + 1).some(later => isYarn(later, 'cache') && programWords(later).some(w => w.value === 'clean'))) return;
        const words = programWords(cmd);
        report({
          range: rangeAt(model, words[0].start, subcommandWord(cmd)!.end),
          message: '`yarn install` keeps a second copy of the packages in its cache, and this RUN does not run `yarn cache clean` after it.',
        });
      });
    }
  },
};

function isYarn(cmd: ShellCommand, sub: string): boolean {
  return commandName(cmd) === 'yarn' && subcommandWord(cmd)?.value === sub;
}
