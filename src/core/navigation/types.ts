// SPDX-License-Identifier: MIT
// What the navigation features (outline, definition, references, rename, folding, links) answer, in
// the core's own terms. Both adapters convert these to their editor's types and nothing else.
import type { PathKind } from '../diagnostics/types';
import type { Range } from '../text';

/** What kind of name an occurrence is: two names in different spaces never refer to each other. */
export type NameSpace = 'stage' | 'variable' | 'service' | 'network' | 'volume' | 'secret' | 'config' | 'anchor';

/** One place a name is written, as offsets into the document text. */
export interface Occurrence {
  /** The name thing this occurrence belongs to, e.g. `services:db` or `stage:2`. Equal keys, same thing. */
  readonly key: string;
  readonly space: NameSpace;
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /** Where the thing is defined (`AS build`, `ARG V`, the `db:` key under `services:`). */
  readonly declaration: boolean;
  /** False for `--from=0`: a stage number stays right when the stage is renamed. */
  readonly renamable: boolean;
}

/** One entry of the outline; children give the breadcrumbs their depth. */
export interface OutlineSymbol {
  name: string;
  detail?: string;
  kind: 'stage' | 'instruction' | 'section' | 'service' | 'entry' | 'key';
  /** The whole extent of the thing. */
  range: Range;
  /** The part to select and reveal: the name. Inside `range`. */
  selectionRange: Range;
  children: OutlineSymbol[];
}

/** Lines `[startLine, endLine]` the editor can fold. */
export interface FoldRange { startLine: number; endLine: number; kind?: 'comment' }

/** A link: a web page, or a file or folder that exists on disk. */
export interface DocumentLink { range: Range; target: string; kind: 'url' | 'file' | 'folder' }

/** What is on disk at a path: the adapter answers (the core never touches the disk). */
export type PathLookup = (absolutePath: string) => PathKind | undefined;

export interface Highlight { range: Range; write: boolean }

/** A rename or prepareRename that cannot go ahead, with a sentence that says why. */
export interface RenameRefusal { refused: string }
