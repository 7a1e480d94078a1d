// SPDX-License-Identifier: MIT
// Image references (`image:` values): registry, namespace, name, tag and digest, as with FROM.
import { code, type HoverContent } from '../render';
import { keyContent, scalarText, type ExplainContext } from './content';
import { describeInterpolations } from './interpolation';

/** The parts of an image reference. */
export interface ImageRef { registry?: string; namespace?: string; name: string; tag?: string; digest?: string }

/** Splits an image reference the way Docker reads it. */
export function parseImageRef(ref: string): ImageRef | undefined {
  let rest = ref.trim();
  if (!rest || /\s/.test(rest)) return undefined;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) { digest = rest.slice(at + 1); rest = rest.slice(0, at); }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) { tag = rest.slice(colon + 1); rest = rest.slice(0, colon); }
  const parts = rest.split('/');
  let registry: string | undefined;
  // The first part is a registry host only if it looks like one: a dot, a port, or localhost.
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0])) registry = parts.shift();
  const name = parts.pop() ?? '';
  const namespace = parts.length ? parts.join('/') : undefined;
  return name ? { registry, namespace, name, tag, digest } : undefined;
}

/** The one check for an image that is not pinned (no tag, or `latest`, and no digest): the hover and UnpinnedImage call it. */
export function isUnpinnedImage(r: ImageRef): boolean {
  return !r.digest && (!r.tag || r.tag === 'latest');
}

/** Sentences describing an image reference. */
export function describeImageRef(r: ImageRef): { lines: string[]; warnings: string[] } {
  const lines: string[] = [];
  const warnings: string[] = [];
  lines.push(r.registry ? `Registry: ${code(r.registry)}.` : 'Registry: Docker Hub (none is written).');
  if (r.namespace) lines.push(`Namespace (user or organisation): ${code(r.namespace)}.`);
  else if (!r.registry) lines.push('No namespace: an official Docker Hub image (`library/`).');
  lines.push(`Repository: ${code(r.name)}.`);
  if (r.tag) lines.push(`Tag: ${code(r.tag)}${r.tag === 'latest' ? ', which is just the default tag name, not "newest"' : ''}.`);
  else if (!r.digest) lines.push('No tag, so Docker uses `latest`.');
  if (r.digest) lines.push(`Digest ${code(r.digest.slice(0, 19) + (r.digest.length > 19 ? '…' : ''))} pins one exact image; the tag, if any, is then only a label.`);
  if (isUnpinnedImage(r)) warnings.push('Without a fixed tag, a new pull can give a different image. Pin a version tag (`<image>:<version>`).');
  return { lines, warnings };
}

/** Hover for an `image:` value. */
export function explainImageValue(ctx: ExplainContext): HoverContent | undefined {
  const text = scalarText(ctx.loc.node);
  if (text === undefined) return undefined;
  const vars = describeInterpolations(text);
  const r = vars.length ? undefined : parseImageRef(text);
  if (!r) return keyContent('services/*/image', text, vars.length ? vars : [`${code(text)} is not a valid image reference.`]);
  const { lines, warnings } = describeImageRef(r);
  return keyContent('services/*/image', text, lines, warnings);
}
