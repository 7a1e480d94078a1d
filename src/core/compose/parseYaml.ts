// SPDX-License-Identifier: MIT
// `yaml`'s parseDocument, without the price of a stack trace per YAML error.
//
// `yaml` reports each problem as a YAMLError, an Error subclass, and V8 captures a stack trace for every one.
// A deeply nested unclosed collection makes one error per level: on 10,000-deep flow nesting (20 KB) the
// traces took 0.36 s of a 0.58 s parse with VS Code's limit of 100 frames, and seconds with mocha's unlimited
// one. Docker Coach reads only each error's message and place, never its stack.
import { parseDocument, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';

export function parseYaml(text: string, options: ParseOptions & DocumentOptions & SchemaOptions = {}): Document.Parsed {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parseDocument(text, options);
  } finally {
    Error.stackTraceLimit = limit;
  }
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
