// SPDX-License-Identifier: MIT
// Small helpers shared by the compose explainers: key docs as hover content, titles, scalar text.
import { isScalar, type Node } from 'yaml';
import { composeKeys } from '../knowledge/composeKeys';
import type { HoverContent } from '../render';
import type { ComposeModel, Located, PathSegment } from './composeDocument';

/** What every compose explainer receives. */
export interface ExplainContext {
  readonly model: ComposeModel;
  readonly loc: Located;
  /** Absolute path of the compose file, when the caller knows it (for resolving bind mounts). */
  readonly file?: string;
}

/** `services.web.ports` for a path; sequence indexes are left out. */
export function dotted(path: readonly PathSegment[]): string {
  return path.filter(s => typeof s === 'string').join('.');
}

/** The hover for a spec key, with extra bullets and warnings for this line. */
export function keyContent(pattern: string, title: string, inThisLine?: readonly string[], watchOut?: readonly string[]): HoverContent | undefined {
  const doc = composeKeys[pattern];
  if (!doc) return undefined;
  const warn = [...(watchOut ?? []), ...(doc.watchOut ?? [])];
  return { title, tags: doc.tags, what: doc.what, inThisLine, watchOut: warn.length ? warn : undefined, docsUrl: doc.docsUrl };
}

/** The text of a scalar as Compose sees it (numbers and booleans as written), or undefined for other nodes. */
export function scalarText(n: unknown): string | undefined {
  if (!isScalar(n)) return undefined;
  if (n.value === null || n.value === undefined) return undefined;
  return typeof n.value === 'string' ? n.value : (n.source ?? String(n.value));
}

/** The string segment just before the end of a path, skipping indexes: the key that holds this value. */
export function lastKey(path: readonly PathSegment[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return undefined;
}

/** A short one-line preview of a node's source text. */
export function preview(model: ComposeModel, n: Node | null | undefined, max = 60): string {
  if (!n?.range) return '';
  const raw = model.text.slice(n.range[0], Math.min(n.range[1], n.range[0] + max * 4));
  const flat = raw.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

/** Joins names as `a`, `b` and `c`, capped so a 5,000-service file makes a short sentence. */
export function listNames(names: readonly string[], max = 6): string {
  const shown = names.slice(0, max).map(n => `\`${n}\``);
  const more = names.length > max ? ` and ${names.length - max} more` : '';
  return shown.join(', ') + more;
}
