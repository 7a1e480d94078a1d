// SPDX-License-Identifier: MIT
// InvalidPortMapping: a `ports:` entry that Compose or the engine cannot read: a port above 65535, a
// reversed or mismatched range, a protocol other than tcp/udp/sctp, or a host address that is not an IP.
// Sources: compose-spec/compose-go types/types.go ParsePortConfig → docker/go-connections nat/nat.go
// ParsePortSpec (short syntax); docker/compose pkg/compose/create.go buildContainerPortBindingOptions and
// moby/moby daemon/container.go validatePortBindings (long syntax, and container port 0).
import { isMap, isScalar, type Node } from 'yaml';
import { dockerErrors } from '../../../knowledge/dockerErrors';
import type { ComposeRule } from '../../types';
import { itemsOf, nodeRange, scalarText, services, setting } from '../nodes';
import { isGoIp, portRange, portSpecError } from '../goParsers';

/** Plain advice for each kind of complaint, keyed by the start of Docker's message. */
function advice(problem: string): string {
  if (problem.startsWith('invalid proto')) return dockerErrors.invalidProto.says;
  if (problem.startsWith('invalid containerPort')) return dockerErrors.invalidContainerPort.says;
  if (problem.startsWith('invalid hostPort')) return dockerErrors.invalidHostPort.says;
  if (problem.startsWith('invalid IP')) return 'The part before the host port must be an IP address such as `127.0.0.1` (not a host name); write IPv6 in brackets, like `[::1]`.';
  if (problem.startsWith('invalid ranges')) return 'A host range must be as long as the container range (`8000-8002:3000-3002`), or give one container port.';
  if (problem.startsWith('invalid port specification')) return 'Container port 0 does not exist; give the port your app listens on.';
  return 'Port numbers go from 1 to 65535, and a range is written low to high, like `8000-8010`.';
}

/** The complaint about a long-syntax entry, or undefined. */
function longSyntaxProblem(model: Parameters<ComposeRule['check']>[0]['model'], entry: Node): { node: Node; problem: string } | undefined {
  const field = (k: string): { node: Node; text: string } | undefined => {
    const node = setting(model, entry, k);
    const text = scalarText(node);
    return node && text !== undefined && !text.includes('$') ? { node, text } : undefined;
  };
  const target = field('target');
  if (target && /^[+-]?\d+$/.test(target.text)) {
    const n = Number(target.text);
    if (n > 65535 || n < 0) return { node: target.node, problem: `invalid port '${target.text}': value out of range` };
    if (n === 0) return { node: target.node, problem: `invalid port specification: "0/${(field('protocol')?.text ?? 'tcp').toLowerCase()}"` };
  }
  const published = field('published');
  if (published && published.text !== '' && !portRange(published.text)) return { node: published.node, problem: `invalid port specification: "${published.text}"` };
  const ip = field('host_ip');
  if (ip && ip.text !== '' && !isGoIp(ip.text)) return { node: ip.node, problem: `ParseAddr("${ip.text}"): unable to parse IP` };
  return undefined;
}

export const invalidPortMapping: ComposeRule = {
  code: 'InvalidPortMapping',
  source: 'coach',
  severity: 'error',
  title: 'Port mapping Docker cannot read',
  why: 'A port mapping is `[IP:][HOST:]CONTAINER[/PROTOCOL]`: ports from 1 to 65535, ranges written low to high and of equal length on both sides, protocol `tcp`, `udp` or `sctp`, and an IP address (not a name) in front. Compose refuses the whole file when one entry breaks these rules.',
  fix: 'Write it like `"8080:80"`, `"127.0.0.1:8080:80"`, `"8000-8002:8000-8002"` or `"53:53/udp"`.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#ports',
  reference: 'compose-spec-docs/05-services.md',
  rejectedBy: 'docker/go-connections:nat/nat.go',
  dockerErrors: ['invalidContainerPort', 'invalidHostPort', 'invalidProto'],
  check({ model }, report) {
    for (const svc of services(model)) {
      for (const item of itemsOf(model, setting(model, svc, 'ports'))) {
        let found: { node: Node; problem: string } | undefined;
        if (isScalar(item)) {
          const text = scalarText(item);
          const problem = text === undefined || text.includes('$') || typeof item.value === 'boolean' ? undefined : portSpecError(text);
          if (problem) found = { node: item, problem };
        } else if (isMap(item)) {
          found = longSyntaxProblem(model, item);
        }
        const range = found ? nodeRange(model, found.node) : undefined;
        if (found && range) report({ range, message: `Compose refuses this port mapping ("${found.problem}"). ${advice(found.problem)}` });
      }
    }
  },
};
