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

/** A markdown line outside shell blocks that is a docker command: bare or after a list marker. */
const DOCKER_LINE = /^\s*(?:(?:[-*+]|\d+[.)])\s+)?(?:sudo\s+)?docker(?:-compose)?\s+[a-z]/;

// Line starts are computed once per text, so a hover reads only the few lines of its command.
const lineIndexes = new ParseCache(text => new LineIndex(text));

/** The command and word at `pos`, or undefined on blank space, operators, comments, or outside a shell block. */
export function commandAt(text: string, pos: Position, markdown: boolean): CommandAtCursor | undefined {
  let lines: LineIndex;
  let bounds: LineBounds | undefined;
  if (markdown) {
    const md = markdownShellText(text);
    const fence = shellFenceAt(md, pos.line);
    lines = md.lines;
    if (fence) bounds = { firstLine: fence.firstLine, lastLine: fence.lastLine, prompt: fence.language === 'console' ? 'required' : 'optional' };
    // Notes often write commands as plain bullets or indented lines (`- docker run -p 80:80 web`): one line each.
    else if (DOCKER_LINE.test(lines.lineText(pos.line))) bounds = { firstLine: pos.line, lastLine: pos.line, prompt: 'bullet' };
    else return undefined;
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
