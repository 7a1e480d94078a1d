// SPDX-License-Identifier: MIT
// InvalidHealthcheckOption: HEALTHCHECK's `--interval`, `--timeout`, `--start-period` and
// `--start-interval` are Go durations with a unit (`30s`), at least 1ms unless 0; `--retries` is a
// whole number, not negative. BuildKit checks them while it reads the file, before any variable is
// filled in (moby/buildkit frontend/dockerfile/instructions/parse.go, parseHealthcheck and
// parseOptInterval); the engine has the same 1ms floor (moby/moby daemon/container.go).
import { dockerErrors } from '../../../knowledge/dockerErrors';
import type { DockerfileRule } from '../../types';
import { instructionsWith, spanRange } from '../ranges';
import { builderFlags } from './builderFlags';
import { parseGoDuration } from '../../compose/goParsers';

const DURATIONS = new Set(['interval', 'timeout', 'start-period', 'start-interval']);

export const invalidHealthcheckOption: DockerfileRule = {
  code: 'InvalidHealthcheckOption',
  source: 'coach',
  severity: 'error',
  title: 'HEALTHCHECK option Docker cannot read',
  why: 'The times of a health check need a unit: `30` could be seconds or hours, so Docker refuses it and the build stops. `--retries` takes a whole number.',
  fix: 'Add the unit: `--interval=30s`, `--timeout=5s`, `--start-period=1m`; write `--retries=3`.',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#healthcheck',
  reference: 'buildkit-dockerfile-docs/reference.md#healthcheck',
  rejectedBy: 'moby/buildkit:frontend/dockerfile/instructions/parse.go',
  dockerErrors: ['invalidDuration'],
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'HEALTHCHECK')) {
      for (const flag of builderFlags(model, inst).flags) {
        if (flag.value === undefined || flag.value === '') continue;
        const range = spanRange(model, flag.valueStart, flag.end);
        if (DURATIONS.has(flag.name)) {
          const parsed = parseGoDuration(flag.value, 'go');
          if ('error' in parsed) {
            const unitless = /^\d+$/.test(flag.value);
            report({
              range,
              message: unitless
                ? `\`--${flag.name}=${flag.value}\` has no unit: Docker stops with "${parsed.error}". ${dockerErrors.invalidDuration.says} Write \`--${flag.name}=${flag.value}s\` for seconds.`
                : `\`${flag.value}\` is not a duration: Docker stops with "${parsed.error}". ${dockerErrors.invalidDuration.says}`,
              fixes: unitless ? [{ title: `Change to ${flag.value}s (seconds)`, edits: [{ range, newText: `${flag.value}s` }] }] : undefined,
            });
          } else if (parsed.ns !== 0 && parsed.ns < 1e6) {
            report({ range, message: `\`--${flag.name}\` must be at least 1ms (or 0 for the default): Docker stops with "Interval \\"${flag.name}\\" cannot be less than 1ms".` });
          }
        } else if (flag.name === 'retries') {
          if (!/^[+-]?\d+$/.test(flag.value)) {
            report({ range, message: `\`--retries\` takes a whole number such as \`3\`: Docker stops with "strconv.ParseInt: parsing ${JSON.stringify(flag.value)}: invalid syntax".` });
          } else if (Number(flag.value) < 0) {
            report({ range, message: `\`--retries\` cannot be negative: Docker stops with "--retries cannot be negative (${Number(flag.value)})".` });
          } else if (Number(flag.value) > 2147483647) {
            report({ range, message: `\`--retries\` is far too large: Docker stops with "strconv.ParseInt: parsing ${JSON.stringify(flag.value)}: value out of range".` });
          }
        }
      }
    }
  },
};
