// SPDX-License-Identifier: MIT
// The `docker` commands for contexts, images, networks, the system and volumes, under their shortest name. Names, aliases, flags, types and defaults from
// shared/reference/docker-cli-docs/ (checked by test/unit/shell/cliReference.test.ts); the sentences are ours.
import type { CliEntry } from './catalogTypes';

export const dockerCatalogMore: Readonly<Record<string, CliEntry>> = {
  context: {
    what: 'Groups the commands that choose which Docker engine the CLI talks to: the local one, or one on another machine.', tags: ['engine to use'], page: 'context',
  },
  'context create': {
    what: 'Creates a context: a named pointer to a Docker engine, such as one on another machine over SSH.', tags: ['engine to use'], page: 'context/create',
    flags: [
      '--description <string>', '--docker <stringToString>', '--from <string>',
    ],
  },
  'context export': {
    what: 'Writes a context to a file, so you can import it on another machine.', tags: ['engine to use'], page: 'context/export',
  },
  'context import': {
    what: 'Adds a context from a file made by `docker context export`.', tags: ['engine to use'], page: 'context/import',
  },
  'context inspect': {
    what: 'Prints a context\'s settings as JSON: which engine it points at and how.', tags: ['engine to use'], page: 'context/inspect',
    flags: [
      '-f --format <string>',
    ],
  },
  'context ls': {
    what: 'Lists your contexts; the current one has a `*`.', tags: ['engine to use'], aka: ['context list'], page: 'context/ls',
    flags: [
      '--format <string>', '-q --quiet',
    ],
  },
  'context rm': {
    what: 'Deletes contexts. The engines they pointed at are not touched.', tags: ['engine to use'], aka: ['context remove'], page: 'context/rm',
    flags: [
      '-f --force',
    ],
  },
  'context show': {
    what: 'Prints the name of the context in use.', tags: ['engine to use'], page: 'context/show',
  },
  'context update': {
    what: 'Changes the settings of an existing context.', tags: ['engine to use'], page: 'context/update',
    flags: [
      '--description <string>', '--docker <stringToString>',
    ],
  },
  'context use': {
    what: 'Switches the CLI to another context: every later `docker` command talks to that engine, until you switch back with `docker context use default`.', tags: ['engine to use'], page: 'context/use',
  },
  events: {
    what: 'Streams what happens on the engine as it happens: containers created, started, dying, images pulled. Ctrl-C stops it.', tags: ['live events'], aka: ['system events'], page: 'system/events',
    flags: [
      '-f --filter <filter>', '--format <string>', '--since <string>', '--until <string>',
    ],
  },
  history: {
    what: 'Lists the layers of an image, newest first, with the Dockerfile step that made each one and its size. Find the step that makes an image big.', tags: ['shows layers'], aka: ['image history'], page: 'image/history',
    flags: [
      '--format <string>', '-H --human =true', '--no-trunc', '--platform <string>', '-q --quiet',
    ],
  },
  image: {
    what: 'Groups the commands that manage images: `docker image ls`, `docker image rm` and the others are the long names of `docker images`, `docker rmi`.', tags: ['manages images'], page: 'image',
  },
  import: {
    what: 'Makes an image from a tar archive of files (such as one from `docker export`). The image has no history and no `CMD`.', tags: ['makes an image'], aka: ['image import'], page: 'image/import',
    flags: [
      '-c --change <list>', '-m --message <string>', '--platform <string>',
    ],
  },
  'image inspect': {
    what: 'Prints everything about images as JSON: layers, environment, `CMD`, `ENTRYPOINT`, exposed ports, architecture. Check what a Dockerfile really produced.', tags: ['shows details'], page: 'image/inspect',
    flags: [
      '-f --format <string>', '--platform <string>',
    ],
  },
  load: {
    what: 'Loads images from a tar archive made by `docker save`, with their names and layers.', tags: ['loads images'], aka: ['image load'], page: 'image/load',
    flags: [
      '-i --input <string>', '--platform <stringSlice>', '-q --quiet',
    ],
  },
  images: {
    aka: ['image ls', 'image list'], page: 'image/ls',
    flags: [
      '-a --all', '--digests', '-f --filter <filter>', '--format <string>', '--no-trunc', '-q --quiet',
      '--tree',
    ],
  },
  'image prune': {
    what: 'Deletes dangling images (those with no name, shown as `<none>`); with `-a`, every image no container uses.', tags: ['frees disk space'], page: 'image/prune',
    flags: [
      '-a --all', '--filter <filter>', '-f --force',
    ],
  },
  pull: {
    aka: ['image pull'], page: 'image/pull',
    flags: [
      '-a --all-tags', '--platform <string>', '-q --quiet',
    ],
  },
  push: {
    aka: ['image push'], page: 'image/push',
    flags: [
      '-a --all-tags', '--platform <string>', '-q --quiet',
    ],
  },
  rmi: {
    aka: ['image rm', 'image remove'], page: 'image/rm',
    flags: [
      '-f --force', '--no-prune', '--platform <stringSlice>',
    ],
  },
  save: {
    what: 'Writes images, with all their layers and tags, to a tar archive, to move them without a registry; `docker load` reads it back.', tags: ['makes a tar'], aka: ['image save'], page: 'image/save',
    flags: [
      '-o --output <string>', '--platform <stringSlice>',
    ],
  },
  tag: {
    aka: ['image tag'], page: 'image/tag',
  },
  info: {
    what: 'Prints facts about the engine: how many containers and images, storage driver, CPUs and memory it sees, and warnings.', tags: ['engine facts'], aka: ['system info'], page: 'system/info',
    flags: [
      '-f --format <string>',
    ],
  },
  inspect: {
    what: 'Prints the full JSON record of any Docker object by name or ID: container, image, volume, network. `--type` picks when names clash. `docker ps` and `docker images` show summary lines; this shows everything.', tags: ['shows details'], page: 'inspect',
    flags: [
      '-f --format <string>', '-s --size', '--type <string>',
    ],
  },
  login: {
    page: 'login',
    flags: [
      '-p --password <string>', '--password-stdin', '-u --username <string>',
    ],
  },
  logout: {
    what: 'Signs out of a registry and removes the stored credentials.', tags: ['registry account'], page: 'logout',
  },
  network: {
    what: 'Groups the commands that manage networks: containers on the same user-made network reach each other by name.', tags: ['manages networks'], page: 'network',
  },
  'network connect': {
    what: 'Attaches a running container to another network, so it can reach the containers there by name.', tags: ['joins a network'], page: 'network/connect',
    flags: [
      '--alias <stringSlice>', '--driver-opt <stringSlice>', '--gw-priority <int> =0', '--ip <ip>',
      '--ip6 <ip>', '--link <list>', '--link-local-ip <ipSlice>',
    ],
  },
  'network create': {
    page: 'network/create',
    flags: [
      '--attachable', '--aux-address <map>', '--config-from <string>', '--config-only',
      '-d --driver <string> =bridge', '--gateway <ipSlice>', '--ingress', '--internal',
      '--ip-range <ipNetSlice>', '--ipam-driver <string> =default', '--ipam-opt <map>', '--ipv4 =true',
      '--ipv6', '--label <list>', '-o --opt <map>', '--scope <string>', '--subnet <stringSlice>',
    ],
  },
  'network disconnect': {
    what: 'Detaches a container from a network.', tags: ['leaves a network'], page: 'network/disconnect',
    flags: [
      '-f --force',
    ],
  },
  'network inspect': {
    page: 'network/inspect',
    flags: [
      '-f --format <string>', '-v --verbose',
    ],
  },
  'network ls': {
    aka: ['network list'], page: 'network/ls',
    flags: [
      '-f --filter <filter>', '--format <string>', '--no-trunc', '-q --quiet',
    ],
  },
  'network prune': {
    what: 'Deletes every network no container uses. Built-in networks stay.', tags: ['frees resources'], page: 'network/prune',
    flags: [
      '--filter <filter>', '-f --force',
    ],
  },
  'network rm': {
    what: 'Deletes networks. A network that containers are still attached to cannot be deleted.', tags: ['deletes networks'], aka: ['network remove'], page: 'network/rm',
    flags: [
      '-f --force',
    ],
  },
  search: {
    what: 'Searches Docker Hub for images by name, and shows their stars and whether they are official.', tags: ['finds images'], page: 'search',
    flags: [
      '-f --filter <filter>', '--format <string>', '--limit <int> =0', '--no-trunc',
    ],
  },
  system: {
    what: 'Groups the commands about the whole engine: disk use, cleaning up, events, info.', tags: ['whole engine'], page: 'system',
  },
  'system df': {
    what: 'Shows how much disk space images, containers, volumes and build cache take, and how much could be freed. Look here before `docker system prune`.', tags: ['disk use'], page: 'system/df',
    flags: [
      '--format <string>', '-v --verbose',
    ],
  },
  'system dial-stdio': {
    what: 'A helper that other tools use to reach the engine over standard input and output. You do not run it yourself.', tags: ['internal'], page: 'system/dial-stdio',
  },
  'system prune': {
    page: 'system/prune',
    flags: [
      '-a --all', '--filter <filter>', '-f --force', '--volumes',
    ],
  },
  version: {
    what: 'Prints the version of the `docker` CLI and of the engine it talks to. If the server part fails, the engine is not running or not reachable.', tags: ['versions'], page: 'version',
    flags: [
      '-f --format <string>',
    ],
  },
  volume: {
    what: 'Groups the commands that manage named volumes, where Docker keeps data that outlives containers.', tags: ['manages volumes'], page: 'volume',
  },
  'volume create': {
    page: 'volume/create',
    flags: [
      '--availability <string> =active', '-d --driver <string> =local', '--group <string>',
      '--label <list>', '--limit-bytes <bytes> =0', '-o --opt <map>', '--required-bytes <bytes> =0',
      '--scope <string> =single', '--secret <map>', '--sharing <string> =none',
      '--topology-preferred <list>', '--topology-required <list>', '--type <string> =block',
    ],
  },
  'volume inspect': {
    what: 'Prints a volume\'s details as JSON, including `Mountpoint`, where its data lives on the engine\'s machine.', tags: ['shows details'], page: 'volume/inspect',
    flags: [
      '-f --format <string>',
    ],
  },
  'volume ls': {
    aka: ['volume list'], page: 'volume/ls',
    flags: [
      '--cluster', '-f --filter <filter>', '--format <string>', '-q --quiet',
    ],
  },
  'volume prune': {
    page: 'volume/prune',
    flags: [
      '-a --all', '--filter <filter>', '-f --force',
    ],
  },
  'volume rm': {
    aka: ['volume remove'], page: 'volume/rm',
    flags: [
      '-f --force',
    ],
  },
  'volume update': {
    what: 'Changes a cluster volume (Swarm only). Plain local volumes have nothing to update.', tags: ['Swarm'], page: 'volume/update',
    flags: [
      '--availability <string> =active',
    ],
  },
};
