// SPDX-License-Identifier: MIT
// The published ports of every service, short and long syntax, for the port rules.
import { isMap, isScalar, type Node } from 'yaml';
import type { ComposeModel } from '../../../compose/composeDocument';
import { parsePort } from '../../../compose/ports';
import { itemsOf, scalarText, services, setting } from '../nodes';

/** One `ports:` entry as the rules need it. */
export interface Published {
  service: string;
  /** The entry: a scalar for the short syntax, a mapping for the long one. */
  node: Node;
  hostIp?: string;
  /** Host port or range as written (`8080`, `8000-8010`); undefined when Docker picks one. */
  host?: string;
  container: string;
  protocol: string;
}

/** Every `ports:` entry of every service; values with `${...}` are left out, they are only known at run time. */
export function publishedPorts(model: ComposeModel): Published[] {
  const out: Published[] = [];
  for (const svc of services(model)) {
    for (const item of itemsOf(model, setting(model, svc, 'ports'))) {
      if (isScalar(item)) {
        const text = scalarText(item);
        const m = text && !text.includes('$') ? parsePort(text) : undefined;
        if (m) out.push({ service: svc.name, node: item, hostIp: m.hostIp, host: m.host, container: m.container, protocol: (m.protocol ?? 'tcp').toLowerCase() });
      } else if (isMap(item)) {
        const target = scalarText(setting(model, item, 'target'));
        const published = scalarText(setting(model, item, 'published'));
        const hostIp = scalarText(setting(model, item, 'host_ip'));
        if (!target || [target, published, hostIp].some(v => v?.includes('$'))) continue;
        out.push({ service: svc.name, node: item, hostIp, host: published, container: target, protocol: (scalarText(setting(model, item, 'protocol')) ?? 'tcp').toLowerCase() });
      }
    }
  }
  return out;
}

/** True when the IP means "every interface of the host". */
export function allInterfaces(ip: string | undefined): boolean {
  return !ip || ip === '0.0.0.0' || ip === '::' || ip === '[::]';
}

/** `8000-8002` as [8000, 8002]; a single port as [p, p]; undefined when it is not a port number. */
export function portSpan(p: string | undefined): [number, number] | undefined {
  const m = p ? /^(\d+)(?:-(\d+))?$/.exec(p.trim()) : null;
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2] ?? m[1])];
}
