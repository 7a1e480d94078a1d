// SPDX-License-Identifier: MIT
// The words of a FROM line with their offsets: `FROM [--platform=p] image [AS name]`. Several FROM
// checks need exact ranges (the `AS` word, the stage name, the platform value), which stages.ts
// does not keep.
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileModel } from '../../../dockerfile/model';
import { argumentTokens, type Token } from '../ranges';

export interface FromParts {
  /** `--platform` value as written (quotes kept), with its offsets. */
  platform?: Token;
  image?: Token;
  as?: Token;
  name?: Token;
  /** How many words follow the flags; BuildKit reads `AS name` only when there are exactly three. */
  count: number;
}

const cache = new WeakMap<Instruction, FromParts>();

export function fromParts(model: DockerfileModel, inst: Instruction): FromParts {
  let parts = cache.get(inst);
  if (parts) return parts;
  const tokens = argumentTokens(model, inst);
  let i = 0;
  let platform: Token | undefined;
  for (; i < tokens.length && tokens[i].text.startsWith('--'); i++) {
    const m = /^--platform=/i.exec(tokens[i].text);
    if (m) platform = { text: tokens[i].text.slice(m[0].length), start: tokens[i].start + m[0].length, end: tokens[i].end };
  }
  const rest = tokens.slice(i);
  parts = { platform, image: rest[0], count: rest.length };
  if (rest.length === 3 && rest[1].text.toLowerCase() === 'as') { parts.as = rest[1]; parts.name = rest[2]; }
  cache.set(inst, parts);
  return parts;
}

/** A word without its surrounding quotes, as BuildKit's word processing leaves it. */
export function unquoted(word: string): string {
  return /^"(.*)"$/s.test(word) || /^'(.*)'$/s.test(word) ? word.slice(1, -1) : word;
}
