// SPDX-License-Identifier: MIT
// The arguments of an instruction after its flags, as BuildKit's parser counts them: a JSON array
// counts its items (for the instructions that accept one), anything else its blank-separated words.
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileModel } from '../../../dockerfile/model';
import { builderFlags, wordsAfterFlags } from './builderFlags';

export interface Arguments {
  /** The argument words, quotes kept (JSON items for a JSON array). */
  words: string[];
  /** The words with their offsets; empty for a JSON array. */
  placed: { text: string; start: number; end: number }[];
  /** True when written as a JSON array of strings. */
  json: boolean;
  /** The text after the flags, trimmed. */
  rest: string;
}

// parser.go's dispatch table: these try a JSON array first (parseMaybeJSON / parseMaybeJSONToList).
const JSON_FORMS = new Set(['ADD', 'COPY', 'VOLUME', 'RUN', 'CMD', 'ENTRYPOINT', 'SHELL']);

export function argumentsOf(model: DockerfileModel, inst: Instruction): Arguments {
  const { line, restAt } = builderFlags(model, inst);
  const rest = line.text.slice(restAt).trim();
  if (JSON_FORMS.has(inst.getKeyword()) && rest.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(rest);
      if (Array.isArray(parsed) && parsed.every(x => typeof x === 'string')) return { words: parsed as string[], placed: [], json: true, rest };
    } catch { /* not JSON: read as words, as BuildKit does */ }
  }
  const placed = wordsAfterFlags(model, inst);
  return { words: placed.map(w => w.text), placed, json: false, rest };
}
