// SPDX-License-Identifier: MIT
// "In this line" for a flag's value: what `-p 8080:80`, `-v ./src:/app` or `--restart always` do here.
import type { FlagValueKind } from '../knowledge/dockerCliFlags';
import { code } from '../render';
import { isHostPath } from '../hostPath';

/** The facts about one flag value, one bullet each; empty when there is nothing specific to say. */
export function describeFlagValue(kind: FlagValueKind, value: string): string[] {
  if (!value) return [];
  const facts = describe(kind, value);
  if (/\$\{?[A-Za-z_]|\$\(|`/.test(value)) facts.push(`${code(value)} holds shell variables or commands, so the shell fills them in before docker sees the value.`);
  return facts;
}

function describe(kind: FlagValueKind, value: string): string[] {
  switch (kind) {
    case 'publish': return describePublish(value);
    case 'env': return describeAssignment(value, 'in the container');
    case 'buildArg': return describeAssignment(value, 'for `ARG ' + value.split('=')[0] + '` in this build');
    case 'envFile': return [`Reads the variables from ${code(value)}, relative to the folder you run the command in.`];
    case 'containerName': return [`The container is called ${code(value)}: \`docker logs ${value}\`, \`docker exec -it ${value} sh\` and \`docker stop ${value}\` find it by that name.`];
    case 'volume': return describeVolume(value);
    case 'mount': return describeMount(value);
    case 'network': return describeNetwork(value);
    case 'workdir': return [`The command starts in ${code(value)} inside the container.`];
    case 'entrypoint': return [`The container runs ${code(value)} instead of the image's \`ENTRYPOINT\`.`];
    case 'user': return [/^(root|0)(:|$)/.test(value) ? 'Runs as `root`, the all-powerful user of the container.' : `Runs as user ${code(value)}.`];
    case 'restart': return describeRestart(value);
    case 'imageTag': return describeImageName(value);
    case 'dockerfile': return [`Uses the Dockerfile at ${code(value)}.`];
    case 'target': return [`Stops after the stage \`FROM … AS ${value}\`: the image is that stage, and later stages are skipped.`];
    case 'platform': return [`For ${code(value)}: the OS and CPU the image is made for${/amd64|arm/.test(value) ? '; on a machine with another CPU it runs through emulation, slower' : ''}.`];
    case 'composeFile': return [`Reads ${code(value)} as the Compose file.`];
    case 'bytes': return describeBytes(value);
    case 'cpus': return /^(?:\d+(?:\.\d+)?|\.\d+)$/.test(value) ? [`At most ${code(value)} CPU${value === '1' ? '' : 's'}' worth of time${value === '1.5' ? ': one and a half cores' : Number(value) < 1 ? `: ${Math.round(Number(value) * 100)}% of one core` : ''}.`] : [];
    case 'duration': return /^\d+$/.test(value) && value !== '0' ? [] : [`${code(value)} as a duration (\`ms\`, \`s\`, \`m\`, \`h\`).`];
    case 'pull': return describePull(value);
    case 'tail': return [value === 'all' ? 'Every line since the container started.' : `Only the last ${code(value)} lines; older ones are skipped.`];
    case 'filter': return [`Keeps only entries where ${code(value)}.`];
    case 'format': return [value === 'json' ? 'Prints JSON, one object per line.' : value.startsWith('table') ? 'Prints a table with a header row.' : `Prints each entry as the Go template ${code(value)}.`];
    case 'plain': return [`Set to ${code(value)}.`];
    case 'projectName': return [`The containers are named \`${value}-<service>-1\` (the old \`docker-compose\` v1 wrote \`${value}_<service>_1\`), and the default network \`${value}_default\`.`];
  }
}

/** `512m`: go-units' binary units, so `m` is MiB. */
function describeBytes(value: string): string[] {
  const m = /^(\d+(?:\.\d+)?)\s?([kmgtp])?i?b?$/i.exec(value);
  if (!m) return [];
  const unit = m[2]?.toLowerCase();
  if (!unit) return [`${code(value)} with no unit is ${m[1]} bytes${Number(m[1]) < 6 * 1024 * 1024 ? ' (too small for a memory limit: write `' + m[1] + 'm` for MiB)' : ''}.`];
  const names: Record<string, string> = { k: 'KiB', m: 'MiB', g: 'GiB', t: 'TiB', p: 'PiB' };
  return [`${code(value)} is ${m[1]} ${names[unit]} (units count in 1024s).`];
}

function describePull(value: string): string[] {
  switch (value) {
    case 'always': return ['`always`: downloads the image every time, even when you have it.'];
    case 'missing': return ['`missing`: downloads only when the image is not on your machine (the default).'];
    case 'never': return ['`never`: uses only the image you have; fails when it is missing.'];
    case 'policy': return ['`policy`: follows each service\'s `pull_policy:`.'];
    case 'build': return ['`build`: builds the image instead of pulling it.'];
    default: return [];
  }
}

/** `[ip:]host:container[/protocol]`, or only a container port. */
function describePublish(value: string): string[] {
  const [ports, protocol] = value.split('/');
  const parts = ports.startsWith('[') ? splitIpv6(ports) : ports.split(':');
  const proto = protocol ? ` (${protocol.toUpperCase()})` : '';
  if (parts.length === 1) {
    return [`Only the container port ${code(parts[0])}${proto}: Docker picks a free port on your machine. \`docker ps\` shows which one.`];
  }
  const container = parts[parts.length - 1];
  const host = parts[parts.length - 2];
  const ip = parts.length > 2 ? parts.slice(0, -2).join(':') : undefined;
  const facts: string[] = [];
  if (!host) facts.push(`Container port ${code(container)}${proto} on a free port of your machine that Docker picks; \`docker ps\` shows which one.`);
  else facts.push(`Port ${code(host)} on your machine leads to port ${code(container)} in the container${proto}${ip ? '' : `: reach it at \`localhost:${host}\``}.`);
  if (host && host !== container) facts.push(`Open port ${host}, not ${container}: the left number is your machine's side.`);
  if (ip === '127.0.0.1' || ip === 'localhost' || ip === '[::1]') facts.push('Only this machine can connect, because it is published on the loopback address.');
  else if (ip === '0.0.0.0') facts.push('`0.0.0.0` means every network interface of your machine, as with no address at all: other machines can connect too.');
  else if (ip) facts.push(`Only reachable through the address ${code(ip)} of your machine.`);
  return facts;
}

function splitIpv6(ports: string): string[] {
  const close = ports.indexOf(']');
  return [ports.slice(0, close + 1), ...ports.slice(close + 2).split(':')];
}

function describeAssignment(value: string, where: string): string[] {
  const eq = value.indexOf('=');
  if (eq < 0) return [`Only a name: copies ${code(value)} from the environment of the shell that runs docker ${where} (nothing, if it is not set there).`];
  const name = value.slice(0, eq);
  const v = value.slice(eq + 1);
  return [v ? `Sets ${code(name)} to ${code(v)} ${where}.` : `Sets ${code(name)} to an empty value ${where}.`];
}

/** `source:target[:options]`, or just `target` for an anonymous volume. */
function describeVolume(value: string): string[] {
  // A Windows drive letter (`C:\src:/app`) contains a colon of its own.
  const parts = /^[A-Za-z]:[\\/]/.test(value) ? [value.slice(0, 2) + value.slice(2).split(':')[0], ...value.slice(2).split(':').slice(1)] : value.split(':');
  if (parts.length === 1) return [`An anonymous volume at ${code(parts[0])}: Docker makes it with a random name (and \`--rm\` deletes it with the container).`];
  const [source, target, options = ''] = parts;
  const readOnly = options.split(',').includes('ro') ? ' Read-only: the container cannot change it.' : '';
  if (isHostPath(source)) return [`Bind mount: your folder ${code(source)} appears at ${code(target)} in the container, and changes show on both sides.${readOnly}`];
  // Only a source starting with `/` or `.` is a folder (docker-cli-docs/container_run.md, "Mount volume");
  // `data/x` is read as a volume name, which the engine refuses ("includes invalid characters for a local volume name").
  if (/[/\\]/.test(source)) return [`Docker reads ${code(source)} as the name of a volume, not a folder, because it does not start with \`/\` or \`./\`, and a volume name cannot hold \`/\`: the engine refuses it. Write \`./${source}\` (Docker 23 and later) or an absolute path for a folder.`];
  return [`Named volume ${code(source)} at ${code(target)}: Docker keeps it after the container is gone (\`docker volume ls\`), so its data survives.${readOnly}`];
}

/** `type=bind,source=./src,target=/app,readonly`. */
function describeMount(value: string): string[] {
  const fields = new Map<string, string>();
  for (const part of value.split(',')) {
    const eq = part.indexOf('=');
    fields.set((eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase(), eq < 0 ? 'true' : part.slice(eq + 1));
  }
  const type = fields.get('type') ?? 'volume';
  const source = fields.get('source') ?? fields.get('src');
  const target = fields.get('target') ?? fields.get('dst') ?? fields.get('destination');
  const readOnly = ['readonly', 'ro'].some(k => fields.has(k) && fields.get(k) !== 'false') ? ' Read-only.' : '';
  const at = target ? ` at ${code(target)}` : '';
  if (type === 'bind') return [`Bind mount: your folder ${code(source ?? '?')} appears${at} in the container.${readOnly}`];
  if (type === 'tmpfs') return [`A tmpfs${at}: kept in memory only, gone when the container stops.`];
  return [source ? `Named volume ${code(source)}${at}: its data outlives the container.${readOnly}` : `An anonymous volume${at}.${readOnly}`];
}

function describeNetwork(value: string): string[] {
  if (value === 'host') return ['`host`: the container shares your machine\'s network directly, so `-p` is not needed (Docker ignores it).'];
  if (value === 'none') return ['`none`: the container has no network at all.'];
  if (value.startsWith('container:')) return [`Shares the network of the container ${code(value.slice('container:'.length))}: same address, same ports, and \`localhost\` reaches the other container's programs.`];
  if (value === 'bridge') return ['`bridge` is Docker\'s default network: containers on it cannot reach each other by name. Create your own network for that.'];
  return [`Joins the network ${code(value)} (create it first with \`docker network create ${value}\`). Other containers on it reach this one by its \`--name\`.`];
}

function describeRestart(value: string): string[] {
  const [policy, tries] = value.split(':');
  switch (policy) {
    case 'no': return ['`no`: never restarted (the default).'];
    case 'always': return ['`always`: started again whenever it stops. If you stop it yourself, it stays stopped until the Docker daemon restarts.'];
    case 'unless-stopped': return ['`unless-stopped`: like `always`, but once you stop it, it stays stopped, even after the daemon restarts.'];
    case 'on-failure': return [`\`on-failure\`: started again only when it exits with an error (a non-zero exit code)${tries ? `, at most ${tries} times` : ''}.`];
    default: return [`${code(value)} is not a restart policy: use \`no\`, \`on-failure\`, \`always\` or \`unless-stopped\`.`];
  }
}

/** `registry/name:tag` as the parts a learner should see. */
export function describeImageName(value: string): string[] {
  const at = value.indexOf('@');
  const ref = at < 0 ? value : value.slice(0, at);
  const colon = ref.lastIndexOf(':');
  const hasTag = colon > ref.lastIndexOf('/');
  const name = hasTag ? ref.slice(0, colon) : ref;
  if (at >= 0) return [`${code(name)} pinned by digest: exactly that image, whatever its tags point to now.`];
  if (!hasTag) return [`Name ${code(name)} with no tag, so Docker uses \`${name}:latest\`.`];
  return [`Name ${code(name)}, tag ${code(ref.slice(colon + 1))}.`];
}
