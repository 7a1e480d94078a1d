// SPDX-License-Identifier: MIT
// The shape of a hand-written flag explanation in the CLI tables (see cliTables.ts for how they combine).
import type { FlagValueKind } from '../dockerCliFlags';

/** What a flag does; a plain string when one sentence says it all. */
export type FlagText = string | {
  what: string;
  /** How the hover reads this line's value (`shell/flagValues.ts`); plain when absent. */
  kind?: FlagValueKind;
  /** Where learners trip. */
  watch?: string;
};
