// SPDX-License-Identifier: MIT
// The parsed form of a Dockerfile, built once per text and shared by hovers, lenses and diagnostics.
import type { Dockerfile, Instruction } from 'dockerfile-ast';
import { LineIndex, ParseCache, type Position } from '../text';
import { parseDockerfile } from './parse';

/** A Dockerfile parsed once, with indexes that answer "what is at this position" without a walk. */
export interface DockerfileModel {
  readonly text: string;
  readonly lines: LineIndex;
  readonly ast: Dockerfile;
  /** Every instruction in file order. */
  readonly instructions: readonly Instruction[];
  /** For each line, the index into `instructions` of the instruction covering it, or -1. */
  readonly instructionOfLine: Int32Array;
}

/** Parses a text into a model, uncached; skeleton.ts parses its partial texts with it. */
export function buildDockerfileModel(text: string): DockerfileModel {
  const ast = parseDockerfile(text);
  const lines = new LineIndex(text);
  const instructions = ast.getInstructions();
  const instructionOfLine = new Int32Array(lines.lineCount).fill(-1);
  instructions.forEach((inst, i) => {
    const r = inst.getRange();
    const last = Math.min(r.end.line, lines.lineCount - 1);
    for (let l = r.start.line; l <= last; l++) instructionOfLine[l] = i;
  });
  return { text, lines, ast, instructions, instructionOfLine };
}

const cache = new ParseCache(buildDockerfileModel);

/** The model for this text: parsed on first use, then served from a small cache. */
export function dockerfileModel(text: string): DockerfileModel {
  return cache.get(text);
}

/** The whole-file model if this text has been parsed already, without parsing it. */
export function cachedDockerfileModel(text: string): DockerfileModel | undefined {
  return cache.peek(text);
}

/** The text whose whole-file model was used most recently: usually the version an edit started from. */
export function newestDockerfileText(): string | undefined {
  return cache.newest();
}

/** How many Dockerfile parses have run in this process; tests use it to prove reuse. */
export function dockerfileParseCount(): number {
  return cache.parses;
}

/** The instruction whose lines include `pos`, if any. O(1). */
export function instructionAt(model: DockerfileModel, pos: Position): Instruction | undefined {
  if (pos.line < 0 || pos.line >= model.instructionOfLine.length) return undefined;
  const i = model.instructionOfLine[pos.line];
  return i >= 0 ? model.instructions[i] : undefined;
}
