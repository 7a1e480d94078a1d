// SPDX-License-Identifier: MIT
// Argument words with their places in the text, for the practice rules that point at one word
// (an image, a source path, a port) rather than at a whole instruction.
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileModel } from '../../../dockerfile/model';
import type { Range } from '../../../text';

/** One argument word as written (quotes kept), with offsets into the model text. */
export interface PlacedWord { text: string; start: number; end: number }

/**
 * The argument words of `inst`, flags included, split on unquoted blanks. Line continuations and the
 * comment lines inside them separate words, as Docker reads them. One pass over the instruction.
 */
export function placedWords(model: DockerfileModel, inst: Instruction): PlacedWord[] {
  const text = model.text;
  const escape = model.ast.getEscapeCharacter();
  const end = model.lines.offsetAt(inst.getRange().end);
  const words: PlacedWord[] = [];
  let i = model.lines.offsetAt(inst.getInstructionRange().end);
  let start = -1;
  let quote = '';
  const close = (at: number) => { if (start >= 0) words.push({ text: text.slice(start, at), start, end: at }); start = -1; };
  while (i < end) {
    const c = text[i];
    if (quote) { if (c === quote) quote = ''; i++; continue; }
    if (c === escape) {
      const cont = /^[ \t]*\r?\n(?:[ \t]*#[^\n]*\n)*/.exec(text.slice(i + 1, i + 4097));
      if (cont) { close(i); i += 1 + cont[0].length; continue; }
      if (start < 0) start = i;
      i += 2;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') { close(i); i++; continue; }
    if (start < 0) start = i;
    if (c === '"' || c === "'") quote = c;
    i++;
  }
  close(Math.min(i, end));
  return words;
}

/** The words that are not leading `--flags`. */
export function nonFlagWords(words: readonly PlacedWord[]): PlacedWord[] {
  let i = 0;
  while (i < words.length && words[i].text.startsWith('--')) i++;
  return words.slice(i);
}

/** Range of two offsets of the model text. */
export function rangeAt(model: DockerfileModel, start: number, end: number): Range {
  return { start: model.lines.positionAt(start), end: model.lines.positionAt(end) };
}

/** A zero-width range at an offset, where a fix inserts text. */
export function pointAt(model: DockerfileModel, offset: number): Range {
  const p = model.lines.positionAt(offset);
  return { start: p, end: p };
}

/** Removes one pair of surrounding quotes. */
export function unquote(word: string): string {
  return word.length >= 2 && (word[0] === '"' || word[0] === "'") && word[word.length - 1] === word[0] ? word.slice(1, -1) : word;
}
