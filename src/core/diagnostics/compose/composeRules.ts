// SPDX-License-Identifier: MIT
// Compose rules: schema, references, interpolation, security and good practice, one module each.
import type { ComposeRule } from '../types';
import { composeSchema } from './rules/composeSchema';
import { containerNameWithReplicas } from './rules/containerNameWithReplicas';
import { databasePortPublished } from './rules/databasePortPublished';
import { dockerSocketMounted } from './rules/dockerSocketMounted';
import { duplicateHostPort } from './rules/duplicateHostPort';
import { healthyWithoutHealthcheck } from './rules/healthyWithoutHealthcheck';
import { hostNetworkMode } from './rules/hostNetworkMode';
import { missingPath } from './rules/missingPath';
import { obsoleteVersion } from './rules/obsoleteVersion';
import { privilegedService } from './rules/privilegedService';
import { requiredVariableUnset } from './rules/requiredVariableUnset';
import { secretInEnvironment } from './rules/secretInEnvironment';
import { secretWithoutSource } from './rules/secretWithoutSource';
import { undefinedConfig, undefinedNetwork, undefinedSecret, undefinedService, undefinedVolume } from './rules/undefinedReferences';
import { unknownKey } from './rules/unknownKey';
import { unpinnedImage } from './rules/unpinnedImage';
import { unquotedPortMapping } from './rules/unquotedPortMapping';
import { yamlSyntax } from './rules/yamlSyntax';
import { notReadToTheEnd } from './rules/notReadToTheEnd';
// The security review's practices (issue 27): the first three warn, the others are off unless turned on.
import { hostNamespaceShared } from './rules/hostNamespaceShared';
import { hostPathMounted } from './rules/hostPathMounted';
import { privilegesNotDropped } from './rules/privilegesNotDropped';
import { resourceLimitsMissing } from './rules/resourceLimitsMissing';
import { restartPolicyMissing } from './rules/restartPolicyMissing';
import { serviceUserRoot } from './rules/serviceUserRoot';
import { serviceWithoutHealthcheck } from './rules/serviceWithoutHealthcheck';
// Values Compose, the engine or the builder refuse although the schema allows them (issue 23).
import { conflictingDeployValues } from './rules/conflictingDeployValues';
import { dependencyCycle } from './rules/dependencyCycle';
import { duplicateMountTarget } from './rules/duplicateMountTarget';
import { extendsCycle } from './rules/extendsCycle';
import { ignoredVolumeOption } from './rules/ignoredVolumeOption';
import { invalidByteSize } from './rules/invalidByteSize';
import { invalidContainerName } from './rules/invalidContainerName';
import { invalidCpus } from './rules/invalidCpus';
import { invalidDuration } from './rules/invalidDuration';
import { invalidHealthcheckTest } from './rules/invalidHealthcheckTest';
import { invalidImageReference } from './rules/invalidImageReference';
import { invalidPortMapping } from './rules/invalidPortMapping';
import { invalidRestartPolicy } from './rules/invalidRestartPolicy';
import { invalidVolumeMount } from './rules/invalidVolumeMount';
import { missingImageOrBuild } from './rules/missingImageOrBuild';
import { networkModeWithNetworks } from './rules/networkModeWithNetworks';
import { portsWithHostNetwork } from './rules/portsWithHostNetwork';
import { projectNameNormalized } from './rules/projectNameNormalized';
import { dockerfileWithInline } from './rules/dockerfileWithInline';
import { extraHostWithoutIp } from './rules/extraHostWithoutIp';
import { relativeWorkingDir } from './rules/relativeWorkingDir';
import { swapWithoutMemory } from './rules/swapWithoutMemory';
import { valueOutOfRange } from './rules/valueOutOfRange';
import { buildContextServiceUnknown, buildPlatformsMissPlatform } from './rules/buildServiceRefs';
import { externalNameConflict } from './rules/externalNameConflict';
import { invalidAddress } from './rules/invalidAddress';
import { invalidDevice } from './rules/invalidDevice';
import { unsupportedDriver } from './rules/unsupportedDriver';
import { watchWithoutTarget } from './rules/watchWithoutTarget';
import { includeItself } from './rules/includeItself';
import { undefinedModel } from './rules/undefinedModel';

export const composeRules: readonly ComposeRule[] = [
  yamlSyntax,
  notReadToTheEnd,
  composeSchema,
  unknownKey,
  undefinedService,
  undefinedNetwork,
  undefinedVolume,
  undefinedSecret,
  undefinedConfig,
  missingPath,
  healthyWithoutHealthcheck,
  duplicateHostPort,
  requiredVariableUnset,
  obsoleteVersion,
  privilegedService,
  hostNetworkMode,
  dockerSocketMounted,
  secretInEnvironment,
  databasePortPublished,
  containerNameWithReplicas,
  unquotedPortMapping,
  unpinnedImage,
  missingImageOrBuild,
  invalidImageReference,
  invalidRestartPolicy,
  invalidPortMapping,
  invalidVolumeMount,
  ignoredVolumeOption,
  duplicateMountTarget,
  invalidDuration,
  invalidHealthcheckTest,
  invalidByteSize,
  invalidCpus,
  conflictingDeployValues,
  dependencyCycle,
  extendsCycle,
  networkModeWithNetworks,
  invalidContainerName,
  secretWithoutSource,
  portsWithHostNetwork,
  projectNameNormalized,
  dockerfileWithInline,
  relativeWorkingDir,
  swapWithoutMemory,
  valueOutOfRange,
  extraHostWithoutIp,
  buildContextServiceUnknown,
  buildPlatformsMissPlatform,
  watchWithoutTarget,
  unsupportedDriver,
  externalNameConflict,
  invalidDevice,
  invalidAddress,
  includeItself,
  undefinedModel,
  serviceUserRoot,
  hostNamespaceShared,
  hostPathMounted,
  privilegesNotDropped,
  resourceLimitsMissing,
  restartPolicyMissing,
  serviceWithoutHealthcheck,
];
