// SPDX-License-Identifier: MIT
// Failures of the engine itself: nothing answers where the CLI looks, the socket refuses this user, the disk is full.
import { code } from '../../render';
import type { FailureKind } from '../types';
import { dockerFix, fixAction } from '../fixes';

export const daemonNotRunning: FailureKind = {
  code: 'DaemonNotRunning',
  title: 'The Docker engine is not reachable',
  patterns: [
    // docker/cli, every version: "Cannot connect to the Docker daemon at <host>. Is the docker daemon running?"
    /Cannot connect to the Docker daemon at (\S+?)\.? Is the docker daemon running\?/,
    // Docker Desktop on Windows when it is not started: "error during connect: ... open //./pipe/docker_engine: The system cannot find the file specified."
    /error during connect:.*?(\/\/\.\/pipe\/\S+?):? (?:The system cannot find the file specified|open)/,
    // docker/cli with DOCKER_CONTEXT or `docker context use` naming a context that does not exist.
    /(?:unable to resolve docker endpoint: )?context "([^"]+)": context not found/,
  ],
  docsUrl: 'https://docs.docker.com/engine/daemon/start/',
  topics: ['command:docker context'],
  explain(ctx, m) {
    const where = m[1];
    if (m[0].includes('context not found')) {
      return {
        title: `Docker context "${where}" does not exist`,
        what: `The docker command did not even try to reach an engine: the context ${code(where)} it was told to use does not exist.`,
        why: ['A *context* names an engine the `docker` command talks to (this machine, a remote one, Docker Desktop). The name comes from `DOCKER_CONTEXT`, `--context`, or the last `docker context use`.'],
        todo: ['List the contexts that exist with `docker context ls`; the one marked `*` is in use.', 'Unset `DOCKER_CONTEXT`, or `docker context use default` to talk to the engine on this machine.'],
        fixes: [dockerFix(ctx, 'contextList', 'List contexts', ['context', 'ls'])],
      };
    }
    const desktop = where.startsWith('//./pipe/');
    const closedSocket = where.startsWith('unix://') && where !== 'unix:///var/run/docker.sock';
    return {
      what: `The \`docker\` command is only a client: it sends each request to the Docker engine (the daemon, \`dockerd\`), and nothing answered at ${code(where)}.`,
      why: [
        desktop ? 'On Windows and macOS the engine runs inside Docker Desktop; when Docker Desktop is not started, that pipe does not exist.'
          : 'Either the engine is not running, or the client is looking in the wrong place.',
        closedSocket || where.startsWith('tcp://') ? `${code(where)} is not the usual \`unix:///var/run/docker.sock\`, so \`DOCKER_HOST\` or the current context (\`docker context ls\`) points somewhere else.` : 'The client looks where `DOCKER_HOST` says, or else where the current context says; by default that is `/var/run/docker.sock`.',
      ],
      todo: [
        desktop ? 'Start Docker Desktop and wait until it says the engine is running.' : 'Start the engine: `sudo systemctl start docker` on most Linux systems (or start Docker Desktop).',
        'Check where the client looks: `docker context ls`, and `echo $DOCKER_HOST` (empty is normal).',
      ],
      fixes: [
        dockerFix(ctx, 'contextList', 'List contexts', ['context', 'ls']),
        !desktop && !closedSocket ? fixAction(ctx, 'startEngine', 'Start the engine (systemd)', ['sudo', 'systemctl', 'start', 'docker'], 'Asks for your password; needs systemd and the docker package.') : undefined,
      ],
    };
  },
};

export const socketPermissionDenied: FailureKind = {
  code: 'SocketPermissionDenied',
  title: 'No permission to use the Docker socket',
  patterns: [
    // docker/cli: "permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: ... connect: permission denied"
    /permission denied while trying to connect to the Docker (?:daemon socket|API) at ((?:unix|tcp|npipe|ssh):\/\/\S+?):? /i,
    /dial unix (\S*docker\.sock): connect: permission denied/,
  ],
  docsUrl: 'https://docs.docker.com/engine/install/linux-postinstall/',
  explain(ctx, m) {
    return {
      what: `The engine is running, but your user may not open its socket ${code(m[1])}.`,
      why: [
        'The socket belongs to `root` and the `docker` group; other users are refused.',
        'Anyone who can use that socket controls the engine, and the engine runs as root: a container can mount `/` from the host and change anything. So membership of the `docker` group is the same as having root on this machine.',
      ],
      todo: [
        'On your own machine, add yourself to the group (`sudo usermod -aG docker $USER`), then log out and back in; or put `sudo` in front of docker commands.',
        'On a shared machine, ask whoever runs it instead: they may prefer rootless Docker, which needs no such group.',
      ],
      fixes: [fixAction(ctx, 'groups', 'Show my groups', ['id', '-nG'])],
    };
  },
};

export const noSpaceLeft: FailureKind = {
  code: 'NoSpaceLeft',
  title: 'The disk is full',
  patterns: [
    // The kernel's ENOSPC, as Go prints it inside any engine or build error.
    /no space left on device/i,
  ],
  docsUrl: 'https://docs.docker.com/reference/cli/docker/system/prune/',
  explain(ctx) {
    return {
      what: 'A write failed because the disk that holds Docker\'s data (images, containers, build cache, volumes) is full.',
      why: ['Every build leaves layers and cache behind, and every stopped container keeps its files, so this grows until something removes them.'],
      todo: [
        'See what takes the space: `docker system df`.',
        '`docker system prune` asks first, then removes: all stopped containers, all networks no container uses, all dangling images (untagged leftovers), and unused build cache. Running containers, the images they use, tagged images and volumes are kept.',
        'With `-a` it also removes every image no container uses (you will need to pull or build them again) and all build cache; with `--volumes` it also removes anonymous volumes no container uses, which may hold data.',
      ],
      fixes: [dockerFix(ctx, 'systemDf', 'Show disk use', ['system', 'df']), dockerFix(ctx, 'systemPrune', 'Prune (asks first)', ['system', 'prune'])],
    };
  },
};
