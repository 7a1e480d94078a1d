// SPDX-License-Identifier: MIT
// Outline, folding, links and the name source (definition, references, rename) of a compose file, from
// the one model per text version (composeDocument.ts). Names come from nameOccurrences.ts; the paths a
// file names come from the same list the missing-path problem checks (referencedPaths.ts).
import { isCollection, isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { pathUses } from '../diagnostics/compose/referencedPaths';
import { isTooLarge } from '../largeFile';
import { dockerHubPage } from '../navigation/imagePage';
import type { NameSource } from '../navigation/nameQueries';
import type { DocumentLink, FoldRange, OutlineSymbol, PathLookup } from '../navigation/types';
import { code } from '../render';
import type { FileContext } from '../types';
import { lineOf, offsetAt, rangeOf, sectionEntries, type ComposeModel } from './composeDocument';
import { composeModelForPass } from './stitchedModel';
import { composeNameAt, composeNames } from './nameOccurrences';

const VALID_NAME = /^[a-zA-Z0-9._-]+$/; // compose-spec schema: the patternProperties of services, networks, volumes, secrets, configs
const SECTION_OF: Record<string, string> = { service: 'services', network: 'networks', volume: 'volumes', secret: 'secrets', config: 'configs' };

/** The name source of a compose text (see nameQueries.ts). */
export function composeNameSource(text: string): NameSource | undefined {
  if (isTooLarge(text)) return undefined;
  const model = composeModelForPass(text);
  const names = composeNames(model);
  return {
    offsetAt: pos => offsetAt(model, pos),
    range: (start, end) => rangeOf(model, start, end),
    at: offset => composeNameAt(names, offset),
    all: key => names.byKey.get(key) ?? [],
    definitionOf: o => o.declaration ? o : names.byKey.get(o.key)?.find(d => d.declaration),
    refuseName: (o, name) => {
      if (o.space === 'anchor') return /^[^\s,[\]{}]+$/.test(name) ? undefined : `${code(name)} cannot be an anchor name: no spaces, commas or brackets.`;
      if (!VALID_NAME.test(name)) return `${code(name)} is not a valid ${o.space} name: Compose accepts only letters, digits, \`.\`, \`_\` and \`-\` (no spaces).`;
      if (name !== o.name && sectionEntries(model, SECTION_OF[o.space]).has(name)) return `A ${o.space} called ${code(name)} already exists in this file.`;
      return undefined;
    },
  };
}

function span(node: Node | null | undefined): { start: number; end: number } | undefined {
  return node?.range ? { start: node.range[0], end: node.range[1] } : undefined;
}

/** The symbol of one `key: value` pair: from the key to the end of the value. */
function pairSymbol(model: ComposeModel, pair: Pair, kind: OutlineSymbol['kind'], children: OutlineSymbol[] = [], detail?: string): OutlineSymbol | undefined {
  const key = span(pair.key as Node);
  if (!key || !isScalar(pair.key)) return undefined;
  const value = span(pair.value as Node);
  const end = trimEnd(model, value ? Math.max(value.end, key.end) : key.end);
  return { name: String(pair.key.value), detail, kind, range: rangeOf(model, key.start, end), selectionRange: rangeOf(model, key.start, key.end), children };
}

/** The end of a node's text without the blank lines and comments after it. */
function trimEnd(model: ComposeModel, end: number): number {
  while (end > 0 && /\s/.test(model.text[end - 1])) end--;
  return end;
}

function entrySymbols(model: ComposeModel, node: unknown, kind: OutlineSymbol['kind']): OutlineSymbol[] {
  if (isMap(node)) return node.items.map(p => pairSymbol(model, p as Pair, kind)).filter((s): s is OutlineSymbol => !!s);
  if (!isSeq(node)) return [];
  return (node.items as Node[]).flatMap(it => {
    const s = span(it);
    if (!s) return [];
    const name = isScalar(it) ? String(it.value) : model.text.slice(s.start, trimEnd(model, s.end)).split('\n')[0].trim();
    const range = rangeOf(model, s.start, trimEnd(model, s.end));
    return [{ name: name || '-', kind, range, selectionRange: range, children: [] }];
  });
}

const LISTED = new Set(['ports', 'volumes', 'networks']);

/** `services` with each service (its keys, and the entries of its ports, volumes and networks); each other section with its entries. */
export function composeSymbols(text: string): OutlineSymbol[] {
  if (isTooLarge(text)) return [];
  const model = composeModelForPass(text);
  const root = model.doc.contents;
  if (!isMap(root)) return [];
  const out: OutlineSymbol[] = [];
  for (const top of root.items as Pair[]) {
    const section = isScalar(top.key) ? String(top.key.value) : '';
    let children: OutlineSymbol[] = [];
    if (section === 'services' && isMap(top.value)) {
      children = (top.value.items as Pair[]).map(svc => {
        const keys = isMap(svc.value) ? (svc.value.items as Pair[]).map(p => {
          const k = isScalar(p.key) ? String(p.key.value) : '';
          return pairSymbol(model, p, 'key', LISTED.has(k) ? entrySymbols(model, p.value, 'entry') : [], isScalar(p.value) ? String(p.value.value) : undefined);
        }).filter((s): s is OutlineSymbol => !!s) : [];
        const image = isMap(svc.value) ? svc.value.items.find(p => isScalar(p.key) && p.key.value === 'image')?.value : undefined;
        return pairSymbol(model, svc, 'service', keys, isScalar(image) ? String(image.value) : undefined);
      }).filter((s): s is OutlineSymbol => !!s);
    } else if (['networks', 'volumes', 'secrets', 'configs', 'models', 'include'].includes(section)) {
      children = entrySymbols(model, top.value, 'entry');
    }
    const s = pairSymbol(model, top, 'section', children, isScalar(top.value) ? String(top.value.value) : undefined);
    if (s) out.push(s);
  }
  return out;
}

/** Every mapping or list that spans several lines, from its key's line: each service and each section among them. */
export function composeFolding(text: string): FoldRange[] {
  if (isTooLarge(text)) return [];
  const model = composeModelForPass(text);
  const out: FoldRange[] = [];
  const visit = (node: unknown, startOffset: number | undefined, depth: number): void => {
    if (!isCollection(node) || depth > 200) return;
    const s = span(node as Node);
    if (s && startOffset !== undefined) {
      const startLine = lineOf(model, startOffset);
      const endLine = lineOf(model, trimEnd(model, s.end));
      if (endLine > startLine) out.push({ startLine, endLine });
    }
    if (isMap(node)) for (const p of node.items as Pair[]) visit(p.value, span(p.key as Node)?.start, depth + 1);
    else for (const it of node.items as Node[]) visit(it, span(it)?.start, depth + 1);
  };
  visit(model.doc.contents, undefined, 0);
  return out;
}

/** Links for the paths the file names (when they exist on disk) and for `image:` pages on Docker Hub. */
export function composeLinks(text: string, file: FileContext | undefined, pathKind: PathLookup | undefined): DocumentLink[] {
  if (isTooLarge(text)) return [];
  const model = composeModelForPass(text);
  const out: DocumentLink[] = [];
  if (file && pathKind) {
    for (const use of pathUses(model, file)) {
      // The Dockerfile a build reads without `dockerfile:` sits on the context's own text: that text links the folder.
      if (use.implicit) continue;
      const s = span(use.node);
      if (!s) continue;
      const want = use.what === 'build context' ? 'directory' : 'file';
      if (pathKind(use.absolute) !== want) continue; // the missing-path problem speaks about the others
      out.push({ range: rangeOf(model, s.start, s.end), target: use.absolute, kind: want === 'file' ? 'file' : 'folder' });
    }
  }
  for (const svc of sectionEntries(model, 'services').values()) {
    const image = isMap(svc.value) ? svc.value.items.find(p => isScalar(p.key) && p.key.value === 'image')?.value : undefined;
    const s = span(image as Node);
    const page = isScalar(image) && typeof image.value === 'string' ? dockerHubPage(image.value) : undefined;
    if (s && page) out.push({ range: rangeOf(model, s.start, s.end), target: page, kind: 'url' });
  }
  return out;
}
