// SPDX-License-Identifier: MIT
// Build arguments Docker defines without an `ARG` line. Checked against "Predefined ARGs",
// "Automatic platform ARGs in the global scope" and "BuildKit built-in build args" in the
// Dockerfile reference; the sentences are ours.

export type PredefinedKind = 'proxy' | 'platform' | 'buildkit';

export interface PredefinedArg {
  kind: PredefinedKind;
  summary: string;
}

const proxy = (what: string): PredefinedArg => ({
  kind: 'proxy',
  summary: `${what}, passed with \`docker build --build-arg\` (the \`proxies\` setting in \`~/.docker/config.json\` passes it for you). You may use it without an \`ARG\` line; unless you declare one, it is left out of \`docker history\` and changing it does not invalidate the cache.`,
});

export const predefinedArgs = {
  HTTP_PROXY: proxy('The proxy for HTTP requests'),
  http_proxy: proxy('The proxy for HTTP requests'),
  HTTPS_PROXY: proxy('The proxy for HTTPS requests'),
  https_proxy: proxy('The proxy for HTTPS requests'),
  FTP_PROXY: proxy('The proxy for FTP requests'),
  ftp_proxy: proxy('The proxy for FTP requests'),
  NO_PROXY: proxy('The hosts that skip the proxy'),
  no_proxy: proxy('The hosts that skip the proxy'),
  ALL_PROXY: proxy('The proxy for all protocols'),
  all_proxy: proxy('The proxy for all protocols'),
  TARGETPLATFORM: { kind: 'platform', summary: 'The platform the image is built for, such as `linux/amd64` or `linux/arm/v7` (set with `docker build --platform`).' },
  TARGETOS: { kind: 'platform', summary: 'The OS part of `TARGETPLATFORM`, such as `linux`.' },
  TARGETARCH: { kind: 'platform', summary: 'The CPU architecture part of `TARGETPLATFORM`, such as `amd64` or `arm64`.' },
  TARGETVARIANT: { kind: 'platform', summary: 'The variant part of `TARGETPLATFORM`, such as `v7` in `linux/arm/v7` (often empty).' },
  BUILDPLATFORM: { kind: 'platform', summary: 'The platform of the machine running the build, such as `linux/amd64`.' },
  BUILDOS: { kind: 'platform', summary: 'The OS part of `BUILDPLATFORM`.' },
  BUILDARCH: { kind: 'platform', summary: 'The CPU architecture part of `BUILDPLATFORM`.' },
  BUILDVARIANT: { kind: 'platform', summary: 'The variant part of `BUILDPLATFORM`.' },
  BUILDKIT_BUILD_NAME: { kind: 'buildkit', summary: 'Overrides the build name shown by `docker buildx history` and Docker Desktop.' },
  BUILDKIT_CACHE_MOUNT_NS: { kind: 'buildkit', summary: 'An optional namespace for cache mount ids.' },
  BUILDKIT_CONTEXT_KEEP_GIT_DIR: { kind: 'buildkit', summary: 'Keeps the `.git` folder when the build context is a Git repository.' },
  BUILDKIT_INLINE_CACHE: { kind: 'buildkit', summary: 'Whether to write cache metadata into the image config.' },
  BUILDKIT_MULTI_PLATFORM: { kind: 'buildkit', summary: 'Asks for the same output shape whether or not the build is multi-platform.' },
  BUILDKIT_SANDBOX_HOSTNAME: { kind: 'buildkit', summary: 'The host name inside build containers (default `buildkitsandbox`).' },
  BUILDKIT_SYNTAX: { kind: 'buildkit', summary: 'The frontend image to build with; `dockerfile.v0` ignores the `# syntax=` line.' },
  SOURCE_DATE_EPOCH: { kind: 'buildkit', summary: 'A Unix timestamp used as the creation time of the image and its layers, for reproducible builds (Dockerfile 1.5 and BuildKit 0.11 or later).' },
} as const satisfies Record<string, PredefinedArg>;

export type PredefinedArgName = keyof typeof predefinedArgs;

/**
 * What a bare `ARG name` (no `=value`) leaves in `name`, as a sentence. The platform ARGs are filled in
 * by BuildKit ("Automatic platform ARGs in the global scope": redeclaring one without a value brings it
 * into the stage); every other name is empty unless the build passes a value. `inStage` is false for an
 * `ARG` before the first `FROM`. `globalDefault` says a global `ARG` of the same name may give a default.
 */
export function bareArgSentence(name: string, inStage: boolean, globalDefault = false): string {
  const arg = predefinedArg(name);
  const n = `\`${name}\``;
  if (arg?.kind === 'platform') {
    return inStage
      ? `Redeclares the automatic ${n} so this stage can use it: BuildKit fills in its value. ${arg.summary}`
      : `Declares the automatic ${n} before the first \`FROM\`, where BuildKit already fills it in; \`FROM\` lines can use it, and a stage that needs it declares \`ARG ${name}\` again. ${arg.summary}`;
  }
  // ref: buildkit-dockerfile-docs/reference.md#predefined-args (declaring a proxy ARG keeps it in history and the cache key)
  const tail = arg?.kind === 'proxy' ? ' Declaring it puts its value in `docker history` and in the build cache key.'
    : arg?.kind === 'buildkit' ? ' BuildKit itself reads this name as a build setting.' : '';
  return `Declares ${n} without setting it: ${unsetArgValue(name)}${globalDefault ? ', or a global `ARG` of the same name gives a default' : ''}.${tail}`;
}

/** What a declared build argument with no default holds when the build passes no value for it. */
export function unsetArgValue(name: string): string {
  // ref: docker-cli-docs/docker.md (the `proxies` setting of config.json is passed as --build-arg on docker build)
  return predefinedArg(name)?.kind === 'proxy'
    ? `it is empty unless the build passes \`--build-arg ${name}=...\` (the \`proxies\` setting in \`~/.docker/config.json\` passes one for you)`
    : `it is empty unless you pass \`--build-arg ${name}=...\``;
}

/** True for the platform ARGs that BuildKit sets by itself (`TARGETARCH`, `BUILDPLATFORM`...). */
export function isAutomaticArg(name: string): boolean {
  return predefinedArg(name)?.kind === 'platform';
}

/** The predefined argument called `name` (exact case: `HTTP_PROXY` and `http_proxy` both exist). */
export function predefinedArg(name: string): PredefinedArg | undefined {
  return Object.prototype.hasOwnProperty.call(predefinedArgs, name) ? predefinedArgs[name as PredefinedArgName] : undefined;
}
