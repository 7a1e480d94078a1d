// SPDX-License-Identifier: MIT
// Hover on the image in `FROM <image>`: registry, namespace, name, tag and digest, and what the tag
// or its absence means (latest moves, a digest pins, slim/alpine/scratch).
import type { From, Instruction } from 'dockerfile-ast';
import { imageFacts, imageVariants } from '../knowledge/dockerfileImages';
import { isOfficialImage } from '../knowledge/officialImages';
import { code } from '../render';
import { contains, type Position } from '../text';
import type { DockerfileHit } from './hit';
import { locate } from './locate';
import type { DockerfileModel } from './model';
import { resolveVariable } from './variables';

/** An image reference split into its parts. */
export interface ImageRef {
  registry?: string;
  namespace?: string;
  name: string;
  tag?: string;
  digest?: string;
}

/** Splits `registry/namespace/name:tag@digest`. The first part is a registry only if it has a `.` or `:`, or is `localhost`. */
export function parseImageRef(ref: string): ImageRef | undefined {
  if (!ref || /\s/.test(ref)) return undefined;
  const at = ref.indexOf('@');
  const digest = at >= 0 ? ref.slice(at + 1) : undefined;
  let rest = at >= 0 ? ref.slice(0, at) : ref;
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  let tag: string | undefined;
  if (colon > slash) { tag = rest.slice(colon + 1); rest = rest.slice(0, colon); }
  const parts = rest.split('/');
  let registry: string | undefined;
  if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost')) registry = parts.shift();
  const name = parts.pop();
  if (!name) return undefined;
  return { registry, namespace: parts.length ? parts.join('/') : undefined, name, tag, digest };
}

export function explainImage(model: DockerfileModel, pos: Position): DockerfileHit | undefined {
  const at = locate(model, pos);
  if (!at || at.inst.getKeyword() !== 'FROM') return undefined;
  const from = at.inst as From;
  const range = from.getImageRange();
  const written = from.getImage();
  if (!range || !written || !contains(range, pos)) return undefined;
  const facts: string[] = [];
  const expanded = written.includes('$') ? expandDefaults(model, written, from) : written;
  if (expanded !== written) facts.push(`With the default build arguments this is ${code(expanded)}.`);
  const ref = parseImageRef(expanded);
  if (!ref) return undefined;
  facts.push(...describeParts(ref));
  return {
    range,
    topics: ['instruction:FROM'],
    content: {
      title: written,
      tags: ['base image'],
      what: 'The image this stage starts from: its files, environment, user and default command are the starting point for every line below.',
      inThisLine: facts,
      docsUrl: 'https://docs.docker.com/reference/dockerfile/#from',
    },
  };
}

function describeParts(ref: ImageRef): string[] {
  if (!ref.registry && !ref.namespace && ref.name.toLowerCase() === 'scratch' && !ref.tag && !ref.digest) return [imageFacts.scratch];
  const facts: string[] = [];
  const hub = !ref.registry || ref.registry === 'docker.io' || ref.registry === 'index.docker.io';
  facts.push(ref.registry ? `Registry: ${code(ref.registry)}.` : imageFacts.defaultRegistry);
  if (ref.namespace) facts.push(`Namespace: ${code(ref.namespace)} (the account or organisation that publishes it).`);
  else if (hub) facts.push(isOfficialImage(ref.name) ? imageFacts.officialImage : imageFacts.notOfficial.replace('<name>', ref.name));
  facts.push(`Name: ${code(ref.name)}.`);
  if (ref.tag !== undefined) {
    facts.push(`Tag: ${code(ref.tag)}.`);
    if (ref.tag === 'latest') facts.push(imageFacts.explicitLatest);
    const words = ref.tag.toLowerCase().split(/[-_.]/);
    for (const v of imageVariants) if (words.includes(v.word)) facts.push(v.fact);
  } else if (ref.digest === undefined) {
    facts.push(imageFacts.latest);
  }
  if (ref.digest !== undefined) {
    facts.push(`Digest: ${code(ref.digest.length > 23 ? ref.digest.slice(0, 19) + '…' : ref.digest)}.`, imageFacts.digest);
    if (ref.tag !== undefined) facts.push(imageFacts.digestAndTag);
  }
  return facts;
}

/** `python:${VERSION:-3.12}-slim` with the global ARG defaults filled in, as far as they are known. */
function expandDefaults(model: DockerfileModel, text: string, inst: Instruction): string {
  return text.replace(/\$\{(\w+)(?:(:?-)([^}]*))?\}|\$(\w+)/g, (whole, braced: string | undefined, mod: string | undefined, word: string | undefined, bare: string | undefined) => {
    const name = braced ?? bare ?? '';
    const value = resolveVariable(model, name, inst).global?.value;
    if (value !== undefined && !value.includes('$') && (value !== '' || mod !== ':-')) return value.replace(/^"(.*)"$/, '$1');
    if (mod) return word ?? '';
    return whole;
  });
}
