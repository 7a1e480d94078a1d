// SPDX-License-Identifier: MIT
// All Compose key explanations in one table, keyed by spec path (`services/*/ports`, `networks/*/driver`).
import { composeBuildKeys } from './composeBuildKeys';
import { composeDeployKeys } from './composeDeployKeys';
import type { ComposeKeyDoc } from './composeKeyDoc';
import { composeServiceDetails } from './composeServiceDetails';
import { composeServiceKeys } from './composeServiceKeys';
import { composeTopLevelKeys } from './composeTopLevelKeys';

export type { ComposeKeyDoc } from './composeKeyDoc';

/** Every key path of the Compose Specification with its explanation. */
export const composeKeys: Readonly<Record<string, ComposeKeyDoc>> = {
  ...composeTopLevelKeys,
  ...composeServiceKeys,
  ...composeServiceDetails,
  ...composeBuildKeys,
  ...composeDeployKeys,
};
