// SPDX-License-Identifier: MIT
// Small lookups every explainer needs: the instruction that governs a position (the ONBUILD trigger
// rather than ONBUILD itself), its command text without flags, and offset/range conversions.
import type { Argument, Heredoc, Instruction, Onbuild } from 'dockerfile-ast';
import { contains, type Position, type Range } from '../text';
import { commandFormOf, type CommandForm } from './forms';
import { instructionAt, type DockerfileModel } from './model';
import { argumentsText, leadingFlags, type FlagWord } from './words';

/** The instruction at `pos`, and the ONBUILD wrapping it when `pos` is inside an ONBUILD trigger. */
export interface Located { inst: Instruction; onbuild?: Instruction }

export function locate(model: DockerfileModel, pos: Position): Located | undefined {
  const inst = instructionAt(model, pos);
  if (!inst) return undefined;
  if (inst.getKeyword() === 'ONBUILD') {
    const trigger = (inst as Onbuild).getTriggerInstruction();
    if (trigger && !contains(inst.getInstructionRange(), pos)) return { inst: trigger, onbuild: inst };
  }
  return { inst };
}

/** The flags of an instruction (FROM, RUN, ADD, COPY, HEALTHCHECK), read from the text. */
export function flagsOf(model: DockerfileModel, inst: Instruction): FlagWord[] {
  return leadingFlags(model, inst);
}

// dockerfile-ast works an instruction's arguments (and here-documents) out again on every call, mapping
// each character to a position: for one 1.9 MB instruction (a heredoc that never closes) that is seconds
// per call. A model is cached and never changes, so each instruction's answer is kept beside it.
const argumentMemo = new WeakMap<Instruction, Argument[]>();
const heredocMemo = new WeakMap<Instruction, Heredoc[]>();
let tokenizations = 0;

/** How many times an instruction's arguments or here-documents were worked out (read by tests). */
export function argumentTokenizations(): number {
  return tokenizations;
}

/** The arguments of `inst`, worked out once per parsed instruction. */
export function argumentsOf(inst: Instruction): Argument[] {
  let args = argumentMemo.get(inst);
  if (!args) {
    tokenizations++;
    argumentMemo.set(inst, args = inst.getArguments());
  }
  return args;
}

/** The here-documents of RUN and COPY; none for other instructions, or when there is no `<<`. */
export function heredocsOf(model: DockerfileModel, inst: Instruction): Heredoc[] {
  const withHeredocs = inst as Instruction & { getHeredocs?: () => Heredoc[] };
  if (typeof withHeredocs.getHeredocs !== 'function') return [];
  let heredocs = heredocMemo.get(inst);
  if (heredocs) return heredocs;
  // dockerfile-ast's heredoc scan maps every character of the instruction; skip it when there is no marker.
  const r = inst.getRange();
  if (model.text.slice(model.lines.offsetAt(r.start), model.lines.offsetAt(r.end)).indexOf('<<') < 0) heredocs = [];
  else {
    tokenizations++;
    heredocs = heredocsRemembering(withHeredocs as unknown as HeredocReader);
  }
  heredocMemo.set(inst, heredocs);
  return heredocs;
}

interface HeredocReader { getHeredocs(): Heredoc[]; getNameRange?(start: Range): Range; getName?(nameRange: Range): string }

/**
 * dockerfile-ast's getHeredocs works out a marker's name again for every body line, reading the whole marker
 * each time (getNameRange, getName): a 4,000-character marker over 2,000 lines took 0.8 s, 26 s at 64 KB. For
 * this one call, both answer from a memo by the marker's place; the instruction's own methods come back after.
 */
function heredocsRemembering(inst: HeredocReader): Heredoc[] {
  const nameRangeOf = inst.getNameRange, nameOf = inst.getName;
  if (typeof nameRangeOf !== 'function' || typeof nameOf !== 'function') return inst.getHeredocs();
  const key = (r: Range) => `${r.start.line}:${r.start.character}:${r.end.line}:${r.end.character}`;
  const ranges = new Map<string, Range>(), names = new Map<string, string>();
  inst.getNameRange = function (this: HeredocReader, start: Range) {
    let found = ranges.get(key(start));
    if (!found) ranges.set(key(start), found = nameRangeOf.call(this, start));
    return found;
  };
  inst.getName = function (this: HeredocReader, nameRange: Range) {
    let found = names.get(key(nameRange));
    if (found === undefined) names.set(key(nameRange), found = nameOf.call(this, nameRange));
    return found;
  };
  try {
    return inst.getHeredocs();
  } finally {
    delete inst.getNameRange;
    delete inst.getName;
  }
}

/** The command part of RUN/CMD/ENTRYPOINT/HEALTHCHECK, without flags and HEALTHCHECK's `CMD` word. */
export function commandText(model: DockerfileModel, inst: Instruction): string {
  let args = argumentsText(model, inst);
  // Flags come first and hold no spaces unless quoted. Each piece of a value is taken whole once chosen (the
  // lookahead and back-reference make it atomic): `""` read either as a quoted piece or as two characters made
  // a value of many quotes take seconds to give up on.
  args = args.replace(/^(?:--[A-Za-z-]+(?:=(?:(?=("[^"]*"|'[^']*'|\S))\1)*)?\s+)*/, '');
  if (inst.getKeyword() === 'HEALTHCHECK') args = args.replace(/^CMD\b\s*/i, '');
  return args;
}

/** Shell form, exec form or a malformed array, for the command of `inst`. */
export function formOf(model: DockerfileModel, inst: Instruction): CommandForm {
  return commandFormOf(commandText(model, inst));
}

/** Range from two offsets of the model text. */
export function offsetRange(model: DockerfileModel, start: number, end: number): Range {
  return { start: model.lines.positionAt(start), end: model.lines.positionAt(end) };
}
