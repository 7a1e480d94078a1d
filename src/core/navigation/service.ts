// SPDX-License-Identifier: MIT
// The navigation features of Dockerfiles and compose files as one interface, so the VS Code providers
// and the language server call the same functions with a text and a position.
import { composeFolding, composeLinks, composeNameSource, composeSymbols } from '../compose/navigation';
import { dockerfileFolding, dockerfileLinks, dockerfileNames, dockerfileNamesAt, dockerfileSymbols } from '../dockerfile/navigation';
import type { Position, Range } from '../text';
import type { FileContext } from '../types';
import { definitionAt, highlightsAt, prepareRenameAt, referencesAt, renameAt, type NameSource } from './nameQueries';
import type { TextEdit } from '../diagnostics/types';
import type { DocumentLink, FoldRange, Highlight, OutlineSymbol, PathLookup, RenameRefusal } from './types';
import { capFolding, capLinks, capOutline } from './caps';

export interface Navigation {
  symbols(text: string): OutlineSymbol[];
  /** Ranges in the same document (both kinds only point inside their own file). */
  definition(text: string, position: Position): Range[];
  references(text: string, position: Position, includeDeclaration: boolean): Range[];
  highlights(text: string, position: Position): Highlight[];
  prepareRename(text: string, position: Position): { range: Range; placeholder: string } | RenameRefusal;
  rename(text: string, position: Position, newName: string): { edits: TextEdit[] } | RenameRefusal;
  folding(text: string): FoldRange[];
  /** `pathKind` tells what exists on disk; without `file` only web links are given. */
  links(text: string, options: { file?: FileContext; pathKind?: PathLookup }): DocumentLink[];
}

const TOO_LARGE: RenameRefusal = { refused: 'This file is past Docker Coach\'s size limit (dockerCoach.maxFileSizeKB), so its names are not indexed.' };

/** The queries over one kind's name source; a file past the size limit answers nothing. */
function queries(source: (text: string) => NameSource | undefined): Pick<Navigation, 'definition' | 'references' | 'highlights' | 'prepareRename' | 'rename'> {
  return {
    definition: (text, pos) => { const s = source(text); return s ? definitionAt(s, pos) : []; },
    references: (text, pos, withDeclaration) => { const s = source(text); return s ? referencesAt(s, pos, withDeclaration) : []; },
    highlights: (text, pos) => { const s = source(text); return s ? highlightsAt(s, pos) : []; },
    prepareRename: (text, pos) => { const s = source(text); return s ? prepareRenameAt(s, pos) : TOO_LARGE; },
    rename: (text, pos, name) => { const s = source(text); return s ? renameAt(s, pos, name) : TOO_LARGE; },
  };
}

export const dockerfileNavigation: Navigation = {
  ...queries(dockerfileNames),
  // A definition reads only the lines it can lead to: right after an edit, no whole-file parse.
  definition: (text, pos) => { const s = dockerfileNamesAt(text, pos); return s ? definitionAt(s, pos) : []; },
  symbols: text => capOutline(dockerfileSymbols(text)),
  folding: text => capFolding(dockerfileFolding(text)),
  links: text => capLinks(dockerfileLinks(text)),
};

export const composeNavigation: Navigation = {
  ...queries(composeNameSource),
  symbols: text => capOutline(composeSymbols(text)),
  folding: text => capFolding(composeFolding(text)),
  links: (text, options) => capLinks(composeLinks(text, options.file, options.pathKind)),
};
