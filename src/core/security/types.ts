// SPDX-License-Identifier: MIT
// The plain data of the security review (issue 27): ten practices, each with a status on the learner's files.
import type { Range } from '../text';
import type { Fix } from '../diagnostics/types';

export type PracticeStatus = 'met' | 'not met' | 'partly met' | 'not applicable' | 'cannot tell from the files';

/** One file of the workspace the review reads: a Dockerfile, compose file, `.dockerignore`, `.env` or scan result. */
export interface ReviewFile { path: string; text: string }

/** Something in one file that keeps a practice from being met: a diagnostic of the rule table, or a scan result. */
export interface SecurityFinding {
  path: string;
  range: Range;
  /** The rule's code (`RootUser`), or `ScanResult` for a scanner's report. */
  code: string;
  message: string;
  /** The rule's own fixes, unchanged: edits on the text of `path`. */
  fixes?: Fix[];
}

/** A command the learner can run to go further than the files show. */
export interface PracticeCheck { title: string; command: string }

export interface Practice {
  /** Stable, kebab-case: `non-root-user`. */
  id: string;
  /** 1 to 10, the order of the issue. */
  number: number;
  title: string;
  /** Two or three plain sentences, for the notes. */
  why: string;
  status: PracticeStatus;
  /** One plain sentence on how the status was reached. */
  summary: string;
  findings: SecurityFinding[];
  check: PracticeCheck[];
}

export interface SecurityScore {
  /** Practices met. */
  met: number;
  /** Practices that apply and could be judged from the files (met, partly met or not met). */
  applicable: number;
}

export interface SecurityReview { practices: Practice[]; score: SecurityScore }
