// SPDX-License-Identifier: MIT
// The leading `--words` of any instruction, read the way BuildKit's parser reads them
// (moby/buildkit frontend/dockerfile/parser/split_command.go, extractBuilderFlags): for every
// instruction, words at the start of the arguments that begin with `--` are taken as flags, until
// the first word that does not, or a lone `--`. Quotes inside a flag word are removed.
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileModel } from '../../../dockerfile/model';
import { argumentTokens, escapeOf, logicalLine, logicalOffset, type LogicalLine, type Token } from '../ranges';

export interface BuilderFlag {
  /** Without the dashes, as BuildKit looks it up: `chown`. */
  name: string;
  /** The value after `=`, quotes removed; undefined when there is no `=`. */
  value?: string;
  /** The word as written, and its offsets in the model text. */
  raw: string;
  start: number;
  end: number;
  /** Offset of the value in the model text (just past the `=`). */
  valueStart: number;
}

export interface BuilderFlags {
  flags: BuilderFlag[];
  /** Offset into the logical line's text where the arguments after the flags begin. */
  restAt: number;
  line: LogicalLine;
}

const cache = new WeakMap<Instruction, BuilderFlags>();

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\v' || c === '\f' || c === '\r';

/** The flag words of `inst` and where its other arguments begin; read once per instruction. */
export function builderFlags(model: DockerfileModel, inst: Instruction): BuilderFlags {
  let found = cache.get(inst);
  if (found) return found;
  const line = logicalLine(model, inst);
  const text = line.text;
  const esc = escapeOf(model);
  const flags: BuilderFlag[] = [];
  let i = 0;
  for (;;) {
    while (i < text.length && isSpace(text[i])) i++;
    if (!text.startsWith('--', i)) break;
    const start = i;
    let word = '';
    let quote = '';
    let eq = -1;
    let eqAt = -1;
    for (; i < text.length; i++) {
      const c = text[i];
      if (!quote && isSpace(c)) break;
      if (!quote && (c === '"' || c === "'")) { quote = c; continue; }
      if (quote && c === quote) { quote = ''; continue; }
      if (c === esc && i + 1 < text.length) { i++; word += text[i]; continue; }
      if (c === '=' && eq < 0 && !quote) { eq = word.length; eqAt = i; }
      word += c;
    }
    // A lone `--` ends the flags and is dropped.
    if (word === '--') { found = { flags, restAt: i, line }; cache.set(inst, found); return found; }
    const name = (eq < 0 ? word : word.slice(0, eq)).slice(2);
    flags.push({
      name,
      value: eq < 0 ? undefined : word.slice(eq + 1),
      raw: text.slice(start, i),
      start: logicalOffset(line, start),
      end: logicalOffset(line, i - 1) + 1,
      valueStart: eqAt < 0 ? logicalOffset(line, i - 1) + 1 : logicalOffset(line, eqAt + 1),
    });
  }
  found = { flags, restAt: i, line };
  cache.set(inst, found);
  return found;
}

/** The words after the flags (quotes kept), with their model-text offsets. */
export function wordsAfterFlags(model: DockerfileModel, inst: Instruction): Token[] {
  const { line, restAt } = builderFlags(model, inst);
  const from = logicalOffset(line, restAt);
  return argumentTokens(model, inst).filter(t => t.start >= from);
}
