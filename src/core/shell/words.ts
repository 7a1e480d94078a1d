// SPDX-License-Identifier: MIT
// Splits one logical command line into simple commands and words, as a POSIX shell would, far enough to
// find `docker ...`: quotes, escapes, `$(...)`, comments, redirections and the `&&`, `||`, `;`, `|`, `&`
// separators. It never throws: an unclosed quote simply runs to the end of the line.

/** One word of a command: its value with quotes removed, and where it stands in the logical line. */
export interface Word {
  /** The word after quote removal; `$VAR` and `$(...)` are kept as written. */
  value: string;
  /** As written, quotes included. */
  raw: string;
  start: number;
  end: number;
}

const SEPARATORS = ['&&', '||', ';;', '|&', ';', '|', '&', '(', ')', '\n'];
const REDIRECT = /^[0-9]*(?:<<<|<<-|<<|>>|<>|>&|<&|&>>|&>|>\||<|>)(?:[0-9]+-?|-)?/;

/** The simple commands of a logical line, each as its words (redirections and their targets left out). */
export function simpleCommands(text: string): Word[][] {
  const commands: Word[][] = [[]];
  let i = 0;
  let skipNext = false;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\r') { i++; continue; }
    if (c === '#') break; // A comment: `#` at the start of a word runs to the end of the line.
    const sep = SEPARATORS.find(s => text.startsWith(s, i));
    if (sep) {
      if (commands[commands.length - 1].length) commands.push([]);
      i += sep.length;
      continue;
    }
    const redirect = REDIRECT.exec(text.slice(i, i + 8));
    if (redirect && (redirect[0].length > 1 || c === '<' || c === '>')) {
      // `2>&1` names its target itself; `> file` and `<<EOF` take the next word.
      skipNext = !/&[0-9-]+$|&-$/.test(redirect[0]);
      i += redirect[0].length;
      continue;
    }
    const word = readWord(text, i);
    i = word.end;
    if (skipNext) { skipNext = false; continue; }
    commands[commands.length - 1].push(word);
  }
  return commands.filter(c => c.length);
}

/** Reads one word starting at `start`, handling quotes, escapes and nested `$(...)`/backticks. */
function readWord(text: string, start: number): Word {
  let value = '';
  let i = start;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === ';' || c === '&' || c === '|' || c === '(' || c === ')' || c === '<' || c === '>') break;
    if (c === '\\') { value += text[i + 1] ?? ''; i += 2; continue; }
    if (c === '\'') {
      const close = text.indexOf('\'', i + 1);
      const end = close < 0 ? text.length : close;
      value += text.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\' && i + 1 < text.length && '"\\$`'.includes(text[i + 1])) { value += text[i + 1]; i += 2; continue; }
        if (text[i] === '$' && text[i + 1] === '(') { const e = skipParens(text, i + 1); value += text.slice(i, e); i = e; continue; }
        value += text[i++];
      }
      i++;
      continue;
    }
    if (c === '$' && (text[i + 1] === '(' || text[i + 1] === '{')) {
      const e = text[i + 1] === '(' ? skipParens(text, i + 1) : closeOf(text, i + 2, '}');
      value += text.slice(i, e);
      i = e;
      continue;
    }
    if (c === '`') {
      const e = closeOf(text, i + 1, '`');
      value += text.slice(i, e);
      i = e;
      continue;
    }
    value += c;
    i++;
  }
  const end = Math.min(i, text.length);
  return { value, raw: text.slice(start, end), start, end };
}

/** The offset just past the `)` that closes the `(` at `open`, counting nesting and quotes. */
function skipParens(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') { i++; continue; }
    if (c === '\'') { const e = text.indexOf('\'', i + 1); if (e < 0) return text.length; i = e; continue; }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return text.length;
}

function closeOf(text: string, from: number, close: string): number {
  const e = text.indexOf(close, from);
  return e < 0 ? text.length : e + 1;
}
