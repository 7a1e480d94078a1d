// SPDX-License-Identifier: MIT
// ConflictingDeployValues: a limit set both on the service (`cpus`, `mem_limit`, `mem_reservation`,
// `pids_limit`, `scale`) and under `deploy:` with another value. Compose compares them and refuses the
// file. A `deploy.resources.limits:` block without that limit counts as 0, so `cpus: 0.5` next to
// `limits: {memory: 512m}` is refused too.
// Source: compose-spec/compose-go loader/validate.go checkConsistency ("can't set distinct values on").
import type { Node } from 'yaml';
import type { ComposeRule } from '../../types';
import { nodeRange, scalarText, services, setting, settingAt, writtenNumber } from '../nodes';

type Kind = 'cpus' | 'bytes' | 'count';

/** Service key, the `deploy` path it must agree with, and how to read both. */
const pairs: readonly { key: string; deploy: readonly string[]; kind: Kind }[] = [
  { key: 'cpus', deploy: ['resources', 'limits', 'cpus'], kind: 'cpus' },
  { key: 'mem_limit', deploy: ['resources', 'limits', 'memory'], kind: 'bytes' },
  { key: 'mem_reservation', deploy: ['resources', 'reservations', 'memory'], kind: 'bytes' },
  { key: 'pids_limit', deploy: ['resources', 'limits', 'pids'], kind: 'count' },
  { key: 'scale', deploy: ['replicas'], kind: 'count' },
];

/** The value as compose-go compares it, 0 when absent, undefined when unknown. */
function valueOf(node: Node | undefined, kind: Kind): number | undefined {
  return node === undefined ? 0 : writtenNumber(node, kind);
}

export const conflictingDeployValues: ComposeRule = {
  code: 'ConflictingDeployValues',
  source: 'coach',
  severity: 'error',
  title: 'Limit set twice with different values',
  why: '`cpus`, `mem_limit`, `mem_reservation`, `pids_limit` and `scale` each have a twin under `deploy:`. When both are written, Compose requires the same value, and a `deploy.resources.limits:` block that leaves the twin out counts as 0. Otherwise it refuses the file ("can\'t set distinct values").',
  fix: 'Write each limit in one place: either on the service or under `deploy.resources`, not both.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/deploy/#resources',
  reference: 'compose-spec-docs/deploy.md',
  rejectedBy: 'compose-spec/compose-go:loader/validate.go',
  check({ model }, report) {
    for (const svc of services(model)) {
      const deploy = setting(model, svc, 'deploy');
      if (!deploy) continue;
      for (const { key, deploy: where, kind } of pairs) {
        const own = setting(model, svc, key);
        const mine = valueOf(own, kind);
        // compose-go compares only when the service value is set (non-zero) and the deploy block holding the twin exists.
        if (!own || !mine || (where.length > 1 && !settingAt(model, deploy, where.slice(0, -1)))) continue;
        const twinNode = settingAt(model, deploy, where);
        if (key === 'scale' && !twinNode) continue;
        const twin = valueOf(twinNode, kind);
        const range = twin !== undefined && twin !== mine ? nodeRange(model, own) : undefined;
        if (!range) continue;
        const path = `deploy.${where.join('.')}`;
        report({ range, message: `\`${key}\` says ${scalarText(own)} but \`${path}\` says ${twinNode ? scalarText(twinNode) : 'nothing (0)'}; Compose refuses the file ("services.${svc.name}: can't set distinct values on '${key}' and '${path}'").` });
      }
    }
  },
};
