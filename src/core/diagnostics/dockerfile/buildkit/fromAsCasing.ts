// SPDX-License-Identifier: MIT
// FromAsCasing: in `FROM image AS name`, `AS` should be written in the same case as `FROM`.
// Reference: buildkit-dockerfile-docs/rules-from-as-casing.md
import type { DockerfileRule } from '../../types';
import { instructionsWith, spanRange } from '../ranges';
import { fromParts } from './fromParts';

export const fromAsCasing: DockerfileRule = {
  code: 'FromAsCasing',
  source: 'buildkit',
  severity: 'warning',
  title: "'AS' is not in the same case as 'FROM'",
  why: 'Docker accepts `as` and `AS` alike, but mixing cases on one line makes the keyword harder to spot among image and stage names.',
  fix: 'Write `AS` in the same case as `FROM`: `FROM node:22 AS build`, or `from node:22 as build`.',
  docsUrl: 'https://docs.docker.com/reference/build-checks/from-as-casing/',
  reference: 'buildkit-dockerfile-docs/rules-from-as-casing.md',
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'FROM')) {
      const as = fromParts(model, inst).as;
      if (!as) continue;
      const from = inst.getInstruction();
      // A FROM in mixed case is ConsistentInstructionCasing's business; BuildKit stays quiet here then.
      const lower = from === from.toLowerCase();
      if (!lower && from !== from.toUpperCase()) continue;
      const want = lower ? as.text.toLowerCase() : as.text.toUpperCase();
      if (as.text === want) continue;
      const range = spanRange(model, as.start, as.end);
      report({
        range,
        message: `'${as.text}' and '${from}' keywords' casing do not match`,
        fixes: [{ title: `Write '${want}'`, edits: [{ range, newText: want }] }],
      });
    }
  },
};
