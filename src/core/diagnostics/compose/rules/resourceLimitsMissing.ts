// SPDX-License-Identifier: MIT
// ResourceLimitsMissing (off by default; the security review turns it on): a service with no limit on memory,
// CPUs or processes can take all the machine has. Either the service key or `deploy.resources.limits` counts.
// Reference: compose-spec-docs/05-services.md, "mem_limit", "cpus", "pids_limit"; compose-spec-docs/deploy.md, "resources".
import type { Node } from 'yaml';
import type { ComposeModel } from '../../../compose/composeDocument';
import type { ComposeRule } from '../../types';
import { keyRange, services, settingAt, type ServiceEntry } from '../nodes';

const limits: readonly [string, string, string][] = [
  // what, the service key, the key under deploy.resources.limits
  ['memory', 'mem_limit', 'memory'],
  ['CPUs', 'cpus', 'cpus'],
  ['processes', 'pids_limit', 'pids'],
];

/** The resources a service sets no limit on. */
export function unlimitedResources(model: ComposeModel, svc: ServiceEntry | Node): string[] {
  return limits.filter(([, key, deployKey]) => !settingAt(model, svc, [key]) && !settingAt(model, svc, ['deploy', 'resources', 'limits', deployKey]))
    .map(([what]) => what);
}

export const resourceLimitsMissing: ComposeRule = {
  code: 'ResourceLimitsMissing',
  source: 'coach',
  severity: 'info',
  defaultOff: true,
  title: 'Service without resource limits',
  why: 'Without limits, one container can use all the memory, CPU time or process slots of the machine: a leak, a loop or an attack in one service then slows or stops every other one.',
  fix: 'Set limits that fit the service, such as `mem_limit: 512m`, `cpus: 0.5` and `pids_limit: 200` (or the same under `deploy.resources.limits`).',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#mem_limit',
  reference: 'compose-spec-docs/05-services.md',
  check({ model }, report) {
    for (const svc of services(model)) {
      const missing = unlimitedResources(model, svc);
      const range = missing.length ? keyRange(model, svc.pair) : undefined;
      if (range) report({ range, message: `Service \`${svc.name}\` has no limit on ${missing.join(', ')}.` });
    }
  },
};
