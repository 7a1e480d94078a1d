// SPDX-License-Identifier: MIT
// IncludeItself: an `include:` entry that names this very file loops: Compose would load it again and again,
// so it stops with "include cycle detected". (A circle through other files needs their text, which the editor
// does not read; the terminal explains it as ComposeIncludeCycle.)
// Source: compose-spec/compose-go loader/include.go ApplyInclude
// ("include cycle detected:\n%s\n include %s").
import type { ComposeRule } from '../../types';
import { nodeRange } from '../nodes';
import { pathUses } from '../referencedPaths';

export const includeItself: ComposeRule = {
  code: 'IncludeItself',
  source: 'coach',
  severity: 'error',
  title: '`include` of the file itself',
  why: '`include:` loads other compose files into this one. Naming this same file makes Compose load it inside itself without end, so it stops with "include cycle detected".',
  fix: 'Remove the entry, or point it at the other compose file you meant.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/include/',
  reference: 'compose-spec-docs/14-include.md',
  rejectedBy: 'compose-spec/compose-go:loader/include.go',
  check({ model, file }, report) {
    if (!file) return;
    for (const use of pathUses(model, file)) {
      if (use.what !== 'included file' || use.absolute !== file.path) continue;
      const range = nodeRange(model, use.node);
      if (range) report({ range, message: `\`${use.written}\` is this file, so Compose would include it in itself; it stops with "include cycle detected: ${file.path} include ${file.path}".` });
    }
  },
};
