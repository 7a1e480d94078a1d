// SPDX-License-Identifier: MIT
// The names of a Dockerfile that point somewhere: stage names (`AS build`, `FROM build`, `--from=build`,
// `--mount=...,from=build`) and variables (`ARG`/`ENV` names, `$VAR`, `${VAR}`). Each instruction's names
// are found from its own text and cached per instruction, so "what is under the cursor" costs one
// instruction; the whole-file index (for references and rename) is built once per model, on first use.
import type { Instruction } from 'dockerfile-ast';
import type { Occurrence } from '../navigation/types';
import { countIndexBuild } from './indexStats';
import { flagsOf } from './locate';
import { instructionAt, type DockerfileModel } from './model';
import { parentStage, stageByReference } from './stageIndex';
import { stageOf, type Stage } from './stages';
import { resolveVariable, variablesOf, type Definition } from './variables';

/** One unquoted word of an instruction's arguments, as offsets into the model text. */
interface Span { text: string; start: number; end: number }

/**
 * The argument words of `inst` with their offsets. A word ends at whitespace or a line break (a word
 * split by a line continuation is two words here: such a name is not offered for navigation).
 */
export function wordSpans(model: DockerfileModel, inst: Instruction, limit = Infinity): Span[] {
  const text = model.text;
  const escape = model.ast.getEscapeCharacter();
  const end = model.lines.offsetAt(inst.getRange().end);
  const spans: Span[] = [];
  let i = model.lines.offsetAt(inst.getInstructionRange().end);
  while (i < end && spans.length < limit) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') { i++; continue; }
    if (c === escape && /^[ \t]*\r?\n/.test(text.slice(i + 1, i + 64))) { i++; continue; }
    if (c === '#' && (i === 0 || text[i - 1] === '\n')) { while (i < end && text[i] !== '\n') i++; continue; }
    let j = i;
    let quote = '';
    while (j < end) {
      const d = text[j];
      if (d === '\n' || d === '\r') break;
      if (quote) { if (d === quote) quote = ''; j++; continue; }
      if (d === '"' || d === "'") { quote = d; j++; continue; }
      if (d === ' ' || d === '\t') break;
      if (d === escape && /^[ \t]*\r?\n/.test(text.slice(j + 1, j + 64))) break;
      j++;
    }
    spans.push({ text: text.slice(i, j), start: i, end: j });
    i = j;
  }
  return spans;
}

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The names an ARG or ENV line defines, with their offsets. */
export function definitionSpans(model: DockerfileModel, inst: Instruction): Span[] {
  const words = wordSpans(model, inst);
  if (!words.length) return [];
  const legacyEnv = inst.getKeyword() === 'ENV' && !words[0].text.includes('=');
  const named = legacyEnv ? [words[0]] : words.filter(w => inst.getKeyword() === 'ARG' || w.text.includes('='));
  return named.map(w => {
    const eq = w.text.indexOf('=');
    const name = eq < 0 ? w.text : w.text.slice(0, eq);
    return { text: name, start: w.start, end: w.start + name.length };
  }).filter(s => VARIABLE_NAME.test(s.text));
}

/** The key of the variable a definition belongs to: a stage's bare `ARG V` is the global `ARG V` brought into the stage. */
function variableKey(model: DockerfileModel, def: Definition): string {
  let root = def;
  if (def.kind === 'ARG' && def.value === undefined && stageOf(model, def.inst).index >= 0) {
    root = resolveVariable(model, def.name, def.inst).global ?? def;
  }
  return `variable:${root.inst.getRange().start.line}:${root.name}`;
}

/** The ARG or ENV in force for `name` at `inst`, as the hovers resolve it; FROM lines see only global ARGs. */
function definitionInForce(model: DockerfileModel, name: string, inst: Instruction): Definition | undefined {
  const r = resolveVariable(model, name, inst);
  return inst.getKeyword() === 'FROM' ? r.global : r.env ?? r.arg;
}

function stageOccurrence(stage: Stage, span: Span, declaration: boolean, renamable = true): Occurrence {
  return { key: `stage:${stage.index}`, space: 'stage', name: span.text, start: span.start, end: span.end, declaration, renamable };
}

/** `--from=build`, or `build` in `from=build` of a `--mount`: the stage it names, if it is one of this file's. */
function stageReference(model: DockerfileModel, value: string, start: number): Occurrence | undefined {
  if (!value || /["'$]/.test(value)) return undefined;
  const stage = stageByReference(model, value);
  if (!stage?.name) return undefined; // an image, a named context, or a number of a stage with no name
  return stageOccurrence(stage, { text: value, start, end: start + value.length }, false, !/^\d+$/.test(value));
}

function stageNames(model: DockerfileModel, inst: Instruction): Occurrence[] {
  const keyword = inst.getKeyword();
  const out: Occurrence[] = [];
  if (keyword === 'FROM') {
    const words = wordSpans(model, inst).filter(w => !w.text.startsWith('--'));
    const stage = stageOf(model, inst);
    const image = words[0];
    // parentStage: only an earlier stage can be a base (`FROM node AS node` names the image).
    const base = image && !/[:@"'$]/.test(image.text) && image.text === stage.image ? parentStage(model, stage) : undefined;
    if (base?.name) out.push(stageOccurrence(base, image, false));
    if (words.length >= 3 && words[1].text.toUpperCase() === 'AS' && stage.name) out.push(stageOccurrence(stage, words[2], true));
    return out;
  }
  if (keyword !== 'COPY' && keyword !== 'RUN' && keyword !== 'ADD') return out;
  const offsetOf = (pos: { line: number; character: number }): number => model.lines.offsetAt(pos);
  for (const flag of flagsOf(model, inst)) {
    if (flag.name === 'from' && keyword !== 'RUN' && flag.value !== null) {
      const o = stageReference(model, flag.value, offsetOf(flag.range.start) + '--from='.length);
      if (o) out.push(o);
    }
    if (flag.name === 'mount' && keyword === 'RUN') {
      for (const option of flag.options) {
        if (option.name !== 'from' || option.value === null) continue;
        const o = stageReference(model, option.value, offsetOf(option.range.start) + 'from='.length);
        if (o) out.push(o);
      }
    }
  }
  return out;
}

function variableNames(model: DockerfileModel, inst: Instruction): Occurrence[] {
  const out: Occurrence[] = [];
  const keyword = inst.getKeyword();
  if (keyword === 'ARG' || keyword === 'ENV') {
    const stage = stageOf(model, inst);
    for (const span of definitionSpans(model, inst)) {
      const def: Definition = { name: span.text, kind: keyword, inst, value: definesValue(model, span) ? '' : undefined };
      if (keyword === 'ENV' && stage.index < 0) continue; // ENV before the first FROM is an error, not a definition
      out.push({ key: variableKey(model, def), space: 'variable', name: span.text, start: span.start, end: span.end, declaration: true, renamable: true });
    }
  }
  for (const ref of variablesOf(model, inst)) {
    const def = definitionInForce(model, ref.name, inst);
    if (!def) continue; // not defined by this Dockerfile: set by the base image or the shell
    const start = model.text.indexOf(ref.name, ref.start + 1);
    if (start < 0 || start + ref.name.length > ref.end) continue;
    out.push({ key: variableKey(model, def), space: 'variable', name: ref.name, start, end: start + ref.name.length, declaration: false, renamable: true });
  }
  return out;
}

/** True when the definition at `span` gives a value (`ARG V=1`, `ENV V x`): the rest of the word after the name. */
function definesValue(model: DockerfileModel, span: Span): boolean {
  const next = model.text[span.end];
  return next === '=' || next === ' ' || next === '\t';
}

const perInstruction = new WeakMap<Instruction, Occurrence[]>();

/** The names written in one instruction, sorted by offset; cached per instruction (one parse). */
export function namesIn(model: DockerfileModel, inst: Instruction): readonly Occurrence[] {
  let names = perInstruction.get(inst);
  if (names) return names;
  // ONBUILD triggers run in a child build: their names belong to that Dockerfile, not this one.
  names = inst.getKeyword() === 'ONBUILD' ? [] : [...stageNames(model, inst), ...variableNames(model, inst)].sort((a, b) => a.start - b.start);
  perInstruction.set(inst, names);
  return names;
}

/** The name at `offset`, found in the instruction there alone. */
export function dockerfileNameAt(model: DockerfileModel, offset: number): Occurrence | undefined {
  const inst = instructionAt(model, model.lines.positionAt(offset));
  return inst && namesIn(model, inst).find(o => o.start <= offset && offset <= o.end);
}

const indexes = new WeakMap<DockerfileModel, Map<string, Occurrence[]>>();

/** Every occurrence of every name, grouped by key in file order: built once per model, on first use. */
export function dockerfileNameIndex(model: DockerfileModel): Map<string, Occurrence[]> {
  let index = indexes.get(model);
  if (index) return index;
  index = new Map();
  for (const inst of model.instructions) {
    for (const o of namesIn(model, inst)) {
      const list = index.get(o.key);
      if (list) list.push(o); else index.set(o.key, [o]);
    }
  }
  indexes.set(model, index);
  countIndexBuild();
  return index;
}

/** Where the thing a reference names is defined: for a variable, the ARG or ENV in force on that line. */
export function dockerfileDefinitionOf(model: DockerfileModel, at: Occurrence): Occurrence | undefined {
  if (at.declaration) return at;
  if (at.space === 'stage') {
    const stage = stageByReference(model, at.name);
    const inst = stage?.from;
    return inst && namesIn(model, inst).find(o => o.declaration && o.key === at.key);
  }
  const inst = instructionAt(model, model.lines.positionAt(at.start));
  const def = inst && definitionInForce(model, at.name, inst);
  return def && namesIn(model, def.inst).find(o => o.declaration && o.name === def.name);
}
