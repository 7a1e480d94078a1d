// SPDX-License-Identifier: MIT
// `-p 4567` (a container port with no host port) works, but Docker publishes it on a host port of its own
// choosing, so http://localhost:4567 answers nothing. After a `docker run -d` with such a flag succeeded, the
// adapter asks `docker port <id>` once; this module decides whether to ask (argv built here, never a shell
// string) and words the answer.
import { code } from '../render';
import { afterStartLook } from './afterStart';
import { commandContext } from './commandContext';
import type { FailureInput } from './types';

/** What to ask and which `-p` values it is about. */
export interface RandomPortLook {
  /** `docker port <id>`, with the same engine options as the command. */
  argv: string[];
  cwd: string;
  /** The `-p` values that named only a container port, as written: `4567`, `8080/udp`. */
  published: string[];
  /** True when the command had `-P` (every EXPOSEd port on a random host port). */
  publishAll: boolean;
}

/** One line of `docker port`: `4567/tcp -> 0.0.0.0:32768` (docker/cli container/port.go). */
const portLine = /^(\d+)\/(\w+) -> (\S+):(\d+)$/;

/** A `-p` value with no host part: a port or a range, with an optional protocol. */
const containerOnly = /^\d+(?:-\d+)?(?:\/\w+)?$/;

/**
 * Whether to ask which host ports a command got: only for a `docker run -d` that exited 0 and published a
 * container port without a host port (or used `-P`). Undefined for everything else; never throws.
 */
export function randomPortLook(input: FailureInput): RandomPortLook | undefined {
  const planned = afterStartLook(input);
  if (!planned || planned.kind !== 'run' || planned.argv[planned.argv.length - 2] !== 'inspect') return undefined;
  const flags = commandContext(input).inv?.flags ?? [];
  const published = flags.filter((f) => (f.name === '-p' || f.name === '--publish') && f.value !== undefined && containerOnly.test(f.value)).map((f) => f.value!);
  const publishAll = flags.some((f) => f.name === '-P' || f.name === '--publish-all');
  if (!published.length && !publishAll) return undefined;
  const argv = [...planned.argv.slice(0, -2), 'port', planned.argv[planned.argv.length - 1]];
  return { argv, cwd: planned.cwd, published, publishAll };
}

/**
 * One sentence per container port from what `docker port` printed, with the URL to open; undefined when it
 * printed nothing usable (the container already stopped, or an older format).
 */
export function describeRandomPorts(look: RandomPortLook, stdout: string): string | undefined {
  const seen = new Map<string, string>();
  for (const line of String(stdout ?? '').split('\n')) {
    const m = portLine.exec(line.trim());
    // IPv4 and IPv6 lines name the same host port; one is enough.
    if (m && !seen.has(`${m[1]}/${m[2]}`)) seen.set(`${m[1]}/${m[2]}`, m[4]);
  }
  if (!seen.size) return undefined;
  // The URL comes first: a notification too long for its width is cut at the end, and the address is what
  // the learner came for.
  const parts = [...seen].map(([container, host]) => container.endsWith('/tcp')
    ? `http://localhost:${host} reaches container port ${container.replace(/\/tcp$/, '')}`
    : `host port ${host} reaches container port ${container}`);
  const example = look.published[0]?.replace(/\/.*$/, '') ?? [...seen.keys()][0].replace(/\/.*$/, '');
  const flag = look.published.length ? code(`-p ${look.published[0]}`) : code('-P');
  const several = seen.size > 1;
  return `${parts.join('; ')}: ${flag} let Docker pick the host port${several ? 's' : ''}. To choose ${several ? 'them' : 'it'}, write ${code(`-p ${example}:${example}`)} (host:container).`;
}
