// SPDX-License-Identifier: MIT
// Build failures over one value in a Dockerfile that BuildKit cannot read: a STOPSIGNAL that names no signal,
// a `--chmod` mode, a `FROM --platform`; and a BuildKit-only flag given to the old builder. The editor has a
// Problem for each of these, which quotes the same sentence (knowledge/dockerErrors.ts).
import { code } from '../../render';
import { buildErrorLocation } from './builds';
import { messageKind } from './fromMessage';

const referenceDocs = 'https://docs.docker.com/reference/dockerfile/';

export const invalidStopSignal = messageKind({
  code: 'InvalidStopSignal',
  title: 'Not a signal Docker knows',
  message: 'invalidStopSignal',
  docsUrl: `${referenceDocs}#stopsignal`,
  topics: ['instruction:STOPSIGNAL'],
  explain: (ctx, m) => ({
    lead: `${code(m[1])} is not a signal.`,
    why: ['`STOPSIGNAL` (and `docker kill --signal`) picks the signal sent to ask the program to end; the default, `SIGTERM`, suits most programs.'],
    todo: [`Write a signal name such as ${code('SIGQUIT')} or ${code('SIGINT')}, or leave the line out to keep ${code('SIGTERM')}.`],
    location: buildErrorLocation(ctx),
  }),
});

export const invalidChmod = messageKind({
  code: 'InvalidChmod',
  title: '`--chmod` value Docker cannot read',
  message: 'invalidChmod',
  docsUrl: `${referenceDocs}#copy---chmod`,
  topics: ['instruction:COPY', 'instruction:ADD'],
  explain: (ctx, m) => ({
    lead: `${code(m[1])} is not a mode BuildKit reads.`,
    why: ['Each octal digit gives the rights of owner, group and others: 4 read, 2 write, 1 run, added up (`7` = all three).'],
    todo: [`Use ${code('--chmod=755')} for programs and folders, ${code('--chmod=644')} for plain files.`],
    location: buildErrorLocation(ctx),
  }),
});

export const invalidPlatform = messageKind({
  code: 'InvalidPlatform',
  title: '`--platform` value Docker cannot read',
  message: 'invalidPlatform',
  docsUrl: `${referenceDocs}#from`,
  topics: ['instruction:FROM'],
  explain: (ctx, m) => ({
    lead: `${code(m[1])} is not one platform.`,
    why: ['`FROM --platform` picks the one variant of the base image to build on; several platforms are built by running the build once per platform, which buildx does for you.'],
    todo: [m[1].includes(',')
      ? `Build for several with ${code(`docker buildx build --platform ${m[1]} .`)} and write ${code('FROM --platform=$BUILDPLATFORM')} (or leave the flag out) in the Dockerfile.`
      : `Write ${code('--platform=linux/amd64')} (or ${code('linux/arm64')}).`],
    location: buildErrorLocation(ctx),
  }),
});

export const flagNeedsBuildKit = messageKind({
  code: 'FlagNeedsBuildKit',
  title: 'A flag only BuildKit knows',
  message: 'flagNeedsBuildKit',
  docsUrl: 'https://docs.docker.com/build/buildkit/',
  topics: ['instruction:COPY', 'instruction:RUN'],
  explain: (ctx, m) => ({
    lead: `${code(`--${m[1]}`)} needs BuildKit.`,
    why: ['This build ran with the old builder: `DOCKER_BUILDKIT=0` is set, or the Docker here is older than version 23 and has no buildx.'],
    todo: [`Build with BuildKit: unset ${code('DOCKER_BUILDKIT')} (or set it to ${code('1')}), or run ${code('docker buildx build')}.`],
    location: buildErrorLocation(ctx),
  }),
});

export const dockerfileValueKinds = [invalidStopSignal, invalidChmod, invalidPlatform, flagNeedsBuildKit];
