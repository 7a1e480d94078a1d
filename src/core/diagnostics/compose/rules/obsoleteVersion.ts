// SPDX-License-Identifier: MIT
// ObsoleteVersion: the top-level `version:` is ignored; Compose warns about it on every run.
// Reference: compose-spec-docs/04-version-and-name.md.
import { isMap, isScalar, type Node } from 'yaml';
import type { ComposeRule } from '../../types';
import { nodeRange } from '../nodes';
import { wholeLinesEdit } from '../edits';

export const obsoleteVersion: ComposeRule = {
  code: 'ObsoleteVersion',
  source: 'coach',
  severity: 'warning',
  title: '`version:` is obsolete',
  why: 'Old tutorials start with `version: "3.8"`. Compose today ignores the number: it always reads the file by the latest specification, and prints a warning that the attribute is obsolete.',
  fix: 'Delete the `version:` line. Nothing else changes.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/version-and-name/',
  reference: 'compose-spec-docs/04-version-and-name.md',
  check({ model }, report) {
    const root = model.doc.contents;
    if (!isMap(root)) return;
    for (const pair of root.items) {
      if (!isScalar(pair.key) || pair.key.value !== 'version') continue;
      const range = nodeRange(model, pair.key as Node);
      if (!range) continue;
      const edit = wholeLinesEdit(model, pair.key as Node, pair.value as Node | null);
      report({ range, message: 'The `version` attribute is obsolete: Compose ignores it, so the line can go.', fixes: edit ? [{ title: 'Remove the `version:` line', edits: [edit] }] : undefined });
    }
  },
};
