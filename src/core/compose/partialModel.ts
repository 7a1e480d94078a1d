// SPDX-License-Identifier: MIT
// The first hover after an edit parses only what it can need, at any file size. That is every line
// outside `services:`, and, inside one service, that service's block and the blocks of the services it
// names (`depends_on`, `links`, `extends`...); outside them, the services that mention the hovered line.
// An edit inside one service leaves the other parts' texts unchanged, so their parses are reused, and
// the outline that cuts the file is patched rather than redone (see outline.ts). A part answers exactly
// as the whole file would only while every block left out parses without a YAML error, so that is
// tracked per block: a plain block (simpleBlock.ts) is known clean from a line scan, so even the first hover
// on a file no parse has seen needs no whole parse when its blocks are plain. Until it is known, the
// whole-file parse (shared with the problems pass) answers. Line numbers stay those of the whole file.
import { LARGE_TEXT_CHARS } from '../largeFile';
import { ParseCache, type Position } from '../text';
import { cachedComposeModel, composeModel, newestComposeText, parseCompose, type ComposeModel } from './composeDocument';
import { composeOutline, serviceBlockAt, serviceIndexAt, type ComposeOutline, type ServiceBlock } from './outline';
import { readToTheEnd } from './parseYaml';
import { frameIsClean } from './stitchedModel';
import { isPlainBlock, plainKeyAt, QUOTED, scalarOfLine, type BlockKey } from './simpleBlock';

/**
 * Texts shorter than this are always parsed whole. Zero: even in a small file, the first hover after an
 * edit parses one service's part rather than the file, which is what keeps it ahead of the line-based
 * compose language service. Tests pass `Infinity` to compare with the whole-file parse.
 */
export const PARTIAL_FROM = 0;

// Keyed by the kept text alone, so an edit in one service leaves the parts of the others reusable even
// when it moved them down the file: their line map is attached per call (see `withLines`).
const partials = new ParseCache((kept: string) => parseCompose(kept), 16);

/** The kept part's parse, with the line map of where its lines sit in the file today. */
function withLines(kept: { text: string; lineMap: Int32Array }): ComposeModel {
  const model = partials.get(kept.text);
  const map = model.lineMap;
  if (map && map.length === kept.lineMap.length && map.every((l, i) => l === kept.lineMap[i])) return model;
  // Same parse, other line numbers: a new face over the shared document (its lazy indexes are rebuilt on use).
  return { text: model.text, doc: model.doc, lines: model.lines, lineMap: kept.lineMap };
}

/**
 * The model a hover at `pos` should use: the whole-file model when it exists already, when the file is
 * small, or when the position is outside `services:`; otherwise a model of the hovered service's part.
 */
export function composeModelAt(text: string, pos: Position, partialFrom = PARTIAL_FROM, checkOneByOne = CHECK_ONE_BY_ONE, partsPerVersion = PARTS_PER_VERSION): ComposeModel {
  if (text.length < partialFrom) return composeModel(text);
  // Through the cache's front door, so this version counts as the newest one seen: the base of the next edit.
  if (cachedComposeModel(text)) return composeModel(text);
  const outline = composeOutline(text, editBase());
  if (!outline) return composeModel(text);
  // The `services:` key's hover reads its place alone. In a large text the lines outside the section answer it,
  // when every block is plain or known clean (a block only a parse can vouch for sends it to the whole parse at
  // once). In a small one, the whole parse it makes serves every later hover on this version (LARGE_TEXT_CHARS).
  if (pos.line === outline.servicesLine) return text.length >= LARGE_TEXT_CHARS ? partOrWhole(text, outline, [], 0, partsPerVersion) : composeModel(text);
  const block = serviceBlockAt(outline, pos.line);
  if (block) return partOrWhole(text, outline, [block, ...servicesNamedIn(outline, block)], checkOneByOne, partsPerVersion);
  if (pos.line > outline.servicesLine && pos.line < outline.servicesEnd) return composeModel(text);
  // Outside `services:` (networks, volumes, x- fields...): a definition's hover lists the services
  // that use it, so keep every service that mentions a word of the hovered line.
  const words = new Set(outline.lines[pos.line]?.match(/[A-Za-z0-9_.-]{2,}/g) ?? []);
  const body = (b: ServiceBlock) => outline.lines.slice(b.start, b.end).join('\n');
  return partOrWhole(text, outline, outline.services.filter(b => [...words].some(w => mentions(body(b), w))), checkOneByOne, partsPerVersion);
}

/** The version whose whole-file model was used last (most often, the text just before this edit). */
function editBase(): { text: string; clean: boolean } | undefined {
  const text = newestComposeText();
  const model = text === undefined ? undefined : cachedComposeModel(text);
  return model && { text: text!, clean: cleanThrough(model) };
}

/**
 * Past this many blocks of unknown health, one whole parse (shared with the problems pass) settles them
 * all. After an edit only the edited block is unknown; in a file never seen before, every block that is
 * not plain is (see knownClean).
 */
const CHECK_ONE_BY_ONE = 2;

/**
 * Parts parsed for one version before its whole parse is cheaper: hovers wandering over many services of
 * an unchanged file soon read the whole-file model (which the problems pass usually has built already).
 */
const PARTS_PER_VERSION = 2;
const partsParsed = new WeakMap<ComposeOutline, number>();

/**
 * The part of the file holding `chosen`, if it answers exactly as the whole file would: the part parses
 * without a YAML error, and so does every block left out of it. Otherwise the whole-file model.
 */
function partOrWhole(text: string, outline: ComposeOutline, chosen: readonly ServiceBlock[], checkOneByOne: number, partsPerVersion: number): ComposeModel {
  const kept = new Set(chosen);
  const unknown: number[] = [];
  for (let i = 0; i < outline.services.length; i++) {
    if (kept.has(outline.services[i])) continue;
    if (outline.clean[i] === 2) return composeModel(text);
    if (!knownClean(outline, i, text)) unknown.push(i);
  }
  if (unknown.length > checkOneByOne) {
    const whole = composeModel(text);
    if (cleanThrough(whole)) outline.clean.fill(1);
    return whole;
  }
  for (const i of unknown) {
    outline.clean[i] = blockIsClean(outline, outline.services[i]) ? 1 : 2;
    if (outline.clean[i] === 2) return composeModel(text);
  }
  const keptText = keptPart(outline, chosen);
  if (!partials.peek(keptText.text)) {
    const parsed = partsParsed.get(outline) ?? 0;
    if (parsed >= partsPerVersion) return composeModel(text);
    partsParsed.set(outline, parsed + 1);
  }
  const part = withLines(keptText);
  if (!cleanThrough(part)) return composeModel(text);
  for (let i = 0; i < outline.services.length; i++) if (kept.has(outline.services[i])) outline.clean[i] = 1;
  return part;
}

/** The outline and the hovered block's index, when every other block and the lines outside `services:` parse cleanly. */
function cleanElsewhere(text: string, pos: Position, partialFrom: number): { outline: ComposeOutline; index: number } | undefined {
  if (text.length < partialFrom || cachedComposeModel(text)) return undefined;
  const outline = composeOutline(text, editBase());
  const index = outline ? serviceIndexAt(outline, pos.line) : -1;
  if (!outline || index < 0) return undefined;
  const unknown: number[] = [];
  for (let i = 0; i < outline.clean.length; i++) {
    if (i === index) continue;
    if (outline.clean[i] === 2) return undefined;
    if (!knownClean(outline, i, text)) unknown.push(i);
  }
  // After an edit elsewhere, the edited block alone is not known yet: parse it alone, as a part would.
  if (unknown.length > CHECK_ONE_BY_ONE) return undefined;
  for (const i of unknown) {
    outline.clean[i] = blockIsClean(outline, outline.services[i]) ? 1 : 2;
    if (outline.clean[i] === 2) return undefined;
  }
  return frameIsClean(outline) ? { outline, index } : undefined;
}

/**
 * The key at `pos` read off the lines of a plain service block (simpleBlock.ts), when the whole file then
 * answers as this block alone would, with the scalar it holds on its line (undefined for none or null), and
 * whether that scalar is quoted.
 */
export function plainServiceKeyAt(text: string, pos: Position, partialFrom = PARTIAL_FROM): { key: BlockKey; value: string | undefined; quoted: boolean } | undefined {
  const at = cleanElsewhere(text, pos, partialFrom);
  if (!at) return undefined;
  const key = plainKeyAt(at.outline, at.outline.services[at.index], pos);
  if (!key) return undefined;
  // The block is plain, so it parses cleanly: hovers elsewhere may leave it out of their parts.
  at.outline.clean[at.index] = 1;
  const written = at.outline.lines[pos.line].slice(key.item !== undefined ? key.start : key.end + 1);
  const value = written.trim() === '' ? undefined : scalarOfLine(written);
  return value === false ? undefined : { key, value, quoted: QUOTED.test(written) };
}

/**
 * True when block `i` is known to parse cleanly, or, in a text of LARGE_TEXT_CHARS or more, is plain
 * (simpleBlock.ts), which a line scan tells for a fraction of a parse: so the first hover on a large file no
 * parse has seen needs no whole parse when its blocks are plain (a 1.9 MB file of 5,000 services: about
 * 20 ms of scans instead of a 1.3 s parse).
 */
function knownClean(outline: ComposeOutline, i: number, text: string): boolean {
  if (outline.clean[i] === 0 && text.length >= LARGE_TEXT_CHARS) outline.clean[i] = isPlainBlock(outline, outline.services[i]) ? 1 : 3;
  return outline.clean[i] === 1;
}

/** True when one service block, alone under `services:`, parses without a YAML error. */
function blockIsClean(outline: ComposeOutline, block: ServiceBlock): boolean {
  return cleanThrough(serviceAlone(outline, block));
}

/** No YAML error, and read to its last line with content (parseYaml.ts, readToTheEnd): its lines stand for themselves. */
function cleanThrough(model: ComposeModel): boolean {
  return model.doc.errors.length === 0 && readToTheEnd(model.doc, model.text);
}

// One service block alone under `services:`: the parse that tells whether the block holds a YAML error, and
// the model a hover inside that service answers from when nothing outside the service matters.
const alone = new ParseCache((blockText: string) => { blockChecks++; return parseCompose(blockText); }, 16);

function serviceAlone(outline: ComposeOutline, block: ServiceBlock): ComposeModel {
  // The line break after the block, as in the file: `yaml` reads a quote left open as closed by a `''` at the
  // very end of its text, but not when a line break follows, as one does in the file.
  const more = block.end < outline.lines.length ? 1 : 0;
  const model = alone.get(`services:\n${outline.lines.slice(block.start, block.end).join('\n')}${more ? '\n' : ''}`);
  const lineMap = new Int32Array(block.end - block.start + 1 + more);
  lineMap[0] = outline.servicesLine;
  for (let l = block.start; l < block.end + more; l++) lineMap[l - block.start + 1] = l;
  return { text: model.text, doc: model.doc, lines: model.lines, lineMap, serviceAlone: true };
}

/**
 * The model of the hovered service alone, when it answers as the whole file would for what lies inside that
 * service: the file is cut by the outline, every other block and the lines outside `services:` are known to
 * parse cleanly, and so does this block. Answers that need more (another service, a network's definition)
 * make the model throw `OutsideService`, and the caller asks `composeModelAt`. Undefined otherwise.
 */
export function serviceModelAt(text: string, pos: Position, partialFrom = PARTIAL_FROM): ComposeModel | undefined {
  const at = cleanElsewhere(text, pos, partialFrom);
  if (!at) return undefined;
  const { outline, index } = at;
  const model = serviceAlone(outline, outline.services[index]);
  if (model.doc.warnings.length || !cleanThrough(model)) return undefined;
  outline.clean[index] = 1;
  return model;
}

let blockChecks = 0;

/** How many service blocks were parsed alone (to learn whether they hold a YAML error, or to answer a hover inside that service); tests read it. */
export function blockCheckCount(): number {
  return blockChecks;
}

/** How many partial parses have run; tests use it. */
export function partialParseCount(): number {
  return partials.parses;
}

function keptPart(outline: ComposeOutline, chosen: readonly ServiceBlock[]): { text: string; lineMap: Int32Array } {
  const { lines } = outline;
  const blocks = [...chosen].sort((a, b) => a.start - b.start);
  const ranges: number[] = [0, outline.servicesLine + 1];
  for (const b of blocks) ranges.push(b.start, b.end);
  ranges.push(outline.servicesEnd, lines.length);
  let count = 0, last = -1;
  for (let i = 0; i < ranges.length; i += 2) if (ranges[i + 1] > ranges[i]) { count += ranges[i + 1] - ranges[i]; last = ranges[i + 1] - 1; }
  // The line break after the last kept line, as in the file (see serviceAlone): at the very end of its text,
  // \`yaml\` reads \`''\` as closing an open quote, and keeps a \`\r\` in a plain scalar.
  const more = last >= 0 && last < lines.length - 1 ? 1 : 0;
  const lineMap = new Int32Array(count + more);
  const kept: string[] = new Array<string>(count + more);
  let k = 0;
  for (let i = 0; i < ranges.length; i += 2) for (let l = ranges[i]; l < ranges[i + 1]; l++) { lineMap[k] = l; kept[k++] = lines[l]; }
  if (more) { lineMap[k] = last + 1; kept[k] = ''; }
  return { text: kept.join('\n'), lineMap };
}

const NAME_CHAR = /[A-Za-z0-9_.-]/;

const byNames = new WeakMap<ComposeOutline, Map<string, ServiceBlock> | null>();

/** Service name → block, or null when a name holds a character that is not a name character (then names are searched one by one). */
function servicesByName(outline: ComposeOutline): Map<string, ServiceBlock> | null {
  let map = byNames.get(outline);
  if (map !== undefined) return map;
  map = new Map();
  for (const s of outline.services) {
    if (!/^[A-Za-z0-9_.-]+$/.test(s.name)) { map = null; break; }
    if (!map.has(s.name)) map.set(s.name, s);
  }
  byNames.set(outline, map);
  return map;
}

/** The other services whose names appear as whole words in `block`: a lookup per word of the block, not a search per service. */
function servicesNamedIn(outline: ComposeOutline, block: ServiceBlock): ServiceBlock[] {
  const body = outline.lines.slice(block.start, block.end).join('\n');
  const names = servicesByName(outline);
  if (!names) return outline.services.filter(s => s !== block && s.name !== '' && mentions(body, s.name));
  const found = new Set<ServiceBlock>();
  for (const word of body.match(/[A-Za-z0-9_.-]+/g) ?? []) {
    const s = names.get(word);
    if (s && s !== block) found.add(s);
  }
  return [...found];
}

function mentions(body: string, name: string): boolean {
  for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
    const before = body[at - 1], after = body[at + name.length];
    if ((before === undefined || !NAME_CHAR.test(before)) && (after === undefined || !NAME_CHAR.test(after))) return true;
  }
  return false;
}
