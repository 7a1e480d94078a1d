// SPDX-License-Identifier: MIT
// The parsed form of a compose file, built once per text and shared by hovers and lenses.
// Lookups descend from the root through the yaml AST's node ranges, so a hover costs O(depth · log width).
import { isAlias, isMap, isScalar, isSeq, LineCounter, type Document, type Node, type Pair } from 'yaml';
import { parseYaml } from './parseYaml';
import { ParseCache, type Position, type Range } from '../text';

/** A compose file parsed once, with lazily built indexes. */
export interface ComposeModel {
  readonly text: string;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
  /**
   * Set when only part of a large file was parsed (see partialModel.ts): `text` then holds the kept
   * lines, and entry i is the line of the whole file that kept line i came from (ascending).
   */
  readonly lineMap?: Int32Array;
  /**
   * Set on the model of one service parsed alone (partialModel.ts): it answers only what that service's own
   * lines decide, so asking it for a section (another service, a network...) throws `OutsideService`.
   */
  readonly serviceAlone?: boolean;
  /** Filled on first use: anchor name → the node it names (the last definition wins, as in YAML). */
  anchors?: Map<string, Node>;
  /** Filled with `anchors`: anchor name → how many aliases refer to it. */
  aliasCounts?: Map<string, number>;
  /** Filled with `anchors`: anchor name → offset of the earliest alias that refers to it. */
  aliasSites?: Map<string, number>;
  /** Filled on first use: top-level section → entry name → its pair. */
  sections?: Map<string, Map<string, Pair>>;
}

/** One step from the root down to the hovered node. */
export type PathSegment = string | number;

/** What is under the cursor. */
export interface Located {
  /** Keys and sequence indexes from the root; for a key hit, it ends with that key. */
  readonly path: readonly PathSegment[];
  /** `key`: a mapping key. `value`: a scalar or alias value. `prop`: an `&anchor` or `!tag` written before a node. */
  readonly kind: 'key' | 'value' | 'prop';
  /** The node hit: the key scalar, the value scalar or alias, or (for `prop`) the node the prop belongs to. */
  readonly node: Node;
  /** The pair whose key or value was hit, when the hit is inside a mapping. */
  readonly pair?: Pair;
  /** The collections from the root down to the hit node's parent (same length as `path`). */
  readonly parents: readonly Node[];
  /** Offsets of the span the hover explains. */
  readonly start: number;
  readonly end: number;
  /** For `prop`: the text of the anchor or tag, like `&common` or `!reset`. */
  readonly prop?: string;
}

/** Parses a compose text with a LineCounter. Exported for partialModel.ts, which parses a cut of a file. */
export function parseCompose(text: string, lineMap?: Int32Array): ComposeModel {
  const lines = new LineCounter();
  // uniqueKeys off: a duplicated key is a user mistake to explain, not a reason to lose the document.
  const doc = parseYaml(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, strict: false });
  return { text, doc, lines, lineMap };
}

function buildModel(text: string): ComposeModel {
  return parseCompose(text);
}

const cache = new ParseCache(buildModel);

/** The model for this text: parsed with `yaml`'s `parseDocument` and a `LineCounter` on first use, then cached. */
export function composeModel(text: string): ComposeModel {
  return cache.get(text);
}

/** How many whole-file compose parses have run in this process; tests use it to prove reuse. */
export function composeParseCount(): number {
  return cache.parses;
}

/** The whole-file model if this text has been parsed already, without parsing it. */
export function cachedComposeModel(text: string): ComposeModel | undefined {
  return cache.peek(text);
}

/** The text whose whole-file model was used most recently: the version an edit started from, usually. */
export function newestComposeText(): string | undefined {
  return cache.newest();
}

/** Offset of a position, clamped to the line and the text; -1 for a line a partial model left out. */
export function offsetAt(model: ComposeModel, pos: Position): number {
  if (model.lineMap) {
    const line = keptLine(model.lineMap, pos.line);
    if (line < 0) return -1;
    pos = { line, character: pos.character };
  }
  const starts = model.lines.lineStarts;
  if (pos.line < 0) return 0;
  if (pos.line >= starts.length) return model.text.length;
  const lineEnd = pos.line + 1 < starts.length ? starts[pos.line + 1] - 1 : model.text.length;
  return Math.max(starts[pos.line], Math.min(starts[pos.line] + Math.max(0, pos.character), lineEnd));
}

/** Position of an offset (zero-based, as in VS Code). */
export function positionAt(model: ComposeModel, offset: number): Position {
  const p = model.lines.linePos(Math.max(0, Math.min(offset, model.text.length)));
  const line = p.line - 1;
  return { line: model.lineMap ? model.lineMap[Math.min(line, model.lineMap.length - 1)] : line, character: p.col - 1 };
}

/** Index of `line` among the kept lines of a partial model, or -1 (binary search: the map ascends). */
function keptLine(map: Int32Array, line: number): number {
  let lo = 0, hi = map.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] === line) return mid;
    if (map[mid] < line) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}

/** Range between two offsets. */
export function rangeOf(model: ComposeModel, start: number, end: number): Range {
  return { start: positionAt(model, start), end: positionAt(model, end) };
}

/** Zero-based line of an offset. */
export function lineOf(model: ComposeModel, offset: number): number {
  return positionAt(model, offset).line;
}

function startOf(n: Node | null | undefined): number {
  return n?.range ? n.range[0] : -1;
}

function endOf(n: Node | null | undefined): number {
  return n?.range ? n.range[1] : -1;
}

/**
 * Where the mouse stops reading a value: its range's end, but a block scalar's (`|`, `>`) runs on through its
 * line breaks to the start of the next line with content, whose margin holds nothing of the value. A hover
 * there (on the blanks before the next service's name) answered with the block scalar's key.
 */
function reachOf(text: string, n: Node): number {
  let end = endOf(n);
  if (isScalar(n) && (n.type === 'BLOCK_LITERAL' || n.type === 'BLOCK_FOLDED')) {
    while (end > startOf(n) && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  }
  return end;
}

/** The `&anchor` or `!tag` token covering `offset` in the gap `[from, to)` before a node, if any. */
function propIn(text: string, from: number, to: number, offset: number): { start: number; end: number; text: string } | undefined {
  if (offset < from || offset > to) return undefined;
  let s = offset;
  while (s > from && !/\s/.test(text[s - 1])) s--;
  let e = offset;
  while (e < to && !/\s/.test(text[e])) e++;
  const token = text.slice(s, e);
  return /^[&!]/.test(token) ? { start: s, end: e, text: token } : undefined;
}

/** Index of the last item whose start is at or before `offset` (binary search: items are in source order). */
function lastStartingBefore<T>(items: readonly T[], start: (t: T) => number, offset: number): number {
  let lo = 0, hi = items.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = start(items[mid]);
    if (s >= 0 && s <= offset) { found = mid; lo = mid + 1; } else if (s < 0) { lo = mid + 1; } else { hi = mid - 1; }
  }
  return found;
}

const pairStart = (p: Pair): number => (p.key ? startOf(p.key as Node) : startOf(p.value as Node));

/**
 * Finds the key or value under `offset` by descending from the root, at each level choosing the child
 * whose range holds the offset. Returns undefined in whitespace, comments and broken text.
 */
export function locate(model: ComposeModel, offset: number): Located | undefined {
  const text = model.text;
  const path: PathSegment[] = [];
  const parents: Node[] = [];
  let node = model.doc.contents as Node | null;
  for (let depth = 0; node && depth < 200; depth++) {
    if (isMap(node)) {
      const items = node.items as Pair[];
      const i = lastStartingBefore(items, pairStart, offset);
      if (i < 0) return undefined;
      const pair = items[i];
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      const name = isScalar(key) ? String(key.value) : '?';
      if (key && offset <= endOf(key)) {
        return { path: [...path, name], kind: 'key', node: key, pair, parents: [...parents, node], start: startOf(key), end: endOf(key) };
      }
      if (!value || startOf(value) < 0 || offset > reachOf(text, value)) return undefined;
      if (offset < startOf(value)) {
        const prop = propIn(text, key ? endOf(key) + 1 : pairStart(pair), startOf(value), offset);
        if (prop) return { path: [...path, name], kind: 'prop', node: value, pair, parents: [...parents, node], start: prop.start, end: prop.end, prop: prop.text };
        return undefined;
      }
      if (isScalar(value) || isAlias(value)) {
        return { path: [...path, name], kind: 'value', node: value, pair, parents: [...parents, node], start: startOf(value), end: endOf(value) };
      }
      path.push(name);
      parents.push(node);
      node = value;
    } else if (isSeq(node)) {
      const items = node.items as Node[];
      const i = lastStartingBefore(items, startOf, offset);
      const next = items[i + 1];
      if (next && startOf(next) >= 0) {
        // Props like `- &a foo` sit before the item's range, after the previous item.
        const prop = propIn(text, i >= 0 ? endOf(items[i]) : startOf(node), startOf(next), offset);
        if (prop) return { path: [...path, i + 1], kind: 'prop', node: next, parents: [...parents, node], start: prop.start, end: prop.end, prop: prop.text };
      }
      if (i < 0) return undefined;
      const item = items[i];
      if (offset > reachOf(text, item)) return undefined;
      if (isScalar(item) || isAlias(item)) {
        return { path: [...path, i], kind: 'value', node: item, parents: [...parents, node], start: startOf(item), end: endOf(item) };
      }
      path.push(i);
      parents.push(node);
      node = item;
    } else if (isScalar(node) || isAlias(node)) {
      // A document that is a single scalar (or a half-typed first line).
      if (offset < startOf(node) || offset > endOf(node)) return undefined;
      return { path, kind: 'value', node, parents, start: startOf(node), end: endOf(node) };
    } else {
      return undefined;
    }
  }
  return undefined;
}

/** The key path at a position, e.g. `['services', 'web', 'image']`; undefined off any key or value. */
export function keyPathAt(model: ComposeModel, pos: Position): readonly PathSegment[] | undefined {
  return locate(model, offsetAt(model, pos))?.path;
}

/** Anchor name → node (and alias counts), built with one walk on first use. */
export function anchorsOf(model: ComposeModel): Map<string, Node> {
  if (model.anchors) return model.anchors;
  const anchors = new Map<string, Node>();
  const aliasCounts = new Map<string, number>();
  const aliasSites = new Map<string, number>();
  const stack: unknown[] = [model.doc.contents];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== 'object') continue;
    const node = n as Node;
    if (node.anchor) anchors.set(node.anchor, node);
    if (isAlias(node)) {
      aliasCounts.set(node.source, (aliasCounts.get(node.source) ?? 0) + 1);
      // Keep the earliest use in the text; the walk itself is not in source order.
      if (node.range && !(node.range[0] >= (aliasSites.get(node.source) ?? Infinity))) aliasSites.set(node.source, node.range[0]);
    }
    if (isMap(node)) for (const p of node.items) { stack.push(p.key, p.value); }
    else if (isSeq(node)) for (const it of node.items) stack.push(it);
  }
  model.anchors = anchors;
  model.aliasCounts = aliasCounts;
  model.aliasSites = aliasSites;
  return anchors;
}

/** Thrown when the model of one service alone is asked for more than that service: the caller asks a wider model. */
export class OutsideService extends Error {}

/** The top-level entries of a section (`services`, `networks`, ...) by name, built once per model. */
export function sectionEntries(model: ComposeModel, section: string): Map<string, Pair> {
  if (model.serviceAlone) throw new OutsideService(section);
  if (!model.sections) {
    model.sections = new Map();
    const root = model.doc.contents;
    if (isMap(root)) {
      for (const p of root.items) {
        if (!isScalar(p.key)) continue;
        const entries = new Map<string, Pair>();
        if (isMap(p.value)) for (const e of p.value.items) if (isScalar(e.key)) entries.set(String(e.key.value), e as Pair);
        model.sections.set(String(p.key.value), entries);
      }
    }
  }
  return model.sections.get(section) ?? new Map();
}

/** True when the document has a top-level key with this name. */
export function hasSection(model: ComposeModel, section: string): boolean {
  sectionEntries(model, section);
  return model.sections?.has(section) ?? false;
}

/**
 * The value of `key` in a mapping, following `<<: *anchor` merge keys the way Compose does (own keys win).
 * The depth budget keeps a chain of merges (or a merge loop) from costing more than a few steps.
 */
export function mapGet(model: ComposeModel, map: unknown, key: string, budget = 4): Node | undefined {
  const m = resolveAlias(model, map);
  if (!isMap(m) || budget <= 0) return undefined;
  let merges: Node[] = [];
  for (const p of m.items) {
    if (!isScalar(p.key)) continue;
    if (p.key.value === key) return (p.value ?? undefined) as Node | undefined;
    if (p.key.value === '<<' && p.value) merges = isSeq(p.value) ? (p.value.items as Node[]) : [p.value as Node];
  }
  for (const src of merges) {
    const v = mapGet(model, src, key, budget - 1);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** The node an alias points to (one step, no expansion), or the node itself. */
export function resolveAlias(model: ComposeModel, n: unknown): Node | undefined {
  if (isAlias(n)) return anchorsOf(model).get(n.source);
  return (n ?? undefined) as Node | undefined;
}
