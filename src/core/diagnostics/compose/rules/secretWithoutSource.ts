// SPDX-License-Identifier: MIT
// SecretWithoutSource: a top-level secret must say where its value comes from, a `file` or an
// `environment` variable, unless it is `external` (made outside Compose).
// Source: compose-spec/compose-go loader/validate.go checkConsistency
// ("secret %q must declare either `file` or `environment`").
import { isScalar, type Node } from 'yaml';
import { sectionEntries } from '../../../compose/composeDocument';
import type { ComposeRule } from '../../types';
import { keyRange, scalarText, setting } from '../nodes';
import { namesMayComeFromElsewhere } from '../serviceReferences';

export const secretWithoutSource: ComposeRule = {
  code: 'SecretWithoutSource',
  source: 'coach',
  severity: 'error',
  title: 'Secret with neither `file` nor `environment`',
  why: 'A secret declared under the top-level `secrets:` needs its value from somewhere: `file:` (a file next to the compose file) or `environment:` (a variable of the shell running Compose). With neither, and not `external: true`, Compose refuses the file.',
  fix: 'Add `file: ./db_password.txt` (keep that file out of git) or `environment: DB_PASSWORD`.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/secrets/',
  reference: 'compose-spec-docs/09-secrets.md',
  rejectedBy: 'compose-spec/compose-go:loader/validate.go',
  check({ model, file, paths }, report) {
    // An override file may add only labels to a secret whose `file:` is in the main file.
    if (namesMayComeFromElsewhere(model, file?.path, paths)) return;
    for (const [name, pair] of sectionEntries(model, 'secrets')) {
      const body = pair.value as Node | null;
      const external = setting(model, body ?? undefined, 'external');
      if (external && !(isScalar(external) && (external.value === false || external.value === 'false'))) continue;
      const given = ['file', 'environment'].some(k => scalarText(setting(model, body ?? undefined, k)));
      const range = given ? undefined : keyRange(model, pair);
      if (range) report({ range, message: `Secret \`${name}\` says neither where its file is nor which variable holds it; Compose refuses the file ("secret "${name}" must declare either \`file\` or \`environment\`").` });
    }
  },
};
