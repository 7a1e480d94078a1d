// SPDX-License-Identifier: MIT
// Validates a compose file against the Compose Specification schema (a validator generated ahead of time,
// see scripts/generateComposeValidator.mjs) and turns ajv's errors into one plain finding per mistake,
// placed on the offending YAML node. Run once per model; ComposeSchema reads the result.
import { isAlias, isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { resolveAlias, type ComposeModel, type PathSegment } from '../../compose/composeDocument';
import { matchKeyPath } from '../../compose/keyPaths';
import { closestName } from '../../spelling';
import type { Range } from '../../text';
import { brokenFromLine, nodeRange } from './nodes';
import type * as Validator from './generated/composeValidator';

let validator: typeof Validator.validate | undefined;

/** The generated validator, loaded on the first compose file checked: the extension keeps it in a bundle of its own (esbuild.mjs). */
function composeValidator(): typeof Validator.validate {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first need, see above
  validator ??= (require('./generated/composeValidator') as typeof Validator).validate;
  return validator;
}

/** One ajv error, as the generated validator reports it. */
interface AjvError { instancePath: string; keyword: string; params: Record<string, unknown>; schemaPath: string }

/** A schema mistake, ready to report. */
export interface SchemaProblem { range: Range; message: string; replaceWith?: string }

/** Past this many converted nodes the document is not validated (a YAML alias bomb, not a compose file). */
const nodeBudget = 500_000;
/**
 * Nor past this many keys copied by `<<` merges. A chain of anchors, each merging the one before, copies every
 * key again at each step: 2,000 steps made two million copies (seconds), though the text grows by a line a
 * step. A real file merges a few shared keys into each service: 5,000 services of ten keys stay well inside.
 */
const mergeBudget = 100_000;

const cache = new WeakMap<ComposeModel, SchemaProblem[]>();

/** The schema mistakes in this model (computed once per model). Unknown keys are left to UnknownKey. */
export function schemaProblems(model: ComposeModel): SchemaProblem[] {
  let found = cache.get(model);
  if (!found) cache.set(model, found = computeProblems(model));
  return found;
}

function computeProblems(model: ComposeModel): SchemaProblem[] {
  const root = model.doc.contents as Node | null;
  // An empty file or a bare scalar being typed: nothing to validate yet.
  if (!isMap(root)) return [];
  const budget = { left: nodeBudget, merges: mergeBudget };
  const data = toPlain(model, root, budget, new Map());
  if (budget.left <= 0 || budget.merges <= 0) return [];
  const validate = composeValidator();
  if (validate(data)) return [];
  const errors = ((validate as unknown as { errors?: AjvError[] }).errors ?? []).slice(0, 2000);
  const broken = brokenFromLine(model);
  return describeErrors(model, data, errors).filter(p => p.range.start.line < broken);
}

/**
 * The document as plain data, the way Compose reads it: aliases resolved, `<<` merges applied (own keys win).
 * A converted anchor is reused for each alias, so the cost stays linear in the text.
 */
function toPlain(model: ComposeModel, n: Node | null | undefined, budget: { left: number; merges: number }, done: Map<Node, unknown>): unknown {
  if (--budget.left <= 0 || budget.merges <= 0 || !n) return null;
  if (isAlias(n)) {
    const target = resolveAlias(model, n);
    if (!target) return null;
    if (!done.has(target)) { done.set(target, null); done.set(target, toPlain(model, target, budget, done)); }
    return done.get(target);
  }
  if (isScalar(n)) return n.value ?? null;
  if (isSeq(n)) return n.items.map(it => toPlain(model, it as Node, budget, done));
  if (isMap(n)) {
    const out: Record<string, unknown> = {};
    const own: Pair[] = [];
    for (const p of n.items) {
      const key = isScalar(p.key) ? String(p.key.value) : undefined;
      if (key === undefined) continue;
      if (key === '<<') {
        const sources = isSeq(p.value) ? p.value.items as Node[] : [p.value as Node];
        for (const src of sources) {
          const merged = toPlain(model, src, budget, done);
          if (merged && typeof merged === 'object' && !Array.isArray(merged)) {
            const keys = Object.keys(merged);
            if ((budget.merges -= keys.length) <= 0) return null;
            for (const k of keys) if (!Object.prototype.hasOwnProperty.call(out, k)) define(out, k, (merged as Record<string, unknown>)[k]);
          }
        }
      } else own.push(p);
    }
    for (const p of own) define(out, String((p.key as { value: unknown }).value), toPlain(model, p.value as Node, budget, done));
    return out;
  }
  return null;
}

/** Sets a key even when it is `__proto__`, whose plain assignment would set the object's prototype instead. */
function define(o: Record<string, unknown>, k: string, v: unknown): void {
  if (k === '__proto__') Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else o[k] = v;
}

/** `/services/web/ports/0` as segments (numbers for list indexes). */
function segmentsOf(data: unknown, pointer: string): PathSegment[] {
  if (!pointer) return [];
  const out: PathSegment[] = [];
  let cur = data;
  for (const raw of pointer.slice(1).split('/')) {
    const s = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const seg: PathSegment = Array.isArray(cur) ? Number(s) : s;
    out.push(seg);
    cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[s] : undefined;
  }
  return out;
}

/** Where a path leads in the YAML, following aliases and merges: the node and, for a mapping entry, its pair. */
export function nodeAtPath(model: ComposeModel, segments: readonly PathSegment[]): { node?: Node; pair?: Pair } {
  let node = model.doc.contents as Node | undefined;
  let pair: Pair | undefined;
  for (const seg of segments) {
    node = resolveAlias(model, node);
    if (typeof seg === 'number' && isSeq(node)) { node = node.items[seg] as Node | undefined; pair = undefined; }
    else if (isMap(node)) { pair = pairOf(model, node, String(seg), 4); node = pair?.value as Node | undefined; }
    else return { node, pair };
    if (!node && !pair) return {};
  }
  return { node, pair };
}

/** The pair for `key` in a mapping, own keys first, then `<<` merge sources (bounded). */
function pairOf(model: ComposeModel, map: Node, key: string, budget: number): Pair | undefined {
  if (!isMap(map) || budget <= 0) return undefined;
  let merges: Node[] = [];
  for (const p of map.items) {
    if (!isScalar(p.key)) continue;
    if (String(p.key.value) === key) return p as Pair;
    if (p.key.value === '<<' && p.value) merges = isSeq(p.value) ? p.value.items as Node[] : [p.value as Node];
  }
  for (const m of merges) {
    const found = pairOf(model, resolveAlias(model, m) as Node, key, budget - 1);
    if (found) return found;
  }
  return undefined;
}

const interpolated = /\$\{|\$[A-Za-z_]/;

function valueAt(data: unknown, segments: readonly PathSegment[]): unknown {
  let cur = data;
  for (const s of segments) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[String(s)] : undefined;
  return cur;
}

function describeErrors(model: ComposeModel, data: unknown, errors: readonly AjvError[]): SchemaProblem[] {
  // A value that is filled in from variables is checked by Compose after interpolation, not as written.
  const live = errors.filter(e => {
    if (!['type', 'enum', 'pattern', 'const', 'minimum', 'maximum', 'oneOf', 'anyOf'].includes(e.keyword)) return true;
    const v = valueAt(data, segmentsOf(data, e.instancePath));
    return !(typeof v === 'string' && interpolated.test(v));
  });
  // Where a `oneOf` has a branch of the right type that fails deeper down (or on a key), that deeper error
  // says more than "wrong type": keep it and drop the type and oneOf noise at the same place.
  // Checked against all errors, the interpolated ones too: a branch that fails only on `${...}` values fits.
  // Both from sets made once: a search of every error for each error took 1.45 s on 64 KB of services that are
  // each an error (`s1:` with nothing under it, a thousand times).
  const preciseAt = new Set<string>();
  for (const e of errors) {
    if (!['type', 'oneOf', 'anyOf', 'if', 'not'].includes(e.keyword)) preciseAt.add(e.instancePath);
    // Every path an error lies deeper than: each prefix of its path that ends before a `/`.
    for (let at = e.instancePath.indexOf('/'); at >= 0; at = e.instancePath.indexOf('/', at + 1)) preciseAt.add(e.instancePath.slice(0, at));
  }
  const precise = (path: string): boolean => preciseAt.has(path);
  const typedAt = new Set(live.filter(x => x.keyword === 'type').map(x => x.instancePath));
  const out: SchemaProblem[] = [];
  const typesAt = new Map<string, Set<string>>();
  for (const e of live) {
    const segments = segmentsOf(data, e.instancePath);
    switch (e.keyword) {
      case 'type': {
        if (precise(e.instancePath)) break;
        const set = typesAt.get(e.instancePath) ?? new Set<string>();
        for (const t of ([] as string[]).concat(e.params.type as string | string[])) set.add(t);
        typesAt.set(e.instancePath, set);
        break;
      }
      case 'oneOf': case 'anyOf': {
        if (e.params.passingSchemas || precise(e.instancePath) || typedAt.has(e.instancePath)) break;
        push(out, model, segments, `${subject(segments)} is not in any form Compose accepts here.`);
        break;
      }
      case 'enum': {
        const allowed = (e.params.allowedValues as unknown[]).map(String);
        const value = String(valueAt(data, segments));
        const near = closestName(value, allowed);
        push(out, model, segments, `${subject(segments)} cannot be \`${value}\`: use ${orList(allowed)}.`, near);
        break;
      }
      case 'additionalProperties': {
        const key = String(e.params.additionalProperty);
        const match = matchKeyPath([...segments, key]);
        // A user-chosen name (service, network...) that breaks the naming rule. Unknown keys are UnknownKey's
        // (the check the hover shares); keys documented only in the spec chapters are fine.
        if (match.kind === 'spec' && match.pattern.endsWith('/*')) {
          const { pair } = nodeAtPath(model, [...segments, key]);
          const range = pair?.key ? nodeRange(model, pair.key as Node) : undefined;
          if (range) out.push({ range, message: `\`${key}\` is not a valid name here: use only letters, digits, \`.\`, \`_\` and \`-\`.` });
        }
        break;
      }
      case 'required':
        push(out, model, segments, `${subject(segments)} needs a \`${String(e.params.missingProperty)}\` key.`, undefined, true);
        break;
      case 'uniqueItems':
        push(out, model, [...segments, Number(e.params.i)], `This entry appears twice in \`${lastName(segments)}\`; Compose refuses duplicates here.`);
        break;
      case 'minimum': case 'maximum':
        push(out, model, segments, `${subject(segments)} must be ${e.keyword === 'minimum' ? 'at least' : 'at most'} ${String(e.params.limit)}.`);
        break;
      case 'minItems':
        push(out, model, segments, `${subject(segments)} needs at least ${String(e.params.limit)} ${Number(e.params.limit) === 1 ? 'entry' : 'entries'}.`);
        break;
      case 'pattern': case 'const': case 'format':
        push(out, model, segments, `${subject(segments)} is not written the way Compose expects here.`);
        break;
      default:
        // `if`/`then`, `not`, `propertyNames`...: the errors that come with them already say what is wrong.
        break;
    }
  }
  for (const [pointer, types] of typesAt) {
    const segments = segmentsOf(data, pointer);
    const value = valueAt(data, segments);
    // An empty key (`services:` with nothing under it yet) is a file being written, not a mistake to flag.
    if (value === null || value === undefined) continue;
    const actual = kindOf(value);
    // Text is allowed beside numbers and booleans only so `${VAR}` can stand there: name the real type.
    if (types.size > 1) types.delete('string');
    push(out, model, segments, `${subject(segments)} should be ${orList([...types].map(article), false)}, not ${actual}.`);
  }
  // An anchor used twice gives the same error twice, at the same node.
  const seen = new Set<string>();
  return out.filter(p => {
    const k = `${p.range.start.line}:${p.range.start.character}:${p.message}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

function push(out: SchemaProblem[], model: ComposeModel, segments: readonly PathSegment[], message: string, replaceWith?: string, atKey = false): void {
  const { node, pair } = nodeAtPath(model, segments);
  // The key reads best for "needs a key" problems and for values the YAML has none of (`ports:` left empty).
  const target = (atKey || !node?.range) && pair?.key ? pair.key as Node : node;
  const range = target ? nodeRange(model, target) : undefined;
  if (range) out.push({ range, message, replaceWith: target === node && isScalar(node) ? replaceWith : undefined });
}

function lastName(segments: readonly PathSegment[]): string {
  for (let i = segments.length - 1; i >= 0; i--) if (typeof segments[i] === 'string') return String(segments[i]);
  return 'this list';
}

/** `\`cpus\`` or "This entry of `ports`", for the start of a sentence. */
function subject(segments: readonly PathSegment[]): string {
  if (!segments.length) return 'The file';
  const last = segments[segments.length - 1];
  return typeof last === 'number' ? `This entry of \`${lastName(segments)}\`` : `\`${last}\``;
}

function kindOf(v: unknown): string {
  if (v === null || v === undefined) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'boolean') return `\`${String(v)}\` (true/false)`;
  if (typeof v === 'number') return `the number ${String(v)}`;
  return `the text \`${String(v).slice(0, 40)}\``;
}

const article = (t: string): string => ({
  string: 'text', number: 'a number', integer: 'a whole number', boolean: '`true`/`false`',
  array: 'a list', object: 'a mapping (`key: value` lines)', null: 'empty',
} as Record<string, string>)[t] ?? t;

function orList(items: readonly string[], quote = true): string {
  const q = [...new Set(items)].map(i => (quote ? `\`${i}\`` : i));
  if (q.length <= 1) return q.join('');
  const shown = q.length > 8 ? [...q.slice(0, 8), 'the others in the reference'] : q;
  return `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}
