// SPDX-License-Identifier: MIT
// Flags that decide where a result goes or how much a command touches: `--push` and `--load` of a
// build, `--service-ports` of `compose run`, `--remove-orphans`, and what `system prune` deletes. Kept
// apart from dockerCliFlags.ts so that file stays short. Facts checked against
// shared/reference/docker-cli-docs/ (buildx_build.md, compose_run.md, compose_up.md, compose_down.md,
// system_prune.md); the sentences are ours.
import type { CliFlagDoc } from './dockerCliFlags';

const build = (anchor: string) => `https://docs.docker.com/reference/cli/docker/buildx/build/#${anchor}`;
const compose = (page: string) => `https://docs.docker.com/reference/cli/docker/compose/${page}`;

// ref: docker-cli-docs/buildx_build.md#push (shorthand for --output=type=registry) and #docker (the default
// image store cannot load a multi-platform image)
export const pushFlag: CliFlagDoc = {
  names: ['--push'],
  summary: 'Pushes the result to the registry its `-t` name points at as soon as the build ends (short for `--output=type=registry`). A multi-platform result is not loaded into your local images, so `docker run` pulls it from the registry.',
  watchOut: ['Log in first (`docker login`), and give a name that includes your account, such as `me/app:2`.'],
  docsUrl: build('push'),
};

// ref: docker-cli-docs/buildx_build.md#load (shorthand for --output=type=docker)
export const loadFlag: CliFlagDoc = {
  names: ['--load'],
  summary: 'Loads the result into your local images, where `docker images` lists it and `docker run` finds it (short for `--output=type=docker`). With the default image store this works for one platform only.',
  docsUrl: build('load'),
};

// ref: docker-cli-docs/compose_run.md (-P, --service-ports: run with the service's ports mapped to the host)
export const servicePortsFlag: CliFlagDoc = {
  names: ['-P', '--service-ports'],
  summary: 'Publishes the service\'s `ports:` on your machine, as `up` does. Without it, `compose run` publishes none.',
  docsUrl: compose('run/'),
};

// ref: docker-cli-docs/compose_up.md, compose_down.md, compose_run.md (--remove-orphans)
export const removeOrphansFlag: CliFlagDoc = {
  names: ['--remove-orphans'],
  summary: 'Also deletes this project\'s containers whose service is no longer in the Compose file, for example after you renamed or removed a service.',
  docsUrl: compose('up/'),
};

// ref: docker-cli-docs/system_prune.md (-a: all unused images and "all build cache"; --volumes: anonymous
// volumes; -f: no confirmation prompt)
const systemPrune = 'https://docs.docker.com/reference/cli/docker/system/prune/';
export const pruneAllFlag: CliFlagDoc = {
  names: ['-a', '--all'],
  summary: 'Deletes every image no container uses, not only the untagged (dangling) ones, and the whole build cache, not only its unused part: the next `docker run` pulls images again and the next build starts from nothing.',
  docsUrl: systemPrune,
};

export const pruneVolumesFlag: CliFlagDoc = {
  names: ['--volumes'],
  summary: 'Also deletes the anonymous volumes that no container uses, with the data in them. Named volumes stay (`docker volume prune -a` removes those).',
  docsUrl: systemPrune,
};

export const pruneForceFlag: CliFlagDoc = {
  names: ['-f', '--force'],
  summary: 'Skips the "Are you sure?" question, so you do not see the list of what is deleted before it goes.',
  docsUrl: systemPrune,
};
