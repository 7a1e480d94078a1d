// SPDX-License-Identifier: MIT
// MultipleSourcesWithoutSlash: `COPY a.txt b.txt /dest` copies several sources to a destination that
// does not end in `/`. The classic builder refuses it (moby/moby daemon/builder/dockerfile/copy.go,
// createCopyInstruction: "When using COPY with more than one source file, the destination must be a
// directory and end with a /"). BuildKit accepts it: into a folder that already exists the files
// land inside, but a path that does not exist yet is written once per source, so only the last file
// is left there (moby/buildkit#1853, open). The reference requires the `/` either way.
import { dockerErrors } from '../../../knowledge/dockerErrors';
import type { DockerfileRule } from '../../types';
import { instructionsWith, spanRange } from '../ranges';
import { argumentsOf } from './argumentWords';

export const multipleSourcesWithoutSlash: DockerfileRule = {
  code: 'MultipleSourcesWithoutSlash',
  source: 'coach',
  severity: 'warning',
  title: 'Several sources, destination without `/`',
  why: 'With more than one source, the destination must be a folder, written with a `/` at the end. The classic builder stops the build without it. BuildKit copies into a folder that already exists, but if the path does not exist yet it writes each file onto it in turn, so only the last one is left, as a file.',
  fix: 'End the destination with `/`: `COPY package.json package-lock.json ./` or `COPY a.txt b.txt /dest/`.',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#copy',
  reference: 'buildkit-dockerfile-docs/reference.md#copy',
  rejectedBy: 'moby/moby:daemon/builder/dockerfile/copy.go',
  dockerErrors: ['copyManyToFile'],
  hadolint: ['DL3021'],
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'COPY', 'ADD')) {
      const args = argumentsOf(model, inst);
      // JSON form has no offsets to point at or fix; it is rare enough to leave.
      if (args.json || args.placed.length < 3) continue;
      const dest = args.placed[args.placed.length - 1];
      const text = dest.text.replace(/^(["'])(.*)\1$/, '$2');
      // A variable may end in `/` once expanded; a here-document is not a destination.
      if (/[/\\]$/.test(text) || text.includes('$') || text.startsWith('<<')) continue;
      const keyword = inst.getKeyword();
      const range = spanRange(model, dest.start, dest.end);
      const quoted = dest.text !== text;
      report({
        range,
        message: `With ${args.placed.length - 1} sources, write the destination as \`${text}/\`: the classic builder stops with "When using ${keyword} with more than one source file, the destination must be a directory and end with a /", and BuildKit keeps only the last file if \`${text}\` does not exist yet. ${dockerErrors.copyManyToFile.says}`,
        fixes: [{ title: `Add / after ${text}`, edits: [{ range: spanRange(model, quoted ? dest.end - 1 : dest.end, quoted ? dest.end - 1 : dest.end), newText: '/' }] }],
      });
    }
  },
};
