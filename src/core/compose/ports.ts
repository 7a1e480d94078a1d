// SPDX-License-Identifier: MIT
// Port values: the short syntax `[IP:][HOST:]CONTAINER[/PROTOCOL]` and the long syntax fields, said as
// "host port X on interface Y goes to container port Z".
import { isMap, isScalar, type Node } from 'yaml';
import { code, type HoverContent } from '../render';
import { servicesUrl } from '../knowledge/composeKeyDoc';
import { mapGet, type ComposeModel } from './composeDocument';
import { keyContent, scalarText, type ExplainContext } from './content';
import { maskInterpolations } from './interpolation';

/** A parsed short-syntax port mapping. */
export interface PortMapping {
  hostIp?: string;
  host?: string;
  container: string;
  protocol?: string;
}

/** Splits a short-syntax port value; undefined when it is not one. */
export function parsePort(value: string): PortMapping | undefined {
  const { masked, restore } = maskInterpolations(value.trim());
  const m = splitPort(masked);
  if (!m) return undefined;
  const show = (s: string | undefined): string | undefined => (s === undefined ? undefined : restore(s));
  return { hostIp: show(m.hostIp), host: show(m.host), container: restore(m.container), protocol: show(m.protocol) };
}

function splitPort(masked: string): PortMapping | undefined {
  let v = masked;
  let protocol: string | undefined;
  const slash = v.lastIndexOf('/');
  if (slash >= 0) { protocol = v.slice(slash + 1); v = v.slice(0, slash); }
  const lastColon = v.lastIndexOf(':');
  const container = v.slice(lastColon + 1);
  if (!container) return undefined;
  if (lastColon < 0) return { container, protocol };
  const rest = v.slice(0, lastColon);
  const hostColon = rest.lastIndexOf(':');
  const host = rest.slice(hostColon + 1);
  let hostIp = hostColon >= 0 ? rest.slice(0, hostColon) : undefined;
  if (hostIp?.startsWith('[') && hostIp.endsWith(']')) hostIp = hostIp.slice(1, -1);
  return { hostIp, host: host || undefined, container, protocol };
}

const portLike = /^(\d+)(?:-(\d+))?$/;
const hasVariable = (s: string): boolean => s.includes('$');

function span(p: string): [number, number] | undefined {
  const m = portLike.exec(p);
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2] ?? m[1])];
}

function whereOn(ip: string | undefined): string {
  if (!ip || ip === '0.0.0.0') return 'on every network interface of your machine';
  if (ip === '127.0.0.1' || ip === '::1' || ip === 'localhost') return `on ${code(ip)} only (so only this machine can connect)`;
  return `on the interface with address ${code(ip)}`;
}

/** Sentences for one mapping, shared by the short and long syntax. */
export function describeMapping(m: PortMapping): { lines: string[]; warnings: string[] } {
  const lines: string[] = [];
  const warnings: string[] = [];
  const proto = (m.protocol ?? 'tcp').toLowerCase();
  const c = span(m.container);
  const h = m.host ? span(m.host) : undefined;
  const cText = c && c[0] !== c[1] ? `container ports ${c[0]}–${c[1]}` : `container port ${code(m.container)}`;
  if (!m.host) {
    lines.push(`Publishes ${cText} on a random free host port ${whereOn(m.hostIp)}; \`docker compose port <service> ${c ? c[0] : m.container}\` shows which one.`);
  } else if (h && c && h[0] !== h[1] && c[0] === c[1]) {
    lines.push(`Docker picks one free host port between ${h[0]} and ${h[1]} ${whereOn(m.hostIp)} and sends it to ${cText}.`);
  } else if (h && c && (h[0] !== h[1] || c[0] !== c[1])) {
    lines.push(`Host ports ${h[0]}–${h[1]} ${whereOn(m.hostIp)} go one-to-one to container ports ${c[0]}–${c[1]}.`);
    if (h[1] - h[0] !== c[1] - c[0]) warnings.push('The two ranges have different lengths; Compose needs them to match.');
  } else {
    lines.push(`Connections to host port ${code(m.host)} ${whereOn(m.hostIp)} go to ${cText} inside the container.`);
  }
  if (proto === 'udp') lines.push('UDP only: TCP connections to this port are not forwarded.');
  else if (m.protocol && proto !== 'tcp') lines.push(`Protocol ${code(m.protocol)}.`);
  if (m.host && c) lines.push(`Other services in the project skip the host port and connect to this service on port ${c[0]}.`);
  if (!hasVariable(m.container + (m.host ?? '')) && (!c || (m.host && !h))) warnings.push('This does not look like a port number or range.');
  for (const [, hi] of [c, h].filter((x): x is [number, number] => !!x)) {
    if (hi > 65535) warnings.push('Port numbers stop at 65535.');
  }
  return { lines, warnings };
}

/** Hover for one entry of `ports:` in short syntax (a string or a number). */
export function explainPortValue(ctx: ExplainContext): HoverContent | undefined {
  const node = ctx.loc.node;
  const text = scalarText(node);
  if (text === undefined) return undefined;
  const networkMode = scalarText(mapGet(ctx.model, ctx.loc.parents[ctx.loc.parents.length - 2], 'network_mode'));
  return portValueContent(text, isScalar(node) && node.type === 'PLAIN', networkMode);
}

/** One short-syntax `ports:` entry from its text, whether it is written unquoted, and its service's `network_mode`. */
export function portValueContent(text: string, plain: boolean, networkMode: string | undefined): HoverContent | undefined {
  const m = parsePort(text);
  if (!m) return undefined;
  const { lines, warnings } = describeMapping(m);
  warnings.push(...hostNetworkWarningFor(networkMode));
  // YAML 1.1 readers (older tools) take an unquoted 22:22 as a base-60 number.
  if (plain && /^\d+:\d+$/.test(text) && Number(m.container) < 60) {
    warnings.push('Quote this value: older YAML readers turn an unquoted `xx:yy` with numbers under 60 into a base-60 number.');
  }
  return { title: text, tags: ['port mapping'], what: 'A published port: traffic reaching your machine on the host port is forwarded into the container.', inThisLine: lines, watchOut: warnings.length ? warnings : undefined, docsUrl: servicesUrl('ports') };
}

/** Hover for a long-syntax field value (`target`, `published`, `host_ip`...): the whole mapping in words. */
export function explainPortField(ctx: ExplainContext, pattern: string): HoverContent | undefined {
  const entry = ctx.loc.parents[ctx.loc.parents.length - 1];
  if (!isMap(entry)) return undefined;
  const get = (k: string): string | undefined => scalarText(mapGet(ctx.model, entry, k) as Node | undefined);
  const target = get('target');
  const field = pattern.split('/').pop() ?? '';
  const bullets: string[] = [];
  if (target) {
    bullets.push(...describeMapping({ container: target, host: get('published'), hostIp: get('host_ip'), protocol: get('protocol') }).lines);
  } else if (field !== 'target') {
    bullets.push('This entry has no `target`, the container port, which the long syntax requires.');
  }
  return keyContent(pattern, `ports.${field}`, bullets);
}

/** Hover for an `expose:` entry. */
export function explainExposeValue(ctx: ExplainContext): HoverContent | undefined {
  const text = scalarText(ctx.loc.node);
  if (!text) return undefined;
  return keyContent('services/*/expose', text, [`Container port ${code(text)} is declared for other containers only; nothing opens on your machine. Use \`ports\` for that.`]);
}

/**
 * `ports` next to `network_mode: host`: the spec forbids it, but Compose v2 still starts the container and
 * the Engine only warns and drops the mappings. Shared by the `ports` key and value hovers and the
 * `network_mode` hover, so they agree. ref: compose-spec-docs/05-services.md#ports ("must not be used");
 * moby/moby daemon/daemon_unix.go (the warning) and docker/compose pkg/compose/convergence.go (shown as a warning).
 */
export function hostNetworkWarning(model: ComposeModel, service: unknown): string[] {
  return hostNetworkWarningFor(scalarText(mapGet(model, service, 'network_mode')));
}

/** The same, from the service's `network_mode` value (undefined when it has none). */
export function hostNetworkWarningFor(networkMode: string | undefined): string[] {
  if (networkMode !== 'host') return [];
  return [`This service has \`network_mode: host\`, and the Compose spec says port mapping must not be used with it. Compose still starts it, but the mappings are ignored: Docker warns "Published ports are discarded when using host network mode". The app's ports are already open on the machine, so remove \`ports\`.`];
}
