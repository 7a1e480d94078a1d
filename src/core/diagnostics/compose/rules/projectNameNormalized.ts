// SPDX-License-Identifier: MIT
// ProjectNameNormalized: a top-level `name:` with capitals or other characters. Current Compose quietly
// rewrites it (lower case, only `a-z 0-9 _ -`, no leading `_`/`-`); Compose before v2.17.2 refused it.
// Either way the containers, networks and volumes are not named as written.
// Source: compose-spec/compose-go loader/loader.go projectName and NormalizeProjectName (the rewrite since
// v1.13.2, commit 057c586); InvalidProjectNameErr for names given with `-p`.
import { mapGet } from '../../../compose/composeDocument';
import type { ComposeRule, Fix } from '../../types';
import { nodeRange, literalString } from '../nodes';

/** compose-go's NormalizeProjectName. */
export function normalizeProjectName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9_-]/g, '').replace(/^[_-]+/, '');
}

export const projectNameNormalized: ComposeRule = {
  code: 'ProjectNameNormalized',
  source: 'coach',
  severity: 'info',
  title: 'Project name that Compose rewrites',
  why: 'A project name may hold only lower-case letters, digits, `-` and `_`, and must start with a letter or digit. Compose v2.17.2 and later quietly change any other `name:` to fit (so `My App` becomes `myapp`, and containers are called `myapp-web-1`); older versions refuse it.',
  fix: 'Write the name as Compose will use it, in lower case with `-` or `_` between words.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/version-and-name/#name-top-level-element',
  reference: 'compose-spec-docs/04-version-and-name.md',
  check({ model }, report) {
    const node = mapGet(model, model.doc.contents, 'name');
    const name = literalString(node);
    if (!name) return;
    const normal = normalizeProjectName(name);
    if (normal === name) return;
    const range = nodeRange(model, node!);
    if (!range) return;
    const fixes: Fix[] | undefined = normal ? [{ title: `Change to ${normal}`, edits: [{ range, newText: normal }] }] : undefined;
    report({
      range,
      message: normal
        ? `Compose uses \`${normal}\` as the project name, not \`${name}\`: names hold only lower-case letters, digits, \`-\` and \`_\`. Compose before v2.17.2 refuses it ("is not a valid project name").`
        : `Nothing of \`${name}\` is left once Compose keeps only lower-case letters, digits, \`-\` and \`_\`, so it names the project after the folder instead.`,
      fixes,
    });
  },
};
