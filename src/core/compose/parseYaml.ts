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
