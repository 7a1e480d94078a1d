// SPDX-License-Identifier: MIT
// HeredocDestination: a here-document (`<<EOF`) can be a source of COPY or ADD, never the destination: the
// destination is a path in the image. BuildKit stops when it reads the line.
// Source: moby/buildkit frontend/dockerfile/instructions/parse.go parseSourcesAndDest (errBadHeredoc:
// "%s cannot accept a heredoc as %s", with "a destination"); parser/parser.go reHeredoc for the word.
import type { DockerfileRule } from '../../types';
import { instructionsWith, spanRange } from '../ranges';
import { argumentsOf } from './argumentWords';

/** parser.go reHeredoc, `^(\d*)<<(-?)\s*([^<]*)$`, with a name left once quotes are taken off. */
function isHeredocWord(word: string): boolean {
  const m = /^\d*<<-?\s*([^<]*)$/.exec(word);
  return !!m && m[1].replace(/^(["'])(.*)\1$/, '$2') !== '';
}

export const heredocDestination: DockerfileRule = {
  code: 'HeredocDestination',
  source: 'coach',
  severity: 'error',
  title: 'Here-document as the COPY destination',
  why: 'In `COPY <<EOF /app/config.txt`, the here-document is the content and the last word is where it goes in the image. When the last word is the `<<EOF` itself, there is no path to write to, and the build stops.',
  fix: 'Put the path last: `COPY <<EOF /app/config.txt`.',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#here-documents',
  reference: 'buildkit-dockerfile-docs/reference.md#here-documents',
  rejectedBy: 'moby/buildkit:frontend/dockerfile/instructions/parse.go',
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'COPY', 'ADD')) {
      const { placed, json } = argumentsOf(model, inst);
      // With one word, the missing destination is MissingArguments' to report.
      const last = placed[placed.length - 1];
      if (json || placed.length < 2 || !isHeredocWord(last.text)) continue;
      report({ range: spanRange(model, last.start, last.end), message: `\`${last.text}\` stands where the destination goes; Docker stops with "${inst.getKeyword()} cannot accept a heredoc as a destination". End the line with the path in the image.` });
    }
  },
};
