// SPDX-License-Identifier: MIT
// Variable references (`$VAR`, `${VAR}`, `${VAR:-default}`...) and where each variable is defined.
// References are scanned from one instruction's text only; definitions (ARG, ENV) are indexed once
// per model, per stage, so a hover costs a scan of its instruction plus a binary search.
import type { Instruction } from 'dockerfile-ast';
import { countIndexBuild } from './indexStats';
import type { DockerfileModel } from './model';
import { instructionsIn, parentStage } from './stageIndex';
import { stagesOf, stageOf, type Stage } from './stages';
import { argumentWords } from './words';

/** One `$NAME` or `${NAME...}` in the text, as offsets into the model text. */
export interface VariableRef {
  name: string;
  /** The whole reference, `$` to `}`. */
  start: number;
  end: number;
  /** `:-`, `-`, `:+`, `+`, `:?`, `?`, `#`, `##`, `%`, `%%`, `/`, `//`, or undefined for none. */
  modifier?: string;
  /** The word after the modifier: the default in `${A:-default}`. */
  word?: string;
  /** Inside single quotes, where neither the builder nor a shell expands it. */
  singleQuoted: boolean;
}

const MODIFIERS = [':-', ':+', ':?', '##', '%%', '//', '-', '+', '?', '#', '%', '/'];
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

const scans = new WeakMap<Instruction, VariableRef[]>();

/** The variable references of one instruction, heredoc bodies included, cached per instruction. */
export function variablesOf(model: DockerfileModel, inst: Instruction): readonly VariableRef[] {
  let refs = scans.get(inst);
  if (refs) return refs;
  const r = inst.getRange();
  refs = scanVariables(model.text, model.lines.offsetAt(r.start), model.lines.offsetAt(r.end), model.ast.getEscapeCharacter());
  scans.set(inst, refs);
  return refs;
}

/** The reference at `offset` in `inst`, if any. */
export function variableAtOffset(model: DockerfileModel, inst: Instruction, offset: number): VariableRef | undefined {
  return variablesOf(model, inst).find(v => v.start <= offset && offset <= v.end);
}

/** Scans `text[from, to)` for references, skipping escaped `$`, comment lines, and tracking quotes. */
export function scanVariables(text: string, from: number, to: number, escape = '\\'): VariableRef[] {
  const refs: VariableRef[] = [];
  const closings = new Closings(text, from, to);
  let quote: '' | "'" | '"' = '';
  const outer: ('' | "'" | '"')[] = [];
  let lineStart = true;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      // A line that does not end with the escape character ends the logical line (or is a heredoc line).
      let j = i - 1;
      while (j >= from && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j--;
      if (j < from || text[j] !== escape) { quote = ''; outer.length = 0; }
      lineStart = true;
      continue;
    }
    if (lineStart) {
      lineStart = false;
      // Comment lines inside an instruction are dropped by the parser (the first line is the keyword).
      let j = i;
      while (j < to && (text[j] === ' ' || text[j] === '\t')) j++;
      if (i !== from && text[j] === '#') {
        while (i + 1 < to && text[i + 1] !== '\n' && text[i + 1] !== '\r') i++;
        continue;
      }
    }
    if (c === escape && quote !== "'") { i++; continue; }
    if (c === "'" && quote !== '"') { quote = quote ? '' : "'"; continue; }
    if (c === '"' && quote !== "'") { quote = quote ? '' : '"'; continue; }
    // `$(...)` starts a fresh quoting context: `"$(awk '{ print $NF }')"` has $NF in single quotes.
    if (c === '$' && text[i + 1] === '(' && quote !== "'") { outer.push(quote); quote = ''; i++; continue; }
    if (c === ')' && quote === '' && outer.length) { quote = outer.pop()!; continue; }
    if (c !== '$') continue;
    const ref = readReference(text, i, to, quote === "'", closings);
    if (ref) { refs.push(ref); i = ref.end - 1; }
  }
  return refs;
}

/**
 * Where each `{` of `text[from, to)` is closed on its line, worked out once per scan and only when a `${` asks:
 * an unclosed `${A:-${A:-…` had each of its thousands of `$` read the rest of the line again (a second per 60 KB
 * line). Every `{` and `}` counts, as in a reference's braces; a line end closes nothing.
 */
class Closings {
  private closeOf: Map<number, number> | undefined;
  constructor(private readonly text: string, private readonly from: number, private readonly to: number) {}

  /** The `}` that closes the `{` at `open`, or -1 when none does before the line ends. */
  of(open: number): number {
    if (!this.closeOf) {
      this.closeOf = new Map();
      const opens: number[] = [];
      for (let i = this.from; i < this.to; i++) {
        const c = this.text.charCodeAt(i);
        if (c === 10) opens.length = 0;
        else if (c === 123) opens.push(i);
        else if (c === 125 && opens.length) this.closeOf.set(opens.pop()!, i);
      }
    }
    return this.closeOf.get(open) ?? -1;
  }
}

function readReference(text: string, at: number, to: number, singleQuoted: boolean, closings: Closings): VariableRef | undefined {
  const next = text[at + 1];
  if (next !== undefined && at + 1 < to && NAME_START.test(next)) {
    let e = at + 2;
    while (e < to && NAME_CHAR.test(text[e])) e++;
    const scoped = powershellEnv(text, at + 1, e, to);
    if (scoped) return { name: scoped.name, start: at, end: scoped.end, singleQuoted };
    return { name: text.slice(at + 1, e), start: at, end: e, singleQuoted };
  }
  if (next !== '{' || at + 2 >= to || !NAME_START.test(text[at + 2])) return undefined;
  let e = at + 3;
  while (e < to && NAME_CHAR.test(text[e])) e++;
  const scoped = powershellEnv(text, at + 2, e, to);
  if (scoped && text[scoped.end] === '}') return { name: scoped.name, start: at, end: scoped.end + 1, singleQuoted };
  const name = text.slice(at + 2, e);
  const modifier = MODIFIERS.find(m => text.startsWith(m, e));
  let w = modifier ? e + modifier.length : e;
  const wordStart = w;
  // The word may hold nested references (`${A:-${B}}`): count braces to find the closing one.
  w = closings.of(at + 1);
  if (w < 0) return undefined;
  if (!modifier && w !== e) return undefined; // `${A B}` is not a reference
  return { name, start: at, end: w + 1, modifier, word: modifier ? text.slice(wordStart, w) : undefined, singleQuoted };
}

/** PowerShell's `$Env:NAME` / `${Env:NAME}` (Windows images): the environment variable NAME. */
function powershellEnv(text: string, nameStart: number, nameEnd: number, to: number): { name: string; end: number } | undefined {
  if (text.slice(nameStart, nameEnd).toLowerCase() !== 'env' || text[nameEnd] !== ':' || !NAME_START.test(text[nameEnd + 1] ?? '')) return undefined;
  let e = nameEnd + 2;
  while (e < to && NAME_CHAR.test(text[e])) e++;
  return { name: text.slice(nameEnd + 1, e), end: e };
}

/** An `ARG` or `ENV` that defines a variable. */
export interface Definition {
  name: string;
  kind: 'ARG' | 'ENV';
  /** The value as written, or undefined for `ARG NAME` with no default. */
  value?: string;
  inst: Instruction;
}

/** For each stage (by `index + 1`, so the global scope is 0): definitions by `KIND name`, in file order. */
type DefinitionIndex = Map<string, Definition[]>[];

const definitionIndexes = new WeakMap<DockerfileModel, DefinitionIndex>();

function definitionIndex(model: DockerfileModel): DefinitionIndex {
  let index = definitionIndexes.get(model);
  if (index) return index;
  index = stagesOf(model).map(stage => {
    const byName = new Map<string, Definition[]>();
    for (const kind of ['ARG', 'ENV'] as const) {
      for (const inst of instructionsIn(model, stage, kind)) {
        for (const [name, value] of assignmentsOf(model, inst)) {
          const key = `${kind} ${name}`;
          let list = byName.get(key);
          if (!list) byName.set(key, list = []);
          // instructionsIn lists a stage in file order, so each list stays sorted by line.
          list.push({ name, kind, value, inst });
        }
      }
    }
    return byName;
  });
  definitionIndexes.set(model, index);
  countIndexBuild();
  return index;
}

/**
 * The `name[=value]` pairs of an ARG or ENV line, read straight from the text. dockerfile-ast's
 * getProperties() is exact but slow (it maps every character to a position); indexing a 50,000-line
 * file with it took over a second, so the index reads the text itself.
 */
export function assignmentsOf(model: DockerfileModel, inst: Instruction): [string, string | undefined][] {
  const tokens = argumentWords(model, inst);
  if (!tokens.length) return [];
  // Legacy `ENV KEY value with spaces`: one variable, the rest of the line is its value.
  if (inst.getKeyword() === 'ENV' && !tokens[0].includes('=')) {
    return [[tokens[0], tokens.length > 1 ? tokens.slice(1).join(' ') : undefined]];
  }
  return tokens.map(t => {
    const eq = t.indexOf('=');
    return eq < 0 ? [t, undefined] : [t.slice(0, eq), t.slice(eq + 1)];
  });
}

/** The last definition of `name` of `kind` in `stage` before `line` (any line when undefined). Binary search. */
function lastDefinition(model: DockerfileModel, stage: Stage, name: string, kind: 'ARG' | 'ENV', line?: number): Definition | undefined {
  const list = definitionIndex(model)[stage.index + 1]?.get(`${kind} ${name}`);
  if (!list) return undefined;
  if (line === undefined) return list[list.length - 1];
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].inst.getRange().start.line < line) lo = mid + 1; else hi = mid;
  }
  return lo > 0 ? list[lo - 1] : undefined;
}

/** How a variable resolves at one instruction. */
export interface Resolution {
  /** The ENV that sets it here (ENV wins over an ARG of the same name). */
  env?: Definition;
  /** The ARG that declares it here. */
  arg?: Definition;
  /** The stage the definition was inherited from, when it comes from a parent stage. */
  inheritedFrom?: Stage;
  /** A global ARG (before the first FROM) with this name: the default of `arg` when it has none, or out of scope. */
  global?: Definition;
}

/**
 * Where `name` gets its value for `inst`: FROM lines see only the global ARGs; other lines see the
 * ARG and ENV lines before them in their stage, then those of the stages it builds on.
 */
export function resolveVariable(model: DockerfileModel, name: string, inst: Instruction): Resolution {
  const global = lastDefinition(model, stagesOf(model)[0], name, 'ARG');
  const stage = stageOf(model, inst);
  if (stage.index < 0 || inst.getKeyword() === 'FROM') return { global };
  let line: number | undefined = inst.getRange().start.line;
  let s: Stage | undefined = stage;
  for (let depth = 0; s && depth < 64; depth++) {
    const env = lastDefinition(model, s, name, 'ENV', line);
    const arg = lastDefinition(model, s, name, 'ARG', line);
    if (env || arg) return { env, arg, global, inheritedFrom: s === stage ? undefined : s };
    s = parentStage(model, s);
    line = undefined; // a parent stage is complete by the time a child builds on it
  }
  return { global };
}

/** Every name defined in the stage of `inst` (and the global scope), for "did you mean" hints. */
export function namesInScope(model: DockerfileModel, inst: Instruction): string[] {
  const index = definitionIndex(model);
  const names = new Set<string>();
  for (const map of [index[0], index[stageOf(model, inst).index + 1]]) {
    for (const key of map?.keys() ?? []) names.add(key.slice(4));
  }
  return [...names];
}

/**
 * `value` with every variable replaced by what it holds at `inst` (defaults only), or undefined when
 * something is unknown. Follows chains such as `ENV V=$V` from `ARG V=1.2`, a few steps deep.
 */
export function expandValue(model: DockerfileModel, value: string, inst: Instruction, depth = 0): string | undefined {
  if (depth > 8) return undefined;
  let unknown = false;
  const out = unquote(value).replace(/\$\{(\w+)(?:(:?[-+])([^}]*))?\}|\$(\w+)/g, (_whole, braced: string | undefined, mod: string | undefined, word: string | undefined, bare: string | undefined) => {
    const name = braced ?? bare ?? '';
    const r = resolveVariable(model, name, inst);
    const def = r.env ?? r.arg ?? (inst.getKeyword() === 'FROM' ? r.global : undefined);
    const raw = def?.value ?? (def?.kind === 'ARG' ? r.global?.value : undefined);
    const v = raw === undefined ? undefined : expandValue(model, raw, def!.inst, depth + 1);
    const set = v !== undefined && v !== '';
    if (mod === ':-') return set ? v! : word ?? '';
    if (mod === '-') return v !== undefined ? v : word ?? '';
    if (mod === ':+') return set ? word ?? '' : '';
    if (mod === '+') return v !== undefined ? word ?? '' : '';
    if (v === undefined) unknown = true;
    return v ?? '';
  });
  return unknown ? undefined : out;
}

function unquote(v: string): string {
  return /^"(.*)"$/s.test(v) || /^'(.*)'$/s.test(v) ? v.slice(1, -1) : v;
}
