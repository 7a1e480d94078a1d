// SPDX-License-Identifier: MIT
// Values on a docker command line that the CLI or the engine will refuse, found before the line runs. Each
// check predicts Docker's own error message (the wording of docker/cli, go-connections, go-units, Go's
// time package and moby, as quoted in knowledge/dockerErrors.ts), and the plain sentence comes from the
// same dockerErrors entry the terminal coach uses when that message shows up, so the warning before and the
// explanation after say the same thing.
import { dockerErrors } from '../knowledge/dockerErrors';
import { parseGoDuration } from '../diagnostics/compose/goParsers';
import { untagged } from '../imageTag';
import { code } from '../render';
import type { DockerInvocation, FlagUse } from './dockerInvocation';

/** One refused value: the flag (when one flag is to blame), Docker's message, and what it means. */
export interface ValueProblem {
  flag?: FlagUse;
  /** The message Docker prints for it. */
  error: string;
  /** What that means, from dockerErrors (or, where the catalogue has no entry, our own sentence). */
  says: string;
}

/** The first dockerErrors sentence whose wording matches `error`. */
function saysFor(error: string, fallback: string): string {
  for (const e of Object.values(dockerErrors)) if (e.patterns.some(p => new RegExp(p.source, p.flags).test(error))) return e.says;
  return fallback;
}

function problem(error: string, fallback: string, flag?: FlagUse): ValueProblem {
  return { flag, error, says: saysFor(error, fallback) };
}

/** Names as pflag quotes them: `-m, --memory`, or `--cpus`. */
function pflagName(f: FlagUse): string {
  const names = f.doc?.names ?? [f.name];
  const short = names.find(n => /^-\w$/.test(n));
  const long = names.find(n => n.startsWith('--')) ?? f.name;
  return short ? `${short}, ${long}` : long;
}

// docker/go-units size.go: a number, then an optional unit letter, optional `i`, optional `b`.
const SIZE = /^\d+(\.\d+)*\s?([kKmMgGtTpP])?[iI]?[bB]?$/;
const RESTART = new Set(['no', 'always', 'on-failure', 'unless-stopped']);
const hasShellValue = (v: string) => /[$`]/.test(v);

/** The refused values of one flag's value, by the kind of value it takes. */
export function flagValueProblems(f: FlagUse): ValueProblem[] {
  const value = f.value;
  const doc = f.doc;
  if (!doc?.value || value === undefined || value === '' || hasShellValue(value)) return [];
  const invalidArg = (tail: string) => `invalid argument "${value}" for "${pflagName(f)}" flag: ${tail}`;
  if (doc.type === 'bytes' || doc.value.kind === 'bytes') {
    if (!SIZE.test(value)) return [problem(invalidArg(`invalid size: '${value}'`), 'A size needs a number and a unit.', f)];
    // moby daemon_unix.go: a hard memory limit under 6 MB. A bare number is bytes.
    if (doc.names.includes('--memory') && /^\d+$/.test(value) && Number(value) < 6 * 1024 * 1024 && value !== '0') {
      return [problem('Minimum memory limit allowed is 6MB', 'A memory limit under 6 MB is refused.', f)];
    }
  }
  if ((doc.type === 'decimal' || doc.value.kind === 'cpus') && !/^(?:\d+(?:\.\d+)?|\.\d+)$/.test(value)) {
    return [problem(`invalid argument "${value}" for "${pflagName(f)}" flag: failed to parse ${value} as a rational number`, 'A CPU limit is a number of CPUs.', f)];
  }
  if (doc.type === 'duration' || doc.value.kind === 'duration') {
    // The CLI reads these flags with Go's time.ParseDuration, so its own words come back.
    const parsed = parseGoDuration(value, 'go');
    if ('error' in parsed) return [problem(invalidArg(parsed.error), dockerErrors.invalidDuration.says, f)];
  }
  if (doc.value.kind === 'restart') return restartProblems(f, value);
  if (doc.value.kind === 'publish') return publishProblems(f, value);
  if (doc.value.kind === 'volume') return volumeProblems(f, value);
  if (doc.value.kind === 'imageTag') return imageNameProblems(value, f);
  return [];
}

// docker/cli opts/parse.go ParseRestartPolicy, then moby's check of the policy name.
function restartProblems(f: FlagUse, value: string): ValueProblem[] {
  const [name, count, ...more] = value.split(':');
  if (value.startsWith(':')) return [problem('invalid restart policy format: no policy provided before colon', 'A restart policy needs its name before the `:`.', f)];
  if (count !== undefined && (more.length || !/^-?\d+$/.test(count))) {
    return [problem('invalid restart policy format: maximum retry count must be an integer', 'The count after `on-failure:` must be a whole number, such as `on-failure:3`.', f)];
  }
  if (!RESTART.has(name)) return [problem(`invalid restart policy: unknown policy '${name}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`, 'Not a restart policy.', f)];
  if (count !== undefined && name !== 'on-failure') return [problem('invalid restart policy: maximum retry count can only be used with \'on-failure\'', 'Only `on-failure` takes a count.', f)];
  return [];
}

// docker/go-connections nat.ParsePortSpec: each port 1 to 65535, ranges allowed.
function publishProblems(f: FlagUse, value: string): ValueProblem[] {
  const ports = value.replace(/\/\w+$/, '');
  const parts = ports.startsWith('[') ? [ports.slice(ports.indexOf(']') + 2)] : ports.split(':');
  const container = parts[parts.length - 1];
  const host = parts.length > 1 ? parts[parts.length - 2] : '';
  const bad = (p: string) => !/^\d+(-\d+)?$/.test(p) || p.split('-').some(n => Number(n) > 65535);
  if (container && bad(container)) return [problem(`invalid containerPort: ${container}`, 'The container port must be 1 to 65535.', f)];
  if (host && bad(host)) return [problem(`invalid hostPort: ${host}`, 'The host port must be 1 to 65535.', f)];
  const proto = /\/(\w+)$/.exec(value)?.[1];
  if (proto && !['tcp', 'udp', 'sctp'].includes(proto.toLowerCase())) return [problem(`invalid proto: ${proto}`, 'The protocol is tcp, udp or sctp.', f)];
  return [];
}

// moby volume/local: a `-v` source without `/`, `.` or `~` is a volume name, and `/` is not allowed in one.
function volumeProblems(f: FlagUse, value: string): ValueProblem[] {
  const parts = value.split(':');
  if (parts.length < 2 || /^[A-Za-z]$/.test(parts[0])) return [];
  const source = parts[0];
  if (/^[/.~\\]/.test(source) || /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(source)) return [];
  return [problem(`"${source}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`, 'Not a volume name.', f)];
}

// distribution/reference: repository names are lowercase.
export function imageNameProblems(value: string, flag?: FlagUse): ValueProblem[] {
  if (hasShellValue(value)) return [];
  const repo = untagged(value.replace(/@.*$/, ''));
  if (!/[A-Z]/.test(repo.replace(/^[^/]*[.:][^/]*\//, ''))) return [];
  return [{ flag, error: `invalid reference format: repository name (${repo}) must be lowercase`, says: 'Image names may only use lowercase letters, digits and `.`, `_`, `-`, with `/` between parts.' }];
}

/** Every refused value and refused pair of flags on the line. */
export function valueProblems(inv: DockerInvocation): ValueProblem[] {
  const out = inv.flags.flatMap(flagValueProblems);
  const has = (name: string) => inv.flags.find(f => f.doc?.names.includes(name));
  const key = inv.command?.key;
  if (!inv.compose && (key === 'run' || key === 'create')) {
    const rm = has('--rm');
    const restart = has('--restart');
    if (rm && restart && restart.value !== 'no') out.push(problem('conflicting options: cannot specify both --restart and --rm', '', restart));
    if (key === 'run' && has('--attach') && has('--detach')) out.push(problem('conflicting options: cannot specify both --attach and --detach', '', has('--attach')));
  }
  const image = inv.args.find(a => a.doc.isImage)?.word.value;
  if (image) out.push(...imageNameProblems(image));
  return out;
}

/** One watch-out sentence for a problem: what Docker will say, and what it means. */
export function describeProblem(p: ValueProblem): string {
  return `Docker refuses this: ${code(p.error)}. ${p.says}`;
}
