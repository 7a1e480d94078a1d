// SPDX-License-Identifier: MIT
// dockerfile-ast's parse, with each instruction's arguments worked out once.
//
// dockerfile-ast splits an instruction's text into arguments again on every call to the private
// Instruction.getRawArguments, and its own parser asks about ten times for each RUN, CMD or ENTRYPOINT
// while building it (JSONInstruction's constructor, the flags, the here-documents, the ranges); for a RUN,
// COPY or ADD it even builds the instruction twice, once only to look for here-document markers. On a RUN of
// 200,000 continuation lines that was 4.4 s of a 4.8 s parse. The split depends only on the document, the
// instruction's place in it and the escape character, none of which change, so while a parse runs it is
// kept per place. Callers get a copy of the list, because ModifiableInstruction.getArguments shifts the
// flags off the array it is given. Only while the parse runs: afterwards From.getImageNameRange and its
// kin move the ends of an argument's own range, so each later call must get arguments of its own, as the
// library intends (locate.ts keeps them for Docker Coach's readers).
import { DockerfileParser, Instruction, type Argument, type Dockerfile } from 'dockerfile-ast';

interface RawArguments { getRawArguments(): Argument[] }

/** The fields of an instruction the split reads (protected in dockerfile-ast's typings). */
interface Built {
  readonly document: { offsetAt(position: { line: number; character: number }): number };
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
  readonly instructionRange: { end: { line: number; character: number } };
  readonly escapeChar: string;
}

/** While a parse runs: the arguments of each place split, keyed by its offsets and escape character. */
let kept: Map<string, Argument[]> | undefined;
let splits = 0;

function keepArgumentsOnce(): void {
  const proto = Instruction.prototype as unknown as RawArguments & { keptByDockerCoach?: true };
  if (proto.keptByDockerCoach) return;
  const split = proto.getRawArguments;
  // A library upgrade that renames the method leaves the parse as it was: slower on huge instructions, not wrong.
  if (typeof split !== 'function') return;
  proto.getRawArguments = function (this: Instruction): Argument[] {
    splits++;
    if (!kept) return split.call(this);
    const { document: d, range, instructionRange, escapeChar } = this as unknown as Built;
    const place = `${d.offsetAt(range.start)} ${d.offsetAt(instructionRange.end)} ${d.offsetAt(range.end)} ${escapeChar}`;
    let args = kept.get(place);
    if (args) splits--;
    else kept.set(place, args = split.call(this));
    return args.slice();
  };
  proto.keptByDockerCoach = true;
}

/** Parses a Dockerfile text with dockerfile-ast. */
export function parseDockerfile(text: string): Dockerfile {
  keepArgumentsOnce();
  kept = new Map();
  try {
    return DockerfileParser.parse(text);
  } finally {
    kept = undefined;
  }
}

/** How many times dockerfile-ast has split an instruction's arguments (tests: once per instruction while parsing). */
export function argumentSplitCount(): number {
  return splits;
}
