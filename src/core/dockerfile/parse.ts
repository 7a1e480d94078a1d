// SPDX-License-Identifier: MIT
// dockerfile-ast's parse, with each instruction's arguments worked out once.
//
// dockerfile-ast splits an instruction's text into arguments again on every call to the private
// Instruction.getRawArguments, and its own parser asks about ten times for each RUN, CMD or ENTRYPOINT
// while building it (JSONInstruction's constructor, the flags, the here-documents, the ranges); for a RUN,
// COPY or ADD it even builds the instruction twice, once only to look for here-document markers. On a RUN of
// 200,000 continuation lines that was 4.4 s of a 4.8 s parse, and each later reader split it again. The
// split depends only on the document, the instruction's place in it and the escape character, none of which
// change, so it is kept per place in each parsed document. Callers get a copy of the list, because
// ModifiableInstruction.getArguments shifts the flags off the array it is given. FROM is the exception:
// From.getImageNameRange and its kin move the ends of its first argument's own range, so a FROM is split
// afresh for each call, as the library intends (it is one short line; the parser never asks while building it).
import { DockerfileParser, From, Instruction, type Argument, type Dockerfile } from 'dockerfile-ast';

interface RawArguments { getRawArguments(): Argument[] }

/** The fields of an instruction the split reads (protected in dockerfile-ast's typings). */
interface Built {
  readonly document: { offsetAt(position: { line: number; character: number }): number };
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
  readonly instructionRange: { end: { line: number; character: number } };
  readonly escapeChar: string;
}

/** Per parsed document: the arguments of each place split, keyed by its offsets and escape character. */
const kept = new WeakMap<object, Map<string, Argument[]>>();
let splits = 0;

function keepArgumentsOnce(): void {
  const proto = Instruction.prototype as unknown as RawArguments & { keptByDockerCoach?: true };
  if (proto.keptByDockerCoach) return;
  const split = proto.getRawArguments;
  // A library upgrade that renames the method leaves the parse as it was: slower on huge instructions, not wrong.
  if (typeof split !== 'function') return;
  proto.getRawArguments = function (this: Instruction): Argument[] {
    if (this instanceof From) {
      splits++;
      return split.call(this);
    }
    const { document: d, range, instructionRange, escapeChar } = this as unknown as Built;
    let places = kept.get(d);
    if (!places) kept.set(d, places = new Map());
    const place = `${d.offsetAt(range.start)} ${d.offsetAt(instructionRange.end)} ${d.offsetAt(range.end)} ${escapeChar}`;
    let args = places.get(place);
    if (!args) {
      splits++;
      places.set(place, args = split.call(this));
    }
    return args.slice();
  };
  proto.keptByDockerCoach = true;
}

/** Parses a Dockerfile text with dockerfile-ast. */
export function parseDockerfile(text: string): Dockerfile {
  keepArgumentsOnce();
  return DockerfileParser.parse(text);
}

/** How many times dockerfile-ast has split an instruction's arguments (tests: once per instruction but FROM). */
export function argumentSplitCount(): number {
  return splits;
}
