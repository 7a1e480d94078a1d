// SPDX-License-Identifier: MIT
// CopyIgnoredFile: COPY or ADD of a path that .dockerignore leaves out of the build context.
// Reference: buildkit-dockerfile-docs/rules-copy-ignored-file.md
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileModel } from '../../../dockerfile/model';
import { leadingFlags } from '../../../dockerfile/words';
import type { DockerfileRule } from '../../types';
import { isIgnored, parseDockerignore, type IgnorePattern } from '../dockerignore';
import { argumentTokens, instructionsWith, spanRange, type Token } from '../ranges';
import { unquoted } from './fromParts';

export const copyIgnoredFile: DockerfileRule = {
  code: 'CopyIgnoredFile',
  source: 'buildkit',
  severity: 'warning',
  title: 'Copying a file that .dockerignore leaves out',
  why: 'Files that match `.dockerignore` are never sent to the builder, so `COPY` and `ADD` cannot see them: the build fails with "not found", or a wildcard silently copies less than you expect.',
  fix: 'Remove the matching line from `.dockerignore` (or add a `!path` exception after it), or stop copying that path.',
  docsUrl: 'https://docs.docker.com/reference/build-checks/copy-ignored-file/',
  reference: 'buildkit-dockerfile-docs/rules-copy-ignored-file.md',
  check({ model, dockerignore }, report) {
    if (dockerignore === undefined) return;
    const patterns = parseDockerignore(dockerignore);
    if (!patterns.length) return;
    const exceptions = patterns.filter(p => p.exception);
    for (const inst of instructionsWith(model, 'COPY', 'ADD')) {
      const keyword = inst.getKeyword();
      const flags = leadingFlags(model, inst);
      // `--from` copies from a stage, an image or a named context, not from the build folder.
      if (flags.some(f => f.name === 'from')) continue;
      for (const { token, path } of sourcesOf(model, inst, flags.length)) {
        if (!isIgnoredSource(patterns, exceptions, path)) continue;
        report({
          range: spanRange(model, token.start, token.end),
          message: `Attempting to ${keyword === 'ADD' ? 'Add' : 'Copy'} file "${path}" that is excluded by .dockerignore`,
        });
      }
    }
  },
};

/** The local sources of a COPY/ADD: not the destination, URLs, Git addresses, heredocs or words with variables. */
function sourcesOf(model: DockerfileModel, inst: Instruction, flagCount: number): { token: Token; path: string }[] {
  const tokens = argumentTokens(model, inst).slice(flagCount);
  let words: { token: Token; path: string }[];
  const first = tokens[0]?.text ?? '';
  if (first.startsWith('[')) {
    // JSON form: one token range for the whole array, since the words are inside it.
    const all = { text: tokens.map(t => t.text).join(' '), start: tokens[0].start, end: tokens[tokens.length - 1].end };
    try {
      const parsed: unknown = JSON.parse(all.text);
      if (!Array.isArray(parsed) || !parsed.every(p => typeof p === 'string')) return [];
      words = (parsed as string[]).map(p => ({ token: all, path: p }));
    } catch {
      return [];
    }
  } else {
    words = tokens.map(t => ({ token: t, path: unquoted(t.text) }));
  }
  return words.slice(0, -1).filter(w => !/\$|:\/\/|^git@|^<</.test(w.path));
}

/**
 * Ignored by the last matching pattern, with one care BuildKit takes by not checking at all: when an
 * exception could bring back something inside a folder source (`!dir/keep`), the folder is not reported.
 * The context root (`.`) counts only when a pattern leaves out everything (`*`, `**`, `**\/*`).
 */
function isIgnoredSource(patterns: readonly IgnorePattern[], exceptions: readonly IgnorePattern[], raw: string): boolean {
  const path = raw.replace(/^\.\/+/, '').replace(/\/+$/, '') || '.';
  if (path === '.' || path === '/') return patterns.some(p => !p.exception && ['*', '**', '**/*'].includes(p.text));
  if (!isIgnored(patterns, path)) return false;
  return !exceptions.some(e => mayReachInside(e, path.replace(/^\/+/, '')));
}

/** True when exception `e` could match something inside folder `path` (`!dir/keep` for `dir`; any `**`). */
function mayReachInside(e: IgnorePattern, path: string): boolean {
  if (e.text.includes('**')) return true;
  const parts = e.text.split('/');
  const depth = path.split('/').length;
  if (parts.length <= depth) return false;
  return parseDockerignore(parts.slice(0, depth).join('/'))[0]?.matcher.test(path) ?? true;
}
