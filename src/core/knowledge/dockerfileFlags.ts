// SPDX-License-Identifier: MIT
// The flags each Dockerfile instruction accepts, in a learner's words. Facts (names, defaults,
// allowed values, minimum syntax versions) checked against the Dockerfile reference in
// shared/reference/buildkit-dockerfile-docs/reference.md; the sentences are ours.

/** Instructions that take `--flags`. */
export type FlaggedInstruction = 'FROM' | 'RUN' | 'ADD' | 'COPY' | 'HEALTHCHECK';

export interface FlagDoc {
  /** One or two plain sentences: what the flag does. */
  summary: string;
  /** How it is written, e.g. `--chown=<user>:<group>`. */
  syntax: string;
  /** The value used when the flag is left out. */
  default?: string;
  /** What each allowed value means, when the values are a fixed list. */
  values?: Readonly<Record<string, string>>;
  /** The oldest Dockerfile syntax that has it (see `# syntax=`), when it is not in every version. */
  since?: string;
  watchOut?: readonly string[];
  docsUrl: string;
}

const ref = (anchor: string) => `https://docs.docker.com/reference/dockerfile/#${anchor}`;

/** COPY and ADD share these four; one entry each, used by both. */
const chmod: FlagDoc = {
  summary: 'Sets the permission bits of the copied files, in octal (`755`) or, from syntax 1.14, symbolic (`+x`, `u=rwX,go=rX`) notation.',
  syntax: '--chmod=<perms>',
  since: '1.2',
  watchOut: ['Not supported when building Windows containers.'],
  docsUrl: ref('copy---chmod'),
};
const chown: FlagDoc = {
  summary: 'Sets the owner (user and group) of the copied files. Without it they belong to root (UID 0, GID 0).',
  syntax: '--chown=<user>[:<group>]',
  default: '0:0 (root)',
  watchOut: [
    'User and group names are looked up in the image\'s `/etc/passwd` and `/etc/group`; if a name is missing there, the build fails. Numeric IDs need no lookup.',
    'Not supported when building Windows containers.',
  ],
  docsUrl: ref('copy---chown'),
};
const link: FlagDoc = {
  summary: 'Copies the files into a layer of their own that does not depend on the layers before it, so that layer can be reused even when earlier steps change.',
  syntax: '--link[=<boolean>]',
  default: 'false',
  since: '1.4',
  watchOut: ['With `--link` the copy cannot see earlier files: a symlink at the destination is not followed.'],
  docsUrl: ref('copy---link'),
};
const exclude: FlagDoc = {
  summary: 'Leaves out the files that match a pattern, even when the source would include them. You can repeat it.',
  syntax: '--exclude=<pattern>',
  since: '1.19',
  docsUrl: ref('copy---exclude'),
};

export const dockerfileFlags = {
  FROM: {
    '--platform': {
      summary: 'Picks which platform (OS and CPU architecture) of a multi-platform base image to use, such as `linux/amd64` or `linux/arm64`.',
      syntax: '--platform=<os>/<arch>[/<variant>]',
      default: 'the platform the build targets (`docker build --platform`, or your machine\'s)',
      watchOut: ['`--platform=$BUILDPLATFORM` runs the stage natively on the build machine, which is how you cross-compile; a fixed value such as `linux/amd64` always builds for that platform, under emulation on machines of another kind.'],
      docsUrl: ref('from'),
    },
  },
  RUN: {
    '--mount': {
      summary: 'Mounts something into the build container for this one `RUN` only: files from the context or another stage, a cache folder kept between builds, a tmpfs, a secret, or an SSH agent. Nothing mounted is saved in the layer.',
      syntax: '--mount=[type=<type>][,<option>=<value>...]',
      default: 'type=bind',
      since: '1.2',
      docsUrl: ref('run---mount'),
    },
    '--network': {
      summary: 'Chooses the network this `RUN` command gets while it builds.',
      syntax: '--network=<default|none|host>',
      default: 'default',
      values: {
        default: 'the normal build network, the same as leaving the flag out',
        none: 'no network at all (only loopback): the command cannot download anything',
        host: 'the host machine\'s network; needs the `network.host` entitlement',
      },
      since: '1.3',
      docsUrl: ref('run---network'),
    },
    '--security': {
      summary: 'Chooses whether this `RUN` runs in the normal sandbox or with extra privileges.',
      syntax: '--security=<sandbox|insecure>',
      default: 'sandbox',
      values: {
        sandbox: 'the normal, sandboxed mode, the same as leaving the flag out',
        insecure: 'no sandbox, like `docker run --privileged`; needs the `security.insecure` entitlement',
      },
      since: '1.20',
      docsUrl: ref('run---security'),
    },
    '--device': {
      summary: 'Makes a CDI device, such as a GPU, available to this `RUN` command.',
      syntax: '--device=<name>[,required]',
      since: '1.14-labs',
      watchOut: [
        'Only in the labs syntax: start the file with `# syntax=docker/dockerfile:1-labs`; BuildKit must be 0.20 or later.',
        'Needs the `device` entitlement, enabled on the BuildKit daemon and allowed for the build (`--allow device`).',
      ],
      docsUrl: ref('run---device'),
    },
  },
  ADD: {
    '--keep-git-dir': {
      summary: 'When the source is a Git repository, keeps its `.git` folder in the image (it is left out by default).',
      syntax: '--keep-git-dir=<boolean>',
      default: 'false',
      since: '1.1',
      docsUrl: ref('add---keep-git-dir'),
    },
    '--checksum': {
      summary: 'Checks that a downloaded source is exactly what you expect, and fails the build if not. For a URL it is `sha256:<hash>` of the content; for a Git source it is the commit SHA (or a prefix of it).',
      syntax: '--checksum=<hash>',
      since: '1.6',
      docsUrl: ref('add---checksum'),
    },
    '--chmod': chmod,
    '--chown': chown,
    '--link': link,
    '--unpack': {
      summary: 'Says whether a tar archive is unpacked into the destination. Local archives are unpacked by default; archives downloaded from a URL are not.',
      syntax: '--unpack=<boolean>',
      default: 'true for a local tar archive, false for a URL',
      since: '1.17',
      docsUrl: ref('add---unpack'),
    },
    '--exclude': exclude,
  },
  COPY: {
    '--from': {
      summary: 'Copies from an earlier build stage, an image, or a named build context instead of the build context. Source paths then start at the root of that stage or image.',
      syntax: '--from=<stage|index|image|context>',
      default: 'the build context',
      docsUrl: ref('copy---from'),
    },
    '--chmod': chmod,
    '--chown': chown,
    '--link': link,
    '--parents': {
      summary: 'Keeps the folders of each source path under the destination, like `cp --parents`: `x/a.txt` lands at `<dest>/x/a.txt` instead of `<dest>/a.txt`.',
      syntax: '--parents[=<boolean>]',
      default: 'false',
      since: '1.20',
      watchOut: ['A `./` inside the source path marks where the kept folders start: `./x/./y/a.txt` keeps only `y/`.'],
      docsUrl: ref('copy---parents'),
    },
    '--exclude': exclude,
  },
  HEALTHCHECK: {
    '--interval': {
      summary: 'How long to wait before the first check, and between the end of one check and the start of the next.',
      syntax: '--interval=<duration>',
      default: '30s',
      docsUrl: ref('healthcheck'),
    },
    '--timeout': {
      summary: 'How long one check may take. A check that runs longer is killed and counts as a failure.',
      syntax: '--timeout=<duration>',
      default: '30s',
      docsUrl: ref('healthcheck'),
    },
    '--start-period': {
      summary: 'A warm-up time after the container starts: failed checks during it do not count towards `--retries`. The first check that passes ends it.',
      syntax: '--start-period=<duration>',
      default: '0s',
      docsUrl: ref('healthcheck'),
    },
    '--start-interval': {
      summary: 'How often to check during the start period, so a slow starter is seen as healthy soon after it is ready.',
      syntax: '--start-interval=<duration>',
      default: '5s',
      watchOut: ['Needs Docker Engine 25.0 or later.'],
      docsUrl: ref('healthcheck'),
    },
    '--retries': {
      summary: 'How many failed checks in a row it takes for the container to be marked `unhealthy`.',
      syntax: '--retries=<number>',
      default: '3',
      docsUrl: ref('healthcheck'),
    },
  },
} as const satisfies Record<FlaggedInstruction, Record<string, FlagDoc>>;

/** The flags of `instruction` (any case), or undefined when it takes none. */
export function flagDocsOf(instruction: string): Readonly<Record<string, FlagDoc>> | undefined {
  const key = instruction.toUpperCase();
  return Object.prototype.hasOwnProperty.call(dockerfileFlags, key) ? dockerfileFlags[key as FlaggedInstruction] : undefined;
}

/** The instructions that do take `flag`, e.g. `--chmod` -> ['ADD', 'COPY']. */
export function instructionsWithFlag(flag: string): FlaggedInstruction[] {
  return (Object.keys(dockerfileFlags) as FlaggedInstruction[]).filter(i => flag in dockerfileFlags[i]);
}
