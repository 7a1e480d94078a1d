// SPDX-License-Identifier: MIT
// InvalidPlatform: a `FROM --platform` value that Docker cannot parse. A platform is `os/arch` or
// `os/arch/variant` (`linux/amd64`, `linux/arm64/v8`), one only: a list such as
// `linux/amd64,linux/arm64` belongs to `docker buildx build --platform`. A single word must be a
// known OS or architecture. Source: moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go
// (buildDispatchStates: platforms.Parse, "failed to parse platform …"), grammar in
// containerd/platforms platforms.go (Parse) and database.go (isKnownOS, isKnownArch).
import { dockerErrors } from '../../../knowledge/dockerErrors';
import type { DockerfileRule } from '../../types';
import { instructionsWith, spanRange } from '../ranges';
import { fromParts, unquoted } from '../buildkit/fromParts';

const KNOWN_OS = new Set(['aix', 'android', 'darwin', 'macos', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl', 'netbsd', 'openbsd', 'plan9', 'solaris', 'windows', 'zos']);
const KNOWN_ARCH = new Set(['386', 'i386', 'amd64', 'x86_64', 'x86-64', 'amd64p32', 'arm', 'armhf', 'armel', 'armbe', 'arm64', 'aarch64', 'arm64be', 'ppc64', 'ppc64le', 'loong64', 'mips', 'mipsle', 'mips64', 'mips64le', 'mips64p32', 'mips64p32le', 'ppc', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm']);
const OS_PART = /^[A-Za-z0-9_-]+(?:\([A-Za-z0-9_.%-]*(?:\+[A-Za-z0-9_.%-]+)*\))?$/;
const PART = /^[A-Za-z0-9_.-]+$/;

/** Why containerd's platforms.Parse refuses `value`, or undefined when it accepts it. */
export function platformProblem(value: string): string | undefined {
  if (value.includes('*')) return 'wildcards not yet supported';
  const parts = value.split('/');
  if (parts.length > 3) return 'cannot parse platform specifier';
  if (!OS_PART.test(parts[0])) return 'invalid OS component';
  if (parts.slice(1).some(p => !PART.test(p))) return 'invalid component';
  if (parts.length === 1 && !KNOWN_OS.has(parts[0].toLowerCase()) && !KNOWN_ARCH.has(parts[0].toLowerCase())) return 'unknown operating system or architecture';
  return undefined;
}

export const invalidPlatform: DockerfileRule = {
  code: 'InvalidPlatform',
  source: 'coach',
  severity: 'error',
  title: '`--platform` value Docker cannot read',
  why: '`FROM --platform` picks the one operating system and CPU type of the base image, written `os/arch` such as `linux/amd64` or `linux/arm64`. A list, a wildcard or an unknown single word stops the build.',
  fix: 'Write one platform, `--platform=linux/amd64`; to build for several, pass the list to `docker buildx build --platform linux/amd64,linux/arm64` and use `--platform=$BUILDPLATFORM` or `$TARGETPLATFORM` here.',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#from',
  reference: 'buildkit-dockerfile-docs/reference.md#from',
  rejectedBy: 'moby/buildkit:frontend/dockerfile/dockerfile2llb/convert.go',
  dockerErrors: ['invalidPlatform'],
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'FROM')) {
      const platform = fromParts(model, inst).platform;
      if (!platform) continue;
      const value = unquoted(platform.text);
      // Variables are filled in from global ARGs first; UndefinedArgInFrom and friends cover those.
      if (!value || value.includes('$')) continue;
      const problem = platformProblem(value);
      if (!problem) continue;
      report({
        range: spanRange(model, platform.start, platform.end),
        message: value.includes(',')
          ? `\`FROM --platform\` takes one platform, not a list: Docker stops with "failed to parse platform ${value}"; build for several with \`docker buildx build --platform ${value}\` instead. ${dockerErrors.invalidPlatform.says}`
          : `\`${value}\` is not a platform Docker can read (${problem}): the build stops with "failed to parse platform ${value}". ${dockerErrors.invalidPlatform.says}`,
      });
    }
  },
};
