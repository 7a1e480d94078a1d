// SPDX-License-Identifier: MIT
// VS Code shows at most 1,000 problems per file: errors first, then warnings, information and hints, each
// in the order given, and a last marker that says how many it left out (its extension host's
// DiagnosticCollection, `_maxDiagnosticsPerFile`, in code-server 4.139.1). It still copies and sorts every
// problem it is given first: 13,000 took the extension host's thread 44 ms in one call. So Docker Coach
// hands over only those VS Code would show, with a marker of its own. No `vscode` import: unit-tested.
import type { Diagnostic } from '../core/index';

/** The most problems VS Code shows for one file. */
export const VS_CODE_PROBLEMS_PER_FILE = 1000;

const severityOrder: readonly Diagnostic['severity'][] = ['error', 'warning', 'info', 'hint'];

/**
 * The problems VS Code would show of `all`, in their order in `all`, and how many it would leave out.
 * Under the limit, `all` itself.
 */
export function problemsVsCodeShows(all: readonly Diagnostic[], max = VS_CODE_PROBLEMS_PER_FILE): { kept: readonly Diagnostic[]; left: number } {
  if (all.length <= max) return { kept: all, left: 0 };
  const keep = new Set<Diagnostic>();
  for (const severity of severityOrder) {
    for (const d of all) {
      if (keep.size === max) break;
      if (d.severity === severity) keep.add(d);
    }
  }
  return { kept: all.filter(d => keep.has(d)), left: all.length - keep.size };
}

/** The marker after the kept problems, in the learner's words: how many more there are, and why they are not listed. */
export function leftOutMessage(left: number, max = VS_CODE_PROBLEMS_PER_FILE): string {
  return `${left.toLocaleString('en-US')} more ${left === 1 ? 'problem is' : 'problems are'} not listed: VS Code lists at most ${max.toLocaleString('en-US')} per file.`;
}
