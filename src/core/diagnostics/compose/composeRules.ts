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
import { undefinedConfig, undefinedNetwork, undefinedSecret, undefinedService, undefinedVolume } from './rules/undefinedReferences';
import { unknownKey } from './rules/unknownKey';
import { unpinnedImage } from './rules/unpinnedImage';
import { unquotedPortMapping } from './rules/unquotedPortMapping';
import { yamlSyntax } from './rules/yamlSyntax';

export const composeRules: readonly ComposeRule[] = [
  yamlSyntax,
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
];
