// SPDX-License-Identifier: MIT
// NoBuildStage: a Dockerfile with text but no instruction at all, or with only `ARG` lines, has no stage
// to build: BuildKit stops before the first step. (A blank file is left alone: it is a file just created.)
// Sources: moby/buildkit frontend/dockerfile/parser/parser.go Parse ("file with no instructions") and
// dockerfile2llb/convert.go ("dockerfile contains no stages to build").
import type { DockerfileRule } from '../../types';
import { keywordRange } from '../ranges';

export const noBuildStage: DockerfileRule = {
  code: 'NoBuildStage',
  source: 'coach',
  severity: 'error',
  title: 'Dockerfile without a FROM',
  why: 'An image is built in stages, and each stage starts with `FROM` and the image it builds on. A Dockerfile with only comments, or only `ARG` lines, has nothing to build, so `docker build` stops at once.',
  fix: 'Start the build with a `FROM` line, such as `FROM python:3.12-slim`.',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#from',
  reference: 'buildkit-dockerfile-docs/reference.md#from',
  rejectedBy: 'moby/buildkit:frontend/dockerfile/dockerfile2llb/convert.go',
  check({ model }, report) {
    if (model.text.trim() === '') return;
    const first = model.instructions[0];
    if (!first) {
      report({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: model.lines.lineCount > 0 ? model.text.split('\n', 1)[0].replace(/\r$/, '').length : 0 } }, message: 'This Dockerfile has no instruction at all; Docker stops with "file with no instructions". Start it with a `FROM` line.' });
      return;
    }
    // Any other instruction before a FROM is InstructionBeforeFrom's (or UnknownInstruction's) to report.
    if (model.instructions.every(inst => inst.getKeyword() === 'ARG')) {
      report({ range: keywordRange(first), message: 'There is no `FROM` in this Dockerfile, only `ARG`; Docker stops with "dockerfile contains no stages to build". Add a `FROM` line below the `ARG`s.' });
    }
  },
};
