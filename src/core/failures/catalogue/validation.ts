// SPDX-License-Identifier: MIT
// Failures of the engine's checks on a new container or on a removal: restart policies, volume and mount
// specs, networks, memory and CPU limits, container names, volumes and networks still in use.
import * as path from 'path';
import { code } from '../../render';
import { flagValue } from '../commandContext';
import type { CommandContext } from '../types';
import { dockerFix, fixAction, validObjectName } from '../fixes';
import { messageKind, withFlagValue } from './fromMessage';

const volumeDocs = 'https://docs.docker.com/engine/storage/volumes/';
const resourceDocs = 'https://docs.docker.com/engine/containers/resource_constraints/';

/** Whether the command came from Compose, whose file, not the command line, holds the value. */
const fromCompose = (ctx: CommandContext) => !!ctx.command?.startsWith('compose');

export const invalidRestartPolicy = messageKind({
  code: 'InvalidRestartPolicy',
  title: 'Unknown restart policy',
  message: 'invalidRestartPolicy',
  docsUrl: 'https://docs.docker.com/engine/containers/start-containers-automatically/',
  topics: ['flag:--restart', 'key:restart'],
  explain: (ctx, m) => ({
    lead: `${code(m[1])} is not a restart policy.`,
    why: [fromCompose(ctx) ? 'Compose passes `restart:` to the engine as it is, and the engine refuses it when it creates the container.' : 'The engine checks `--restart` when it creates the container, so nothing was created.'],
    todo: ['Use `unless-stopped` for a service that should come back after a crash or a reboot, `on-failure` to retry only after errors, `no` for none.'],
  }),
});

export const restartRetryCount = messageKind({
  code: 'RestartRetryCount',
  title: 'A retry count on a policy that takes none',
  message: 'restartRetryCount',
  docsUrl: 'https://docs.docker.com/engine/containers/start-containers-automatically/',
  topics: ['flag:--restart', 'key:restart'],
  explain: (_ctx, m) => ({
    lead: m[1] ? `${code(m[1])} does not take a count.` : undefined,
    why: ['A count means "give up after this many failures", which only fits a policy that restarts after failures.'],
    todo: ['Drop the `:N`, or use `on-failure:N`.'],
  }),
});

export const restartPolicyFormat = messageKind({
  code: 'RestartPolicyFormat',
  title: 'A restart policy the CLI cannot read',
  message: 'restartPolicyFormat',
  docsUrl: 'https://docs.docker.com/engine/containers/start-containers-automatically/',
  topics: ['flag:--restart'],
  explain: (ctx) => ({
    lead: flagValue(ctx, '--restart') ? `${code(flagValue(ctx, '--restart')!)} is not written as a restart policy.` : undefined,
    why: ['The CLI reads `--restart` before it asks the engine for anything, so nothing was created.'],
    todo: ['Write `on-failure:3` (a whole number after the colon), or a policy without a count: `no`, `always`, `unless-stopped`.'],
  }),
});

export const invalidVolumeName = messageKind({
  code: 'InvalidVolumeName',
  title: 'A folder read as a volume name',
  message: 'invalidVolumeName',
  docsUrl: 'https://docs.docker.com/engine/storage/bind-mounts/',
  topics: ['flag:-v', 'flag:--volume', 'key:volumes'],
  explain: (ctx, m) => {
    const value = (ctx.inv?.flags ?? []).find((f) => (f.name === '-v' || f.name === '--volume') && f.value?.startsWith(`${m[1]}:`));
    const local = value?.value && !m[1].startsWith('.') && !m[1].startsWith('~');
    return {
      lead: `${code(m[1])} has no leading \`/\` or \`./\`, so it was taken for a volume name.`,
      why: ['In `-v SOURCE:TARGET`, a source that starts with `/` (or `./` with a current docker) is a folder of your machine; any other word is the name of a Docker volume, and names cannot hold `/`.'],
      todo: [`For a folder here, write ${code(`./${m[1]}`)} (docker 23 and later) or its full path; for a volume, use a plain name like ${code('data')}.`],
      fixes: [local ? withFlagValue(ctx, 'relativeBind', `Use ./${m[1]}`, [value.name], value.value!, `./${value.value!}`) : undefined],
    };
  },
});

export const bindSourceMissing = messageKind({
  code: 'BindSourceMissing',
  title: 'The folder to mount does not exist',
  message: 'bindSourceMissing',
  docsUrl: 'https://docs.docker.com/engine/storage/bind-mounts/',
  topics: ['flag:--mount'],
  explain: (ctx, m) => ({
    lead: `${code(m[1])} is not there.`,
    why: ['`-v` would create a missing folder (empty, owned by root); `--mount` refuses instead, which catches typos in the path.', 'With Docker Desktop, the path must also be shared with its VM.'],
    todo: ['Check the path, or create the folder first.'],
    fixes: [path.isAbsolute(m[1]) ? fixAction(ctx, 'makeFolder', `Create ${m[1]}`, ['mkdir', '-p', m[1]]) : undefined],
  }),
});

export const invalidVolumeSpec = messageKind({
  code: 'InvalidVolumeSpec',
  title: 'A -v value of the wrong shape',
  message: 'invalidVolumeSpec',
  docsUrl: volumeDocs,
  topics: ['flag:-v', 'flag:--volume', 'key:volumes'],
  explain: (_ctx, m) => ({
    lead: m[0].startsWith('invalid mode') ? `${code(m[1])} is not a mount option.` : `${code(m[1])} is not a mount.`,
    why: ['Each `:` separates a part: source, target, options. A Windows path such as `C:\\app` has a `:` of its own; write it `/c/app` or use `--mount`.'],
    todo: ['Write `-v SOURCE:TARGET` or `-v SOURCE:TARGET:ro`, with the target an absolute path in the container.'],
  }),
});

export const networkNotFound = messageKind({
  code: 'NetworkNotFound',
  title: 'No such network',
  message: 'networkNotFound',
  docsUrl: 'https://docs.docker.com/engine/network/',
  topics: ['flag:--network', 'key:networks'],
  // An external network keeps its key as its name, and `name:` is used as written: compose-go loader/normalize.go.
  explain: (ctx, m) => ({
    lead: `There is no network ${code(m[1])}.`,
    why: [fromCompose(ctx) ? 'Compose creates the networks of its own project, prefixed with the project name; a network marked `external: true` must exist already.' : `If ${code(m[1])} is a network of a compose file: \`docker compose up\` creates it and \`down\` removes it, and the engine knows it as \`<project>_${m[1]}\` (the project is, by default, the compose file's folder name in lower case), unless the file gives it a \`name:\` or marks it \`external: true\`.`],
    todo: ['List the networks, or create this one.'],
    fixes: [dockerFix(ctx, 'listNetworks', 'List networks', ['network', 'ls']), validObjectName(m[1]) ? dockerFix(ctx, 'createNetwork', `Create network ${m[1]}`, ['network', 'create', m[1]]) : undefined],
  }),
});

export const networkModeConflict = messageKind({
  code: 'NetworkModeConflict',
  title: 'A network flag that this network mode cannot take',
  message: 'networkModeConflict',
  docsUrl: 'https://docs.docker.com/engine/network/drivers/host/',
  topics: ['flag:--network', 'key:network_mode'],
  explain: (_ctx, m) => ({
    lead: networkFlags[m[1]] ? `Here it is ${networkFlags[m[1]]}.` : undefined,
    why: ['Publish the ports, and set the hostname, on the container whose network this one shares.'],
    todo: ['Drop the conflicting flag, or the network mode.'],
  }),
});

/** The flag behind each setting the engine names in a network mode conflict (moby runconfig/errors.go). */
const networkFlags: Record<string, string> = {
  'port publishing': '`-p`', 'port exposing': '`--expose`', hostname: '`--hostname`', dns: '`--dns`', 'mac-address': '`--mac-address`',
  'custom host-to-IP mapping': '`--add-host`', host: '`--link`', container: '`--link`',
};

export const minimumMemory = messageKind({
  code: 'MinimumMemory',
  title: 'Memory limit too small',
  message: 'minimumMemory',
  docsUrl: resourceDocs,
  topics: ['flag:--memory', 'key:mem_limit'],
  explain: (ctx) => ({
    tail: flagValue(ctx, '-m', '--memory') ? `${code(`-m ${flagValue(ctx, '-m', '--memory')!}`)} asks for less.` : undefined,
    why: ['Without a unit, the number is bytes: `-m 512` asks for 512 bytes, not megabytes.'],
    todo: ['Give a unit: `-m 512m`.'],
  }),
});

export const memoryBelowReservation = messageKind({
  code: 'MemoryBelowReservation',
  title: 'Memory limit under its reservation',
  message: 'memoryBelowReservation',
  docsUrl: resourceDocs,
  topics: ['flag:--memory', 'flag:--memory-reservation'],
  explain: () => ({
    why: ['The reservation is what Docker tries to keep free for the container; the limit is the most it may ever use.'],
    todo: ['Raise `-m`, or lower `--memory-reservation`.'],
  }),
});

export const cpusOutOfRange = messageKind({
  code: 'CpusOutOfRange',
  title: 'More CPUs than the machine has',
  message: 'cpusOutOfRange',
  docsUrl: resourceDocs,
  topics: ['flag:--cpus', 'key:cpus'],
  explain: (_ctx, m) => ({
    tail: `This one has ${m[2]}.`,
    why: ['On Docker Desktop the count is what its settings give the VM, not your computer\'s.'],
    todo: [`Use a number from 0.01 to ${m[1]}.`],
  }),
});

export const invalidContainerName = messageKind({
  code: 'InvalidContainerName',
  title: 'Not a valid container name',
  message: 'invalidContainerName',
  docsUrl: 'https://docs.docker.com/reference/cli/docker/container/run/#name',
  topics: ['flag:--name', 'key:container_name'],
  explain: (_ctx, m) => ({
    lead: `${code(m[1])} is not a valid name.`,
    why: ['Names are used in commands and as host names on Docker networks, so they keep to a small set of characters.'],
    todo: [`Use ${code(m[1].replace(/[^a-zA-Z0-9_.-]+/g, '-').replace(/^[^a-zA-Z0-9]+/, '') || 'web')} or another name of letters, digits, \`_\`, \`.\` and \`-\`.`],
  }),
});

export const volumeInUse = messageKind({
  code: 'VolumeInUse',
  title: 'The volume is still used by a container',
  message: 'volumeInUse',
  commands: ['volume', 'compose'],
  docsUrl: volumeDocs,
  topics: ['command:docker volume'],
  explain: (ctx, m) => ({
    lead: `${code(m[1])} is used by ${m[2].split(/[, ]+/).filter(Boolean).length === 1 ? 'a container' : 'containers'}.`,
    why: ['A stopped container still holds its volumes until it is removed; `docker ps` does not list it, `docker ps -a` does.'],
    todo: ['Remove the containers that use it (their data in the volume stays until the volume goes), then remove the volume.'],
    fixes: [validObjectName(m[1]) ? dockerFix(ctx, 'volumeUsers', `List containers using ${m[1]}`, ['ps', '-a', '--filter', `volume=${m[1]}`]) : undefined],
  }),
});

export const networkHasEndpoints = messageKind({
  code: 'NetworkHasEndpoints',
  title: 'The network still has containers',
  message: 'networkHasEndpoints',
  commands: ['network', 'compose'],
  docsUrl: 'https://docs.docker.com/reference/cli/docker/network/rm/',
  topics: ['command:docker network'],
  explain: (ctx, m) => ({
    lead: `${code(m[1])} still has containers attached.`,
    why: ['Running containers stay attached to their networks; a container of another compose project may use this one as an external network.'],
    todo: ['Stop and remove those containers (or `docker network disconnect` them), then remove the network.'],
    fixes: [validObjectName(m[1]) ? dockerFix(ctx, 'networkUsers', `List containers on ${m[1]}`, ['ps', '-a', '--filter', `network=${m[1]}`]) : undefined],
  }),
});

export const noSuchVolume = messageKind({
  code: 'NoSuchVolume',
  title: 'No such volume',
  message: 'noSuchVolume',
  docsUrl: volumeDocs,
  topics: ['command:docker volume'],
  explain: (ctx, m) => ({
    lead: `There is no volume ${code(m[1])}.`,
    why: ['Compose names the volumes of a project `<project>_<volume>`, so `data` in a compose file is a volume such as `myapp_data`.'],
    todo: ['List the volumes and use the full name.'],
    fixes: [dockerFix(ctx, 'listVolumes', 'List volumes', ['volume', 'ls'])],
  }),
});

export const platformMismatch = messageKind({
  code: 'PlatformMismatch',
  title: 'The image is for another platform',
  message: 'platformMismatch',
  docsUrl: 'https://docs.docker.com/build/building/multi-platform/',
  topics: ['flag:--platform'],
  explain: (_ctx, m) => ({
    lead: `${code(m[1])} is here, but not for that platform.`,
    why: ['`--platform` (or `platform:` in compose) asks for one processor type, such as `linux/amd64` or `linux/arm64`; an image built on one machine is built for that machine\'s type.'],
    todo: ['Drop `--platform`, or build or pull the image for that platform.'],
  }),
});

export const validationKinds = [invalidRestartPolicy, restartRetryCount, restartPolicyFormat, invalidVolumeName, bindSourceMissing, invalidVolumeSpec, networkNotFound, networkModeConflict, minimumMemory, memoryBelowReservation, cpusOutOfRange, invalidContainerName, volumeInUse, networkHasEndpoints, noSuchVolume, platformMismatch];
