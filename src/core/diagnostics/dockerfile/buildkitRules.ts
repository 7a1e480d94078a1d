// SPDX-License-Identifier: MIT
// BuildKit's build checks (`docker build --check`), one module each, under BuildKit's own names.
import type { DockerfileRule } from '../types';
import { maintainerDeprecated } from './buildkit/maintainerDeprecated';

export const buildkitRules: readonly DockerfileRule[] = [
  maintainerDeprecated,
];
