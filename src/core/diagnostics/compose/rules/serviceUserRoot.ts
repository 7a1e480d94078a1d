// SPDX-License-Identifier: MIT
// ServiceUserRoot: `user: root` (or `0`, `0:0`) in a compose file puts root back, whatever USER the image set.
// Reference: compose-spec-docs/05-services.md, "user" (overrides the image's USER; root when neither sets one).
import type { ComposeRule } from '../../types';
import { nodeRange, scalarText, services, setting } from '../nodes';

export const serviceUserRoot: ComposeRule = {
  code: 'ServiceUserRoot',
  source: 'coach',
  severity: 'warning',
  title: 'Service runs as root',
  why: '`user:` in the compose file wins over the image\'s `USER`. Setting it to root undoes the ordinary user the image may have chosen, so whoever breaks into the program gets root rights in the container.',
  fix: 'Remove `user: root`, or name an ordinary user or id, such as `user: "1000:1000"`.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#user',
  reference: 'compose-spec-docs/05-services.md',
  check({ model }, report) {
    for (const svc of services(model)) {
      const node = setting(model, svc, 'user');
      const value = scalarText(node)?.trim();
      const range = node && value !== undefined && /^(root|0)(:\S*)?$/.test(value) ? nodeRange(model, node) : undefined;
      if (range) report({ range, message: `Service \`${svc.name}\` sets \`user: ${value}\`, so its program runs as root.` });
    }
  },
};
