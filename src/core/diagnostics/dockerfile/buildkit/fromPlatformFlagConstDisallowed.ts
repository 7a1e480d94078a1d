// SPDX-License-Identifier: MIT
// FromPlatformFlagConstDisallowed: `FROM --platform=linux/amd64` pins one platform, unless the stage
// name says the stage is meant for it (`build_amd64`).
// Reference: buildkit-dockerfile-docs/rules-from-platform-flag-const-disallowed.md
import type { DockerfileRule } from '../../types';
import { instructionsWith, spanRange } from '../ranges';
import { fromParts, unquoted } from './fromParts';

const oses = new Set(['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl', 'netbsd', 'openbsd', 'plan9', 'solaris', 'wasip1', 'windows', 'zos']);
const arches = new Set(['386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'loong64', 'mips', 'mipsle', 'mips64', 'mips64le', 'mips64p32', 'mips64p32le', 'ppc', 'ppc64', 'ppc64le', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm']);
const archAliases: Record<string, string> = { i386: '386', x86_64: 'amd64', 'x86-64': 'amd64', aarch64: 'arm64', armhf: 'arm', armel: 'arm' };

/** `os[/arch[/variant]]` or a lone os or arch, as containerd's platforms.Parse reads it; undefined if not a platform. */
function parsePlatform(value: string): { os: string; arch: string } | undefined {
  const parts = value.toLowerCase().split('/');
  if (parts.some(p => !/^[a-z0-9_.-]+$/.test(p)) || parts.length > 3) return undefined;
  const arch = (a: string) => archAliases[a] ?? (arches.has(a) ? a : undefined);
  if (parts.length === 1) {
    if (oses.has(parts[0])) return { os: parts[0], arch: 'amd64' };
    const a = arch(parts[0]);
    return a ? { os: 'linux', arch: a } : undefined;
  }
  const a = arch(parts[1]);
  return oses.has(parts[0]) && a ? { os: parts[0], arch: a } : undefined;
}

export const fromPlatformFlagConstDisallowed: DockerfileRule = {
  code: 'FromPlatformFlagConstDisallowed',
  source: 'buildkit',
  severity: 'warning',
  title: 'FROM --platform is a fixed value',
  why: 'A fixed `--platform` makes this stage build for that one platform whatever you ask for, so the Dockerfile can no longer build images for other machines (for example Apple silicon or a Raspberry Pi).',
  fix: 'Leave `--platform` out and pass `docker build --platform` instead, or use a variable such as `$BUILDPLATFORM`. If the stage is meant for one platform, put it in the stage name (`AS build_amd64`).',
  docsUrl: 'https://docs.docker.com/reference/build-checks/from-platform-flag-const-disallowed/',
  // hadolint's DL3029 flags every --platform but $BUILDPLATFORM/$TARGETPLATFORM; a constant is the case that matters.
  hadolint: ['DL3029'],
  reference: 'buildkit-dockerfile-docs/rules-from-platform-flag-const-disallowed.md',
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'FROM')) {
      const { platform, name } = fromParts(model, inst);
      if (!platform || platform.text.includes('$')) continue;
      const value = unquoted(platform.text);
      const parsed = parsePlatform(value);
      if (!parsed) continue;
      const stage = name?.text.toLowerCase() ?? '';
      if (stage.includes(parsed.os) || stage.includes(parsed.arch)) continue;
      report({ range: spanRange(model, platform.start, platform.end), message: `FROM --platform flag should not use constant value "${value}"` });
    }
  },
};
