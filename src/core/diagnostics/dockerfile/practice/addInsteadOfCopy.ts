// SPDX-License-Identifier: MIT
// AddInsteadOfCopy: for files and folders of the build context, ADD does what COPY does, plus hidden
// extras (it unpacks tar archives, and it fetches URLs and Git repositories). COPY says exactly
// what happens. Left alone: URLs, Git sources, local tar archives (which ADD unpacks on purpose),
// sources written with variables, here-documents, and ADD-only flags (`--checksum`, `--unpack`,
// `--keep-git-dir`) that COPY does not have.
// Reference: buildkit-dockerfile-docs/reference.md, "ADD" (Source, Adding local tar archives) and "COPY".
import type { DockerfileRule } from '../../types';
import { instructionsWith } from './byKeyword';
import { leadingFlags } from '../../../dockerfile/words';
import { keywordRange } from '../ranges';
import { nonFlagWords, placedWords, unquote } from './ranges';

const REMOTE = /^(https?:\/\/|git@|git:\/\/|ssh:\/\/|github\.com\/)|\.git(#.*)?$/i;
const ARCHIVE = /\.(tar|tgz|tbz2?|tb2|txz|tlz|tar\.(gz|bz2|xz|z|lz|lzma|zst))$/i;
const COPY_FLAGS = new Set(['chown', 'chmod', 'link', 'exclude', 'parents', 'platform']);

export const addInsteadOfCopy: DockerfileRule = {
  code: 'AddInsteadOfCopy',
  source: 'coach',
  severity: 'info',
  title: 'ADD where COPY would do',
  why: 'For files and folders of your project, ADD and COPY do the same thing, but ADD has hidden extras: it unpacks tar archives and can download URLs. COPY does only what it says, so readers (and you, later) know exactly what lands in the image.',
  fix: 'Write `COPY` instead of `ADD`. Keep ADD for what only it does: unpacking a local `.tar.gz`, or a download checked with `--checksum`.',
  docsUrl: 'https://docs.docker.com/build/building/best-practices/#add-or-copy',
  reference: 'buildkit-dockerfile-docs/reference.md#add',
  hadolint: ['DL3020'],
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'ADD')) {
      if (leadingFlags(model, inst).some(f => !COPY_FLAGS.has(f.name))) continue;
      const words = nonFlagWords(placedWords(model, inst)).map(w => unquote(w.text.replace(/^\[|,$|\]$/g, '').replace(/,$/, '')));
      const sources = words.slice(0, -1);
      if (!sources.length || sources.some(s => !s || REMOTE.test(s) || ARCHIVE.test(s) || s.includes('$') || s.startsWith('<<'))) continue;
      const range = keywordRange(inst);
      const written = inst.getInstruction();
      report({
        range,
        message: `\`ADD ${sources.join(' ')}\` only copies local files, which is what COPY does without ADD's hidden extras.`,
        fixes: [{ title: 'Change ADD to COPY', edits: [{ range, newText: written === written.toLowerCase() ? 'copy' : 'COPY' }] }],
      });
    }
  },
};
