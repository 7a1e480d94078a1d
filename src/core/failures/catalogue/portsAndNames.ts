// SPDX-License-Identifier: MIT
// Failures over things only one container may have: a host port, a name.
import { code } from '../../render';
import { flagValue, hasFlag } from '../commandContext';
import type { CommandContext, FailureKind } from '../types';
import { dockerFix, fixAction, repeatWith, validContainer } from '../fixes';
import { composeFileOf, containerNameLocation } from '../locate';
import type { Action } from '../../types';

/** The `-p` value of the command that publishes `port` on the host, if it can be found. */
function publishValueFor(ctx: CommandContext, port: string): string | undefined {
  return (ctx.inv?.flags ?? []).filter((f) => f.name === '-p' || f.name === '--publish').map((f) => f.value).find((v) => v !== undefined && hostPortOf(v) === port);
}

/** The host port of a `-p` value: `8080:80` and `127.0.0.1:8080:80` give 8080. */
function hostPortOf(value: string): string | undefined {
  const parts = value.replace(/\/(tcp|udp|sctp)$/, '').split(':');
  return parts.length >= 2 ? parts[parts.length - 2] : undefined;
}

/** The same command with the host port of `value` raised by one. */
function otherPortFix(ctx: CommandContext, value: string | undefined, port: number): Action | undefined {
  if (!value || port >= 65535) return undefined;
  const next = String(port + 1);
  const parts = value.split(':');
  parts[parts.length - 2] = next;
  const changed = parts.join(':');
  return repeatWith(ctx, 'otherHostPort', `Run on host port ${next}`, (args) => {
    const i = args.findIndex((a, k) => a === value && (args[k - 1] === '-p' || args[k - 1] === '--publish'));
    if (i >= 0) return [...args.slice(0, i), changed, ...args.slice(i + 1)];
    const j = args.findIndex((a) => a === `-p${value}` || a === `--publish=${value}`);
    return j >= 0 ? [...args.slice(0, j), args[j].replace(value, changed), ...args.slice(j + 1)] : undefined;
  }, `Your browser then uses port ${next}; the container still listens on its own port. Another port may be taken too.`);
}

/** The `--name` of the command, if valid: the container a new one clashes with. */
function nameOfRun(ctx: CommandContext): string | undefined {
  return validContainer(flagValue(ctx, '--name'));
}

/**
 * The run that failed to publish its port still created its container, which now holds the `--name`; so
 * before running again on another port, that container has to go.
 */
function removeCreatedFix(ctx: CommandContext): Action | undefined {
  const name = nameOfRun(ctx);
  return name && ctx.command === 'run' && !hasFlag(ctx, '--rm') ? dockerFix(ctx, 'removeCreated', `Remove the created ${name}`, ['rm', name], 'The failed run created this container without starting it; it holds the name.') : undefined;
}

/**
 * What became of the container that could not publish its port: `docker run` leaves it created, unless
 * `--rm` removed it (moby daemon/start.go removes an AutoRemove container whose start failed); Compose keeps
 * its own and starts it on the next `up`; `docker start` leaves it stopped, as it was.
 */
function leftBehind(ctx: CommandContext): string[] {
  if (ctx.command?.startsWith('compose')) return ['Compose created the container but could not start it; the next `docker compose up` tries again, so there is nothing to remove by hand.'];
  if (ctx.command === 'start') return ['The container stays stopped; start it again once the port is free.'];
  if (ctx.command !== 'run' && ctx.command !== 'create') return [];
  if (hasFlag(ctx, '--rm')) return ['Because of `--rm`, Docker removed the container that could not start: nothing is left behind.'];
  return ['The new container was created but not started: `docker ps -a` lists it, and its name stays taken until you remove it.'];
}

export const portAllocated: FailureKind = {
  code: 'PortAllocated',
  title: 'Host port already used by a container',
  patterns: [
    // moby (libnetwork portallocator): "Bind for 0.0.0.0:8080 failed: port is already allocated"
    /Bind for (\S*?):(\d+) failed: port is already allocated/,
  ],
  docsUrl: 'https://docs.docker.com/engine/network/#published-ports',
  topics: ['flag:-p', 'flag:--publish'],
  explain(ctx, m) {
    const [, address, port] = m;
    const value = publishValueFor(ctx, port);
    return {
      what: `Port ${port} on ${address === '0.0.0.0' || address === '' ? 'this machine' : address} is already published by another container, so this one cannot have it.`,
      why: [
        value ? `${code(`-p ${value}`)} asks for host port ${port} (the number on the left); the container port on the right can be the same in many containers, the host port cannot.` : `The command asks for host port ${port}, and one host port goes to one container at a time.`,
        'Often it is the same app started earlier and still running, maybe from another terminal or by compose.',
        ...leftBehind(ctx),
      ],
      todo: [`Find who holds it: \`docker ps --filter publish=${port}\`, then stop that container if you no longer need it.`, 'Or publish on another host port, such as the next one.'],
      fixes: [dockerFix(ctx, 'whoHoldsPort', `Who holds port ${port}?`, ['ps', '--filter', `publish=${port}`]), removeCreatedFix(ctx), otherPortFix(ctx, value, Number(port))],
    };
  },
};

export const addressInUse: FailureKind = {
  code: 'AddressInUse',
  title: 'Host port used by another program',
  patterns: [
    // moby userland proxy / port mapper: "Error starting userland proxy: listen tcp4 0.0.0.0:8080: bind: address already in use"
    /listen tcp[46]? (\S*?):(\d+): bind: address already in use/,
    // Engine 28 (moby v28.0.0 libnetwork/drivers/bridge/port_mapping_linux.go:639, :641): "failed to bind host port
    // for 0.0.0.0:5432:172.17.0.2:5432/tcp: address already in use" (with a range: "failed to bind host port 8081 for ...")
    /failed to bind host port (?:\d+ )?for (\S*?):(\d+)(?:-\d+)?:\S+: address already in use/,
    // Windows: "ports are not available: exposing port TCP 0.0.0.0:8080 -> 0.0.0.0:0: listen tcp 0.0.0.0:8080: bind: Only one usage of each socket address"
    /ports are not available: exposing port \w+ (\S*?):(\d+)/,
  ],
  docsUrl: 'https://docs.docker.com/engine/network/#published-ports',
  topics: ['flag:-p', 'flag:--publish'],
  explain(ctx, m) {
    const [, , port] = m;
    const value = publishValueFor(ctx, port);
    return {
      what: `Port ${port} on this machine is taken by a program that is not a container, so Docker could not publish it.`,
      why: [
        `Something on your machine already listens on port ${port}: often a dev server you started yourself (\`npm start\`, \`flask run\`), or a local database.`,
        ...leftBehind(ctx),
      ],
      todo: [`Find the program: \`sudo lsof -i :${port}\` or \`ss -ltnp\` on Linux, \`netstat -ano\` on Windows; stop it if you can.`, 'Or publish on another host port.'],
      fixes: [fixAction(ctx, 'listeners', 'List listening ports', ['ss', '-ltn']), removeCreatedFix(ctx), otherPortFix(ctx, value, Number(port))],
    };
  },
};

export const nameConflict: FailureKind = {
  code: 'NameConflict',
  title: 'Container name already in use',
  patterns: [
    // moby daemon/names.go: Conflict. The container name "/web" is already in use by container "<id>". You have to remove (or rename) that container to be able to reuse that name.
    /The container name "\/?([^"]+)" is already in use by container "([0-9a-f]+)"/,
  ],
  docsUrl: 'https://docs.docker.com/reference/cli/docker/container/run/#name',
  topics: ['flag:--name', 'key:container_name'],
  explain(ctx, m) {
    const name = validContainer(m[1]) ?? nameOfRun(ctx);
    const remove = name ? dockerFix(ctx, 'removeContainer', `Remove the old ${name}`, ['rm', '-f', name]) : undefined;
    if (ctx.command?.startsWith('compose')) {
      const location = containerNameLocation(composeFileOf(ctx), m[1]);
      return {
        what: `A container called ${code(m[1])} already exists (it may be stopped), and names are unique.`,
        why: [
          location ? `The compose file fixes this name with \`container_name: ${m[1]}\`, and a container made outside this project (by \`docker run --name\`, or another compose project) already has it.`
            : `Compose names its containers \`<project>-<service>-1\`, or as \`container_name:\` says; a container made outside this project already has the name ${code(m[1])}.`,
        ],
        todo: [
          `If you do not need the old one: \`docker rm -f ${m[1]}\` removes it (stopping it first), then run the compose command again.`,
          'Or drop `container_name:` from the compose file and let Compose name the container itself; the names Compose makes start with the project name, so they rarely clash.',
        ],
        location,
        fixes: [remove],
      };
    }
    return {
      what: `A container called ${code(m[1])} already exists (it may be stopped), and names are unique.`,
      why: ['Every `docker run` makes a new container. A container stays after it stops, keeping its name, unless it was started with `--rm` or removed with `docker rm`.'],
      todo: [
        `If you do not need the old one: \`docker rm -f ${m[1]}\` removes it (stopping it first), then run again.`,
        `To keep it and just start it again: \`docker start ${m[1]}\`.`,
        'Add `--rm` to `docker run` so the next container removes itself when it stops.',
      ],
      fixes: name ? [remove, dockerFix(ctx, 'startContainer', `Start the old ${name}`, ['start', name])] : [],
    };
  },
};
