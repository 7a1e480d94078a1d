// SPDX-License-Identifier: MIT
// A one-pass outline of a large compose file: where `services:` is and where each service's block
// starts and ends. It lets a hover parse only the part of a huge file it needs (see partialModel.ts).
// It only vouches for plain block-style files: anything it is unsure of makes it give up, and the
// caller parses the whole file as usual.
import { commonPrefix, commonSuffix, lineAtOffset, lineStarts, ParseCache } from '../text';

/** The lines `[start, end)` of one service's block, header line included. */
export interface ServiceBlock { readonly name: string; readonly start: number; readonly end: number }

export interface ComposeOutline {
  /** Every line of the text, each still ending in `\r` where the file uses CRLF. */
  readonly lines: readonly string[];
  /** The offset where each line starts, so an edit's offsets map to lines by binary search. */
  readonly starts: readonly number[];
  /** The `services:` line, and the first line after its section. */
  readonly servicesLine: number;
  readonly servicesEnd: number;
  /** The indentation of the service keys (the first one decides, as YAML does). */
  readonly serviceIndent: number;
  /** The service blocks, in file order. */
  readonly services: readonly ServiceBlock[];
  /**
   * Per service block: 0 not known yet, 1 parses without a YAML error, 2 has one, 3 not known yet and not
   * plain (simpleBlock.ts: only a parse tells). A part of the file answers like the whole only when every
   * block left out is clean, since an error in one block can make YAML read the blocks below it
   * differently. An edit resets only the edited block's entry.
   */
  readonly clean: Uint8Array;
}

// Anchors, aliases and tags (`&x`, `*x`, `!reset`) tie distant parts of a file together; so do
// document markers and directives. Such files are always parsed whole.
// `&&` in a shell command, `**` in a glob and `!=` are not such marks.
const LINKING = /(?:^|[\s[{,])[&*!][^\s,\]}&*!=]/;
// A service name that opens with a YAML indicator (`!=a:` a tag, `|a:`, `@a:`...) is not read as written.
const INDICATOR = /^[!&*|>@%`,]/;
const TOP_KEY = /^("[^"]*"|'[^']*'|[^\s#'"\-?:[\]{}][^:#]*?)\s*:(?:\s|$)/;

function unquote(key: string): string {
  return /^(["']).*\1$/.test(key) ? key.slice(1, -1) : key.trim();
}

// An explicit key opening a line (`? k`, `- ? k`): `yaml` drops the value of one that has no `: ` line, errors
// and unclosed brackets included, so a block holding one can parse cleanly alone and swallow the next in the
// file. A `?` later in a line is most often in a comment or a quoted command (`a ? 0 : 1`).
const EXPLICIT_KEY = /^ *(?:- +)*\?(?:[ \r]|$)/;

/** How many spaces open a line: YAML indents with spaces only (a no-break space or U+3000 is content). */
export function spacesBefore(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}

/** What a line means to the outline: nothing (blank or comment), a reason to give up, or a line at some depth. */
function depthOf(line: string): number | 'skip' | 'unsure' {
  const depth = spacesBefore(line);
  const first = line.charCodeAt(depth);
  if (Number.isNaN(first) || first === 35 /* # */ || line.length === depth + 1 && first === 13 /* \r */) return 'skip';
  // Other blanks before the content (a no-break space, \v, U+2028...) are not indentation to YAML.
  if (/\s/.test(line[depth]) || LINKING.test(line) || EXPLICIT_KEY.test(line) || /^(---|\.\.\.|%)/.test(line)) return 'unsure';
  return depth;
}

/**
 * A comment line no deeper than the service keys (at `indent`): when a line inside a service follows it that
 * is no `key:` line or `- ` item (a value on a line of its own, a `? ` key), YAML can read that service's last
 * value and the next service's key as one key (`x b`), or drop the next service with no error, which no part
 * parsed alone shows. Such files are parsed whole. Lines commented out at the margin are common; they stay.
 */
function lowComment(line: string, indent: number): boolean {
  const depth = spacesBefore(line);
  return line[depth] === '#' && depth <= indent;
}

function keyOrItem(trimmed: string): boolean {
  return TOP_KEY.test(trimmed) || /^- /.test(trimmed);
}

function outlineOf(text: string): ComposeOutline | undefined {
  builds++;
  if (text.includes('\t')) return undefined;
  const lines = text.split('\n');
  let servicesLine = -1, servicesEnd = lines.length, indent = -1;
  const services: { name: string; start: number }[] = [];
  // The shallowest comment since the last line with content, inside `services:`.
  let comment = Infinity;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const depth = depthOf(line);
    if (depth === 'skip') {
      if (servicesLine >= 0 && servicesEnd === lines.length && line[spacesBefore(line)] === '#') comment = Math.min(comment, spacesBefore(line));
      continue;
    }
    if (depth === 'unsure') return undefined;
    if (indent >= 0 && comment <= indent && depth > indent && servicesEnd === lines.length && !keyOrItem(line.slice(depth))) return undefined;
    comment = Infinity;
    if (depth === 0) {
      const key = TOP_KEY.exec(line);
      if (!key) return undefined; // a top-level flow collection, a sequence, or broken text
      if (servicesLine >= 0 && servicesEnd === lines.length && i > servicesLine) servicesEnd = i;
      if (unquote(key[1]) === 'services') {
        if (servicesLine >= 0) return undefined; // two `services:` keys: leave it to the real parser
        servicesLine = i;
        if (line.slice(key[0].length).trim() && !line.slice(key[0].length).trim().startsWith('#')) return undefined;
      }
      continue;
    }
    if (servicesLine < 0 || servicesEnd !== lines.length) continue;
    if (indent < 0) indent = depth;
    if (depth < indent) return undefined; // a line that belongs to no service
    if (depth === indent) {
      const key = TOP_KEY.exec(line.slice(depth));
      if (!key || INDICATOR.test(key[1])) return undefined;
      services.push({ name: unquote(key[1]), start: i });
    }
  }
  if (servicesLine < 0) return undefined;
  // Two services of one name: which one wins is the whole parse's business.
  if (new Set(services.map(s => s.name)).size !== services.length) return undefined;
  const blocks: ServiceBlock[] = services.map((s, k) => ({ ...s, end: k + 1 < services.length ? services[k + 1].start : servicesEnd }));
  return { lines, starts: lineStarts(lines), servicesLine, servicesEnd, serviceIndent: indent, services: blocks, clean: new Uint8Array(blocks.length) };
}

/** The key a line names and its depth, when the line is a plain `key:` line the outline would accept. */
function keyLine(line: string): { depth: number; name: string; rest: string } | undefined {
  const depth = depthOf(line);
  if (typeof depth !== 'number' || line.includes('\t')) return undefined;
  const key = TOP_KEY.exec(line.slice(depth));
  return key ? { depth, name: unquote(key[1]), rest: line.slice(depth + key[0].length).trim() } : undefined;
}

/** True when an edit turned `before` into `after` without changing what the outline reads from the line. */
function sameKeyLine(before: string, after: string): boolean {
  const a = keyLine(before), b = keyLine(after);
  if (!a || !b || a.depth !== b.depth || a.name !== b.name) return false;
  return !(b.depth === 0 && b.name === 'services' && b.rest && !b.rest.startsWith('#'));
}

/**
 * The new name when an edit on a service's first line only renames the service (a learner typing its name):
 * the line is still a key at the services' depth, and no other service has that name. The edges stay.
 */
function renamedService(old: ComposeOutline, line: string): string | undefined {
  const key = keyLine(line);
  if (!key || key.depth !== old.serviceIndent || INDICATOR.test(line.slice(key.depth)) || old.services.some(s => s.name === key.name)) return undefined;
  return key.name;
}

/**
 * The outline of `text` worked out from the outline of the text before an edit, when the edit cannot move
 * a service's or a section's edges: it stays on lines deeper than the keys that start them (inside one
 * service's block, or inside a top-level section other than `services`), or it changes one key line
 * without changing its key, or it renames a service. The lines are patched and what lies below shifts.
 * Otherwise undefined, and the caller outlines the text from scratch. The cost follows the size of the edit (plus a native compare
 * of the two texts), not the size of the file.
 */
function patchOutline(oldText: string, old: ComposeOutline, text: string): ComposeOutline | undefined {
  const prefix = commonPrefix(oldText, text);
  const suffix = commonSuffix(oldText, text, prefix);
  const first = lineAtOffset(old.starts, prefix);
  const lastOld = lineAtOffset(old.starts, oldText.length - suffix);
  // The new text of the changed lines: from the start of line `first` to the end of the line where the suffix begins.
  const from = old.starts[first];
  const cut = text.indexOf('\n', text.length - suffix);
  const changed = text.slice(from, cut < 0 ? text.length : cut).split('\n');
  if (cut < 0 && lastOld !== old.lines.length - 1) return undefined;
  const blockIndex = serviceIndexAt(old, first);
  const inServices = first > old.servicesLine && first < old.servicesEnd;
  if (inServices && (blockIndex < 0 || lastOld >= old.services[blockIndex].end)) return undefined;
  if (!inServices && first <= old.servicesLine && lastOld >= old.servicesLine) return undefined;
  if (!inServices && first < old.servicesEnd && lastOld >= old.servicesEnd) return undefined;
  const oneKeyLine = first === lastOld && changed.length === 1 && sameKeyLine(old.lines[first], changed[0]);
  const renamed = !oneKeyLine && inServices && first === lastOld && changed.length === 1 && first === old.services[blockIndex].start
    ? renamedService(old, changed[0]) : undefined;
  if (!oneKeyLine && !renamed) {
    if (inServices && first <= old.services[blockIndex].start) return undefined;
    // Blank and comment lines, and lines deeper than the keys that start blocks, never move an edge. A comment
    // no deeper than the service keys, written or just above the edit, may change how YAML reads the lines
    // below it (lowComment): outlined again.
    const floor = inServices ? old.serviceIndent : 0;
    if (inServices) {
      if (changed.some(line => lowComment(line, floor))) return undefined;
      for (let l = first - 1; l > old.servicesLine && depthOf(old.lines[l]) === 'skip'; l--) if (lowComment(old.lines[l], floor)) return undefined;
    }
    for (const line of [...old.lines.slice(first, lastOld + 1), ...changed]) {
      if (line.includes('\t')) return undefined;
      const depth = depthOf(line);
      if (depth !== 'skip' && (depth === 'unsure' || depth <= floor)) return undefined;
    }
  }
  const lineShift = changed.length - (lastOld - first + 1);
  const charShift = text.length - oldText.length;
  const lines = old.lines.slice(0, first).concat(changed, old.lines.slice(lastOld + 1));
  const starts = old.starts.slice(0, first + 1);
  for (let i = 1; i < changed.length; i++) starts.push(starts[starts.length - 1] + changed[i - 1].length + 1);
  for (let i = lastOld + 1; i < old.starts.length; i++) starts.push(old.starts[i] + charShift);
  const shift = (line: number) => (line > first ? line + lineShift : line);
  let services = lineShift === 0 ? old.services : old.services.map(s => (s.end <= first ? s : { ...s, start: shift(s.start), end: shift(s.end) }));
  if (renamed) services = services.map((s, i) => (i === blockIndex ? { ...s, name: renamed } : s));
  const clean = old.clean.slice();
  // The edited block may now hold a YAML error; the header is in every part, so its errors are always seen.
  if (inServices) clean[blockIndex] = 0;
  patches++;
  return { lines, starts, servicesLine: shift(old.servicesLine), servicesEnd: old.servicesEnd > first ? old.servicesEnd + lineShift : old.servicesEnd, serviceIndent: old.serviceIndent, services, clean };
}

let builds = 0;
let patches = 0;
// Boxed, so that "no outline" is remembered too and not worked out again on every hover.
const cache = new ParseCache((text: string) => ({ outline: outlineOf(text) }), 2);
let last: { text: string; outline: ComposeOutline } | undefined;
// The outline of the version the whole-file model was built for, kept apart from the two above: hovers after
// edits at different places each start from that version, and would otherwise scan it again every time.
let lastBase: { text: string; outline: ComposeOutline | undefined } | undefined;

/**
 * The outline of a compose text, or undefined when the file is not plain enough to cut into parts.
 * It is patched from the outline of the text before the edit when it can be: the last one worked out, or
 * else the outline of `base` (the version the whole-file model was built for, whose blocks are then
 * known to be clean when `baseClean` says the whole parse found no error).
 */
export function composeOutline(text: string, base?: { text: string; clean: boolean }): ComposeOutline | undefined {
  if (base && lastBase?.text !== base.text) {
    const kept = cache.peek(base.text);
    if (kept) lastBase = { text: base.text, outline: kept.outline };
  }
  if (cache.peek(text)) {
    const known = cache.get(text).outline;
    if (known) last = { text, outline: known };
    return known;
  }
  let outline = last && patchOutline(last.text, last.outline, text);
  if (!outline && base && base.text !== text && base.text !== last?.text) {
    if (lastBase?.text !== base.text) lastBase = { text: base.text, outline: cache.get(base.text).outline };
    const from = lastBase.outline;
    if (from && base.clean) from.clean.fill(1);
    outline = from && patchOutline(base.text, from, text);
  }
  const box = { outline: outline ?? undefined };
  if (!box.outline) box.outline = cache.get(text).outline;
  else cache.set(text, box);
  last = box.outline ? { text, outline: box.outline } : undefined;
  return box.outline;
}

/** How many outlines were built from scratch, and how many patched from the one before an edit; tests read them. */
export function outlineCounts(): { builds: number; patches: number } {
  return { builds, patches };
}

/** Forgets every outline, so the next one is built from scratch; tests compare the two ways. */
export function forgetOutlines(): void {
  cache.clear();
  last = undefined;
  lastBase = undefined;
}


/** Index of the service block holding `line` (binary search), or -1. */
export function serviceIndexAt(outline: ComposeOutline, line: number): number {
  const s = outline.services;
  let lo = 0, hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (line < s[mid].start) hi = mid - 1;
    else if (line >= s[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The service block holding `line`, by binary search. */
export function serviceBlockAt(outline: ComposeOutline, line: number): ServiceBlock | undefined {
  return outline.services[serviceIndexAt(outline, line)];
}

/** A key as it is written in the file: its name and the span of its text, in zero-based lines and columns. */
export interface KeySpan { readonly name: string; readonly line: number; readonly start: number; readonly end: number }

// Plain names only: yaml would read `123:` or `true:` as a number or a boolean, and a quoted key's
// span includes its quotes. Files with such service keys get their keys from the full parse.
const PLAIN_NAME = /^(?!(?:true|false|null|yes|no|on|off|~|[-+]?[0-9][0-9_.:eE+-]*)$)[A-Za-z0-9._-]+$/i;

/** The `services` key and each service's key, read off the outline; undefined where a name is not plain. */
export function outlineServiceKeys(outline: ComposeOutline): { services: KeySpan; entries: KeySpan[] } | undefined {
  const entries: KeySpan[] = [];
  for (const s of outline.services) {
    if (!PLAIN_NAME.test(s.name)) return undefined;
    const start = outline.lines[s.start].indexOf(s.name);
    entries.push({ name: s.name, line: s.start, start, end: start + s.name.length });
  }
  return { services: { name: 'services', line: outline.servicesLine, start: 0, end: 'services'.length }, entries };
}
