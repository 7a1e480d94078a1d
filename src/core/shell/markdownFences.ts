// SPDX-License-Identifier: MIT
// Where the shell code blocks of a markdown file are. Found once per text (cached), then each hover is a
// binary search, so hovering a huge README does not re-scan it.
import { LineIndex, ParseCache } from '../text';

/** The fenced blocks whose commands we explain. */
export const SHELL_FENCE_LANGUAGES: ReadonlySet<string> = new Set(['sh', 'bash', 'shell', 'console']);

/** The content lines of one fenced shell block, both ends included. */
export interface ShellFence { firstLine: number; lastLine: number; language: string }

export interface MarkdownShellText {
  lines: LineIndex;
  /** In document order, not overlapping. */
  fences: readonly ShellFence[];
}

/** A fence opener or closer: up to a few spaces (or list indentation), 3+ backticks or tildes, then the info string. */
const FENCE = /^[ \t]*(`{3,}|~{3,})([^\r\n]*)$/gm;

function scanFences(text: string): MarkdownShellText {
  const lines = new LineIndex(text);
  const fences: ShellFence[] = [];
  let open: { marker: string; line: number; language: string } | undefined;
  FENCE.lastIndex = 0;
  for (let m = FENCE.exec(text); m; m = FENCE.exec(text)) {
    const [, marker, info] = m;
    const line = lines.positionAt(m.index).line;
    if (!open) {
      // A backtick fence's info string may not contain backticks (CommonMark); then it is inline code.
      if (marker[0] === '`' && info.includes('`')) continue;
      open = { marker, line, language: languageOf(info) };
    } else if (marker[0] === open.marker[0] && marker.length >= open.marker.length && !info.trim()) {
      if (SHELL_FENCE_LANGUAGES.has(open.language) && line > open.line + 1) {
        fences.push({ firstLine: open.line + 1, lastLine: line - 1, language: open.language });
      }
      open = undefined;
    }
  }
  // An unclosed fence runs to the end of the document.
  if (open && SHELL_FENCE_LANGUAGES.has(open.language) && open.line + 1 < lines.lineCount) {
    fences.push({ firstLine: open.line + 1, lastLine: lines.lineCount - 1, language: open.language });
  }
  return { lines, fences };
}

/** `bash title="x"`, `{.sh}`, `Console` all name their language first. */
function languageOf(info: string): string {
  const m = /^\s*\{?\s*\.?([\w+-]*)/.exec(info);
  return (m?.[1] ?? '').toLowerCase();
}

const cache = new ParseCache(scanFences);

/** The line index and shell fences of a markdown text, computed once per text. */
export function markdownShellText(text: string): MarkdownShellText {
  return cache.get(text);
}

/** The shell fence containing `line`, if any. */
export function shellFenceAt(md: MarkdownShellText, line: number): ShellFence | undefined {
  const { fences } = md;
  let lo = 0, hi = fences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const f = fences[mid];
    if (line < f.firstLine) hi = mid - 1;
    else if (line > f.lastLine) lo = mid + 1;
    else return f;
  }
  return undefined;
}

/** How many times fences were scanned; tests read it to prove the cache is used. */
export function markdownFenceScanCount(): number {
  return cache.parses;
}
