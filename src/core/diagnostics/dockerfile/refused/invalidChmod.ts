// SPDX-License-Identifier: MIT
// InvalidChmod: `COPY --chmod` / `ADD --chmod` takes octal permission bits up to 7777 (`755`), or,
// from Dockerfile syntax 1.14, a symbolic mode as `chmod` writes it (`u+x`, `a=rX,u+w`). Anything
// else stops the build. Source: moby/buildkit frontend/dockerfile/dockerfile2llb/convert_copy.go
// (dispatchCopy: strconv.ParseUint(chmod, 8, 32), then the symbolic parser of tonistiigi/dchapes-mode).
import { dockerErrors } from '../../../knowledge/dockerErrors';
import type { DockerfileRule } from '../../types';
import { instructionsWith, spanRange } from '../ranges';
import { builderFlags } from './builderFlags';

// One clause of a symbolic mode: who, then one or more operations with permissions or a copied class.
const CLAUSE = /^[ugoa]*(?:[-+=][rwxXstugo]*)+$/;

/** True when BuildKit accepts `value` as a `--chmod` mode. */
export function isValidChmod(value: string): boolean {
  // A value that starts with a digit is read as octal only.
  if (/^\d/.test(value)) return /^[0-7]+$/.test(value) && parseInt(value, 8) <= 0o7777;
  return value.split(',').every(c => CLAUSE.test(c));
}

export const invalidChmod: DockerfileRule = {
  code: 'InvalidChmod',
  source: 'coach',
  severity: 'error',
  title: '`--chmod` value Docker cannot read',
  why: '`--chmod` sets the permissions of the copied files. It takes octal digits 0 to 7, up to `7777` (`755`: owner may write, everyone may read and run), or a symbolic mode such as `u+x`. Anything else stops the build at that step.',
  fix: 'Write octal digits, such as `--chmod=755` for programs and folders or `--chmod=644` for plain files, or a symbolic mode such as `--chmod=+x`.',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#copy---chmod',
  reference: 'buildkit-dockerfile-docs/reference.md#copy---chmod',
  rejectedBy: 'moby/buildkit:frontend/dockerfile/dockerfile2llb/convert_copy.go',
  dockerErrors: ['invalidChmod'],
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'COPY', 'ADD')) {
      for (const flag of builderFlags(model, inst).flags) {
        // Variables are filled in before the check; an empty value is InvalidFlag's or means "unset".
        if (flag.name !== 'chmod' || !flag.value || flag.value.includes('$') || isValidChmod(flag.value)) continue;
        const numeric = /^\d/.test(flag.value);
        report({
          range: spanRange(model, flag.valueStart, flag.end),
          message: numeric
            ? `\`${flag.value}\` is not an octal mode (digits 0-7, at most 7777): Docker stops with "invalid chmod parameter: '${flag.value}'. it should be octal string and between 0 and 07777". ${dockerErrors.invalidChmod.says}`
            : `\`${flag.value}\` is neither octal digits nor a symbolic mode such as \`u+x\`: Docker stops at this step with "invalid syntax". ${dockerErrors.invalidChmod.says}`,
        });
      }
    }
  },
};
