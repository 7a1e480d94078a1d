// SPDX-License-Identifier: MIT
// The `docker compose` commands. Names, aliases, flags, types and defaults from
// shared/reference/docker-cli-docs/ (checked by test/unit/shell/cliReference.test.ts); the sentences are ours.
import type { CliEntry } from './catalogTypes';

export const composeCatalog: Readonly<Record<string, CliEntry>> = {
  alpha: {
    what: 'Experimental Compose commands that may change or go away.', tags: ['experimental'], page: 'alpha',
  },
  'alpha dry-run': {
    what: 'Shows what a Compose command would do without doing it (an experimental command).', tags: ['experimental'], page: 'alpha/dry-run',
  },
  'alpha generate': {
    what: 'Writes a Compose file from containers that are already running (experimental).', tags: ['experimental'], page: 'alpha/generate',
    flags: [
      '--format <string> =yaml', '--name <string>', '--project-dir <string>',
    ],
  },
  'alpha publish': {
    what: 'The experimental form of `docker compose publish`.', tags: ['experimental'], page: 'alpha/publish',
    flags: [
      '--app', '--oci-version <string>', '--resolve-image-digests', '--with-env', '-y --yes',
    ],
  },
  'alpha scale': {
    what: 'The experimental form of `docker compose scale`.', tags: ['experimental'], page: 'alpha/scale',
    flags: [
      '--no-deps',
    ],
  },
  'alpha viz': {
    what: 'Prints a graph of the project\'s services, networks and ports (experimental).', tags: ['experimental'], page: 'alpha/viz',
    flags: [
      '--image', '--indentation-size <int> =1', '--networks', '--ports', '--spaces',
    ],
  },
  'alpha watch': {
    what: 'The experimental form of `docker compose watch`.', tags: ['experimental'], page: 'alpha/watch',
    flags: [
      '--no-up', '--quiet',
    ],
  },
  attach: {
    what: 'Connects your terminal to the running container of a service, to see its output and type into it.', tags: ['joins a service'], page: 'attach',
    flags: [
      '--detach-keys <string>', '--index <int> =0', '--no-stdin', '--sig-proxy =true',
    ],
  },
  bridge: {
    what: 'Converts a Compose file into another format, such as Kubernetes manifests or Helm charts.', tags: ['converts'], page: 'bridge',
  },
  'bridge convert': {
    what: 'Converts the Compose project into Kubernetes (or other) files, using transformation images.', tags: ['converts'], page: 'bridge/convert',
    flags: [
      '-o --output <string> =out', '--templates <string>', '-t --transformation <stringArray>',
    ],
  },
  'bridge transformations': {
    what: 'Manages the transformation images `compose bridge` uses.', tags: ['converts'], page: 'bridge/transformations',
  },
  'bridge transformations create': {
    what: 'Creates a new transformation to customise, starting from an existing one.', tags: ['converts'], page: 'bridge/transformations/create',
    flags: [
      '-f --from <string>',
    ],
  },
  'bridge transformations ls': {
    what: 'Lists the available transformations.', tags: ['converts'], aka: ['bridge transformations list'], page: 'bridge/transformations/ls',
    flags: [
      '--format <string> =table', '-q --quiet',
    ],
  },
  build: {
    page: 'build',
    flags: [
      '--build-arg <stringArray>', '--builder <string>', '--check', '-m --memory <bytes> =0', '--no-cache',
      '--print', '--provenance <string>', '--pull', '--push', '-q --quiet', '--sbom <string>',
      '--ssh <string>', '--with-dependencies',
    ],
  },
  commit: {
    what: 'Saves a service container\'s current files as a new image, like `docker commit` by service name.', tags: ['makes an image'], page: 'commit',
    flags: [
      '-a --author <string>', '-c --change <list>', '--index <int> =0', '-m --message <string>',
      '-p --pause =true',
    ],
  },
  config: {
    aka: ['convert'], page: 'config',
    flags: [
      '--environment', '--format <string>', '--hash <string>', '--images', '--lock-image-digests',
      '--models', '--networks', '--no-consistency', '--no-env-resolution', '--no-interpolate',
      '--no-normalize', '--no-path-resolution', '-o --output <string>', '--profiles', '-q --quiet',
      '--resolve-image-digests', '--services', '--variables', '--volumes',
    ],
  },
  cp: {
    what: 'Copies files between a service\'s container and your machine, like `docker cp` by service name (`web:/path`). Nothing stays in sync afterwards.', tags: ['copies files'], page: 'cp',
    flags: [
      '--all', '-a --archive', '-L --follow-link', '--index <int> =0',
    ],
  },
  create: {
    what: 'Creates the containers (and networks, volumes) of the app without starting them; `docker compose start` starts them.', tags: ['makes containers'], page: 'create',
    flags: [
      '--build', '--force-recreate', '--no-build', '--no-recreate', '--pull <string> =policy',
      '--quiet-pull', '--remove-orphans', '--scale <stringArray>', '-y --yes',
    ],
  },
  down: {
    page: 'down',
    flags: [
      '--remove-orphans', '--rmi <string>', '-t --timeout <int> =0', '-v --volumes',
    ],
  },
  events: {
    what: 'Streams the events of the project\'s containers as they happen.', tags: ['live events'], page: 'events',
    flags: [
      '--json', '--since <string>', '--until <string>',
    ],
  },
  exec: {
    page: 'exec',
    flags: [
      '-d --detach', '-e --env <stringArray>', '--index <int> =0', '-T --no-tty =true', '--privileged',
      '-u --user <string>', '-w --workdir <string>',
    ],
  },
  export: {
    what: 'Writes a service container\'s filesystem to a tar archive, like `docker export`.', tags: ['makes a tar'], page: 'export',
    flags: [
      '--index <int> =0', '-o --output <string>',
    ],
  },
  images: {
    what: 'Lists the images the project\'s containers use.', tags: ['lists images'], page: 'images',
    flags: [
      '--format <string> =table', '-q --quiet',
    ],
  },
  kill: {
    what: 'Stops the service containers at once with `SIGKILL` (or another signal), with no grace period. `docker compose stop` asks nicely first.', tags: ['stops at once'], page: 'kill',
    flags: [
      '--remove-orphans', '-s --signal <string> =SIGKILL',
    ],
  },
  logs: {
    page: 'logs',
    flags: [
      '-f --follow', '--index <int> =0', '--no-color', '--no-log-prefix', '--since <string>',
      '-n --tail <string> =all', '-t --timestamps', '--until <string>',
    ],
  },
  ls: {
    what: 'Lists the Compose projects running on this engine, with their state and Compose files.', tags: ['lists projects'], page: 'ls',
    flags: [
      '-a --all', '--filter <filter>', '--format <string> =table', '-q --quiet',
    ],
  },
  pause: {
    what: 'Freezes the processes of the services\' containers; `docker compose unpause` resumes them.', tags: ['freezes'], page: 'pause',
  },
  port: {
    what: 'Prints the address and port of your machine that leads to a service\'s port, as published by `ports:`.', tags: ['shows ports'], page: 'port',
    flags: [
      '--index <int> =0', '--protocol <string> =tcp',
    ],
  },
  ps: {
    page: 'ps',
    flags: [
      '-a --all', '--filter <string>', '--format <string>', '--no-trunc', '--orphans =true', '-q --quiet',
      '--services', '--status <stringArray>',
    ],
  },
  publish: {
    what: 'Publishes the Compose application itself as an OCI artifact to a registry, so others can run it by name.', tags: ['shares the app'], page: 'publish',
    flags: [
      '--app', '--oci-version <string>', '--resolve-image-digests', '--with-env', '-y --yes',
    ],
  },
  pull: {
    page: 'pull',
    flags: [
      '--ignore-buildable', '--ignore-pull-failures', '--include-deps', '--policy <string>', '-q --quiet',
    ],
  },
  push: {
    what: 'Uploads the images of the services that have both `build:` and `image:` to their registry.', tags: ['uploads images'], page: 'push',
    flags: [
      '--ignore-push-failures', '--include-deps', '-q --quiet',
    ],
  },
  restart: {
    what: 'Restarts the services\' containers as they are. Changes to the Compose file are not applied: `docker compose up` does that.', tags: ['restarts'], page: 'restart',
    flags: [
      '--no-deps', '-t --timeout <int> =0',
    ],
  },
  rm: {
    what: 'Deletes the stopped containers of the services. `docker compose down` also removes the networks.', tags: ['deletes containers'], page: 'rm',
    flags: [
      '-f --force', '-s --stop', '-v --volumes',
    ],
  },
  run: {
    page: 'run',
    flags: [
      '--build', '--cap-add <list>', '--cap-drop <list>', '-d --detach', '--entrypoint <string>',
      '-e --env <stringArray>', '--env-from-file <stringArray>', '-i --interactive =true',
      '-l --label <stringArray>', '--name <string>', '--no-deps', '-T --no-tty =true',
      '-p --publish <stringArray>', '--pull <string> =policy', '-q --quiet', '--quiet-build',
      '--quiet-pull', '--remove-orphans', '--rm', '-P --service-ports', '--use-aliases',
      '-u --user <string>', '-v --volume <stringArray>', '-w --workdir <string>',
    ],
  },
  scale: {
    what: 'Sets how many containers a service runs, like `up --scale`.', tags: ['replicas'], page: 'scale',
    flags: [
      '--no-deps',
    ],
  },
  start: {
    what: 'Starts the existing, stopped containers of the services. Creates nothing: `up` does.', tags: ['starts'], page: 'start',
    flags: [
      '--wait', '--wait-timeout <int> =0',
    ],
  },
  stats: {
    what: 'Shows a live table of CPU, memory and network use of the project\'s containers.', tags: ['live usage'], page: 'stats',
    flags: [
      '-a --all', '--format <string>', '--no-stream', '--no-trunc',
    ],
  },
  stop: {
    what: 'Stops the services\' containers without deleting them; `start` brings them back, `down` deletes them.', tags: ['stops'], page: 'stop',
    flags: [
      '-t --timeout <int> =0',
    ],
  },
  top: {
    what: 'Lists the processes running in each service container.', tags: ['lists processes'], page: 'top',
  },
  unpause: {
    what: 'Lets paused service containers run again.', tags: ['resumes'], page: 'unpause',
  },
  up: {
    page: 'up',
    flags: [
      '--abort-on-container-exit', '--abort-on-container-failure', '--always-recreate-deps',
      '--attach <stringArray>', '--attach-dependencies', '--build', '-d --detach',
      '--exit-code-from <string>', '--force-recreate', '--menu', '--no-attach <stringArray>', '--no-build',
      '--no-color', '--no-deps', '--no-log-prefix', '--no-recreate', '--no-start',
      '--pull <string> =policy', '--quiet-build', '--quiet-pull', '--remove-orphans',
      '-V --renew-anon-volumes', '--scale <stringArray>', '-t --timeout <int> =0', '--timestamps',
      '--wait', '--wait-timeout <int> =0', '-w --watch', '-y --yes',
    ],
  },
  version: {
    what: 'Prints the version of Compose.', tags: ['version'], page: 'version',
    flags: [
      '-f --format <string>', '--short',
    ],
  },
  volumes: {
    what: 'Lists the volumes of the project.', tags: ['lists volumes'], page: 'volumes',
    flags: [
      '--format <string> =table', '-q --quiet',
    ],
  },
  wait: {
    what: 'Waits until the service containers stop, then exits with the first exit code.', tags: ['waits'], page: 'wait',
    flags: [
      '--down-project',
    ],
  },
  watch: {
    what: 'Watches your source files and syncs or rebuilds the services as you save, following each service\'s `develop.watch` rules.', tags: ['live reload'], page: 'watch',
    flags: [
      '--no-up', '--prune =true', '--quiet',
    ],
  },
};
