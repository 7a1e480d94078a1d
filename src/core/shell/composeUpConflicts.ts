// SPDX-License-Identifier: MIT
// `docker compose up` flags that exclude each other. Compose checks them before it reads the compose file and
// stops with the first pair it finds; this mirrors that order, so the hover names the message Compose prints.
// Source: docker/compose v5.5.0 cmd/compose/up.go validateFlags (lines 190-229).
import type { DockerInvocation } from './dockerInvocation';

/** compose up's one-letter flags (up.go:149, :167, :175), by their long names. */
const SHORT: Readonly<Record<string, string>> = { '-d': '--detach', '-V': '--renew-anon-volumes', '-w': '--watch' };

const FOLLOWERS = ['--attach-dependencies', '--abort-on-container-exit', '--abort-on-container-failure', '--attach', '--watch'];

/** The message Compose stops with for this line, with the flags of the line that clash; undefined when none do. */
export function composeUpConflict(inv: DockerInvocation): { message: string; flags: string[] } | undefined {
  if (!inv.compose || inv.command?.key !== 'up') return undefined;
  const given = new Set(inv.flags.map(f => SHORT[f.name] ?? f.name.split('=')[0]));
  const has = (name: string) => given.has(name);
  // up.go:194: --exit-code-from implies --abort-on-container-exit, unless --abort-on-container-failure is given.
  if (has('--exit-code-from') && !has('--abort-on-container-failure')) given.add('--abort-on-container-exit');
  const pair = (a: string, b: string, message: string) => (has(a) && has(b) ? { message, flags: [a, b] } : undefined);
  const wait = has('--wait');
  const waitClash = ['--attach-dependencies', '--abort-on-container-exit', '--attach'].filter(has);
  const detachClash = FOLLOWERS.filter(has);
  return pair('--abort-on-container-failure', '--abort-on-container-exit', '--abort-on-container-failure cannot be combined with --abort-on-container-exit')
    ?? (wait && waitClash.length ? { message: '--wait cannot be combined with --abort-on-container-exit, --attach or --attach-dependencies', flags: ['--wait', ...waitClash] } : undefined)
    ?? pair('--build', '--no-build', '--build and --no-build are incompatible')
    ?? ((wait || has('--detach')) && detachClash.length
      ? { message: `${wait ? '--wait' : '--detach'} cannot be combined with --abort-on-container-exit, --abort-on-container-failure, --attach, --attach-dependencies or --watch`, flags: [wait ? '--wait' : '--detach', ...detachClash] }
      : undefined)
    ?? pair('--renew-anon-volumes', '--no-recreate', '--no-recreate and --renew-anon-volumes are incompatible')
    ?? pair('--force-recreate', '--no-recreate', '--force-recreate and --no-recreate are incompatible')
    ?? pair('--always-recreate-deps', '--no-recreate', '--always-recreate-deps and --no-recreate are incompatible')
    ?? pair('--no-build', '--watch', '--no-build and --watch are incompatible');
}
