// SPDX-License-Identifier: MIT
// What the `docker` and `docker compose` flags a learner meets first do, in a learner's words. Facts
// checked against shared/reference/docker-cli-docs/ (container_run.md, buildx_build.md, container_exec.md,
// container_ls.md, compose*.md); the sentences are ours. Each flag is written once and shared by the
// commands that accept it.
import { exitCodeWords } from './exitCodes';

/** How the value of a flag is read out in the hover's "In this line" (see `shell/flagValues.ts`). */
export type FlagValueKind =
  | 'publish' | 'env' | 'envFile' | 'containerName' | 'volume' | 'mount' | 'network' | 'workdir'
  | 'entrypoint' | 'user' | 'restart' | 'imageTag' | 'dockerfile' | 'buildArg' | 'target' | 'platform'
  | 'composeFile' | 'projectName' | 'bytes' | 'cpus' | 'duration' | 'tail' | 'pull' | 'filter' | 'format' | 'plain';

export interface CliFlagDoc {
  /** Every spelling, short one first: `['-p', '--publish']`. */
  names: readonly string[];
  /** Present when the flag takes a value: how usage writes it, and how to read it out. */
  value?: { placeholder: string; kind: FlagValueKind };
  /** One or two plain sentences: what it does. */
  summary: string;
  watchOut?: readonly string[];
  docsUrl: string;
  /** The value type the reference gives (`bytes`, `duration`, `list`), when the flag takes one. */
  type?: string;
  /** The reference's default, when it gives one. */
  default?: string;
  /** The Dockerfile instruction or Compose key that does the same. */
  equivalent?: string;
  /** Set on the flags a learner meets first, in the order completion offers them (0 first). */
  rank?: number;
}

const run = (anchor = '') => `https://docs.docker.com/reference/cli/docker/container/run/${anchor && '#' + anchor}`;
const build = (anchor = '') => `https://docs.docker.com/reference/cli/docker/buildx/build/${anchor && '#' + anchor}`;
const exec = 'https://docs.docker.com/reference/cli/docker/container/exec/';
const compose = (page: string) => `https://docs.docker.com/reference/cli/docker/compose/${page}`;

// ---- docker run (and, where they mean the same, docker exec) ----

export const rmFlag: CliFlagDoc = {
  names: ['--rm'],
  summary: 'Deletes the container as soon as it stops, together with its anonymous volumes.',
  watchOut: ['Without `--rm` a stopped container stays behind as "Exited": `docker ps` hides it, `docker ps -a` shows it, and its name stays taken.'],
  docsUrl: run('rm'),
};

export const publishFlag: CliFlagDoc = {
  names: ['-p', '--publish'],
  value: { placeholder: 'host:container', kind: 'publish' },
  summary: 'Publishes a container port on your machine, written `host:container`: the left number is the port you open on your machine, the right one is the port the app listens on inside the container.',
  watchOut: ['Without an address in front (`127.0.0.1:8080:80`), the port is open on every network interface, so other machines can reach it too.'],
  docsUrl: run('publish'),
};

export const publishAllFlag: CliFlagDoc = {
  names: ['-P', '--publish-all'],
  summary: 'Publishes every port the image declares with `EXPOSE` (or `--expose`), each on a random free port of your machine.',
  watchOut: ['Ports that are not exposed are not published: use `-p host:container` for those. `docker ps` shows which ports were picked.'],
  docsUrl: run('publish-all'),
};

export const interactiveFlag: CliFlagDoc = {
  names: ['-i', '--interactive'],
  summary: 'Keeps the container\'s standard input (STDIN) open, so what you type reaches the program.',
  docsUrl: run('interactive'),
};

export const ttyFlag: CliFlagDoc = {
  names: ['-t', '--tty'],
  summary: 'Gives the program a terminal (a pseudo-TTY), so shells show a prompt and terminal features work, such as hiding a password as you type it.',
  watchOut: ['Almost always used together with `-i` as `-it`: `-t` alone gives a terminal you cannot type into.'],
  docsUrl: run('tty'),
};

export const detachFlag: CliFlagDoc = {
  names: ['-d', '--detach'],
  summary: 'Starts the container in the background and gives you your prompt back, printing the container ID.',
  watchOut: ['You will not see its output: read it with `docker logs <name>`, stop it with `docker stop <name>`.'],
  docsUrl: run('detach'),
};

export const envFlag: CliFlagDoc = {
  names: ['-e', '--env'],
  value: { placeholder: 'KEY=value', kind: 'env' },
  summary: 'Sets an environment variable inside the container, overriding a value set by `ENV` in the Dockerfile.',
  docsUrl: run('env'),
};

export const envFileFlag: CliFlagDoc = {
  names: ['--env-file'],
  value: { placeholder: 'file', kind: 'envFile' },
  summary: 'Reads environment variables for the container from a file, one `KEY=value` per line.',
  // ref: docker/cli pkg/kvfile/kvfile.go ("quotes are considered part of the key or value")
  watchOut: [
    'Quotes are kept: `NAME="web"` gives the value `"web"` with its quotes, unlike Compose\'s `.env`. Write `NAME=web`.',
    'Keep such files (they often hold secrets) out of git and out of the build context.',
  ],
  docsUrl: run('env'),
};

export const nameFlag: CliFlagDoc = {
  names: ['--name'],
  value: { placeholder: 'name', kind: 'containerName' },
  summary: 'Gives the container a name you choose, instead of a random one, so later commands can refer to it.',
  watchOut: ['Names must be unique: a second `docker run --name` with the same name fails while the old container exists, even a stopped one (`--rm` avoids that).'],
  docsUrl: run('name'),
};

export const volumeFlag: CliFlagDoc = {
  names: ['-v', '--volume'],
  value: { placeholder: 'source:target[:ro]', kind: 'volume' },
  summary: 'Mounts storage into the container at a path: a folder of your machine (a bind mount) when the source is a path, or a Docker-managed named volume when it is a plain name.',
  watchOut: ['`./data:/data` and `data:/data` are different things: the first is your folder, the second a named volume.'],
  docsUrl: run('volume'),
};

export const mountFlag: CliFlagDoc = {
  names: ['--mount'],
  value: { placeholder: 'type=…,source=…,target=…', kind: 'mount' },
  summary: 'Mounts storage into the container, like `-v`, but spelled out as `key=value` pairs: `type` (bind, volume or tmpfs), `source` and `target`.',
  watchOut: ['Unlike `-v`, a bind mount with `--mount` fails when the host folder does not exist, instead of creating it.'],
  docsUrl: run('mount'),
};

export const networkFlag: CliFlagDoc = {
  names: ['--network'],
  value: { placeholder: 'network', kind: 'network' },
  summary: 'Connects the container to a network. On a network you created, containers reach each other by container name.',
  docsUrl: run('network'),
};

export const workdirFlag: CliFlagDoc = {
  names: ['-w', '--workdir'],
  value: { placeholder: 'path', kind: 'workdir' },
  summary: 'Sets the folder inside the container that the command runs in, overriding the image\'s `WORKDIR`.',
  docsUrl: run('workdir'),
};

export const entrypointFlag: CliFlagDoc = {
  names: ['--entrypoint'],
  value: { placeholder: 'command', kind: 'entrypoint' },
  summary: 'Replaces the image\'s `ENTRYPOINT` for this container. Words after the image name become its arguments.',
  docsUrl: run(),
};

export const userFlag: CliFlagDoc = {
  names: ['-u', '--user'],
  value: { placeholder: 'user[:group]', kind: 'user' },
  summary: 'Runs the command as another user (a name or a number, optionally `:group`) instead of the image\'s `USER`.',
  docsUrl: run(),
};

export const restartFlag: CliFlagDoc = {
  names: ['--restart'],
  value: { placeholder: 'policy', kind: 'restart' },
  summary: 'Tells Docker whether to start the container again when it exits: `no` (the default), `on-failure[:tries]`, `always` or `unless-stopped`.',
  docsUrl: run('restart'),
};

// ---- docker exec: the same ideas, for a container that is already running ----

export const execEnvFlag: CliFlagDoc = { ...envFlag, summary: 'Sets an environment variable for this one command inside the running container.', docsUrl: exec };
export const execWorkdirFlag: CliFlagDoc = { ...workdirFlag, summary: 'Runs the command in this folder inside the container.', docsUrl: exec };
export const execUserFlag: CliFlagDoc = { ...userFlag, summary: 'Runs the command as this user (name or number, optionally `:group`); `-u root` is handy to install something for a quick test.', docsUrl: exec };
export const execDetachFlag: CliFlagDoc = { ...detachFlag, summary: 'Runs the command in the background inside the container and returns at once.', watchOut: undefined, docsUrl: exec };
export const execInteractiveFlag: CliFlagDoc = { ...interactiveFlag, docsUrl: exec };
export const execTtyFlag: CliFlagDoc = { ...ttyFlag, docsUrl: exec };

// ---- docker build ----

export const tagFlag: CliFlagDoc = {
  names: ['-t', '--tag'],
  value: { placeholder: 'name:tag', kind: 'imageTag' },
  summary: 'Names the image it builds, as `name:tag`, so `docker run` can start it by that name. Can be given more than once.',
  watchOut: ['In `docker build`, `-t` means tag; in `docker run` and `docker exec`, `-t` means terminal.'],
  docsUrl: build('tag'),
};

export const fileFlag: CliFlagDoc = {
  names: ['-f', '--file'],
  value: { placeholder: 'path', kind: 'dockerfile' },
  summary: 'Reads the Dockerfile from this path instead of `Dockerfile` at the top of the build context.',
  docsUrl: build('file'),
};

export const buildArgFlag: CliFlagDoc = {
  names: ['--build-arg'],
  value: { placeholder: 'KEY=value', kind: 'buildArg' },
  summary: 'Gives a value to an `ARG` of the Dockerfile for this build.',
  watchOut: ['Build args are visible in the image history: never pass passwords or tokens this way (use `--secret`).'],
  docsUrl: build('build-arg'),
};

export const targetFlag: CliFlagDoc = {
  names: ['--target'],
  value: { placeholder: 'stage', kind: 'target' },
  summary: 'Builds only up to the stage with this name (`FROM … AS name`) and makes that stage the image.',
  docsUrl: build('target'),
};

export const noCacheFlag: CliFlagDoc = {
  names: ['--no-cache'],
  summary: 'Builds every step again from scratch instead of reusing cached layers from earlier builds.',
  watchOut: ['Slow: use it when a cached `RUN apt-get update` or download is stale, not for every build.'],
  docsUrl: build(),
};

export const platformFlag: CliFlagDoc = {
  names: ['--platform'],
  value: { placeholder: 'os/arch', kind: 'platform' },
  summary: 'Builds the image for another operating system and CPU, such as `linux/amd64` or `linux/arm64`.',
  watchOut: ['An image built for `linux/arm64` (say on an Apple silicon Mac) may not start on an `amd64` server, and the other way round.'],
  docsUrl: build('platform'),
};

// ---- docker ps ----

export const allFlag: CliFlagDoc = {
  names: ['-a', '--all'],
  summary: 'Lists every container, stopped ones too. Without it, `docker ps` shows only running containers.',
  docsUrl: 'https://docs.docker.com/reference/cli/docker/container/ls/#all',
};

export const quietFlag: CliFlagDoc = {
  names: ['-q', '--quiet'],
  summary: 'Prints only the container IDs, one per line, handy to feed into another command.',
  docsUrl: 'https://docs.docker.com/reference/cli/docker/container/ls/',
};

// ---- docker compose ----

export const composeFileFlag: CliFlagDoc = {
  names: ['-f', '--file'],
  value: { placeholder: 'file', kind: 'composeFile' },
  summary: 'Uses this Compose file instead of searching the current folder, then its parent folders, for `compose.yaml` or `docker-compose.yaml`. Several `-f` are merged, later ones overriding earlier ones.',
  docsUrl: compose(''),
};

export const projectNameFlag: CliFlagDoc = {
  names: ['-p', '--project-name'],
  value: { placeholder: 'name', kind: 'projectName' },
  summary: 'Sets the project name, which prefixes the names of the containers, networks and volumes Compose creates. Without it: `COMPOSE_PROJECT_NAME` if set, else the file\'s top-level `name:`, else the name of the Compose file\'s folder.',
  watchOut: ['Here `-p` is the project name, not a port as in `docker run -p`.'],
  docsUrl: compose(''),
};

export const upDetachFlag: CliFlagDoc = {
  names: ['-d', '--detach'],
  summary: 'Starts the services in the background and returns your prompt. Without it, `up` stays attached and shows every service\'s logs.',
  watchOut: ['Read the output later with `docker compose logs -f`; stop everything with `docker compose down`.'],
  docsUrl: compose('up/'),
};

export const upBuildFlag: CliFlagDoc = {
  names: ['--build'],
  summary: 'Builds the images of services that have a `build:` section before starting them, even when an image already exists.',
  watchOut: ['Without it, `up` reuses an image it built before, so code changes baked in by `COPY` do not show up.'],
  docsUrl: compose('up/'),
};

export const forceRecreateFlag: CliFlagDoc = {
  names: ['--force-recreate'],
  summary: 'Replaces every container with a new one, even when its configuration and image did not change.',
  docsUrl: compose('up/'),
};

export const downVolumesFlag: CliFlagDoc = {
  names: ['-v', '--volumes'],
  summary: 'Also deletes the named volumes of the Compose file and the anonymous volumes of the containers.',
  watchOut: ['That deletes the data in them, such as a database stored in a named volume.'],
  docsUrl: compose('down/'),
};

export const followFlag: CliFlagDoc = {
  names: ['-f', '--follow'],
  summary: 'Keeps printing new log lines as they come, until you press Ctrl-C.',
  docsUrl: compose('logs/'),
};

// ---- flags that had no hover (issue 11) ----

// ref: docker-cli-docs/container_rm.md#force (force-remove a running container, uses SIGKILL)
export const rmForceFlag: CliFlagDoc = {
  names: ['-f', '--force'],
  summary: 'Also deletes a running container, killing it first with `SIGKILL`: the program gets no chance to shut down cleanly.',
  docsUrl: 'https://docs.docker.com/reference/cli/docker/container/rm/',
};

// ref: docker-cli-docs/compose_build.md (--no-cache: do not use cache when building the image)
export const composeNoCacheFlag: CliFlagDoc = {
  names: ['--no-cache'],
  summary: 'Builds every step of each service image again instead of reusing cached layers.',
  watchOut: ['Slow: use it when a cached step (a download or `apt-get update`) is stale, not for every build.'],
  docsUrl: compose('build/'),
};

// ref: docker-cli-docs/compose_down.md (--rmi local|all: remove images used by services)
export const downRmiFlag: CliFlagDoc = {
  names: ['--rmi'],
  value: { placeholder: 'local|all', kind: 'plain' },
  summary: 'Also deletes images the services used: `local` only those without a custom tag (the ones Compose built and named itself), `all` every one of them.',
  docsUrl: compose('down/'),
};

// ref: docker-cli-docs/compose_logs.md (-n, --tail: number of lines from the end of the logs, "all" by default)
export const logsTailFlag: CliFlagDoc = {
  names: ['-n', '--tail'],
  value: { placeholder: 'lines', kind: 'tail' },
  summary: 'Shows only this many lines from the end of each container\'s log, not all of it.',
  docsUrl: compose('logs/'),
};

// ref: docker-cli-docs/container_run.md (--cpus: number of CPUs)
export const cpusFlag: CliFlagDoc = {
  names: ['--cpus'],
  value: { placeholder: 'number', kind: 'cpus' },
  summary: 'Caps how much CPU time the container may use, counted in CPUs: `1.5` is at most one and a half cores\' worth.',
  docsUrl: run('cpus'),
};

// ref: docker-cli-docs/container_run.md#memory (-m, --memory: hard memory limit)
export const memoryFlag: CliFlagDoc = {
  names: ['-m', '--memory'],
  value: { placeholder: 'bytes', kind: 'bytes' },
  summary: `A hard memory limit for the container, such as \`512m\` or \`2g\`. A container that needs more is killed by the kernel (out of memory) and ends with ${exitCodeWords(137)}.`,
  docsUrl: run('memory'),
};

// ref: docker-cli-docs/buildx_build.md#progress (auto, none, plain, quiet, rawjson, tty)
export const progressFlag: CliFlagDoc = {
  names: ['--progress'],
  value: { placeholder: 'type', kind: 'plain' },
  summary: 'How the build shows its progress: `auto` (default), `tty`, `plain` (every step\'s full output, handy to read a failing `RUN`), `quiet`, `rawjson` or `none`.',
  docsUrl: build('progress'),
};
