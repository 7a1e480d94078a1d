// SPDX-License-Identifier: MIT
// OnbuildTriggerNotAllowed: `ONBUILD ONBUILD …`, `ONBUILD FROM …` and `ONBUILD MAINTAINER …` are
// refused while the file is read. Source: moby/buildkit frontend/dockerfile/instructions/parse.go
// (parseOnBuild).
import type { DockerfileRule } from '../../types';
import { instructionsWith, spanRange } from '../ranges';
import { argumentsOf } from './argumentWords';

export const onbuildTriggerNotAllowed: DockerfileRule = {
  code: 'OnbuildTriggerNotAllowed',
  source: 'coach',
  severity: 'error',
  title: 'ONBUILD with FROM, MAINTAINER or another ONBUILD',
  why: '`ONBUILD` stores an instruction to run later, when another Dockerfile builds `FROM` this image. That later build already has its own `FROM`, and a stored `ONBUILD` would chain without end, so Docker refuses these three as triggers and the build stops.',
  fix: 'Put `FROM` at the start of the other Dockerfile instead, use `LABEL` instead of `MAINTAINER`, and write each trigger as one `ONBUILD` line.',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#onbuild',
  reference: 'buildkit-dockerfile-docs/reference.md#onbuild-limitations',
  rejectedBy: 'moby/buildkit:frontend/dockerfile/instructions/parse.go',
  hadolint: ['DL3043'],
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'ONBUILD')) {
      const trigger = argumentsOf(model, inst).placed[0];
      if (!trigger) continue;
      const name = trigger.text.toUpperCase();
      if (name !== 'ONBUILD' && name !== 'FROM' && name !== 'MAINTAINER') continue;
      const said = name === 'ONBUILD' ? 'Chaining ONBUILD via `ONBUILD ONBUILD` isn\'t allowed' : `${name} isn't allowed as an ONBUILD trigger`;
      report({ range: spanRange(model, trigger.start, trigger.end), message: `\`${trigger.text}\` cannot be an ONBUILD trigger: Docker stops with "${said}".` });
    }
  },
};
