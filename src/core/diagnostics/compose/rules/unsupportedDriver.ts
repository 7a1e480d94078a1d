// SPDX-License-Identifier: MIT
// UnsupportedDriver: `driver` and `template_driver` on a top-level secret or config belong to Swarm
// (`docker stack deploy`). Docker Compose refuses to start a service that uses such a secret or config.
// Source: docker/compose pkg/compose/create.go ("Docker Compose does not support secrets.*.driver", and the
// same for configs and template_driver).
import type { ComposeRule } from '../../types';
import { keyRange, pairsOf, scalarText } from '../nodes';
import { sectionEntries } from '../../../compose/composeDocument';
import { serviceReferences } from '../serviceReferences';

export const unsupportedDriver: ComposeRule = {
  code: 'UnsupportedDriver',
  source: 'coach',
  severity: 'error',
  title: 'Swarm-only `driver` on a secret or config',
  why: 'Secrets and configs with a `driver` or `template_driver` are made by Swarm\'s plugins. Docker Compose only reads them from a file or a variable, so it refuses to start a service that uses one.',
  fix: 'Remove `driver` (and `template_driver`) and give `file:` or `environment:` instead; or deploy with `docker stack deploy`.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/secrets/',
  reference: 'compose-spec-docs/09-secrets.md',
  rejectedBy: 'docker/compose:pkg/compose/create.go',
  check({ model }, report) {
    const uses = serviceReferences(model);
    for (const section of ['secrets', 'configs'] as const) {
      for (const [name, pair] of sectionEntries(model, section)) {
        // create.go makes the check while it mounts the secret or config into a service: an unused one passes.
        if (!uses.some(u => u.section === section && u.name === name)) continue;
        for (const p of pairsOf(model, pair.value as never)) {
          const key = scalarText(p.key);
          if ((key !== 'driver' && key !== 'template_driver') || !scalarText(p.value)) continue;
          const range = keyRange(model, p);
          if (range) report({ range, message: `Docker Compose cannot use \`${key}\` on ${section === 'secrets' ? 'secret' : 'config'} \`${name}\` ("Docker Compose does not support ${section}.*.${key}"); it is for Swarm.` });
        }
      }
    }
  },
};
