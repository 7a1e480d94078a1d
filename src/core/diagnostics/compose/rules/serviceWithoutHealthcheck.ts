// SPDX-License-Identifier: MIT
// ServiceWithoutHealthcheck (off by default; the security review turns it on): a service with no `healthcheck:`
// (or one switched off) is "running" as long as its process exists, even when it no longer answers. The image may
// bring a HEALTHCHECK of its own; the message says so rather than claiming to know.
// Reference: compose-spec-docs/05-services.md, "healthcheck" (same as the Dockerfile HEALTHCHECK; `disable: true`, `NONE`).
import type { ComposeRule } from '../../types';
import { isTrue, itemsOf, keyRange, scalarText, services, setting, settingAt } from '../nodes';

export const serviceWithoutHealthcheck: ComposeRule = {
  code: 'ServiceWithoutHealthcheck',
  source: 'coach',
  severity: 'info',
  defaultOff: true,
  title: 'Service without a healthcheck',
  why: 'Without a healthcheck, Docker only knows whether the process is alive, not whether it works. Other services cannot wait until it is ready (`condition: service_healthy`), and a hung server looks fine.',
  fix: 'Add a `healthcheck:` with a `test:` that asks the service itself, such as `["CMD", "pg_isready", "-U", "postgres"]` for PostgreSQL.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#healthcheck',
  reference: 'compose-spec-docs/05-services.md',
  check({ model }, report) {
    for (const svc of services(model)) {
      const hc = setting(model, svc, 'healthcheck');
      const test = settingAt(model, hc, ['test']);
      const off = isTrue(settingAt(model, hc, ['disable'])) || scalarText(itemsOf(model, test)[0]) === 'NONE';
      if (hc && !off) continue;
      const range = keyRange(model, svc.pair);
      if (range) report({ range, message: off ? `Service \`${svc.name}\` switches its healthcheck off.` : `Service \`${svc.name}\` has no \`healthcheck:\` here (its image may have one).` });
    }
  },
};
