// SPDX-License-Identifier: MIT
// Ranges that Dockerfile checks report on, in core types.
import type { Instruction } from 'dockerfile-ast';
import type { Range } from '../../text';

/** The instruction keyword, e.g. `MAINTAINER`, as written. */
export function keywordRange(inst: Instruction): Range {
  const r = inst.getInstructionRange();
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

/** The whole instruction, across continuation lines. */
export function instructionRange(inst: Instruction): Range {
  const r = inst.getRange();
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}
