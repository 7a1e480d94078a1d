// SPDX-License-Identifier: MIT
// Large compose files: a hover parses only what it can need. That is every line outside `services:`,
// and, inside one service, that service's block and the blocks of the services it names
// (`depends_on`, `links`, `extends`...); outside them, the services that mention the hovered line. yaml parses about 2.5 MB/s, so on a 5,000-service file this
// turns a second of parsing into a few milliseconds. Line numbers stay those of the whole file.
import { ParseCache, type Position } from '../text';
import { cachedComposeModel, composeModel, parseCompose, type ComposeModel } from './composeDocument';
import { composeOutline, serviceBlockAt, type ComposeOutline, type ServiceBlock } from './outline';

/** Texts shorter than this are always parsed whole: it takes a few tens of milliseconds at most. */
export const PARTIAL_FROM = 128 * 1024;

// Key: the kept line ranges, a NUL, then the kept text. Two hovers in the same service share a parse.
const partials = new ParseCache((key: string) => {
  const cut = key.indexOf('\0');
  const ranges = key.slice(0, cut).split(',').map(Number);
  const lineMap: number[] = [];
  for (let i = 0; i < ranges.length; i += 2) for (let l = ranges[i]; l < ranges[i + 1]; l++) lineMap.push(l);
  return parseCompose(key.slice(cut + 1), Int32Array.from(lineMap));
}, 8);

/**
 * The model a hover at `pos` should use: the whole-file model when it exists already, when the file is
 * small, or when the position is outside `services:`; otherwise a model of the hovered service's part.
 */
export function composeModelAt(text: string, pos: Position, partialFrom = PARTIAL_FROM): ComposeModel {
  if (text.length < partialFrom) return composeModel(text);
  const whole = cachedComposeModel(text);
  if (whole) return whole;
  const outline = composeOutline(text);
  if (!outline || pos.line === outline.servicesLine) return composeModel(text);
  const block = serviceBlockAt(outline, pos.line);
  if (block) return partials.get(partialKey(outline, [block, ...servicesNamedIn(outline, block)]));
  if (pos.line > outline.servicesLine && pos.line < outline.servicesEnd) return composeModel(text);
  // Outside `services:` (networks, volumes, x- fields...): a definition's hover lists the services
  // that use it, so keep every service that mentions a word of the hovered line.
  const words = new Set(outline.lines[pos.line]?.match(/[A-Za-z0-9_.-]{2,}/g) ?? []);
  const body = (b: ServiceBlock) => outline.lines.slice(b.start, b.end).join('\n');
  return partials.get(partialKey(outline, outline.services.filter(b => [...words].some(w => mentions(body(b), w)))));
}

/** How many partial parses have run; tests use it. */
export function partialParseCount(): number {
  return partials.parses;
}

function partialKey(outline: ComposeOutline, chosen: readonly ServiceBlock[]): string {
  const { lines } = outline;
  const blocks = [...chosen].sort((a, b) => a.start - b.start);
  const ranges: number[] = [0, outline.servicesLine + 1];
  for (const b of blocks) ranges.push(b.start, b.end);
  ranges.push(outline.servicesEnd, lines.length);
  const kept: string[] = [];
  for (let i = 0; i < ranges.length; i += 2) for (let l = ranges[i]; l < ranges[i + 1]; l++) kept.push(lines[l]);
  return `${ranges.join(',')}\0${kept.join('\n')}`;
}

const NAME_CHAR = /[A-Za-z0-9_.-]/;

/** The other services whose names appear as whole words in `block`. */
function servicesNamedIn(outline: ComposeOutline, block: ServiceBlock): ServiceBlock[] {
  const body = outline.lines.slice(block.start, block.end).join('\n');
  return outline.services.filter(s => s !== block && s.name !== '' && mentions(body, s.name));
}

function mentions(body: string, name: string): boolean {
  for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
    const before = body[at - 1], after = body[at + name.length];
    if ((before === undefined || !NAME_CHAR.test(before)) && (after === undefined || !NAME_CHAR.test(after))) return true;
  }
  return false;
}
