// SPDX-License-Identifier: MIT
// BuildKit's build checks (`docker build --check`), one module each, under BuildKit's own names,
// in the order of BuildKit's rule index.
import type { DockerfileRule } from '../types';
import { consistentInstructionCasing } from './buildkit/consistentInstructionCasing';
import { copyIgnoredFile } from './buildkit/copyIgnoredFile';
import { duplicateStageName } from './buildkit/duplicateStageName';
import { exposeInvalidFormat } from './buildkit/exposeInvalidFormat';
import { exposeProtoCasing } from './buildkit/exposeProtoCasing';
import { fromAsCasing } from './buildkit/fromAsCasing';
import { fromPlatformFlagConstDisallowed } from './buildkit/fromPlatformFlagConstDisallowed';
import { invalidDefaultArgInFrom } from './buildkit/invalidDefaultArgInFrom';
import { invalidDefinitionDescription } from './buildkit/invalidDefinitionDescription';
import { jsonArgsRecommended } from './buildkit/jsonArgsRecommended';
import { legacyKeyValueFormat } from './buildkit/legacyKeyValueFormat';
import { maintainerDeprecated } from './buildkit/maintainerDeprecated';
import { multipleInstructionsDisallowed } from './buildkit/multipleInstructionsDisallowed';
import { noEmptyContinuation } from './buildkit/noEmptyContinuation';
import { redundantTargetPlatform } from './buildkit/redundantTargetPlatform';
import { reservedStageName } from './buildkit/reservedStageName';
import { secretsUsedInArgOrEnv } from './buildkit/secretsUsedInArgOrEnv';
import { stageNameCasing } from './buildkit/stageNameCasing';
import { undefinedArgInFrom } from './buildkit/undefinedArgInFrom';
import { undefinedVar } from './buildkit/undefinedVar';
import { workdirRelativePath } from './buildkit/workdirRelativePath';

export const buildkitRules: readonly DockerfileRule[] = [
  stageNameCasing,
  fromAsCasing,
  noEmptyContinuation,
  consistentInstructionCasing,
  duplicateStageName,
  reservedStageName,
  jsonArgsRecommended,
  maintainerDeprecated,
  undefinedArgInFrom,
  workdirRelativePath,
  undefinedVar,
  multipleInstructionsDisallowed,
  legacyKeyValueFormat,
  redundantTargetPlatform,
  secretsUsedInArgOrEnv,
  invalidDefaultArgInFrom,
  fromPlatformFlagConstDisallowed,
  copyIgnoredFile,
  invalidDefinitionDescription,
  exposeProtoCasing,
  exposeInvalidFormat,
];
