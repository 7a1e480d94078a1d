// SPDX-License-Identifier: MIT
// UnpinnedBaseImage: `FROM node` or `FROM node:latest` builds on whatever "latest" means the day you
// build. Not flagged: `scratch` (empty, nothing to pin), a stage name, an image written with a
// variable (its value is decided at build time), and an image pinned by digest.
// Reference: buildkit-dockerfile-docs/reference.md, "FROM" (a missing tag means `latest`).
import type { DockerfileRule } from '../../types';
import { instructionsWith } from './byKeyword';
import { parseImageRef } from '../../../dockerfile/imageHover';
import { parentStage } from '../../../dockerfile/stageIndex';
import { stageOf } from '../../../dockerfile/stages';
import { nonFlagWords, placedWords, rangeAt } from './ranges';

export const unpinnedBaseImage: DockerfileRule = {
  code: 'UnpinnedBaseImage',
  source: 'coach',
  severity: 'warning',
  title: 'Base image without a version tag',
  why: 'With no tag, Docker uses `latest`, and `latest` moves: the same Dockerfile can build on a different version next month, with a new language version or missing packages. Builds then break (or change) without any edit on your side.',
  fix: 'Name a version: `FROM node:22-slim` or `FROM python:3.12-slim`. For fully repeatable builds, pin the digest too: `FROM node:22-slim@sha256:…`.',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#from',
  reference: 'buildkit-dockerfile-docs/reference.md#from',
  hadolint: ['DL3006', 'DL3007'],
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'FROM')) {
      const word = nonFlagWords(placedWords(model, inst))[0];
      if (!word || word.text.includes('$')) continue;
      const image = word.text;
      if (image.toLowerCase() === 'scratch') continue;
      // An earlier stage of that name is a stage, not an image (`FROM node AS node` names the image).
      if (parentStage(model, stageOf(model, inst))) continue;
      const ref = parseImageRef(image);
      if (!ref || ref.digest) continue;
      if (ref.tag !== undefined && ref.tag !== 'latest') continue;
      report({
        range: rangeAt(model, word.start, word.end),
        message: ref.tag === 'latest'
          ? `\`${image}\` follows whatever \`latest\` points to on the day you build; name a version tag.`
          : `\`${image}\` has no tag, so Docker uses \`latest\`, which changes over time; name a version tag.`,
      });
    }
  },
};
