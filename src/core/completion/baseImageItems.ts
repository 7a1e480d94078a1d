// SPDX-License-Identifier: MIT
// What `FROM ` offers after the stage names: the images the local engine has (when the adapter could ask
// it), then the official images a learner's first Dockerfiles use. Each item's documentation is the FROM
// hover of that image, so the list explains what the hover would.
import { explainDockerfile } from '../dockerfile/hover';
import { suggestedBaseImages } from '../knowledge/baseImages';
import type { Range } from '../text';
import { rank } from './docCache';
import type { CompletionItem } from './types';

/** Past this many local images the list would bury the suggestions; `docker image ls` lists newest first. */
const maxLocalImages = 40;

const hoverDocs = new Map<string, string>();

/** The FROM hover of `image`, kept: the same image is offered on every `FROM `. */
function imageDoc(image: string, extra: string): string {
  const key = `${image}\0${extra}`;
  let md = hoverDocs.get(key);
  if (md === undefined) {
    const hover = explainDockerfile(`FROM ${image}`, { line: 0, character: 5 })?.markdown ?? '';
    // The hover's title line first, then why this image is offered, then the rest of the hover.
    const cut = hover.indexOf('\n\n');
    md = cut < 0 ? `${hover}\n\n${extra}` : `${hover.slice(0, cut)}\n\n${extra}${hover.slice(cut)}`;
    if (hoverDocs.size > 500) hoverDocs.clear();
    hoverDocs.set(key, md);
  }
  return md;
}

/**
 * True while the cursor is on the image word of a `FROM` line. Adapters mark such a list incomplete, so the
 * editor asks again at each keystroke instead of filtering the first answer: once the word names an image
 * already, the answer is empty and the list closes, and `FROM node` + Enter stays `FROM node`.
 */
export function fromImageInProgress(lineBefore: string): boolean {
  const from = /^\s*FROM\s+/i.exec(lineBefore);
  return from !== null && imageWordInProgress(lineBefore.slice(from[0].length));
}

/** A FROM's arguments up to the cursor, while the image word is typed: flags (`--platform=…`), then one open word. */
export function imageWordInProgress(args: string): boolean {
  return /^(?:--\S+\s+)*\S*$/.test(args);
}

/** Local images first (`<none>` and dangling ones left out), then the suggested official images not already listed. */
export function baseImageItems(localImages: readonly string[], replace: Range, after: number, typed = ''): CompletionItem[] {
  const local = [...new Set(localImages.filter((i) => typeof i === 'string' && i && !i.includes('<none>') && !/\s/.test(i)))].slice(0, maxLocalImages);
  // A word that already names an image (`node`, `python:3.12-slim`, a local `backend-flask:dev`) is finished:
  // offering longer names would let Enter replace what the learner chose.
  const names = [...local, ...suggestedBaseImages.map((s) => s.image)].flatMap((i) => [i, i.split(':')[0]]);
  if (typed && names.includes(typed)) return [];
  const items: CompletionItem[] = local.map((image, i) => ({
    label: image, kind: 'reference', detail: 'image on this machine', insertText: image, range: replace, sortText: rank(after + i),
    documentation: imageDoc(image, 'On this machine: `docker image ls` lists it, so a build uses it without pulling.'),
  }));
  suggestedBaseImages.filter((s) => !local.includes(s.image)).forEach((s, i) => items.push({
    label: s.image, kind: 'value', detail: 'official image', insertText: s.image, range: replace, sortText: rank(after + local.length + i),
    documentation: imageDoc(s.image, s.why),
  }));
  return items;
}
