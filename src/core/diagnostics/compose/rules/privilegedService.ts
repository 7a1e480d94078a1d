// SPDX-License-Identifier: MIT
// PrivilegedService: `privileged: true` gives the container nearly every power of the host.
// Reference: compose-spec-docs/05-services.md, "privileged".
import type { ComposeRule } from '../../types';
import { isTrue, nodeRange, services, setting } from '../nodes';

export const privilegedService: ComposeRule = {
  code: 'PrivilegedService',
  source: 'coach',
  severity: 'warning',
  title: 'Privileged container',
  why: 'A privileged container can see the host\'s devices and switch off most of the walls between itself and the host. A bug or an attacker inside it is then close to being root on your machine.',
  fix: 'Remove `privileged: true`. If one feature needs it, grant only that: `cap_add:` for a capability, `devices:` for a device.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#privileged',
  reference: 'compose-spec-docs/05-services.md',
  check({ model }, report) {
    for (const svc of services(model)) {
      const v = setting(model, svc, 'privileged');
      const range = v && isTrue(v) ? nodeRange(model, v) : undefined;
      if (range) report({ range, message: `Service \`${svc.name}\` runs privileged, with almost full access to the host.` });
    }
  },
};
