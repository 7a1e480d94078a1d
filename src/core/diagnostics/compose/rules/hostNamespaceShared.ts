// SPDX-License-Identifier: MIT
// HostNamespaceShared: `pid: host`, `ipc: host`, `uts: host`, `userns_mode: host` or `cgroup: host` take away
// one of the walls between the container and the machine.
// Reference: compose-spec-docs/05-services.md, "pid", "ipc", "uts", "userns_mode", "cgroup".
import { isScalar } from 'yaml';
import type { ComposeRule } from '../../types';
import { nodeRange, services, setting } from '../nodes';

/** Each setting that can share a host namespace, and what sharing it lets the container see or do. */
const shared: Record<string, string> = {
  pid: 'see and signal every process on the host',
  ipc: 'reach the host\'s shared memory',
  uts: 'change the host\'s hostname',
  userns_mode: 'leave the user namespace the engine may have set up',
  cgroup: 'see the host\'s control groups',
};

export const hostNamespaceShared: ComposeRule = {
  code: 'HostNamespaceShared',
  source: 'coach',
  severity: 'warning',
  title: 'Container shares a namespace with the host',
  why: 'Namespaces are the walls that keep a container\'s processes, memory and names apart from the host. Setting one of them to `host` removes that wall, so a program that is broken into can see or disturb the rest of the machine.',
  fix: 'Remove the `host` setting unless the service is a tool that must watch the host (a monitoring agent), and then keep that service apart from your app.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#pid',
  reference: 'compose-spec-docs/05-services.md',
  check({ model }, report) {
    for (const svc of services(model)) {
      for (const [key, effect] of Object.entries(shared)) {
        const v = setting(model, svc, key);
        const range = isScalar(v) && v.value === 'host' ? nodeRange(model, v) : undefined;
        if (range) report({ range, message: `Service \`${svc.name}\` sets \`${key}: host\`, so it can ${effect}.` });
      }
    }
  },
};
