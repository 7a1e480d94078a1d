// SPDX-License-Identifier: MIT
// `RUN --mount` types and their options, in a learner's words. Facts (which option belongs to which
// type, aliases, defaults) checked against the "RUN --mount" tables of the Dockerfile reference;
// the sentences are ours.

export type MountType = 'bind' | 'cache' | 'tmpfs' | 'secret' | 'ssh';

export interface MountTypeDoc {
  summary: string;
  /** The options this type accepts, canonical names only (aliases are in `mountOptionAliases`). */
  options: readonly MountOptionName[];
  watchOut?: readonly string[];
  docsUrl: string;
}

export type MountOptionName =
  | 'type' | 'target' | 'source' | 'from' | 'rw' | 'ro' | 'id' | 'sharing' | 'mode' | 'uid' | 'gid' | 'size' | 'env' | 'required';

export interface MountOptionDoc {
  /** What the option does for every type that takes it. */
  summary: string;
  /** What it means, or defaults to, for one particular type. */
  byType?: Partial<Record<MountType, string>>;
  /** What each allowed value means, when the values are a fixed list. */
  values?: Readonly<Record<string, string>>;
}

const ref = (anchor: string) => `https://docs.docker.com/reference/dockerfile/#${anchor}`;

export const mountTypes = {
  bind: {
    summary: 'Makes files from the build context (or from a stage or image given with `from=`) visible during this `RUN`, read-only, without copying them into the image.',
    options: ['target', 'source', 'from', 'rw'],
    watchOut: ['This is the type you get when `type=` is left out.'],
    docsUrl: ref('run---mounttypebind'),
  },
  cache: {
    summary: 'A folder that survives from one build to the next, for package managers and compilers to keep their downloads. It speeds builds up but is never part of the image.',
    options: ['id', 'target', 'ro', 'sharing', 'from', 'source', 'mode', 'uid', 'gid'],
    watchOut: ['The cache can be emptied at any time (another build or garbage collection), so the command must still work when it starts out empty.'],
    docsUrl: ref('run---mounttypecache'),
  },
  tmpfs: {
    summary: 'An empty folder kept in memory for this `RUN` only.',
    options: ['target', 'size'],
    docsUrl: ref('run---mounttypetmpfs'),
  },
  secret: {
    summary: 'Gives this `RUN` a secret (a token, a key) as a file or an environment variable, without leaving it in the image or the build cache. You pass it with `docker build --secret id=<id>,src=<file>`.',
    options: ['id', 'target', 'env', 'required', 'mode', 'uid', 'gid'],
    docsUrl: ref('run---mounttypesecret'),
  },
  ssh: {
    summary: 'Lets this `RUN` use your SSH agent (for example to clone a private Git repository) without copying any key into the image. Build with `docker build --ssh default`.',
    options: ['id', 'target', 'required', 'mode', 'uid', 'gid'],
    docsUrl: ref('run---mounttypessh'),
  },
} as const satisfies Record<MountType, MountTypeDoc>;

export const mountOptions = {
  type: {
    summary: 'Which kind of mount this is.',
    values: { bind: 'files from the context, a stage or an image', cache: 'a folder kept between builds', tmpfs: 'an in-memory folder', secret: 'a secret file or variable', ssh: 'your SSH agent' },
  },
  target: {
    summary: 'Where the mount appears inside the build container.',
    byType: {
      bind: 'Required: the path where the files appear.',
      cache: 'Required: the folder the tool writes its cache to (each package manager has its own).',
      tmpfs: 'Required: the path of the in-memory folder.',
      secret: 'The file the secret appears as. Default: `/run/secrets/<id>` (unless `env` is set).',
      ssh: 'The path of the agent socket. Default: `/run/buildkit/ssh_agent.<N>`.',
    },
  },
  source: {
    summary: 'A path inside the `from` source to mount, instead of its root.',
    byType: {
      bind: 'Default: the root of `from` (the build context when there is no `from`).',
      cache: 'A sub-folder of `from` to mount. Default: its root.',
    },
  },
  from: {
    summary: 'A build stage, named context or image to take the files from.',
    byType: {
      bind: 'Default: the build context.',
      cache: 'Its files become the starting content of the cache. Default: an empty folder.',
    },
  },
  rw: {
    summary: 'Lets the command write to the bind mount. What it writes is thrown away when this `RUN` ends; it never reaches the image.',
    byType: { bind: 'Default: read-only.' },
  },
  ro: {
    summary: 'Makes the cache read-only for this command.',
    byType: { cache: 'Default: writable.' },
  },
  id: {
    summary: 'Names the cache, secret or SSH key this mount uses.',
    byType: {
      cache: 'Mounts with the same id share one cache. Default: the `target` path.',
      secret: 'Must match the id given to `docker build --secret id=...`. Default: the file name of `target`.',
      ssh: 'Must match the name given to `docker build --ssh <id>`. Default: `default`.',
    },
  },
  sharing: {
    summary: 'What happens when several builds use this cache at the same time.',
    byType: { cache: 'Default: `shared`.' },
    values: {
      shared: 'all writers use the cache at once',
      private: 'a second writer gets a new, separate cache',
      locked: 'a second writer waits until the first one is done (what `apt` needs)',
    },
  },
  mode: {
    summary: 'The permission bits, in octal, of the mounted item.',
    byType: { cache: 'Of a new cache folder. Default: `0755`.', secret: 'Of the secret file. Default: `0400`.', ssh: 'Of the agent socket. Default: `0600`.' },
  },
  uid: {
    summary: 'The user ID that owns the mounted item.',
    byType: { cache: 'Of a new cache folder. Default: `0` (root).', secret: 'Of the secret file. Default: `0` (root).', ssh: 'Of the agent socket. Default: `0` (root).' },
  },
  gid: {
    summary: 'The group ID that owns the mounted item.',
    byType: { cache: 'Of a new cache folder. Default: `0`.', secret: 'Of the secret file. Default: `0`.', ssh: 'Of the agent socket. Default: `0`.' },
  },
  size: {
    summary: 'The most space the in-memory folder may use.',
  },
  env: {
    summary: 'Puts the secret in this environment variable (instead of, or as well as, a file). Needs Dockerfile syntax 1.10 or later.',
    byType: { secret: 'With `env` and no `target`, no file is created.' },
  },
  required: {
    summary: 'With `required=true` the build fails when the secret or key was not passed, instead of going on without it.',
    byType: { secret: 'Default: `false`.', ssh: 'Default: `false`.' },
  },
} as const satisfies Record<MountOptionName, MountOptionDoc>;

/** Other spellings BuildKit accepts for an option. */
export const mountOptionAliases: Readonly<Record<string, MountOptionName>> = {
  dst: 'target', destination: 'target', readwrite: 'rw', readonly: 'ro',
};

/** The canonical option name for `name` (any case, aliases resolved), or undefined. */
export function canonicalMountOption(name: string): MountOptionName | undefined {
  const n = name.toLowerCase();
  if (Object.prototype.hasOwnProperty.call(mountOptions, n)) return n as MountOptionName;
  return mountOptionAliases[n];
}

/** True when `type` names one of the five mount types. */
export function isMountType(type: string): type is MountType {
  return Object.prototype.hasOwnProperty.call(mountTypes, type);
}
