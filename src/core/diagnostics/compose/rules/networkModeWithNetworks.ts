// SPDX-License-Identifier: MIT
// NetworkModeWithNetworks: `network_mode` and `networks` both say how a service is networked; Compose
// refuses a service that sets both.
// Source: compose-spec/compose-go loader/validate.go checkConsistency
// ("declares mutually exclusive `network_mode` and `networks`").
import { isMap, isSeq } from 'yaml';
import { dockerErrors } from '../../../knowledge/dockerErrors';
import type { ComposeRule } from '../../types';
import { keyRange, nodeRange, pairsOf, scalarText, services, setting } from '../nodes';

export const networkModeWithNetworks: ComposeRule = {
  code: 'NetworkModeWithNetworks',
  source: 'coach',
  severity: 'error',
  title: '`network_mode` together with `networks`',
  why: '`network_mode` replaces the service\'s networking as a whole (the host\'s network, none, or another container\'s), while `networks` joins Compose networks. They cannot both apply, so Compose refuses the file ("declares mutually exclusive `network_mode` and `networks`").',
  fix: 'Keep one: remove `network_mode` to join the listed networks, or remove `networks`.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#network_mode',
  reference: 'compose-spec-docs/05-services.md',
  rejectedBy: 'compose-spec/compose-go:loader/validate.go',
  dockerErrors: ['networkModeAndNetworks'],
  check({ model }, report) {
    for (const svc of services(model)) {
      const mode = setting(model, svc, 'network_mode');
      const networks = setting(model, svc, 'networks');
      const text = scalarText(mode);
      // validate.go checks len(s.Networks) > 0, so an empty `networks:` does not count.
      const hasNetworks = (isMap(networks) || isSeq(networks)) && networks.items.length > 0;
      if (!mode || !text || text.includes('$') || !hasNetworks) continue;
      const pair = pairsOf(model, svc.body).find(p => scalarText(p.key) === 'network_mode');
      const range = pair ? keyRange(model, pair) : nodeRange(model, mode);
      if (range) report({ range, message: `Service \`${svc.name}\` sets both \`network_mode: ${text}\` and \`networks\`; Compose refuses it ("service ${svc.name} declares mutually exclusive \`network_mode\` and \`networks\`"). ${dockerErrors.networkModeAndNetworks.says}` });
    }
  },
};
