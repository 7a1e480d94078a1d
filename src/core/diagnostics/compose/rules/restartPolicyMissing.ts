// SPDX-License-Identifier: MIT
// RestartPolicyMissing (off by default; the security review turns it on): without `restart:` (or
// `deploy.restart_policy`) a container that crashes stays down. The fix adds `restart: unless-stopped`
// as the service's first key, at the indentation of its other keys.
// Reference: compose-spec-docs/05-services.md, "restart" (`no` is the default); compose-spec-docs/deploy.md, "restart_policy".
import { isMap } from 'yaml';
import { rangeOf } from '../../../compose/composeDocument';
import type { ComposeModel } from '../../../compose/composeDocument';
import type { ComposeRule, Fix } from '../../types';
import { keyRange, services, settingAt, type ServiceEntry } from '../nodes';

export const restartPolicyMissing: ComposeRule = {
  code: 'RestartPolicyMissing',
  source: 'coach',
  severity: 'info',
  defaultOff: true,
  title: 'Service without a restart policy',
  why: 'Compose does not restart a container unless told to: `no` is the default. A service that crashes, or the machine rebooting, then leaves it down until someone notices.',
  fix: 'Add `restart: unless-stopped` (or `on-failure` for jobs that should stop once they succeed).',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#restart',
  reference: 'compose-spec-docs/05-services.md',
  check({ model }, report) {
    for (const svc of services(model)) {
      if (settingAt(model, svc, ['restart']) || settingAt(model, svc, ['deploy', 'restart_policy'])) continue;
      const range = keyRange(model, svc.pair);
      if (range) report({ range, message: `Service \`${svc.name}\` has no restart policy, so it stays down after a crash.`, fixes: restartFix(model, svc) });
    }
  },
};

/** `restart: unless-stopped` above the service's first key, when the service is a block mapping of its own. */
function restartFix(model: ComposeModel, svc: ServiceEntry): Fix[] | undefined {
  const body = svc.pair.value;
  if (!isMap(body) || body.flow || !body.items.length || body !== svc.body) return undefined;
  const first = body.items[0].key as { range?: [number, number, number] } | null;
  const start = first?.range?.[0];
  if (start === undefined) return undefined;
  const lineStart = model.text.lastIndexOf('\n', start - 1) + 1;
  const indent = model.text.slice(lineStart, start);
  // The first key must begin its own line (not `web: {` or a `- ` item), or the inserted line would break the block.
  if (!/^[ ]+$/.test(indent)) return undefined;
  const at = rangeOf(model, lineStart, lineStart);
  return [{ title: 'Add `restart: unless-stopped`', edits: [{ range: at, newText: `${indent}restart: unless-stopped\n` }] }];
}
