// SPDX-License-Identifier: MIT
// Docker Coach's own Dockerfile rules: container security and good practice, one module each.
import type { DockerfileRule } from '../types';

export const practiceRules: readonly DockerfileRule[] = [
];
