// SPDX-License-Identifier: MIT
// PortsWithHostNetwork: with `network_mode: host` the container already uses the host's ports, so the
// engine drops every `ports:` mapping. Compose v2 and the engine only warn about it, so this is a warning.
// Source: moby/moby daemon/daemon_unix.go verifyPlatformContainerSettings
// ("Published ports are discarded when using host network mode"), shown by docker/compose
// pkg/compose/convergence.go as a warning event.
import type { ComposeRule } from '../../types';
import { keyRange, pairsOf, scalarText, services, setting } from '../nodes';

export const portsWithHostNetwork: ComposeRule = {
  code: 'PortsWithHostNetwork',
  source: 'coach',
  severity: 'warning',
  title: '`ports` on a service that uses the host\'s network',
  why: 'With `network_mode: host` the app listens directly on your machine\'s ports, so there is nothing to publish: Docker ignores every `ports:` mapping and only warns "Published ports are discarded when using host network mode". A mapping like `8080:80` does not move the app to port 8080.',
  fix: 'Remove `ports:` (the app is reachable on the port it listens on), or remove `network_mode: host` to keep the mappings.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#ports',
  reference: 'compose-spec-docs/05-services.md',
  check({ model }, report) {
    for (const svc of services(model)) {
      if (scalarText(setting(model, svc, 'network_mode')) !== 'host') continue;
      const pair = pairsOf(model, svc.body).find(p => scalarText(p.key) === 'ports');
      const range = pair ? keyRange(model, pair) : undefined;
      if (range) report({ range, message: `\`${svc.name}\` uses the host's network, so Docker discards these port mappings ("Published ports are discarded when using host network mode").` });
    }
  },
};
