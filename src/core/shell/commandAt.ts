// SPDX-License-Identifier: MIT
// Finds the simple command and the word under the cursor: in a script, or in a shell block of markdown.
import { LineIndex, ParseCache, type Position } from '../text';
import { logicalLineAt, type LineBounds, type LogicalLine } from './logicalLine';
import { markdownShellText, shellFenceAt } from './markdownFences';
import { simpleCommands, type Word } from './words';

export interface CommandAtCursor {
  line: LogicalLine;
  /** The words of the simple command under the cursor. */
  words: Word[];
  /** The word under the cursor. */
  word: Word;
}

// Line starts are computed once per text, so a hover reads only the few lines of its command.
const lineIndexes = new ParseCache(text => new LineIndex(text));

/** The command and word at `pos`, or undefined on blank space, operators, comments, or outside a shell block. */
export function commandAt(text: string, pos: Position, markdown: boolean): CommandAtCursor | undefined {
  let lines: LineIndex;
  let bounds: LineBounds | undefined;
  if (markdown) {
    const md = markdownShellText(text);
    const fence = shellFenceAt(md, pos.line);
    if (!fence) return undefined;
    lines = md.lines;
    bounds = { firstLine: fence.firstLine, lastLine: fence.lastLine, prompt: fence.language === 'console' ? 'required' : 'optional' };
  } else {
    lines = lineIndexes.get(text);
  }
  const at = logicalLineAt(lines, pos, bounds);
  if (!at) return undefined;
  for (const words of simpleCommands(at.line.text)) {
    const word = words.find(w => w.start <= at.cursor && at.cursor <= w.end);
    if (word) return { line: at.line, words, word };
  }
  return undefined;
}
