// SPDX-License-Identifier: MIT
// Ways a file silences a rule: BuildKit's `# check=` parser directive, and our `# coach-ignore <code>`
// comment on the line before, which works in Dockerfiles and compose files alike.
import type { LineIndex, Range } from '../text';
import type { Diagnostic, Fix } from './types';

/** What a Dockerfile's `# check=` directive says, read the way BuildKit reads it. */
export interface CheckDirective {
  /** Rule names to skip (case-sensitive: BuildKit's names are PascalCase), or `all`. */
  skip: ReadonlySet<string>;
  skipAll: boolean;
  /** `error=true`: BuildKit fails the build on any check, so its rules show as errors. */
  error: boolean;
  /** `experimental=<names|all>`: experimental rules to turn on. */
  experimental: ReadonlySet<string>;
  experimentalAll: boolean;
}

/** Parses the value of `# check=...`, such as `skip=JSONArgsRecommended,StageNameCasing;error=true`. */
export function parseCheckDirective(value: string | undefined): CheckDirective {
  const skip = new Set<string>();
  const experimental = new Set<string>();
  let error = false;
  for (const part of (value ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim().toLowerCase();
    const names = part.slice(eq + 1).split(',').map(s => s.trim()).filter(Boolean);
    if (key === 'skip') names.forEach(n => skip.add(n));
    else if (key === 'experimental') names.forEach(n => experimental.add(n));
    else if (key === 'error') error = /^(true|1)$/i.test(names[0] ?? '');
  }
  return { skip, skipAll: skip.has('all'), error, experimental, experimentalAll: experimental.has('all') };
}

const IGNORE = /^\s*#\s*coach-ignore\b(.*)$/;

/** The codes a `# coach-ignore A, B` comment line names; undefined if the line is not one. */
export function ignoredCodes(lineText: string): Set<string> | undefined {
  const m = IGNORE.exec(lineText);
  if (!m) return undefined;
  return new Set(m[1].split(/[\s,]+/).filter(Boolean));
}

/**
 * Drops diagnostics silenced by a `# coach-ignore <code>` comment on the line just above the line
 * where each problem starts (`anchorLine` maps a problem's line to that line, e.g. the first line of
 * a Dockerfile instruction that spans several).
 */
export function dropIgnored(diagnostics: Diagnostic[], lines: LineIndex, anchorLine: (line: number) => number = l => l): Diagnostic[] {
  const memo = new Map<number, Set<string> | undefined>();
  const codesAbove = (line: number): Set<string> | undefined => {
    if (!memo.has(line)) memo.set(line, line > 0 ? ignoredCodes(lines.lineText(line - 1)) : undefined);
    return memo.get(line);
  };
  return diagnostics.filter(d => {
    const codes = codesAbove(anchorLine(d.range.start.line));
    return !codes || !(codes.has(d.code) || codes.has('all'));
  });
}

/** The "Ignore on this line" fix: a `# coach-ignore <code>` comment above the problem's line, indented like it. */
export function ignoreFix(lines: LineIndex, diagnostic: Diagnostic, anchorLine: (line: number) => number = l => l): Fix {
  const line = anchorLine(diagnostic.range.start.line);
  const indent = /^[ \t]*/.exec(lines.lineText(line))?.[0] ?? '';
  const above = line > 0 ? ignoredCodes(lines.lineText(line - 1)) : undefined;
  if (above) {
    // Extend the comment that is already there instead of stacking a second one.
    const prev = lines.lineText(line - 1);
    const end: Range['start'] = { line: line - 1, character: prev.length };
    return { title: `Ignore ${diagnostic.code} on this line`, edits: [{ range: { start: end, end }, newText: ` ${diagnostic.code}` }] };
  }
  const at = { line, character: 0 };
  const eol = lines.text.includes('\r\n') ? '\r\n' : '\n';
  return {
    title: `Ignore ${diagnostic.code} on this line`,
    edits: [{ range: { start: at, end: at }, newText: `${indent}# coach-ignore ${diagnostic.code}${eol}` }],
  };
}
