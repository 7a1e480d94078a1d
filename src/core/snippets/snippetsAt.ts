// SPDX-License-Identifier: MIT
// Which snippets to offer where. VS Code's own snippet files offer every snippet on any word, which traps a
// learner: `FROM node` + Enter wrote a whole second Dockerfile. So the data stays in snippets/*.json and this
// decides: a snippet is offered only for the first word of a line (never after an instruction keyword), and
// a snippet that writes a whole file only on the top line of an otherwise empty file.
import dockerfileSnippets from '../../../snippets/dockerfile.json';
import composeSnippets from '../../../snippets/compose.json';
import { lineIndexOf, range, type Position, type Range } from '../text';
import type { Lines } from '../largeFile';

/** One entry of snippets/*.json. */
export interface SnippetEntry {
  prefix: string;
  body: string | string[];
  description: string;
  /** Writes a whole file: offered only in an empty file (VS Code's own name for this flag). */
  isFileTemplate?: boolean;
}

/** A snippet to offer at a position: what to show, what to insert, and the typed word it replaces. */
export interface SnippetOffer {
  name: string;
  prefix: string;
  description: string;
  /** VS Code snippet syntax. */
  body: string;
  range: Range;
}

const tables: Record<'dockerfile' | 'dockercompose', Record<string, SnippetEntry>> = {
  dockerfile: dockerfileSnippets as Record<string, SnippetEntry>,
  dockercompose: composeSnippets as Record<string, SnippetEntry>,
};

/** The snippets of a language, by name. */
export function snippetTable(language: 'dockerfile' | 'dockercompose'): Readonly<Record<string, SnippetEntry>> {
  return tables[language];
}

/**
 * The snippets to offer at `position`: none unless the cursor is in the first word of its line with
 * nothing else on the line; whole-file snippets only when that word is all the file holds and no
 * line above it has text. VS Code filters the offers by the typed word.
 */
export function snippetsAt(language: 'dockerfile' | 'dockercompose', source: string | Lines, position: Position): SnippetOffer[] {
  // Only the cursor's line is read (the shared line index finds it, or the editor's own lines), so a huge
  // file costs one line's work.
  const lines = typeof source === 'string' ? lineIndexOf(source) : source;
  if (position.line < 0 || position.line >= lines.lineCount) return [];
  const line = lines.lineText(position.line);
  const before = /^(\s*)([\w.-]*)$/.exec(line.slice(0, position.character));
  const after = /^([\w.-]*)\s*$/.exec(line.slice(position.character));
  if (!before || !after) return [];
  const start = before[1].length;
  const word = before[2] + after[1];
  // The word is all the file holds when the whole text, trimmed, is that word, and it stands on this line.
  const wholeFileOk = line.trim() === word && onlyLine(lines, position.line);
  const replace = range(position.line, start, position.line, start + word.length);
  return Object.entries(tables[language])
    .filter(([, s]) => !s.isFileTemplate || wholeFileOk)
    .map(([name, s]) => ({ name, prefix: s.prefix, description: s.description, body: Array.isArray(s.body) ? s.body.join('\n') : s.body, range: replace }));
}

/** Whether every other line is blank: stops at the first that is not, so a long file costs a line or two. */
function onlyLine(lines: Lines, line: number): boolean {
  for (let n = 0; n < lines.lineCount; n++) {
    if (n !== line && lines.lineText(n).trim() !== '') return false;
  }
  return true;
}
