// SPDX-License-Identifier: MIT
// The catalogue, in the order kinds are tried: the first kind whose wording appears in the output explains it.
// Specific before general: the missing Compose plugin before "unknown flag" (docker reads compose's -d as its
// own), a missing build context before "requires N arguments", a flag after the image before "executable not found",
// the Dockerfile's own "unknown flag" before the CLI's, a misspelt command before the flags after it (docker
// reads them as its own), a size or duration before any other bad flag value.
import type { FailureKind } from '../types';
import { buildMissingContext, copySourceMissing, dockerfileNotFound, dockerfileParseError, runStepFailed } from './builds';
import { missingArgument, unknownCommand, unknownFlag } from './cli';
import { composeUndefinedReference, composeVersionMismatch, composeYamlError } from './compose';
import { composeRuleKinds } from './composeRules';
import { dockerfileValueKinds } from './dockerfileValues';
import { containerNotRunning, containerRunning, execFormatError, executableNotFound, flagAfterImage, noSuchContainer, notATty, notExecutable } from './containers';
import { exitedAtOnce } from './exits';
import { daemonNotRunning, noSpaceLeft, socketPermissionDenied } from './engine';
import { flagKinds } from './flags';
import { imageInUse, invalidReference, manifestUnknown, noSuchImage, pullAccessDenied, registryUnreachable } from './images';
import { addressInUse, nameConflict, portAllocated } from './portsAndNames';
import { registryKinds } from './registry';
import { solverKinds } from './solver';
import { startRefusalKinds } from './startRefusals';
import { invalidRunOption } from './runOptions';
import { validationKinds } from './validation';

export const failureKinds: readonly FailureKind[] = [
  composeVersionMismatch,
  daemonNotRunning,
  socketPermissionDenied,
  noSpaceLeft,
  buildMissingContext,
  missingArgument,
  ...solverKinds,
  ...dockerfileValueKinds,
  unknownCommand,
  ...flagKinds,
  invalidRunOption,
  unknownFlag,
  dockerfileParseError,
  dockerfileNotFound,
  copySourceMissing,
  runStepFailed,
  portAllocated,
  addressInUse,
  nameConflict,
  ...registryKinds,
  pullAccessDenied,
  manifestUnknown,
  registryUnreachable,
  invalidReference,
  ...validationKinds,
  flagAfterImage,
  executableNotFound,
  notExecutable,
  execFormatError,
  notATty,
  containerNotRunning,
  containerRunning,
  noSuchContainer,
  noSuchImage,
  imageInUse,
  ...composeRuleKinds,
  ...startRefusalKinds,
  composeYamlError,
  composeUndefinedReference,
  exitedAtOnce,
];
