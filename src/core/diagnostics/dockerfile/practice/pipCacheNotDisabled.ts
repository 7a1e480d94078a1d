// SPDX-License-Identifier: MIT
// PipCacheNotDisabled: pip keeps a copy of every download in ~/.cache/pip. In an image layer that
// copy is never used again and only adds size. Skipped when a cache mount holds pip's cache,
// when PIP_NO_CACHE_DIR is set, and in build stages that the final image only copies from.
// Reference: buildkit-dockerfile-docs/reference.md, "RUN --mount=type=cache".
import type { DockerfileRule } from '../../types';
import { instructionsWith } from './byKeyword';
import { instructionsIn } from '../../../dockerfile/stageIndex';
import type { DockerfileModel } from '../../../dockerfile/model';
import { stageOf, type Stage } from '../../../dockerfile/stages';
import { pointAt, rangeAt } from './ranges';
import { cacheMountTargets, commandName, programWords, runScript } from './shellScript';
import { stageChain, stagesInFinalImage } from './stageChain';

export const pipCacheNotDisabled: DockerfileRule = {
  code: 'PipCacheNotDisabled',
  source: 'coach',
  severity: 'info',
  title: '`pip install` keeps its download cache in the image',
  why: 'pip saves a copy of every package it downloads in `~/.cache/pip`, to reuse next time. Inside an image there is no next time: the copy is saved in the layer and only makes the image bigger.',
  fix: 'Add `--no-cache-dir`: `pip install --no-cache-dir -r requirements.txt`. Or keep the cache outside the image with `RUN --mount=type=cache,target=/root/.cache/pip pip install …`.',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#run---mounttypecache',
  reference: 'buildkit-dockerfile-docs/reference.md#run---mounttypecache',
  hadolint: ['DL3042'],
  check({ model }, report) {
    const final = stagesInFinalImage(model);
    const quiet = new Map<Stage, boolean>();
    for (const inst of instructionsWith(model, 'RUN')) {
      const stage = stageOf(model, inst);
      if (!final.has(stage)) continue;
      if (!quiet.has(stage)) quiet.set(stage, setsNoCacheDir(model, stage));
      if (quiet.get(stage)) continue;
      const script = runScript(model, inst);
      if (cacheMountTargets(script).some(t => /pip|\/root\/\.cache\/?$|^\/root\/?$/.test(t))) continue;
      if (/PIP_NO_CACHE_DIR/.test(model.text.slice(script.start, script.end))) continue;
      for (const cmd of script.commands) {
        const words = programWords(cmd);
        let i = 0;
        const name = commandName(cmd);
        // `pip install`, `pip3 install`, `python -m pip install`, `python3.12 -m pip install`.
        if (/^pip[0-9.]*$/.test(name)) i = 1;
        else if (/^python[0-9.]*$/.test(name) && words[1]?.value === '-m' && /^pip[0-9.]*$/.test(words[2]?.value ?? '')) i = 3;
        else continue;
        while (i < words.length && words[i].value.startsWith('-')) i++;
        const install = words[i];
        if (install?.value !== 'install') continue;
        if (words.some(w => w.value === '--no-cache-dir' || /^--no-cache-dir=/.test(w.value))) continue;
        report({
          range: rangeAt(model, words[0].start, install.end),
          message: `\`${model.text.slice(words[0].start, install.end)}\` without \`--no-cache-dir\` saves pip's download cache in the image.`,
          fixes: [{ title: 'Add --no-cache-dir', edits: [{ range: pointAt(model, install.end), newText: ' --no-cache-dir' }] }],
        });
      }
    }
  },
};

/** An ENV or ARG named PIP_NO_CACHE_DIR in the stage or a stage it builds on. */
function setsNoCacheDir(model: DockerfileModel, stage: Stage): boolean {
  for (const s of stageChain(model, stage)) {
    for (const kind of ['ENV', 'ARG']) {
      if (instructionsIn(model, s, kind).some(i => /PIP_NO_CACHE_DIR/.test(model.text.slice(model.lines.offsetAt(i.getRange().start), model.lines.offsetAt(i.getRange().end))))) return true;
    }
  }
  return false;
}
