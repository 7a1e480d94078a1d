// SPDX-License-Identifier: MIT
// The problems pass after an edit, one service at a time: the whole-file model of a plain compose file put
// together from parts parsed on their own, the lines above `services:`, each service's block and the
// lines after the section, cut by the outline (outline.ts). A part whose text did not change since the last
// version is not parsed again; its nodes only move to their new offsets. So an edit inside one service
// parses that service alone, however long the file, and the rules then run on a model equal to a whole parse.
// It is used only while every part parses without a YAML error or warning (an error in one part can change
// how YAML reads the next); otherwise, and for files the outline cannot cut, the caller parses the file whole.
import { isMap, isScalar, isSeq, LineCounter, YAMLMap, type Document, type Node, type Pair } from 'yaml';
import { droppedContentAt, parseYaml, readToTheEnd } from './parseYaml';
import { composeOutline, type ComposeOutline } from './outline';
import { cachedComposeModel, composeModel, type ComposeModel } from './composeDocument';

/**
 * One part's parse: its top-level pairs (for a service block, the service's pair), where its map ends in
 * the part's text, and how far its nodes have been moved from the part's text to their place in the file.
 */
interface Part { readonly pairs: readonly Pair[]; readonly end: number; shift: number }

const PREFIX = 'services:\n';
const blocks = new Map<string, Part>();
const frames = new Map<string, Part>();
let partParses = 0;
/** The last model put together, for its text: valid until the next stitch of another text moves its nodes. */
let newest: { text: string; model: ComposeModel } | undefined;
let stitches = 0;

/** How many parts were parsed, and how many whole-file models were put together from parts; tests read them. */
export function stitchCounts(): { partParses: number; stitches: number } {
  return { partParses, stitches };
}

/** Forgets every part, so the next model is put together from fresh parses; tests compare the two ways. */
export function forgetStitchedParts(): void {
  newest = undefined;
  blocks.clear();
  frames.clear();
  brokenFrames.clear();
}

/** Parses a part; undefined when YAML finds anything to say about it (an error or a warning), or reads it only in part. */
function parsePart(text: string, serviceBlock: boolean): Part | undefined {
  partParses++;
  const doc = parseYaml(text, { prettyErrors: false, uniqueKeys: false, strict: false });
  // A part yaml reads short of its end, or with lines skipped, goes to the whole parse, where NotReadToTheEnd says so.
  if (doc.errors.length || doc.warnings.length || !readToTheEnd(doc, text) || droppedContentAt(doc, text) >= 0) return undefined;
  const root = doc.contents;
  if (!isMap(root)) return text.trim() === '' ? { pairs: [], end: 0, shift: 0 } : undefined;
  const pairs = serviceBlock ? (isMap(root.items[0]?.value) ? root.items[0].value.items as Pair[] : []) : root.items as Pair[];
  if (serviceBlock && (root.items.length !== 1 || pairs.length !== 1)) return undefined;
  return { pairs, end: root.range?.[1] ?? 0, shift: 0 };
}

/** Moves every node of a part by `delta` characters (a part's nodes are its own: no other model holds them). */
function shiftPart(part: Part, delta: number): void {
  if (delta === 0) return;
  const stack: unknown[] = [];
  for (const p of part.pairs) stack.push(p.key, p.value);
  while (stack.length) {
    const n = stack.pop() as Node | null | undefined;
    if (!n || typeof n !== 'object') continue;
    if (n.range) n.range = [n.range[0] + delta, n.range[1] + delta, n.range[2] + delta];
    if (isMap(n)) for (const p of n.items) stack.push(p.key, p.value);
    else if (isSeq(n)) for (const it of n.items) stack.push(it);
  }
  part.shift += delta;
}

const brokenFrames = new Set<string>();

/** True when the lines outside `services:` (above it, and after the section) parse without a YAML error or warning. */
export function frameIsClean(outline: ComposeOutline): boolean {
  return [[0, outline.servicesLine + 1], [outline.servicesEnd, outline.lines.length]].every(([from, to]) => {
    const text = partText(outline, from, to, false);
    if (frames.has(text)) return true;
    if (brokenFrames.has(text)) return false;
    const part = parsePart(text, false);
    if (part) frames.set(text, part);
    else brokenFrames.add(text);
    if (brokenFrames.size > 16) brokenFrames.clear();
    return part !== undefined;
  });
}

function partText(outline: ComposeOutline, from: number, to: number, block: boolean): string {
  return (block ? PREFIX : '') + outline.lines.slice(from, to).join('\n') + (to < outline.lines.length ? '\n' : '');
}

/** The part for the lines `[from, to)` of the outline, parsed or reused, its nodes at `base`; undefined when it cannot serve. */
function partAt(cache: Map<string, Part>, outline: ComposeOutline, from: number, to: number, block: boolean, seen: Set<string>): Part | undefined {
  const text = partText(outline, from, to, block);
  let part = cache.get(text);
  if (!part) {
    part = parsePart(text, block);
    if (!part) return undefined;
    cache.set(text, part);
  }
  seen.add(text);
  // A node at offset t of the part's text sits at base + t in the file (a block's text starts with PREFIX).
  const shift = (outline.starts[from] ?? 0) - (block ? PREFIX.length : 0);
  shiftPart(part, shift - part.shift);
  return part;
}

/**
 * The whole-file model of `text` put together from parts, or undefined when the file is not plain enough
 * (no outline) or a part holds a YAML error or warning. The model holds until the next call for another text,
 * which may move the nodes it shares with this one: it is kept only as the newest stitch, never as the text's model.
 */
export function stitchedComposeModel(text: string): ComposeModel | undefined {
  // The same text again (the problems pass, then the outline, then a highlight per cursor move): the last model
  // still holds, since no other stitch has moved its nodes since. Any other text's stitch forgets it first.
  if (newest?.text === text) return newest.model;
  newest = undefined;
  const outline = composeOutline(text);
  if (!outline || outline.services.length === 0) return undefined;
  const seen = new Set<string>();
  const head = partAt(frames, outline, 0, outline.servicesLine + 1, false, seen);
  const tail = head && partAt(frames, outline, outline.servicesEnd, outline.lines.length, false, seen);
  if (!head || !tail) return undefined;
  const servicePairs: Pair[] = [];
  for (const b of outline.services) {
    const part = partAt(blocks, outline, b.start, b.end, true, seen);
    if (!part) return undefined;
    servicePairs.push(part.pairs[0]);
  }
  const servicesPair = head.pairs[head.pairs.length - 1];
  if (!servicesPair || !isScalar(servicesPair.key) || servicesPair.key.value !== 'services' || (servicesPair.value && !(isScalar(servicesPair.value) && servicesPair.value.value === null))) return undefined;
  forgetUnseen(seen);
  stitches++;
  // Every block parsed alone without an error: hovers may now answer from the parts (partialModel.ts).
  outline.clean.fill(1);
  const model = assemble(text, outline, head, servicePairs, tail);
  newest = { text, model };
  return model;
}


/**
 * The model a whole-file pass (problems, outline, names) reads: the text's own parse when it has one, else
 * one put together from parts (after an edit, the edited service is parsed alone), else a whole parse.
 * Read it within one synchronous call: a stitched model's nodes move on the next stitch.
 */
export function composeModelForPass(text: string): ComposeModel {
  return cachedComposeModel(text) ?? stitchedComposeModel(text) ?? composeModel(text);
}

/** Drops the parts this version did not use: the texts an edit replaced. */
function forgetUnseen(seen: Set<string>): void {
  for (const cache of [blocks, frames]) for (const key of cache.keys()) if (!seen.has(key)) cache.delete(key);
}

function assemble(text: string, outline: ComposeOutline, head: Part, servicePairs: Pair[], tail: Part): ComposeModel {
  const services = new YAMLMap();
  services.items = servicePairs;
  const firstKey = servicePairs[0].key as Node;
  const lastEnd = blockEnd(servicePairs[servicePairs.length - 1]);
  services.range = [firstKey.range![0], lastEnd, lastEnd];
  const root = new YAMLMap();
  const headPairs = head.pairs.slice(0, -1);
  const servicesKey = head.pairs[head.pairs.length - 1].key;
  const pair = Object.assign(Object.create(Object.getPrototypeOf(head.pairs[head.pairs.length - 1]) as object) as Pair, { key: servicesKey, value: services });
  root.items = [...headPairs, pair, ...tail.pairs];
  const first = (root.items[0].key ?? root.items[0].value) as Node;
  const end = tail.pairs.length ? tail.end + tail.shift : lastEnd;
  root.range = [first.range![0], end, end];
  const doc = { contents: root, errors: [], warnings: [], range: [0, text.length, text.length] } as unknown as Document.Parsed;
  const lines = new LineCounter();
  for (const s of outline.starts) lines.addNewLine(s);
  return { text, doc, lines };
}

/** Where a service's block map ends, read off its last node. */
function blockEnd(pair: Pair): number {
  const v = pair.value as Node | null;
  return v?.range ? v.range[2] : (pair.key as Node).range![2];
}
