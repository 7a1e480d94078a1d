// SPDX-License-Identifier: MIT
// The `docker compose` subcommands, and the difference between `docker compose` and `docker-compose`.
// Facts checked against shared/reference/docker-cli-docs/compose*.md; the sentences are ours.
import type { CliCommandDoc } from './dockerCliCommands';
import * as f from './dockerCliFlags';
import { removeOrphansFlag, servicePortsFlag } from './dockerCliEffectFlags';

const page = (name: string) => `https://docs.docker.com/reference/cli/docker/compose/${name}`;

const service = { name: 'SERVICE', repeats: true, summary: 'A service name from the Compose file; without any, every service.' };

/** The `docker compose` subcommands, by name. */
export const composeCommands = {
  up: {
    title: 'docker compose up', usage: 'docker compose up [OPTIONS] [SERVICE...]', tags: ['starts the app'],
    summary: 'Starts the whole app of the Compose file: builds images that are missing, creates the network, volumes and containers, and starts them.',
    flags: [f.upDetachFlag, f.upBuildFlag, f.forceRecreateFlag, removeOrphansFlag],
    otherValueOptions: ['--attach', '--exit-code-from', '--no-attach', '--pull', '--scale', '-t', '--timeout', '--wait-timeout'],
    args: [service],
    docsUrl: page('up/'),
  },
  down: {
    title: 'docker compose down', usage: 'docker compose down [OPTIONS]', tags: ['stops the app'],
    summary: 'Stops and deletes the containers and networks that `up` created. Named volumes, and the data in them, stay unless you add `-v`.',
    flags: [f.downVolumesFlag, f.downRmiFlag, removeOrphansFlag],
    otherValueOptions: ['-t', '--timeout'],
    docsUrl: page('down/'),
  },
  build: {
    title: 'docker compose build', usage: 'docker compose build [OPTIONS] [SERVICE...]', tags: ['makes images'],
    summary: 'Builds the images of the services that have a `build:` section, without starting anything.',
    flags: [f.composeNoCacheFlag],
    otherValueOptions: ['--build-arg', '--builder', '-m', '--memory', '--provenance', '--sbom', '--ssh'],
    args: [service],
    docsUrl: page('build/'),
  },
  logs: {
    title: 'docker compose logs', usage: 'docker compose logs [OPTIONS] [SERVICE...]', tags: ['shows output'],
    summary: 'Shows the output of the services, each line prefixed with the container it came from.',
    flags: [f.followFlag, f.logsTailFlag],
    otherValueOptions: ['--index', '--since', '--until'],
    args: [service],
    docsUrl: page('logs/'),
  },
  exec: {
    title: 'docker compose exec', usage: 'docker compose exec [OPTIONS] SERVICE COMMAND [ARGS...]', tags: ['inside a running service'],
    summary: 'Runs a command inside the running container of a service, like `docker exec`, but by service name. It gives you a terminal without `-it`.',
    flags: [f.execUserFlag, f.execWorkdirFlag, f.execEnvFlag],
    otherValueOptions: ['--index'],
    args: [{ name: 'SERVICE', summary: 'The service to go into, by its name in the Compose file (not the container name).' }],
    command: { summary: 'The command to run inside the service\'s container.' },
    docsUrl: page('exec/'),
  },
  ps: {
    title: 'docker compose ps', usage: 'docker compose ps [OPTIONS] [SERVICE...]', tags: ['lists containers'],
    summary: 'Lists the containers of this Compose project, with their state and published ports.',
    flags: [],
    otherValueOptions: ['--filter', '--format', '--status'],
    args: [service],
    docsUrl: page('ps/'),
  },
  run: {
    title: 'docker compose run', usage: 'docker compose run [OPTIONS] SERVICE [COMMAND] [ARGS...]', tags: ['one-off container'],
    summary: 'Starts a new, one-off container for a service to run a single command, such as a database migration.',
    flags: [f.rmFlag, f.publishFlag, servicePortsFlag, f.detachFlag, f.envFlag, f.nameFlag, f.volumeFlag, f.workdirFlag, f.entrypointFlag, f.userFlag, removeOrphansFlag],
    otherValueOptions: ['--cap-add', '--cap-drop', '--env-from-file', '-l', '--label', '--pull'],
    args: [{ name: 'SERVICE', summary: 'The service whose settings (image, volumes, networks) the new container uses.' }],
    command: { summary: 'Runs instead of the service\'s `command:`.' },
    lineAdvice: [{ text: 'Unlike `up`, it does not publish the service\'s `ports:` unless you add `--service-ports` or `-p`.', unlessFlags: ['--service-ports', '--publish'] }],
    docsUrl: page('run/'),
  },
  config: {
    title: 'docker compose config', usage: 'docker compose config [OPTIONS] [SERVICE...]', tags: ['checks the file'],
    summary: 'Prints the Compose configuration as Compose will use it: every `-f` file merged, variables filled in, short forms written out. Errors in the file show up here.',
    flags: [],
    otherValueOptions: ['--format', '--hash', '-o', '--output'],
    args: [service],
    docsUrl: page('config/'),
  },
  pull: {
    title: 'docker compose pull', usage: 'docker compose pull [OPTIONS] [SERVICE...]', tags: ['downloads images'],
    summary: 'Downloads the images named in the services\' `image:` keys.',
    flags: [],
    otherValueOptions: ['--policy'],
    args: [service],
    docsUrl: page('pull/'),
  },
} as const satisfies Record<string, CliCommandDoc>;

export type ComposeCommandName = keyof typeof composeCommands;

/** The options of `docker compose` itself, before the subcommand. */
export const composeGlobalFlags = [f.composeFileFlag, f.projectNameFlag] as const;

/** Other options of `docker compose` that take a value (from compose.md). */
export const composeGlobalValueOptions: ReadonlySet<string> = new Set(['--ansi', '--env-file', '--parallel', '--profile', '--progress', '--project-directory']);

/** What `docker compose` and `docker-compose` are. */
export const composeTools = {
  plugin: {
    title: 'docker compose',
    tags: ['Compose v2', 'plugin'],
    summary: 'Compose v2: runs a whole multi-container app from a Compose file. It is a plugin of the `docker` command, so it is written with a space.',
    docsUrl: page(''),
  },
  standalone: {
    title: 'docker-compose',
    tags: ['Compose v1', 'standalone program'],
    summary: 'The old standalone Compose program (v1), a separate executable written with a dash. It reads the same Compose files.',
    watchOut: ['Compose v1 is no longer updated. Prefer `docker compose` (with a space), the v2 plugin; most subcommands and flags are the same.'],
    docsUrl: page(''),
  },
} as const;
