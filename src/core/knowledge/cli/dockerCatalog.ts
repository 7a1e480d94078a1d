// SPDX-License-Identifier: MIT
// The `docker` commands from `attach` to `wait` that work on containers and builds, under their shortest name. Names, aliases, flags, types and defaults from
// shared/reference/docker-cli-docs/ (checked by test/unit/shell/cliReference.test.ts); the sentences are ours.
import type { CliEntry } from './catalogTypes';

/** The flags of `docker run`; `docker create` has the same but these three. */
const runFlags: readonly string[] = [
  '--add-host <list>', '--annotation <map>', '-a --attach <list>', '--blkio-weight <uint16> =0',
  '--blkio-weight-device <list>', '--cap-add <list>', '--cap-drop <list>', '--cgroup-parent <string>',
  '--cgroupns <string>', '--cidfile <string>', '--cpu-count <int64> =0', '--cpu-percent <int64> =0',
  '--cpu-period <int64> =0', '--cpu-quota <int64> =0', '--cpu-rt-period <int64> =0',
  '--cpu-rt-runtime <int64> =0', '-c --cpu-shares <int64> =0', '--cpus <decimal>',
  '--cpuset-cpus <string>', '--cpuset-mems <string>', '-d --detach', '--detach-keys <string>',
  '--device <list>', '--device-cgroup-rule <list>', '--device-read-bps <list>',
  '--device-read-iops <list>', '--device-write-bps <list>', '--device-write-iops <list>',
  '--dns <list>', '--dns-option <list>', '--dns-search <list>', '--domainname <string>',
  '--entrypoint <string>', '-e --env <list>', '--env-file <list>', '--expose <list>',
  '--gpus <gpu-request>', '--group-add <list>', '--health-cmd <string>',
  '--health-interval <duration> =0s', '--health-retries <int> =0',
  '--health-start-interval <duration> =0s', '--health-start-period <duration> =0s',
  '--health-timeout <duration> =0s', '--help', '-h --hostname <string>', '--init', '-i --interactive',
  '--io-maxbandwidth <bytes> =0', '--io-maxiops <uint64> =0', '--ip <ip>', '--ip6 <ip>',
  '--ipc <string>', '--isolation <string>', '-l --label <list>', '--label-file <list>',
  '--link <list>', '--link-local-ip <list>', '--log-driver <string>', '--log-opt <list>',
  '--mac-address <string>', '-m --memory <bytes> =0', '--memory-reservation <bytes> =0',
  '--memory-swap <bytes> =0', '--memory-swappiness <int64> =-1', '--mount <mount>', '--name <string>',
  '--network <network>', '--network-alias <list>', '--no-healthcheck', '--oom-kill-disable',
  '--oom-score-adj <int> =0', '--pid <string>', '--pids-limit <int64> =0', '--platform <string>',
  '--privileged', '-p --publish <list>', '-P --publish-all', '--pull <string> =missing', '-q --quiet',
  '--read-only', '--restart <string> =no', '--rm', '--runtime <string>', '--security-opt <list>',
  '--shm-size <bytes> =0', '--sig-proxy =true', '--stop-signal <string>', '--stop-timeout <int> =0',
  '--storage-opt <list>', '--sysctl <map>', '--tmpfs <list>', '-t --tty', '--ulimit <ulimit>',
  '--use-api-socket', '-u --user <string>', '--userns <string>', '--uts <string>',
  '-v --volume <list>', '--volume-driver <string>', '--volumes-from <list>', '-w --workdir <string>',
];
const runOnly = ['-d --detach', '--detach-keys <string>', '--sig-proxy =true'];

export const dockerCatalog: Readonly<Record<string, CliEntry>> = {
  attach: {
    what: 'Connects your terminal to the main process of a running container, so you see its output and can type into it. Detach again with Ctrl-P Ctrl-Q; Ctrl-C stops the container.', tags: ['joins a running container'], aka: ['container attach'], page: 'container/attach',
    flags: [
      '--detach-keys <string>', '--no-stdin', '--sig-proxy =true',
    ],
  },
  bake: {
    what: 'Builds several images at once from a bake file (`docker-bake.hcl`, or a Compose file), like a Makefile for `docker build`. Most learners start with plain `docker build`.', tags: ['builds many images'], aka: ['buildx bake'], page: 'bake',
  },
  build: {
    aka: ['buildx b', 'image build', 'buildx build', 'builder build'], page: 'buildx/build',
    flags: [
      '--add-host <list>', '--build-arg <list>', '--cache-from <stringSlice>', '--cgroup-parent <string>',
      '--compress', '--cpu-period <int64> =0', '--cpu-quota <int64> =0', '-c --cpu-shares <int64> =0',
      '--cpuset-cpus <string>', '--cpuset-mems <string>', '-f --file <string>', '--force-rm',
      '--iidfile <string>', '--isolation <string>', '--label <list>', '-m --memory <bytes> =0',
      '--memory-swap <bytes> =0', '--network <string> =default', '--no-cache', '--platform <string>',
      '--pull', '-q --quiet', '--rm =true', '--security-opt <stringSlice>', '--shm-size <bytes> =0',
      '--squash', '-t --tag <list>', '--target <string>', '--ulimit <ulimit>', '--allow <stringArray>',
      '--annotation <stringArray>', '--attest <stringArray>', '--build-context <stringArray>',
      '--builder <string>', '--cache-to <stringArray>', '--call <string> =build', '--check', '-D --debug',
      '--load', '--metadata-file <string>', '--no-cache-filter <stringArray>', '-o --output <stringArray>',
      '--policy <stringArray>', '--progress <string> =auto', '--provenance <string>', '--push',
      '--resource <stringArray>', '--sbom <string>', '--secret <stringArray>', '--ssh <stringArray>',
    ],
  },
  builder: {
    what: 'Groups the commands that manage the BuildKit builder and its cache.', tags: ['manages builds'], page: 'builder',
  },
  'builder prune': {
    what: 'Deletes the build cache BuildKit keeps between builds. The next builds are slower until the cache fills again; `docker system df` shows how much it holds.', tags: ['frees disk space'], page: 'builder/prune',
    flags: [
      '-a --all', '--filter <filter>', '-f --force', '--keep-storage <bytes> =0',
    ],
  },
  commit: {
    what: 'Saves a container\'s current files as a new image. Handy for a quick look, but the image cannot be rebuilt: write a Dockerfile for anything you keep.', tags: ['makes an image'], aka: ['container commit'], page: 'container/commit',
    flags: [
      '-a --author <string>', '-c --change <list>', '-m --message <string>', '--no-pause',
    ],
  },
  container: {
    what: 'Groups the commands that manage containers: `docker container ls`, `docker container rm` and the others are the long names of `docker ps`, `docker rm`.', tags: ['manages containers'], page: 'container',
  },
  cp: {
    what: 'Copies files or folders between a container and your machine, once. Write `container:path` for the container side. Unlike a bind mount (`-v ./src:/app`), nothing stays in sync afterwards.', tags: ['copies files'], aka: ['container cp'], page: 'container/cp',
    flags: [
      '-a --archive', '-L --follow-link', '-q --quiet',
    ],
  },
  create: {
    what: 'Creates a container from an image without starting it; `docker start` starts it later. `docker run` is `create` and `start` in one step.', tags: ['makes a container'], aka: ['container create'], page: 'container/create',
    flags: runFlags.filter(f => !runOnly.includes(f)),
  },
  diff: {
    what: 'Lists the files a container has added (A), changed (C) or deleted (D) compared with its image.', tags: ['shows changes'], aka: ['container diff'], page: 'container/diff',
  },
  exec: {
    aka: ['container exec'], page: 'container/exec',
    flags: [
      '-d --detach', '--detach-keys <string>', '-e --env <list>', '--env-file <list>', '-i --interactive',
      '--privileged', '-t --tty', '-u --user <string>', '-w --workdir <string>',
    ],
  },
  export: {
    what: 'Writes a container\'s whole filesystem to a tar archive (to standard output unless `-o` says a file). Its history and settings are not included; `docker save` keeps an image whole.', tags: ['makes a tar'], aka: ['container export'], page: 'container/export',
    flags: [
      '-o --output <string>',
    ],
  },
  'container inspect': {
    what: 'Prints everything Docker knows about containers as JSON: state, exit code, mounts, networks, IP address, the exact command. `docker ps` shows a summary line; this shows the whole record.', tags: ['shows details'], page: 'container/inspect',
    flags: [
      '-f --format <string>', '-s --size',
    ],
  },
  kill: {
    what: 'Stops a running container at once by sending `SIGKILL` (or the signal you pick), with no grace period. `docker stop` asks nicely first.', tags: ['stops at once'], aka: ['container kill'], page: 'container/kill',
    flags: [
      '-s --signal <string>',
    ],
  },
  logs: {
    aka: ['container logs'], page: 'container/logs',
    flags: [
      '--details', '-f --follow', '--since <string>', '-n --tail <string> =all', '-t --timestamps',
      '--until <string>',
    ],
  },
  ps: {
    aka: ['container ls', 'container ps', 'container list'], page: 'container/ls',
    flags: [
      '-a --all', '-f --filter <filter>', '--format <string>', '-n --last <int> =-1', '-l --latest',
      '--no-trunc', '-q --quiet', '-s --size',
    ],
  },
  pause: {
    what: 'Freezes every process of a container; `docker unpause` lets them continue. The container keeps its memory while paused.', tags: ['freezes'], aka: ['container pause'], page: 'container/pause',
  },
  port: {
    what: 'Shows which ports of your machine lead to which ports of a container, as set by `-p` when it was started.', tags: ['shows ports'], aka: ['container port'], page: 'container/port',
  },
  'container prune': {
    what: 'Deletes every stopped container at once. Their images and named volumes stay.', tags: ['frees disk space'], page: 'container/prune',
    flags: [
      '--filter <filter>', '-f --force',
    ],
  },
  rename: {
    what: 'Gives an existing container a new name.', tags: ['renames'], aka: ['container rename'], page: 'container/rename',
  },
  restart: {
    what: 'Stops a container and starts it again (same container, same files). Handy after changing a config file in a bind mount.', tags: ['restarts'], aka: ['container restart'], page: 'container/restart',
    flags: [
      '-s --signal <string>', '-t --timeout <int> =0',
    ],
  },
  rm: {
    aka: ['container rm', 'container remove'], page: 'container/rm',
    flags: [
      '-f --force', '-l --link', '-v --volumes',
    ],
  },
  run: {
    aka: ['container run'], page: 'container/run',
    flags: runFlags,
  },
  start: {
    aka: ['container start'], page: 'container/start',
    flags: [
      '-a --attach', '--checkpoint <string>', '--checkpoint-dir <string>', '--detach-keys <string>',
      '-i --interactive',
    ],
  },
  stats: {
    what: 'Shows a live table of CPU, memory, network and disk use per running container, like `top` for containers. Ctrl-C leaves it.', tags: ['live usage'], aka: ['container stats'], page: 'container/stats',
    flags: [
      '-a --all', '--format <string>', '--no-stream', '--no-trunc',
    ],
  },
  stop: {
    aka: ['container stop'], page: 'container/stop',
    flags: [
      '-s --signal <string>', '-t --timeout <int> =0',
    ],
  },
  top: {
    what: 'Lists the processes running inside a container, as seen from your machine.', tags: ['lists processes'], aka: ['container top'], page: 'container/top',
  },
  unpause: {
    what: 'Lets the processes of a paused container run again.', tags: ['resumes'], aka: ['container unpause'], page: 'container/unpause',
  },
  update: {
    what: 'Changes the resource limits (`--memory`, `--cpus`) or restart policy of a container that already exists, without re-creating it.', tags: ['changes limits'], aka: ['container update'], page: 'container/update',
    flags: [
      '--blkio-weight <uint16> =0', '--cpu-period <int64> =0', '--cpu-quota <int64> =0',
      '--cpu-rt-period <int64> =0', '--cpu-rt-runtime <int64> =0', '-c --cpu-shares <int64> =0',
      '--cpus <decimal>', '--cpuset-cpus <string>', '--cpuset-mems <string>', '-m --memory <bytes> =0',
      '--memory-reservation <bytes> =0', '--memory-swap <bytes> =0', '--pids-limit <int64> =0',
      '--restart <string>',
    ],
  },
  wait: {
    what: 'Waits until containers stop, then prints their exit codes. Useful in scripts.', tags: ['waits'], aka: ['container wait'], page: 'container/wait',
  },
};
