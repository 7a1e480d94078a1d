// SPDX-License-Identifier: MIT
// Failures of the command line's flags, caught by the CLI before it asks the engine anything: a value of the
// wrong kind (size, duration, CPUs, port, protocol), a flag without its value, an unknown one-letter flag,
// two flags that contradict each other, a file named by a flag that is not there.
import { code } from '../../render';
import { closestName } from '../../spelling';
import type { CommandContext } from '../types';
import { messageKind, withFlagValue, withoutFlag } from './fromMessage';

/** True when the command reads a Dockerfile or a compose file, whose errors name no flag (the patterns with named groups). */
function readsAFile(ctx: CommandContext): boolean {
  return /^(?:build|buildx build|image build|builder build|compose\b)/.test(ctx.command ?? '');
}

/** ` (at services[web].mem_limit)` when Compose named the key; nothing when it did not. */
function at(key: string | undefined): string {
  return key ? ` (at ${code(key)})` : '';
}

const runDocs = 'https://docs.docker.com/reference/cli/docker/container/run/';
const runLike = ['run', 'create', 'update', 'compose run'];

export const invalidSize = messageKind({
  code: 'InvalidSizeValue',
  title: 'Not a size Docker understands',
  message: 'invalidSize',
  docsUrl: 'https://docs.docker.com/engine/containers/resource_constraints/#limit-a-containers-access-to-memory',
  topics: ['flag:--memory', 'flag:-m'],
  explain: (ctx, m) => m.groups && !readsAFile(ctx) ? undefined : ({
    lead: m.groups ? `${code(m.groups.value)} is not a size${m.groups.what === 'suffix' ? ' unit' : ''}${at(m.groups.key)}.` : `${code(m[1])} is not a size for ${code(m[2])}.`,
    why: ['The unit is one letter after the number, without a space; `mb` and `gb` are also accepted. Nothing else may follow.'],
    todo: [`Write the value as a number and a unit, such as ${code('512m')} or ${code('2g')}.`],
  }),
});

export const invalidDuration = messageKind({
  code: 'InvalidDuration',
  title: 'A duration without its unit',
  message: 'invalidDuration',
  docsUrl: 'https://docs.docker.com/reference/cli/docker/container/run/#healthcheck',
  topics: ['instruction:HEALTHCHECK'],
  explain: (ctx, m) => {
    // The CLI names the flag; BuildKit (HEALTHCHECK) and Compose (healthcheck:) give only the value.
    if (m.groups && !readsAFile(ctx)) return undefined;
    const value = m.groups?.value ?? m[1];
    return {
      lead: `${code(value)} is not a duration${m.groups ? at(m.groups.key) : ` for ${code(m[2])}`}.`,
      why: ['Docker reads durations the way Go does: a number followed by `ms`, `s`, `m` or `h`, and pieces may follow each other (`1m30s`).'],
      todo: [`Add the unit: ${/^\d+$/.test(value) ? `${code(`${value}s`)} for seconds` : code('30s')}.`],
    };
  },
});

export const invalidCpus = messageKind({
  code: 'InvalidCpus',
  title: '--cpus needs a number',
  message: 'invalidCpus',
  docsUrl: 'https://docs.docker.com/engine/containers/resource_constraints/#cpu',
  topics: ['flag:--cpus'],
  explain: (_ctx, m) => ({
    lead: m.groups ? `${code(m.groups.value)} is not a number${at(m.groups.key)}.` : `${code(m[1])} is not a number.`,
    why: ['`--cpus 1.5` lets the container use at most one and a half CPUs\' worth of time; there is no unit after the number.'],
    todo: ['Give a plain number, such as `1` or `0.5`.'],
  }),
});

export const invalidFlagValue = messageKind({
  code: 'InvalidFlagValue',
  title: 'A flag got a value it cannot take',
  message: 'invalidFlagValue',
  docsUrl: 'https://docs.docker.com/reference/cli/docker/',
  // An image name refused by -t is InvalidReference's, which says more.
  explain: (ctx, m) => /invalid reference format/.test(m[3]) ? undefined : ({
    lead: `${code(m[2])} does not take ${code(m[1])} (${m[3].trim()}).`,
    why: ['Each flag reads its value as one kind of thing: a number, a size, a duration, true or false. Docker checks it before doing anything else.'],
    todo: [`See what ${code(m[2].replace(/^-\w, /, ''))} expects: ${code(ctx.command ? `docker ${ctx.command} --help` : 'docker --help')}.`],
  }),
});

export const flagNeedsArgument = messageKind({
  code: 'FlagNeedsArgument',
  title: 'A flag is missing its value',
  message: 'flagNeedsArgument',
  docsUrl: 'https://docs.docker.com/reference/cli/docker/',
  explain: (_ctx, m) => {
    const flag = m[0].includes("'") ? `-${m[1]}` : m[1];
    return {
      lead: `${code(flag)} was given no value.`,
      why: ['A flag that takes a value reads the word right after it; here the line ended first. An empty `$VARIABLE` after the flag disappears from the line the same way.'],
      todo: [`Write the value right after ${code(flag)} (\`${flag} VALUE\`${flag.startsWith('--') ? ` or \`${flag}=VALUE\`` : ''}).`],
    };
  },
});

export const unknownShorthandFlag = messageKind({
  code: 'UnknownShorthandFlag',
  title: 'Unknown one-letter flag',
  message: 'unknownShorthand',
  docsUrl: 'https://docs.docker.com/reference/cli/docker/',
  explain: (ctx, m) => ({
    why: [
      `${code(ctx.command ? `docker ${ctx.command}` : 'docker')} has no ${code(`-${m[1]}`)}${m[2] !== `-${m[1]}` ? `, which Docker read out of ${code(m[2])}` : ''}.`,
      'Letters after one dash are read one by one as short flags: `-it` is `-i` and `-t`. A long flag needs two dashes, so `-name web` is read as `-n -a -m -e`.',
      'Short flags belong to the command word before them: `docker run -d` works, `docker ps -z` does not.',
    ],
    todo: [`See the flags this command has: ${code(ctx.command ? `docker ${ctx.command} --help` : 'docker --help')}; write long flags with two dashes.`],
  }),
});

export const invalidContainerPort = messageKind({
  code: 'InvalidContainerPort',
  title: 'Not a container port',
  message: 'invalidContainerPort',
  docsUrl: 'https://docs.docker.com/engine/network/#published-ports',
  topics: ['flag:-p', 'flag:--publish', 'key:ports'],
  explain: (_ctx, m) => ({
    lead: `${code(m[1])} is not a port number.`,
    why: ['`-p HOST:CONTAINER` puts your machine\'s port on the left and the port the app listens on inside the container on the right. Port numbers stop at 65535.'],
    todo: ['Write the port the app inside listens on (the one `EXPOSE` names) on the right.'],
  }),
});

export const invalidHostPort = messageKind({
  code: 'InvalidHostPort',
  title: 'Not a host port',
  message: 'invalidHostPort',
  docsUrl: 'https://docs.docker.com/engine/network/#published-ports',
  topics: ['flag:-p', 'flag:--publish', 'key:ports'],
  explain: (_ctx, m) => ({
    lead: `${code(m[1])} is not a port number.`,
    why: ['`-p HOST:CONTAINER` puts your machine\'s port on the left. Port numbers stop at 65535, and an IP address goes before it with one more `:` (`127.0.0.1:8080:80`).'],
    todo: ['Pick a free port under 65536 for the left side, such as `8080`.'],
  }),
});

export const invalidProtocol = messageKind({
  code: 'InvalidPortProtocol',
  title: 'Unknown port protocol',
  message: 'invalidProto',
  docsUrl: 'https://docs.docker.com/engine/network/#published-ports',
  topics: ['flag:-p', 'instruction:EXPOSE'],
  explain: (ctx, m) => {
    const guess = closestName(m[1].toLowerCase(), ['tcp', 'udp', 'sctp']);
    const value = (ctx.inv?.flags ?? []).find((f) => (f.name === '-p' || f.name === '--publish' || f.name === '--expose') && f.value?.endsWith(`/${m[1]}`));
    return {
      lead: `${code(m[1])} is not a protocol.`,
      why: ['Without a protocol, a port is `tcp`, which is what web servers and databases use.'],
      todo: [guess ? `Write ${code(guess)}, or leave out the \`/${m[1]}\`.` : `Leave out the \`/${m[1]}\`.`],
      fixes: [guess && value?.value ? withFlagValue(ctx, 'fixProtocol', `Use /${guess}`, [value.name], value.value, value.value.replace(new RegExp(`/${m[1]}$`), `/${guess}`)) : undefined],
    };
  },
});

export const restartWithRm = messageKind({
  code: 'RestartWithRm',
  title: '--restart and --rm together',
  message: 'restartWithRm',
  commands: runLike,
  docsUrl: 'https://docs.docker.com/reference/cli/docker/container/run/#restart',
  topics: ['flag:--restart', 'flag:--rm'],
  explain: (ctx) => ({
    why: ['`--rm` suits a one-off command you watch; `--restart` suits a service that should keep running.'],
    todo: ['Keep `--rm` for a quick try, or keep `--restart` (with `-d`) for something that should stay up.'],
    fixes: [withoutFlag(ctx, 'dropRestart', 'Run without --restart', ['--restart'], true), withoutFlag(ctx, 'dropRm', 'Run without --rm', ['--rm'], false)],
  }),
});

export const conflictingOptions = messageKind({
  code: 'ConflictingOptions',
  title: 'Two flags that exclude each other',
  message: 'conflictingOptions',
  docsUrl: runDocs,
  explain: (_ctx, m) => ({
    lead: `${code(m[1])} and ${code(m[2].trim())} cannot be used together.`,
    why: ['Some flags are two ways to set the same thing, or say opposite things (`--attach` and `--detach`).'],
    todo: [`Keep one of ${code(m[1])} and ${code(m[2].trim())}.`],
  }),
});

export const envFileMissing = messageKind({
  code: 'EnvFileMissing',
  title: 'A file named on the command line is missing',
  message: 'envFileMissing',
  commands: ['run', 'create', 'exec'],
  docsUrl: 'https://docs.docker.com/reference/cli/docker/container/run/#env',
  topics: ['flag:--env-file'],
  explain: (ctx, m) => ({
    lead: `There is no ${code(m[1])}.`,
    why: [`A relative path like this one is read from the folder the command ran in${ctx.cwd ? ` (${code(ctx.cwd)})` : ''}, not from where the Dockerfile or the image is.`, 'A file such as `.env` is often left out of git on purpose, so a fresh clone does not have it; its sample may be called `.env.example`.'],
    todo: ['Run the command from the folder that holds the file, give its full path, or create it.'],
  }),
});

/** In the order they are tried: the general "invalid argument" last, after the values it wraps. */
export const flagKinds = [invalidSize, invalidDuration, invalidCpus, flagNeedsArgument, unknownShorthandFlag, invalidContainerPort, invalidHostPort, invalidProtocol, restartWithRm, conflictingOptions, envFileMissing, invalidFlagValue];
