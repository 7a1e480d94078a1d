// SPDX-License-Identifier: MIT
// The public face of the core: what the adapter, the tests and the benchmark call. No `vscode` here.
export type { Position, Range } from './text';
export { range, contains, LineIndex } from './text';
export type { Explanation, FileContext, Action, ShellKind } from './types';
export { renderHover, type HoverContent, type NoteQuote } from './render';
export { dockerfileModel, dockerfileParseCount } from './dockerfile/model';
export { explainDockerfile } from './dockerfile/hover';
export type { ExplainOptions } from './dockerfile/hover';
export { indexNotes, notesAbout, topicsIn, type Notes, type NoteTopic } from './notes/notes';
