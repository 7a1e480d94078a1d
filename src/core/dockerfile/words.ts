// SPDX-License-Identifier: MIT
// Reads an instruction's arguments straight from the text. dockerfile-ast's own accessors are exact
// but map every character to a position, which is too slow for whole-file indexes on 50,000-line
// files; these helpers cost one pass over the instruction's characters.
import type { Instruction } from 'dockerfile-ast';
import { flagDocsOf } from '../knowledge/dockerfileFlags';
import type { Range } from '../text';
import type { DockerfileModel } from './model';

/** The words of the arguments of `inst` (quotes kept, line continuations and comment lines dropped). */
export function argumentWords(model: DockerfileModel, inst: Instruction): string[] {
  argumentReads++;
  // getRange and getInstructionRange are stored; getArgumentsRange would tokenize the whole instruction.
  const text = model.text.slice(model.lines.offsetAt(inst.getInstructionRange().end), model.lines.offsetAt(inst.getRange().end));
  return splitWords(text, model.ast.getEscapeCharacter());
}

/** Splits on unquoted whitespace, dropping line continuations and comment lines. Quotes stay in the words. */
export function splitWords(text: string, escape = '\\'): string[] {
  const words: string[] = [];
  let word = '';
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === escape && quote !== "'") {
      const rest = /^[ \t]*\r?\n/.exec(text.slice(i + 1, i + 64));
      if (rest) {
        i += rest[0].length;
        // A comment line inside a continuation is dropped.
        while (/^[ \t]*#/.test(text.slice(i + 1, i + 64))) {
          const nl = text.indexOf('\n', i + 1);
          i = nl < 0 ? text.length : nl;
        }
        continue;
      }
      word += c + (text[i + 1] ?? '');
      i++;
      continue;
    }
    if (quote) { if (c === quote) quote = ''; word += c; continue; }
    if (c === '"' || c === "'") { quote = c; word += c; continue; }
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') { if (word) words.push(word); word = ''; continue; }
    word += c;
  }
  if (word) words.push(word);
  return words;
}

/** One `name=value` (or bare `name`) inside a flag value, such as `target=/root/.cache` in `--mount`. */
export interface FlagOption {
  name: string;
  value: string | null;
  range: Range;
}

/** One leading `--name[=value]` of FROM, RUN, ADD, COPY or HEALTHCHECK. */
export interface FlagWord {
  /** Without the dashes: `mount`. */
  name: string;
  value: string | null;
  /** The name without the dashes, as dockerfile-ast reports it. */
  nameRange: Range;
  /** The whole `--name=value`. */
  range: Range;
  /** The comma-separated `key=value` parts of the value, when it has any `=`. */
  options: FlagOption[];
}

/**
 * The first leading `--name` word that `inst` has no such flag for (`CMD --port 8080`): BuildKit reads
 * every leading `--word` as a flag of the instruction, up to a lone `--`, and fails the build on an
 * unknown one ("unknown flag: port"). ref: moby/buildkit frontend/dockerfile/parser/split_command.go
 * (extractBuilderFlags) and frontend/dockerfile/instructions/bflag.go (Parse).
 */
export function unknownLeadingFlag(model: DockerfileModel, inst: Instruction): string | undefined {
  const known = flagDocsOf(inst.getKeyword()) ?? {};
  const start = model.lines.offsetAt(inst.getInstructionRange().end);
  // Flags come first; 4096 characters hold them all without reading a long command.
  const head = model.text.slice(start, Math.min(start + 4096, model.lines.offsetAt(inst.getRange().end)));
  for (const word of splitWords(head, model.ast.getEscapeCharacter())) {
    if (!word.startsWith('--') || word === '--') return undefined;
    const name = word.split('=')[0];
    if (!Object.prototype.hasOwnProperty.call(known, name)) return name;
  }
  return undefined;
}

const FLAGGED = new Set(['FROM', 'RUN', 'ADD', 'COPY', 'HEALTHCHECK']);

/**
 * The flags at the start of an instruction's arguments, read from the text: only the flag words
 * are visited, so this costs the same for a two-line RUN and a 20,000-line one.
 */
export function leadingFlags(model: DockerfileModel, inst: Instruction): FlagWord[] {
  const keyword = inst.getKeyword();
  if (!FLAGGED.has(keyword)) return [];
  const text = model.text;
  const escape = model.ast.getEscapeCharacter();
  const end = model.lines.offsetAt(inst.getRange().end);
  const flags: FlagWord[] = [];
  let i = model.lines.offsetAt(inst.getInstructionRange().end);
  const pos = (o: number) => model.lines.positionAt(o);
  while (i < end) {
    // Skip blanks, line continuations and the comment lines a continuation may hold.
    const c = text[i];
    if (c === ' ' || c === '\t') { i++; continue; }
    if (c === escape) {
      const cont = /^[ \t]*\r?\n(?:[ \t]*#[^\n]*\n)*/.exec(text.slice(i + 1, i + 1 + 4096));
      if (cont) { i += 1 + cont[0].length; continue; }
    }
    if (c === '\n' || c === '\r' || !text.startsWith('--', i)) break;
    let j = i;
    let quote = '';
    while (j < end) {
      const d = text[j];
      if (quote) { if (d === quote) quote = ''; j++; continue; }
      if (d === '"' || d === "'") { quote = d; j++; continue; }
      if (d === ' ' || d === '\t' || d === '\n' || d === '\r' || (d === escape && /^[ \t]*\r?\n/.test(text.slice(j + 1, j + 64)))) break;
      j++;
    }
    const word = text.slice(i, j);
    if (keyword === 'HEALTHCHECK' && /^(CMD|NONE)$/i.test(word)) break;
    const eq = word.indexOf('=');
    const nameEnd = eq < 0 ? j : i + eq;
    const value = eq < 0 ? null : word.slice(eq + 1);
    const options: FlagOption[] = [];
    if (value !== null && value.includes('=')) {
      let start = i + eq + 1;
      for (const part of value.split(',')) {
        const k = part.indexOf('=');
        options.push({ name: k < 0 ? part : part.slice(0, k), value: k < 0 ? null : part.slice(k + 1), range: { start: pos(start), end: pos(start + part.length) } });
        start += part.length + 1;
      }
    }
    flags.push({ name: text.slice(i + 2, nameEnd), value, nameRange: { start: pos(i + 2), end: pos(nameEnd) }, range: { start: pos(i), end: pos(j) }, options });
    i = j;
  }
  return flags;
}

/**
 * The arguments of `inst` as one string, line continuations and comment lines removed: what
 * dockerfile-ast's getArgumentsContent gives, without its per-character position mapping.
 */
export function argumentsText(model: DockerfileModel, inst: Instruction): string {
  // Kept per parsed instruction: hovers and checks ask for it several times, and on a 1.9 MB RUN of
  // continuation lines each reading costs tens of milliseconds.
  let text = argumentTexts.get(inst);
  if (text === undefined) argumentTexts.set(inst, text = readArgumentsText(model, inst));
  return text;
}

const argumentTexts = new WeakMap<Instruction, string>();

let argumentReads = 0;

/** How many times an instruction's argument text was read and split (read by tests: long RUNs are read once). */
export function argumentReadCount(): number {
  return argumentReads;
}

function readArgumentsText(model: DockerfileModel, inst: Instruction): string {
  argumentReads++;
  const escape = model.ast.getEscapeCharacter();
  const raw = model.text.slice(model.lines.offsetAt(inst.getInstructionRange().end), model.lines.offsetAt(inst.getRange().end));
  const e = escape.replace(/[\\^$.*+?()[\]{}|`]/g, '\\$&');
  return raw.replace(new RegExp(`${e}[ \\t]*\\r?\\n(?:[ \\t]*#[^\\n]*\\n)*`, 'g'), '').trim();
}
