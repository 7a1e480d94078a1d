// SPDX-License-Identifier: MIT
// Definition, references, highlights and rename over the names of one document. Each document kind
// supplies a NameSource (what name is at an offset, every occurrence of a key, where a reference's
// thing is defined); the answers are written once here for both kinds.
import { code } from '../render';
import type { Position, Range } from '../text';
import type { TextEdit } from '../diagnostics/types';
import type { Highlight, NameSpace, Occurrence, RenameRefusal } from './types';

export interface NameSource {
  offsetAt(pos: Position): number;
  range(start: number, end: number): Range;
  /** The name at an offset, found without walking the whole file. */
  at(offset: number): Occurrence | undefined;
  /** Every occurrence with this key, in file order (from a per-version index). */
  all(key: string): readonly Occurrence[];
  /** The declaration a reference leads to (the one in force there), or undefined when this file has none. */
  definitionOf(o: Occurrence): Occurrence | undefined;
  /** Why `newName` cannot replace the name `o`, or undefined when it can. */
  refuseName(o: Occurrence, newName: string): string | undefined;
}

const what: Record<NameSpace, string> = {
  stage: 'stage', variable: 'variable', service: 'service', network: 'network', volume: 'volume', secret: 'secret', config: 'config', anchor: 'anchor',
};

export function definitionAt(source: NameSource, pos: Position): Range[] {
  const at = source.at(source.offsetAt(pos));
  const def = at && source.definitionOf(at);
  return def ? [source.range(def.start, def.end)] : [];
}

export function referencesAt(source: NameSource, pos: Position, includeDeclaration: boolean): Range[] {
  const at = source.at(source.offsetAt(pos));
  if (!at) return [];
  return source.all(at.key).filter(o => includeDeclaration || !o.declaration).map(o => source.range(o.start, o.end));
}

/** Every occurrence of the name under the cursor; declarations count as writes. */
export function highlightsAt(source: NameSource, pos: Position): Highlight[] {
  const at = source.at(source.offsetAt(pos));
  if (!at) return [];
  return source.all(at.key).map(o => ({ range: source.range(o.start, o.end), write: o.declaration }));
}

/** The name the cursor is on, if it may be renamed; otherwise a sentence saying why not. */
export function prepareRenameAt(source: NameSource, pos: Position): { range: Range; placeholder: string } | RenameRefusal {
  const at = source.at(source.offsetAt(pos));
  if (!at) return { refused: 'Only names can be renamed here: a stage or variable name in a Dockerfile; a service, network, volume, secret, config or anchor name in a compose file.' };
  if (!at.renamable) return { refused: `${code(at.name)} is a stage number, not a name: it stays right when the stage is renamed.` };
  if (!source.all(at.key).some(o => o.declaration)) {
    return { refused: `The ${what[at.space]} ${code(at.name)} is not defined in this file: renaming it here would break the link with the place that defines it.` };
  }
  return { range: source.range(at.start, at.end), placeholder: at.name };
}

export function renameAt(source: NameSource, pos: Position, newName: string): { edits: TextEdit[] } | RenameRefusal {
  const prepared = prepareRenameAt(source, pos);
  if ('refused' in prepared) return prepared;
  const at = source.at(source.offsetAt(pos))!;
  const refusal = source.refuseName(at, newName);
  if (refusal) return { refused: refusal };
  return { edits: source.all(at.key).filter(o => o.renamable).map(o => ({ range: source.range(o.start, o.end), newText: newName })) };
}
