// SPDX-License-Identifier: MIT
// What each `docker` subcommand a learner meets first does, in a learner's words. Facts checked against
// shared/reference/docker-cli-docs/ (docker.md and the container_*, image_*, network_*, volume_* pages);
// the sentences are ours.
import { exitCodeWords } from './exitCodes';
import * as f from './dockerCliFlags';
import type { CliFlagDoc } from './dockerCliFlags';
import { loadFlag, pruneAllFlag, pruneForceFlag, pruneVolumesFlag, pushFlag } from './dockerCliEffectFlags';

/** A positional argument: what the word in that place is. */
export interface CliArgDoc {
  /** How usage writes it: `IMAGE`, `CONTAINER`, `PATH`. */
  name: string;
  summary: string;
  /** The image to start: the hover says it comes last and that words after it replace CMD. */
  isImage?: boolean;
  /** The argument may repeat (`docker rm a b c`). */
  repeats?: boolean;
}

export interface CliCommandDoc {
  /** `docker run`, `docker volume ls`, `docker compose up`. */
  title: string;
  usage: string;
  summary: string;
  tags?: readonly string[];
  /** The flags the hover explains. */
  flags: readonly CliFlagDoc[];
  /** Other options that take a value: listed only so their value is not mistaken for an argument. */
  otherValueOptions?: readonly string[];
  args?: readonly CliArgDoc[];
  /**
   * Words after the arguments form a command for the container. Docker stops reading its own flags at the
   * first argument then, so a flag written after the image belongs to that command.
   */
  command?: { summary: string };
  watchOut?: readonly string[];
  /** Watch-outs that a flag settles: left out of the hover of a line that has one of `unlessFlags` (any spelling). */
  lineAdvice?: readonly { text: string; unlessFlags: readonly string[] }[];
  docsUrl: string;
}

/** The watch-outs of `doc` for a line whose flags are `has`, or all of them when there is no line. */
export function watchOutFor(doc: CliCommandDoc, has?: (name: string) => boolean): string[] {
  const advice = (doc.lineAdvice ?? []).filter(a => !has || !a.unlessFlags.some(has)).map(a => a.text);
  return [...advice, ...(doc.watchOut ?? [])];
}

const cli = (path: string) => `https://docs.docker.com/reference/cli/docker/${path}/`;

const runValueOptions = [
  '--add-host', '--annotation', '-a', '--attach', '--blkio-weight', '--blkio-weight-device', '--cap-add', '--cap-drop',
  '--cgroup-parent', '--cgroupns', '--cidfile', '--cpu-count', '--cpu-percent', '--cpu-period', '--cpu-quota',
  '--cpu-rt-period', '--cpu-rt-runtime', '-c', '--cpu-shares', '--cpuset-cpus', '--cpuset-mems', '--detach-keys',
  '--device', '--device-cgroup-rule', '--device-read-bps', '--device-read-iops', '--device-write-bps', '--device-write-iops',
  '--dns', '--dns-option', '--dns-search', '--domainname', '--expose', '--gpus', '--group-add', '--health-cmd',
  '--health-interval', '--health-retries', '--health-start-interval', '--health-start-period', '--health-timeout', '-h',
  '--hostname', '--io-maxbandwidth', '--io-maxiops', '--ip', '--ip6', '--ipc', '--isolation', '-l', '--label', '--label-file',
  '--link', '--link-local-ip', '--log-driver', '--log-opt', '--mac-address', '--memory-reservation',
  '--memory-swap', '--memory-swappiness', '--network-alias', '--oom-score-adj', '--pid', '--pids-limit', '--platform',
  '--pull', '--runtime', '--security-opt', '--shm-size', '--stop-signal', '--stop-timeout', '--storage-opt', '--sysctl',
  '--tmpfs', '--ulimit', '--userns', '--uts', '--volume-driver', '--volumes-from',
];

const buildValueOptions = [
  '--add-host', '--allow', '--annotation', '--attest', '--build-context', '--builder', '--cache-from', '--cache-to', '--call',
  '--cgroup-parent', '--iidfile', '--label', '--metadata-file', '--network', '--no-cache-filter', '-o', '--output', '--policy',
  '--provenance', '--resource', '--sbom', '--secret', '--shm-size', '--ssh', '--ulimit', '-m', '--memory',
];

const image: CliArgDoc = {
  name: 'IMAGE',
  isImage: true,
  summary: 'The image to start a container from, as `name:tag`. It comes after all of docker\'s own flags.',
};

/** The `docker` subcommands, by the name used on the command line (`volume ls` for two-word ones). */
export const dockerCommands = {
  build: {
    title: 'docker build', usage: 'docker build [OPTIONS] PATH', tags: ['makes an image'],
    summary: 'Builds an image from a Dockerfile. Each instruction runs in turn, and the result is stored as an image on your machine (or, with `--push`, sent to a registry).',
    flags: [f.tagFlag, f.fileFlag, f.buildArgFlag, f.targetFlag, f.noCacheFlag, f.platformFlag, f.progressFlag, pushFlag, loadFlag],
    otherValueOptions: buildValueOptions,
    args: [{ name: 'PATH', summary: 'The build context: the folder whose files are sent to the builder. `COPY` and `ADD` can only see files inside it, and the `Dockerfile` is read from its top unless `-f` says otherwise.' }],
    watchOut: ['Add a `.dockerignore` so folders like `node_modules` or `.git` are not sent with the context.'],
    docsUrl: cli('buildx/build'),
  },
  run: {
    title: 'docker run', usage: 'docker run [OPTIONS] IMAGE [COMMAND] [ARG...]', tags: ['starts a new container'],
    summary: 'Creates a new container from an image and starts it. Every `docker run` makes a new container; `docker start` restarts an old one.',
    flags: [f.rmFlag, f.publishFlag, f.publishAllFlag, f.interactiveFlag, f.ttyFlag, f.detachFlag, f.envFlag, f.envFileFlag, f.nameFlag,
      f.volumeFlag, f.mountFlag, f.networkFlag, f.workdirFlag, f.entrypointFlag, f.userFlag, f.restartFlag, f.cpusFlag, f.memoryFlag],
    otherValueOptions: runValueOptions,
    args: [image],
    command: { summary: 'Runs instead of the image\'s `CMD`: words after the image name replace the default command.' },
    watchOut: ['The image name comes last among docker\'s own arguments. A flag written after it (`docker run myimage --rm`) is passed to the container\'s command, not to docker.'],
    docsUrl: cli('container/run'),
  },
  exec: {
    title: 'docker exec', usage: 'docker exec [OPTIONS] CONTAINER COMMAND [ARG...]', tags: ['inside a running container'],
    summary: 'Runs one more command inside a container that is already running. `docker exec -it <name> bash` gives you a shell inside it.',
    flags: [f.execInteractiveFlag, f.execTtyFlag, f.execUserFlag, f.execWorkdirFlag, f.execEnvFlag, f.execDetachFlag],
    otherValueOptions: ['--detach-keys', '--env-file'],
    args: [{ name: 'CONTAINER', summary: 'The running container to go into, by name or ID (see `docker ps`).' }],
    command: { summary: 'The command to run inside the container. The image must contain it: slim images often have `sh` but no `bash`.' },
    watchOut: ['The container must be running; a stopped one needs `docker start` first.'],
    docsUrl: cli('container/exec'),
  },
  ps: {
    title: 'docker ps', usage: 'docker ps [OPTIONS]', tags: ['lists containers'],
    summary: 'Lists containers with their ID, image, status, published ports and name. By default only running ones.',
    flags: [f.allFlag, f.quietFlag],
    otherValueOptions: ['-f', '--filter', '--format', '-n', '--last'],
    docsUrl: cli('container/ls'),
  },
  images: {
    title: 'docker images', usage: 'docker images [OPTIONS] [REPOSITORY[:TAG]]', tags: ['lists images'],
    summary: 'Lists the images stored on your machine, with their name, tag, ID and size.',
    flags: [], otherValueOptions: ['-f', '--filter', '--format', '--platform'],
    docsUrl: cli('image/ls'),
  },
  rmi: {
    title: 'docker rmi', usage: 'docker rmi [OPTIONS] IMAGE [IMAGE...]', tags: ['deletes images'],
    summary: 'Deletes images from your machine, by `name:tag` or ID.',
    flags: [], otherValueOptions: ['--platform'],
    args: [{ name: 'IMAGE', repeats: true, summary: 'An image to delete, by `name:tag` or ID. It takes images, not containers: delete a container with `docker rm`.' }],
    watchOut: [
      'An image a container still uses (even a stopped one) cannot be deleted: remove the container first with `docker rm`.',
      'An image with several tags is only untagged by `docker rmi name:tag`; it is deleted when its last tag goes.',
    ],
    docsUrl: cli('image/rm'),
  },
  rm: {
    title: 'docker rm', usage: 'docker rm [OPTIONS] CONTAINER [CONTAINER...]', tags: ['deletes containers'],
    summary: 'Deletes stopped containers, by name or ID. Their image stays.',
    flags: [f.rmForceFlag],
    args: [{ name: 'CONTAINER', repeats: true, summary: 'A container to delete, by name or ID.' }],
    lineAdvice: [{ text: 'A running container is refused unless you stop it first (or add `-f`, which kills it).', unlessFlags: ['--force'] }],
    docsUrl: cli('container/rm'),
  },
  stop: {
    title: 'docker stop', usage: 'docker stop [OPTIONS] CONTAINER [CONTAINER...]', tags: ['stops containers'],
    summary: `Asks the main process of a running container to stop (with \`SIGTERM\`, unless the image's \`STOPSIGNAL\` names another signal), and kills it with \`SIGKILL\` if it has not stopped after a grace period (10 seconds by default); a container killed that way shows ${exitCodeWords(137)}.`,
    flags: [], otherValueOptions: ['-s', '--signal', '-t', '--timeout'],
    args: [{ name: 'CONTAINER', repeats: true, summary: 'A running container to stop, by name or ID.' }],
    watchOut: ['A stopped container still exists (see `docker ps -a`) unless it was started with `--rm`.'],
    docsUrl: cli('container/stop'),
  },
  start: {
    title: 'docker start', usage: 'docker start [OPTIONS] CONTAINER [CONTAINER...]', tags: ['starts old containers'],
    summary: 'Starts a stopped container again, with the files it had when it stopped. Unlike `docker run`, it creates nothing new.',
    flags: [], otherValueOptions: ['--detach-keys'],
    args: [{ name: 'CONTAINER', repeats: true, summary: 'A stopped container to start, by name or ID.' }],
    docsUrl: cli('container/start'),
  },
  logs: {
    title: 'docker logs', usage: 'docker logs [OPTIONS] CONTAINER', tags: ['shows output'],
    summary: 'Shows what a container has printed so far, on standard output and standard error.',
    flags: [{ ...f.followFlag, docsUrl: cli('container/logs') }, { ...f.logsTailFlag, docsUrl: cli('container/logs') }], otherValueOptions: ['--since', '--until'],
    args: [{ name: 'CONTAINER', summary: 'The container whose output to show, by name or ID; stopped ones work too.' }],
    docsUrl: cli('container/logs'),
  },
  pull: {
    title: 'docker pull', usage: 'docker pull [OPTIONS] NAME[:TAG]', tags: ['downloads an image'],
    summary: 'Downloads an image from a registry (Docker Hub unless the name starts with another registry\'s address).',
    flags: [], otherValueOptions: ['--platform'],
    args: [{ name: 'NAME[:TAG]', summary: 'The image to download; without a tag, `:latest`.' }],
    docsUrl: cli('image/pull'),
  },
  push: {
    title: 'docker push', usage: 'docker push [OPTIONS] NAME[:TAG]', tags: ['uploads an image'],
    summary: 'Uploads an image to a registry. The image name says where it goes: `user/app` goes to your Docker Hub account.',
    flags: [], otherValueOptions: ['--platform'],
    args: [{ name: 'NAME[:TAG]', summary: 'The image to upload, named for its registry and account.' }],
    watchOut: ['Log in first (`docker login`), and tag the image with your account name (`docker tag app user/app:1.0`).'],
    docsUrl: cli('image/push'),
  },
  tag: {
    title: 'docker tag', usage: 'docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]', tags: ['names an image'],
    summary: 'Gives an existing image another name. Nothing is copied: both names point to the same image.',
    flags: [],
    args: [{ name: 'SOURCE_IMAGE', summary: 'The image that already exists.' }, { name: 'TARGET_IMAGE', summary: 'The new name for it, often with a registry or account in front for `docker push`.' }],
    docsUrl: cli('image/tag'),
  },
  login: {
    title: 'docker login', usage: 'docker login [OPTIONS] [SERVER]', tags: ['registry account'],
    summary: 'Signs in to a registry (Docker Hub unless you name a server), so you can push and pull private images.',
    flags: [], otherValueOptions: ['-u', '--username', '-p', '--password'],
    args: [{ name: 'SERVER', summary: 'The registry to sign in to; Docker Hub when left out.' }],
    watchOut: ['Do not put the password on the command line with `-p`: it ends up in your shell history. Use `--password-stdin`.'],
    docsUrl: cli('login'),
  },
  'volume ls': {
    title: 'docker volume ls', usage: 'docker volume ls [OPTIONS]', tags: ['lists volumes'],
    summary: 'Lists the volumes Docker manages. Named volumes keep their data after the containers using them are gone.',
    flags: [], otherValueOptions: ['-f', '--filter', '--format'],
    docsUrl: cli('volume/ls'),
  },
  'volume create': {
    title: 'docker volume create', usage: 'docker volume create [OPTIONS] [VOLUME]', tags: ['makes a volume'],
    summary: 'Creates a named volume. `docker run -v name:/path` also creates one when it does not exist yet.',
    flags: [], otherValueOptions: ['-d', '--driver', '--label', '-o', '--opt'],
    args: [{ name: 'VOLUME', summary: 'The name of the new volume.' }],
    docsUrl: cli('volume/create'),
  },
  'volume rm': {
    title: 'docker volume rm', usage: 'docker volume rm [OPTIONS] VOLUME [VOLUME...]', tags: ['deletes data'],
    summary: 'Deletes volumes, and the data in them.',
    flags: [],
    args: [{ name: 'VOLUME', repeats: true, summary: 'A volume to delete.' }],
    watchOut: ['A volume that a container uses, even a stopped one, cannot be removed.'],
    docsUrl: cli('volume/rm'),
  },
  'volume prune': {
    title: 'docker volume prune', usage: 'docker volume prune [OPTIONS]', tags: ['deletes data'],
    summary: 'Deletes the anonymous volumes that no container uses; with `-a`, unused named volumes too.',
    flags: [], otherValueOptions: ['--filter'],
    watchOut: ['The data in them is gone for good: with `-a`, that includes a database volume whose containers you removed.'],
    docsUrl: cli('volume/prune'),
  },
  'network ls': {
    title: 'docker network ls', usage: 'docker network ls [OPTIONS]', tags: ['lists networks'],
    summary: 'Lists networks: the built-in `bridge`, `host` and `none`, plus those you or Compose created.',
    flags: [], otherValueOptions: ['-f', '--filter', '--format'],
    docsUrl: cli('network/ls'),
  },
  'network create': {
    title: 'docker network create', usage: 'docker network create [OPTIONS] NETWORK', tags: ['makes a network'],
    summary: 'Creates a network (a `bridge` network unless `--driver` says otherwise). Containers on it reach each other by name.',
    flags: [], otherValueOptions: ['-d', '--driver', '--subnet', '--gateway', '--ip-range', '--label', '-o', '--opt'],
    args: [{ name: 'NETWORK', summary: 'The name of the new network, for `docker run --network`.' }],
    docsUrl: cli('network/create'),
  },
  'network inspect': {
    title: 'docker network inspect', usage: 'docker network inspect [OPTIONS] NETWORK [NETWORK...]', tags: ['shows details'],
    summary: 'Prints a network\'s details as JSON, including its subnet and the containers attached to it.',
    flags: [], otherValueOptions: ['-f', '--format'],
    args: [{ name: 'NETWORK', repeats: true, summary: 'A network to show, by name or ID.' }],
    docsUrl: cli('network/inspect'),
  },
  'system prune': {
    title: 'docker system prune', usage: 'docker system prune [OPTIONS]', tags: ['frees disk space'],
    summary: 'Deletes stopped containers, unused networks, dangling images and unused build cache. Add `-a` for every unused image and all build cache, and `--volumes` for unused anonymous volumes.',
    flags: [pruneAllFlag, pruneVolumesFlag, pruneForceFlag], otherValueOptions: ['--filter'],
    watchOut: ['With `--volumes` it deletes data too.'],
    lineAdvice: [{ text: 'It asks before deleting; read the list.', unlessFlags: ['--force'] }],
    docsUrl: cli('system/prune'),
  },
} as const satisfies Record<string, CliCommandDoc>;

export type DockerCommandName = keyof typeof dockerCommands;

/** Longer spellings that mean the same command: `docker container run` is `docker run`. */
export const dockerCommandAliases: Readonly<Record<string, DockerCommandName>> = {
  'container run': 'run', 'container exec': 'exec', 'container ls': 'ps', 'container list': 'ps', 'container ps': 'ps',
  'container rm': 'rm', 'container stop': 'stop', 'container start': 'start', 'container logs': 'logs',
  'image build': 'build', 'buildx build': 'build', 'builder build': 'build', 'image ls': 'images', 'image list': 'images',
  'image rm': 'rmi', 'image pull': 'pull', 'image push': 'push', 'image tag': 'tag',
  'volume list': 'volume ls', 'network list': 'network ls',
};

/** First words that take a second word to name the command (`docker volume ls`). */
export const dockerManagementCommands: ReadonlySet<string> = new Set(['container', 'image', 'volume', 'network', 'system', 'buildx', 'builder']);

/** Options of `docker` itself, before the subcommand, that take a value (from docker.md). */
export const dockerGlobalValueOptions: ReadonlySet<string> = new Set(['--config', '-c', '--context', '-H', '--host', '-l', '--log-level', '--tlscacert', '--tlscert', '--tlskey']);
