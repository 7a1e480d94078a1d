// SPDX-License-Identifier: MIT
// DuplicateHostPort: two services publish the same host port; the second fails with "port is already allocated".
// Reference: compose-spec-docs/05-services.md, "ports".
import type { ComposeModel } from '../../../compose/composeDocument';
import type { ComposeRule } from '../../types';
import { itemsOf, nodeRange, scalarText, services, setting } from '../nodes';
import { allInterfaces, portSpan, publishedPorts } from './portMappings';

/** The profiles of each service; services in different profiles may never run together. */
function profilesOf(model: ComposeModel): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const svc of services(model)) out.set(svc.name, itemsOf(model, setting(model, svc, 'profiles')).map(scalarText).filter((s): s is string => !!s));
  return out;
}

export const duplicateHostPort: ComposeRule = {
  code: 'DuplicateHostPort',
  source: 'coach',
  severity: 'warning',
  title: 'Host port published twice',
  why: 'A host port can belong to one container at a time. When two services publish the same one, the second fails to start with "port is already allocated".',
  fix: 'Give one of them another host port (the number before the `:`); the container port after it can stay the same.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#ports',
  reference: 'compose-spec-docs/05-services.md',
  check({ model }, report) {
    const profiles = profilesOf(model);
    const taken = new Map<string, { service: string; ip?: string; line: number }[]>();
    for (const p of publishedPorts(model)) {
      const span = portSpan(p.host);
      if (!span || span[1] - span[0] > 1000) continue;
      const range = nodeRange(model, p.node);
      if (!range) continue;
      let clash: { service: string; line: number } | undefined;
      for (let port = span[0]; port <= span[1] && !clash; port++) {
        for (const other of taken.get(`${port}/${p.protocol}`) ?? []) {
          if (other.service === p.service) continue;
          const sameIp = allInterfaces(other.ip) || allInterfaces(p.hostIp) || other.ip === p.hostIp;
          const a = profiles.get(other.service) ?? [], b = profiles.get(p.service) ?? [];
          const together = !a.length || !b.length || a.some(x => b.includes(x));
          if (sameIp && together) { clash = other; break; }
        }
      }
      if (clash) report({ range, message: `Host port ${p.host} is already published by \`${clash.service}\` on line ${clash.line + 1}; only one of them can start.` });
      for (let port = span[0]; port <= span[1]; port++) {
        const key = `${port}/${p.protocol}`;
        const list = taken.get(key) ?? [];
        list.push({ service: p.service, ip: p.hostIp, line: range.start.line });
        taken.set(key, list);
      }
    }
  },
};
