// SPDX-License-Identifier: MIT
// HostNetworkMode: `network_mode: host` shares the host's network; ports and isolation stop applying.
// Reference: compose-spec-docs/05-services.md, "network_mode" and "ports".
import { isScalar } from 'yaml';
import type { ComposeRule } from '../../types';
import { nodeRange, services, setting } from '../nodes';

export const hostNetworkMode: ComposeRule = {
  code: 'HostNetworkMode',
  source: 'coach',
  severity: 'warning',
  title: 'Container uses the host\'s network',
  why: 'With `network_mode: host` the container uses your machine\'s network directly: every port it opens is open on the host, `ports:` no longer applies, and other services cannot reach it by its service name.',
  fix: 'Leave `network_mode` out and publish only the ports you need with `ports:`.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#network_mode',
  reference: 'compose-spec-docs/05-services.md',
  check({ model }, report) {
    for (const svc of services(model)) {
      const v = setting(model, svc, 'network_mode');
      const range = isScalar(v) && v.value === 'host' ? nodeRange(model, v) : undefined;
      if (range) report({ range, message: `Service \`${svc.name}\` shares the host's network, so every port it opens is open on your machine.` });
    }
  },
};
