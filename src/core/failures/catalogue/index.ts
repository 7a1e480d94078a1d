// SPDX-License-Identifier: MIT
// The catalogue, in the order kinds are tried: the first kind whose wording appears in the output explains it.
// Specific before general: the missing Compose plugin before "unknown flag" (docker reads compose's -d as its
// own), a missing build context before "requires N arguments", a flag after the image before "executable not found".
import type { FailureKind } from '../types';
import { buildMissingContext, copySourceMissing, dockerfileNotFound, dockerfileParseError, runStepFailed } from './builds';
import { missingArgument, unknownCommand, unknownFlag } from './cli';
import { composeUndefinedReference, composeVersionMismatch, composeYamlError } from './compose';
import { containerNotRunning, containerRunning, execFormatError, executableNotFound, flagAfterImage, noSuchContainer, notATty, notExecutable } from './containers';
import { exitedAtOnce } from './exits';
import { daemonNotRunning, noSpaceLeft, socketPermissionDenied } from './engine';
import { imageInUse, invalidReference, manifestUnknown, noSuchImage, pullAccessDenied, registryUnreachable } from './images';
import { addressInUse, nameConflict, portAllocated } from './portsAndNames';

export const failureKinds: readonly FailureKind[] = [
  composeVersionMismatch,
  daemonNotRunning,
  socketPermissionDenied,
  noSpaceLeft,
  buildMissingContext,
  missingArgument,
  unknownFlag,
  unknownCommand,
  dockerfileParseError,
  dockerfileNotFound,
  copySourceMissing,
  runStepFailed,
  portAllocated,
  addressInUse,
  nameConflict,
  pullAccessDenied,
  manifestUnknown,
  registryUnreachable,
  invalidReference,
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
  composeYamlError,
  composeUndefinedReference,
  exitedAtOnce,
];
