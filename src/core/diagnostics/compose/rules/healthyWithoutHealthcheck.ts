// SPDX-License-Identifier: MIT
// HealthyWithoutHealthcheck: `condition: service_healthy` waits for a health status that only a
// healthcheck produces; this file gives the dependency none (its image may still have one).
// Reference: compose-spec-docs/05-services.md ("depends_on", "healthcheck").
import { isMap, isScalar, isSeq } from 'yaml';
import type { ComposeRule } from '../../types';
import { isTrue, nodeRange, scalarText, services, setting } from '../nodes';
import { namesMayComeFromElsewhere } from '../serviceReferences';

export const healthyWithoutHealthcheck: ComposeRule = {
  code: 'HealthyWithoutHealthcheck',
  source: 'coach',
  severity: 'warning',
  title: '`service_healthy` on a service with no healthcheck here',
  why: '`condition: service_healthy` waits until the other service reports "healthy", and only a healthcheck reports that. If neither this file nor the image (a `HEALTHCHECK` in its Dockerfile) defines one, `docker compose up` stops with an error instead of waiting.',
  fix: 'Add a `healthcheck:` to the service you depend on (for example `test: ["CMD", "pg_isready", "-U", "postgres"]`), or use `condition: service_started`.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#depends_on',
  reference: 'compose-spec-docs/05-services.md',
  check({ model, file, paths }, report) {
    // Another file merged with this one may give the dependency its healthcheck.
    if (namesMayComeFromElsewhere(model, file?.path, paths)) return;
    const all = new Map(services(model).map(s => [s.name, s]));
    for (const svc of all.values()) {
      const deps = setting(model, svc, 'depends_on');
      if (!isMap(deps)) continue;
      for (const p of deps.items) {
        const name = scalarText(p.key);
        const cond = setting(model, p.value as never, 'condition');
        if (!name || !isScalar(cond) || cond.value !== 'service_healthy') continue;
        const target = all.get(name);
        // Unknown services are UndefinedService's; `extends` may bring a healthcheck from elsewhere.
        if (!target || setting(model, target, 'extends')) continue;
        const hc = setting(model, target, 'healthcheck');
        const test = setting(model, hc, 'test');
        const disabled = isTrue(setting(model, hc, 'disable')) || (isSeq(test) && scalarText(test.items[0]) === 'NONE');
        if (hc && !disabled) continue;
        const range = nodeRange(model, cond);
        if (range) report({ range, message: disabled
          ? `\`${name}\` switches its healthcheck off, so it never becomes healthy and \`${svc.name}\` cannot start.`
          : `This file gives \`${name}\` no healthcheck, so \`service_healthy\` works only if its image defines one.` });
      }
    }
  },
};
