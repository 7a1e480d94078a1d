// SPDX-License-Identifier: MIT
// The checks that hovers and diagnostics share: whether a name a service uses (a dependency, network,
// volume, secret, config) is declared in this file. Each is written once here and called from both.
import type { Pair } from 'yaml';
import { sectionEntries, type ComposeModel } from './composeDocument';

/** Which top-level section a reference points into. */
export type Section = 'services' | 'networks' | 'volumes' | 'secrets' | 'configs' | 'models';

/** How a name used by a service relates to the top-level definitions of this file. */
export type ReferenceStatus =
  /** Defined under the top-level section; `pair` is its definition. */
  | { kind: 'declared'; pair: Pair }
  /** Needs no definition: the `default` network Compose makes for every project. */
  | { kind: 'implicit' }
  /** Not defined in this file. */
  | { kind: 'missing' };

/** The one check for "is this name declared?", used by the reference hovers and the Undefined* diagnostics. */
export function referenceStatus(model: ComposeModel, section: Section, name: string): ReferenceStatus {
  const pair = sectionEntries(model, section).get(name);
  if (pair) return { kind: 'declared', pair };
  if (section === 'networks' && name === 'default') return { kind: 'implicit' };
  return { kind: 'missing' };
}
