// SPDX-License-Identifier: MIT
// What Docker's builder refuses outright: lines that stop `docker build` before or at their step,
// found from BuildKit's own parser and dispatcher (each rule's `rejectedBy` names the source file).
import type { DockerfileRule } from '../types';
import { multipleSourcesWithoutSlash } from './refused/copyDestinationSlash';
import { exposeInvalidProtocol } from './refused/exposeInvalidProtocol';
import { invalidBaseImage } from './refused/invalidBaseImage';
import { invalidChmod } from './refused/invalidChmod';
import { invalidFlag } from './refused/invalidFlag';
import { invalidHealthcheckOption } from './refused/healthcheckOptions';
import { instructionBeforeFrom } from './refused/instructionBeforeFrom';
import { invalidPlatform } from './refused/invalidPlatform';
import { invalidStopSignal } from './refused/invalidStopSignal';
import { missingArguments } from './refused/missingArguments';
import { onbuildTriggerNotAllowed } from './refused/onbuildTrigger';
import { shellNotJson } from './refused/shellNotJson';
import { unknownInstruction } from './refused/unknownInstruction';
import { heredocDestination } from './refused/heredocDestination';
import { noBuildStage } from './refused/noBuildStage';
import { invalidParserDirective } from './refused/parserDirectives';

export const refusedRules: readonly DockerfileRule[] = [
  // Read before the first step: the whole file fails to parse
  invalidParserDirective,
  noBuildStage,
  unknownInstruction,
  missingArguments,
  invalidFlag,
  invalidHealthcheckOption,
  onbuildTriggerNotAllowed,
  shellNotJson,
  instructionBeforeFrom,
  heredocDestination,
  // Checked when the step (or the stage's FROM) is reached
  invalidBaseImage,
  invalidPlatform,
  invalidChmod,
  exposeInvalidProtocol,
  invalidStopSignal,
  multipleSourcesWithoutSlash,
];
