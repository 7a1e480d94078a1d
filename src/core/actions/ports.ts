// SPDX-License-Identifier: MIT
// EXPOSE arguments turned into `-p HOST:CONTAINER` pairs for `docker run`.
import type { Instruction } from 'dockerfile-ast';

/** One exposed port or range, as EXPOSE writes it: `8000`, `8000-8010`, `53/udp`. */
export interface ExposedPort { first: number; last: number; protocol: 'tcp' | 'udp' | 'sctp' }

// `<port>[-<port>][/<protocol>]`: the EXPOSE syntax in the Dockerfile reference; the protocol is
// matched in any case (the ExposeProtoCasing check only warns) and written in lowercase.
const portSpec = /^(\d{1,5})(?:-(\d{1,5}))?(?:\/(tcp|udp|sctp))?$/i;

/**
 * Fills in what dockerfile-ast leaves: `${VAR:-default}` when VAR has no value in scope. A value
 * that still holds `$` after that cannot be known before the build, so that port is left out.
 */
function applyDefaults(value: string): string {
  return value.replace(/\$\{[A-Za-z_][A-Za-z0-9_]*:-([^}$]*)\}/g, (_m, fallback: string) => fallback);
}

/** Parses one EXPOSE word; undefined for anything that is not a usable port. */
export function parsePort(word: string): ExposedPort | undefined {
  const m = portSpec.exec(applyDefaults(word.trim()));
  if (!m) return undefined;
  const first = Number(m[1]);
  const last = m[2] === undefined ? first : Number(m[2]);
  if (first < 1 || last > 65535 || last < first) return undefined;
  return { first, last, protocol: (m[3]?.toLowerCase() ?? 'tcp') as ExposedPort['protocol'] };
}

/** The ports the given EXPOSE instructions declare, with ARG and ENV values resolved, without repeats. */
export function exposedPorts(exposes: Instruction[]): ExposedPort[] {
  const ports: ExposedPort[] = [];
  const seen = new Set<string>();
  for (const inst of exposes) {
    for (const arg of inst.getExpandedArguments()) {
      const p = parsePort(arg.getValue());
      if (!p) continue;
      const key = `${p.first}-${p.last}/${p.protocol}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ports.push(p);
    }
  }
  return ports;
}

/** `-p H:C` for each port, publishing it on the same host port: `-p 4567:4567`, `-p 53:53/udp`. */
export function publishArgs(ports: ExposedPort[]): string[] {
  return ports.flatMap((p) => {
    const spec = p.first === p.last ? `${p.first}` : `${p.first}-${p.last}`;
    return ['-p', `${spec}:${spec}${p.protocol === 'tcp' ? '' : `/${p.protocol}`}`];
  });
}
