// SPDX-License-Identifier: MIT
// `yaml`'s parseDocument, without the price of a stack trace per YAML error.
//
// `yaml` reports each problem as a YAMLError, an Error subclass, and V8 captures a stack trace for every one.
// A deeply nested unclosed collection makes one error per level: on 10,000-deep flow nesting (20 KB) the
// traces took 0.36 s of a 0.58 s parse with VS Code's limit of 100 frames, and seconds with mocha's unlimited
// one. Docker Coach reads only each error's message and place, never its stack.
//
// It also never lets `yaml` recurse to the edge of the stack. Its composer goes a few frames deeper per level of
// nesting and catches the stack overflow (RESOURCE_EXHAUSTION), about 750–1,000 levels down; but in that catch
// it runs a regular expression, and when V8 compiles that one to machine code there, with no stack left, V8
// aborts the whole process (a 16 KB line of nested `{"a":` did it on the third parse). So collections nested
// deeper than MAX_NESTING are not read: the text from there on is blanked and one error says so (reported by
// NotReadToTheEnd, since such a file is valid YAML that Compose reads).
import { parseDocument, Parser, visit, YAMLParseError, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';

/** Far above any Compose file (a dozen levels), far below the depth where `yaml` runs out of stack. */
export const MAX_NESTING = 200;

export function parseYaml(text: string, options: ParseOptions & DocumentOptions & SchemaOptions = {}): Document.Parsed {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const { at: deep, outer } = roughDepth(text) > MAX_NESTING ? tooDeepAt(text) : { at: -1, outer: -1 };
    if (deep < 0) return parseDocument(text, options);
    // Line breaks stay, so every offset and line before and after keeps its place.
    const doc = parseDocument(text.slice(0, deep) + text.slice(deep).replace(/[^\r\n]/g, ' '), options);
    // What yaml says about the collections the blanks cut open (one error per level, at their end or earlier,
    // at a key of theirs) is not about the learner's text: only the errors before the outermost of them stay,
    // which is the top-level entry that holds the deep part.
    doc.errors = doc.errors.filter(e => e.pos[0] < outer);
    doc.warnings = doc.warnings.filter(w => w.pos[0] < outer);
    doc.errors.push(new YAMLParseError([deep, deep + 1], 'RESOURCE_EXHAUSTION', `Lists and mappings are nested more than ${MAX_NESTING} deep here, so Docker Coach reads the file only up to this point.`));
    return doc;
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * At least the deepest nesting of the text, from one pass over its characters: a line's indentation and the
 * `- ` and `? ` that open it, plus the brackets still open (quotes and comments not told apart, so it may read
 * more). Only above MAX_NESTING is the exact depth worked out (tooDeepAt), which costs a parse of the text.
 */
function roughDepth(text: string): number {
  let max = 0, flow = 0, maxFlow = 0;
  for (let i = 0; i < text.length; i++) {
    let depth = 0;
    while (text.charCodeAt(i) === 32) { i++; depth++; }
    while ((text[i] === '-' || text[i] === '?' || text[i] === ':') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
      depth++;
      i += 2;
      while (text[i] === ' ' || text[i] === '\t') i++;
    }
    if (depth > max) max = depth;
    for (; i < text.length && text[i] !== '\n'; i++) {
      const c = text[i];
      if (c === '[' || c === '{') { if (++flow > maxFlow) maxFlow = flow; } else if ((c === ']' || c === '}') && flow > 0) flow--;
    }
  }
  return max + maxFlow;
}

type Token = { type?: string; offset?: number; value?: unknown; items?: { key?: unknown; value?: unknown; start?: unknown; sep?: unknown }[] };

/**
 * The offset of the first collection nested deeper than MAX_NESTING (-1 if none), and of the collection one
 * level below the document's own that holds it (the value of a top-level key, say); from yaml's own tokens,
 * walked without recursion.
 */
function tooDeepAt(text: string): { at: number; outer: number } {
  let at = -1, outerOfAt = -1;
  const todo: [Token | undefined, number, number][] = [];
  for (const token of new Parser().parse(text)) todo.push([token as Token, 0, -1]);
  while (todo.length) {
    const [token, above, outerAbove] = todo.pop()!;
    if (!token || typeof token !== 'object') continue;
    let depth = above, outer = outerAbove;
    if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (++depth === 2) outer = token.offset!;
      if (depth > MAX_NESTING) {
        if (at < 0 || token.offset! < at) { at = token.offset!; outerOfAt = outer; }
        continue;
      }
    }
    if (token.type === 'document') todo.push([token.value as Token, depth, outer]);
    else if (Array.isArray(token.items)) for (const item of token.items) todo.push([item.key as Token, depth, outer], [item.value as Token, depth, outer]);
  }
  return { at, outer: outerOfAt };
}

/**
 * True when `yaml` read `text` up to its last character that is not blank. After an explicit key (`- ? a`)
 * and a deeper sequence, it can drop the rest of its text with no error or warning: a service block that
 * does so alone drops the services after it in the file (and everything else to the end), so a part or block
 * whose parse stops short cannot stand for its lines in the whole file.
 */
export function readToTheEnd(doc: Document.Parsed, text: string): boolean {
  let end = text.length;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  return (doc.range?.[2] ?? 0) >= end;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** An explicit key indicator (`? `) where YAML allows one: at a line's start, after `- `, or in a flow collection. */
const EXPLICIT_KEY = /(?:^|[-[{,][ \t]*|^[ \t]+)\?(?=[ \t\r\n]|$)/m;

/**
 * The offset of the first scalar that `yaml`'s tokens hold but its document does not, or -1. After an explicit key
 * and a deeper sequence (`- ? k` then `- - v`), yaml can drop lines in the middle of a block with no error, where
 * Compose's reader keeps them. Only texts with an explicit key pay for the second pass over the tokens.
 */
export function droppedContentAt(doc: Document.Parsed, text: string): number {
  return EXPLICIT_KEY.test(text) ? droppedScalarAt(doc, text) : -1;
}

/** droppedContentAt without its guard, so tests can show that no ordinary file loses a scalar. */
export function droppedScalarAt(doc: Document.Parsed, text: string): number {
  const kept = new Set<number>();
  visit(doc, { Scalar(_, node) { if (node.range) kept.add(node.range[0]); } });
  let first = -1;
  const todo: unknown[] = [...new Parser().parse(text)];
  while (todo.length) {
    const token = todo.pop() as CstToken | undefined;
    if (!token || typeof token !== 'object') continue;
    if (SCALARS.has(token.type!) && !kept.has(token.offset!) && (first < 0 || token.offset! < first)) first = token.offset!;
    todo.push(token.value, token.key, token.start && !Array.isArray(token.start) ? token.start : undefined);
    if (Array.isArray(token.items)) for (const item of token.items) todo.push(item.key, item.value);
  }
  return first;
}

const SCALARS = new Set(['scalar', 'single-quoted-scalar', 'double-quoted-scalar', 'block-scalar']);
type CstToken = { type?: string; offset?: number; value?: unknown; key?: unknown; start?: unknown; items?: { key?: unknown; value?: unknown }[] };
