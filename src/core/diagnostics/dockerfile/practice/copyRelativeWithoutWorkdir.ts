// SPDX-License-Identifier: MIT
// CopyRelativeWithoutWorkdir: `COPY app.py .` before any WORKDIR. A relative destination is taken
// from the working directory, which is `/` unless the base image set another, so the files land in
// the root of the image's filesystem, next to /bin and /etc. Reference: buildkit-dockerfile-docs/
// reference.md, COPY ("relative to WORKDIR"). Same condition as hadolint's DL3045 (hadolint/hadolint
// src/Hadolint/Rule/DL3045.hs): a COPY whose destination is not absolute and not a variable, with no
// WORKDIR earlier in the stage or in the stages it is built FROM.
import type { DockerfileRule } from '../../types';
import { stageOf } from '../../../dockerfile/stages';
import { instructionsIn } from '../../../dockerfile/stageIndex';
import { instructionsWith } from './byKeyword';
import { nonFlagWords, placedWords, rangeAt, unquote } from './ranges';
import { stageChain } from './stageChain';

export const copyRelativeWithoutWorkdir: DockerfileRule = {
  code: 'CopyRelativeWithoutWorkdir',
  source: 'coach',
  severity: 'info',
  title: 'COPY to a relative path before any WORKDIR',
  why: 'A relative destination such as `.` or `app/` is read from the working folder. Until a WORKDIR sets it, that is `/` (or whatever the base image chose), so your files land in the root of the image, mixed with `/bin` and `/etc`, and later commands may not look for them there.',
  fix: 'Set the folder first: `WORKDIR /app` above the COPY. Every later COPY, RUN and CMD then works in `/app`.',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#workdir',
  reference: 'buildkit-dockerfile-docs/reference.md#workdir',
  hadolint: ['DL3045'],
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'COPY')) {
      const stage = stageOf(model, inst);
      const chain = stageChain(model, stage);
      const base = chain[chain.length - 1].image;
      // In `scratch` the root is the whole image, so `.` is where the files are meant to go; a base
      // named through a variable (`FROM build-${VARIANT}`) may be a stage with its own WORKDIR.
      if (stage.index < 0 || base === 'scratch' || base.includes('$')) continue;
      const line = inst.getRange().start.line;
      const workdirBefore = chain.some(s =>
        instructionsIn(model, s, 'WORKDIR').some(w => s !== stage || w.getRange().start.line < line));
      if (workdirBefore) continue;
      const words = nonFlagWords(placedWords(model, inst));
      // Exec form (`COPY ["a", "b"]`) and heredocs are left alone; so is a COPY with no destination.
      if (words.length < 2 || words[0].text.startsWith('[') || words.some(w => w.text.startsWith('<<'))) continue;
      // Windows paths (`C:\\app`) end in backslashes that read like line continuations: left alone.
      if (words.some(w => /^["']?[A-Za-z]:[\\/]/.test(w.text))) continue;
      const dest = words[words.length - 1];
      const path = unquote(dest.text);
      if (/^([/$~]|[A-Za-z]:[\\/])/.test(path)) continue;
      report({
        range: rangeAt(model, dest.start, dest.end),
        message: `\`${path}\` is relative, and no WORKDIR is set yet: the files go to the base image's working folder, usually \`/\`.`,
      });
    }
  },
};
