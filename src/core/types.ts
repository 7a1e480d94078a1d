// SPDX-License-Identifier: MIT
// The plain data the core hands to its callers: the adapter, the tests and the benchmark.
import type { Range } from './text';

/** What a hover shows: markdown, and the span of text it explains. */
export interface Explanation { markdown: string; range: Range }

/** Where a file lives, as absolute paths. */
export interface FileContext { path: string; workspaceFolder?: string }

/** Which quoting rules a command line must follow. */
export type ShellKind = 'posix' | 'fish' | 'pwsh' | 'cmd';

/** A command the user can run from a lens or the palette. `argv[0]` is the executable. */
export interface Action {
  kind: string;
  title: string;
  tooltip: string;
  range: Range;
  argv: string[];
  cwd: string;
}
