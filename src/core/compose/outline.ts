// SPDX-License-Identifier: MIT
// A one-pass outline of a large compose file: where `services:` is and where each service's block
// starts and ends. It lets a hover parse only the part of a huge file it needs (see partialModel.ts).
// It only vouches for plain block-style files: anything it is unsure of makes it give up, and the
// caller parses the whole file as usual.
import { ParseCache } from '../text';

/** The lines `[start, end)` of one service's block, header line included. */
export interface ServiceBlock { readonly name: string; readonly start: number; readonly end: number }

export interface ComposeOutline {
  /** Every line of the text, each still ending in `\r` where the file uses CRLF. */
  readonly lines: readonly string[];
  /** The `services:` line, and the first line after its section. */
  readonly servicesLine: number;
  readonly servicesEnd: number;
  /** The service blocks, in file order. */
  readonly services: readonly ServiceBlock[];
}

// Anchors, aliases and tags (`&x`, `*x`, `!reset`) tie distant parts of a file together; so do
// document markers and directives. Such files are always parsed whole.
// `&&` in a shell command, `**` in a glob and `!=` are not such marks.
const LINKING = /(?:^|[\s[{,])[&*!][^\s,\]}&*!=]/;
const TOP_KEY = /^("[^"]*"|'[^']*'|[^\s#'"\-?:[\]{}][^:#]*?)\s*:(?:\s|$)/;

function unquote(key: string): string {
  return /^(["']).*\1$/.test(key) ? key.slice(1, -1) : key.trim();
}

function outlineOf(text: string): ComposeOutline | undefined {
  if (text.includes('\t')) return undefined;
  const lines = text.split('\n');
  let servicesLine = -1, servicesEnd = lines.length, indent = -1;
  const services: { name: string; start: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trimStart();
    if (!trimmed || trimmed.startsWith('#') || trimmed === '\r') continue;
    if (LINKING.test(line) || /^(---|\.\.\.|%)/.test(line)) return undefined;
    const depth = line.length - trimmed.length;
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
      const key = TOP_KEY.exec(trimmed);
      if (!key) return undefined;
      services.push({ name: unquote(key[1]), start: i });
    }
  }
  if (servicesLine < 0) return undefined;
  const blocks: ServiceBlock[] = services.map((s, k) => ({ ...s, end: k + 1 < services.length ? services[k + 1].start : servicesEnd }));
  return { lines, servicesLine, servicesEnd, services: blocks };
}

// Boxed, so that "no outline" is remembered too and not worked out again on every hover.
const cache = new ParseCache((text: string) => ({ outline: outlineOf(text) }), 2);

/** The outline of a compose text, or undefined when the file is not plain enough to cut into parts. */
export function composeOutline(text: string): ComposeOutline | undefined {
  return cache.get(text).outline;
}

/** The service block holding `line`, by binary search. */
export function serviceBlockAt(outline: ComposeOutline, line: number): ServiceBlock | undefined {
  const s = outline.services;
  let lo = 0, hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (line < s[mid].start) hi = mid - 1;
    else if (line >= s[mid].end) lo = mid + 1;
    else return s[mid];
  }
  return undefined;
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
