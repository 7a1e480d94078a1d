// SPDX-License-Identifier: MIT
// Compose rules: schema, references, interpolation, security and good practice, one module each.
import type { ComposeRule } from '../types';

export const composeRules: readonly ComposeRule[] = [
];
