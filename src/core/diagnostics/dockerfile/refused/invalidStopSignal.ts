// SPDX-License-Identifier: MIT
// InvalidStopSignal: STOPSIGNAL names a signal Docker does not know. It takes a Linux signal name,
// in any case, with or without `SIG` (`SIGTERM`, `quit`, `SIGRTMIN+3`), or a number other than 0.
// Source: moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go (dispatchStopSignal calls
// moby/sys/signal ParseSignal, after variables are filled in).
import { dockerErrors } from '../../../knowledge/dockerErrors';
import type { DockerfileRule } from '../../types';
import { linuxSignalNames } from '../../../knowledge/dockerfileSignals';
import { instructionsWith, spanRange } from '../ranges';
import { suggestName } from '../buildkit/suggest';
import { argumentsOf } from './argumentWords';
import { builderFlags } from './builderFlags';

export const invalidStopSignal: DockerfileRule = {
  code: 'InvalidStopSignal',
  source: 'coach',
  severity: 'error',
  title: 'STOPSIGNAL names no signal',
  why: '`STOPSIGNAL` picks the signal `docker stop` sends to ask the program to end. Docker only knows the Linux signals (`SIGTERM`, `SIGINT`, `SIGQUIT`...) and their numbers, so any other word stops the build.',
  fix: 'Write a signal name such as `STOPSIGNAL SIGQUIT`, or leave the line out to keep the default, `SIGTERM`.',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#stopsignal',
  reference: 'buildkit-dockerfile-docs/reference.md#stopsignal',
  rejectedBy: 'moby/buildkit:frontend/dockerfile/dockerfile2llb/convert.go',
  dockerErrors: ['invalidStopSignal'],
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'STOPSIGNAL')) {
      const { line, restAt } = builderFlags(model, inst);
      // Leading `--words` are split off and then ignored; the rest is the one value (parser/line_parsers.go, parseString).
      const value = line.text.slice(restAt).trim();
      if (!value || value.includes('$')) continue;
      if (/^[+-]?\d+$/.test(value) ? Number(value) !== 0 : linuxSignalNames.has(value.toUpperCase().replace(/^SIG/, ''))) continue;
      const words = argumentsOf(model, inst).placed;
      const first = words[0];
      const last = words[words.length - 1];
      if (!first || !last) continue;
      const range = spanRange(model, first.start, last.end);
      const bare = value.toUpperCase().replace(/^SIG/, '');
      // Short words are too close to too many names (`FOO` is two edits from `IO`): no guess for them.
      const guess = bare.length >= 4 && /^[A-Z0-9+-]+$/.test(bare) ? suggestName(bare, linuxSignalNames) : undefined;
      report({
        range,
        message: `\`${value}\` is not a signal Docker knows: the build stops with "invalid signal: ${value}"${guess ? `; did you mean \`SIG${guess}\`?` : '.'} ${dockerErrors.invalidStopSignal.says}`,
        fixes: guess ? [{ title: `Change to SIG${guess}`, edits: [{ range, newText: `SIG${guess}` }] }] : undefined,
      });
    }
  },
};
