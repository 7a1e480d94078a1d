// SPDX-License-Identifier: MIT
// Failures finding an image: a registry that says no, a tag that does not exist, no network, a name
// that is not a valid reference, an image that is not here, or one that containers still use.
import { code } from '../../render';
import { imageOf } from '../commandContext';
import type { CommandContext, FailureKind } from '../types';
import { dockerFix, repeatWith, validContainer, validImage } from '../fixes';
import { dockerfileOf } from '../locate';
import { isOfficialImage } from '../../knowledge/officialImages';
import { untagged } from '../../imageTag';
import type { Action } from '../../types';

/** True when a reference names no registry, so it would be an image on Docker Hub or one built here. */
function looksLocal(ref: string): boolean {
  const first = ref.split('/')[0];
  return !ref.includes('/') || !(first.includes('.') || first.includes(':') || first === 'localhost');
}

/** True for `docker run` and `docker create`, which pull only an image they cannot find here (`--pull=missing`). */
function pullsOnlyWhenMissing(ctx: CommandContext): boolean {
  return ctx.command === 'run' || ctx.command === 'create';
}

/**
 * `docker build -t <ref> .` when the folder has a Dockerfile handed in: the image may simply never have been
 * built. Only for `run` and `create` (`pull` always asks the registry), and never under the name of a Docker
 * Official Image, which the learner's build would then hide.
 */
function buildItFix(ctx: CommandContext, ref: string | undefined): Action | undefined {
  const image = validImage(ref);
  if (!image || !looksLocal(image) || isOfficialImage(image) || !pullsOnlyWhenMissing(ctx) || !ctx.cwd) return undefined;
  const here = ctx.files.some((f) => /[\\/]Dockerfile$/.test(f.path));
  return here ? dockerFix(ctx, 'buildImage', `Build ${image} here`, ['build', '-t', image, '.']) : undefined;
}

const listImages = (ctx: CommandContext): Action | undefined => dockerFix(ctx, 'listImages', 'List local images', ['images']);

export const pullAccessDenied: FailureKind = {
  code: 'PullAccessDenied',
  title: 'Image not found in the registry',
  patterns: [
    // moby distribution/errors.go: "pull access denied for <name>, repository does not exist or may require 'docker login'"
    /pull access denied for ([^\s,]+), repository does not exist or may require 'docker login'/,
    // A registry's NAME_UNKNOWN: "repository <name> not found: name unknown"
    /repository (\S+) not found: name unknown/,
    // BuildKit resolving FROM: "failed to resolve source metadata for docker.io/library/x:latest: pull access denied, repository does not exist or may require authorization"
    /failed to resolve source metadata for (\S+?): pull access denied/,
  ],
  commands: ['run', 'pull', 'create', 'build', 'compose up', 'compose pull', 'compose run', 'compose build', 'compose create'],
  docsUrl: 'https://docs.docker.com/reference/cli/docker/image/pull/',
  topics: ['command:docker pull', 'command:docker build'],
  explain(ctx, m) {
    const ref = imageOf(ctx) ?? m[1];
    return {
      what: `The registry has no image ${code(m[1])} that you may read, so it could not be downloaded.`,
      why: [
        ctx.command === 'run' || ctx.command === 'create' ? `\`docker ${ctx.command}\` looks for ${code(ref)} on this machine first; it was not here, so Docker tried to pull it.` : `Docker asked the registry for ${code(m[1])}.`,
        ctx.command === 'pull' ? 'The name is misspelt, or the image is private and needs `docker login`.' : 'Most often this is an image you meant to build yourself and never built, or built under another name or tag. Otherwise the name is misspelt, or it is private and needs `docker login`.',
      ],
      todo: ctx.command === 'pull' ? ['Check the spelling (Docker Hub shows the exact name), or log in to the registry that has it.']
        : ['Check `docker images` for the name and tag you built.', 'Build it first (`docker build -t <name> .`), or fix the spelling, or log in to the registry that has it.'],
      fixes: [buildItFix(ctx, ref), listImages(ctx)],
    };
  },
};

export const manifestUnknown: FailureKind = {
  code: 'ManifestUnknown',
  title: 'That tag does not exist',
  patterns: [
    // moby distribution/pull_v2.go: "manifest for <ref> not found: manifest unknown"
    /manifest for (\S+) not found: manifest unknown/,
    // BuildKit resolving FROM: "failed to resolve source metadata for docker.io/library/node:99: docker.io/library/node:99: not found"
    /failed to resolve source metadata for (\S+?): \S+: not found/,
  ],
  commands: ['run', 'pull', 'create', 'build', 'compose up', 'compose pull', 'compose run', 'compose build', 'compose create'],
  docsUrl: 'https://docs.docker.com/reference/cli/docker/image/pull/',
  topics: ['command:docker pull', 'instruction:FROM'],
  explain(ctx, m) {
    const ref = m[1];
    const repo = untagged(ref, ':@');
    const tag = ref.slice(repo.length + 1) || 'latest';
    // `docker images` matched its filter only against the short name (`python`) before Engine 29.5.
    const familiar = familiarName(repo);
    return {
      what: `The repository exists, but it has no tag ${code(tag)}.`,
      why: [
        'A tag is just a label the publisher chose (`3.12-slim`, `20-alpine`); only the ones they pushed exist. Some images have no `latest` tag at all.',
        ctx.command === 'build' ? 'The tag comes from a `FROM` line of the Dockerfile.' : `The tag comes from ${code(imageOf(ctx) ?? ref)} on your command line.`,
      ],
      todo: ['Look up the tags the image really has on its registry page (Docker Hub lists them under "Tags").', shorterTag(tag) ? `Fix the tag; a shorter one such as ${code(shorterTag(tag)!)} follows the latest patch release.` : 'Fix the tag to one the registry lists.'],
      location: ctx.command === 'build' ? fromLine(ctx, repo) : undefined,
      fixes: [validImage(familiar) ? dockerFix(ctx, 'listTags', `Local tags of ${familiar}`, ['images', familiar]) : undefined],
    };
  },
};

/** The short name Docker shows for a Docker Hub repository: `docker.io/library/python` is `python`. */
function familiarName(repo: string): string {
  return repo.replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '').replace(/^library\//, '');
}

/** `3.12` for a tag `3.12.99` or `3.12.99-slim` (keeping the variant): the same line without its patch number. */
function shorterTag(tag: string): string | undefined {
  const m = /^(\d+\.\d+)\.\d+(-.*)?$/.exec(tag);
  return m ? m[1] + (m[2] ?? '') : undefined;
}

function fromLine(ctx: CommandContext, repo: string) {
  const short = repo.replace(/^docker\.io\/(library\/)?/, '');
  const file = dockerfileOf(ctx);
  if (!file) return undefined;
  const lines = file.text.split(/\r\n|\r|\n/);
  const line = lines.findIndex((l) => /^\s*FROM\s/i.test(l) && l.includes(short));
  return line >= 0 ? { path: file.path, line } : undefined;
}

export const registryUnreachable: FailureKind = {
  code: 'RegistryUnreachable',
  title: 'Registry not reachable',
  patterns: [
    // Go's resolver and dialer inside the engine's registry client: "Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io ...: no such host"
    /Get "?(https?:\/\/[^/"\s]+)\/v2\/?"?: (?:dial tcp: lookup \S+(?: on \S+)?: (?:no such host|server misbehaving|Temporary failure in name resolution)|dial tcp \S+: (?:i\/o timeout|connect: network is unreachable|connect: connection refused)|net\/http: (?:TLS handshake timeout|request canceled[^\n]*)|context deadline exceeded)/,
    // BuildKit: "failed to do request: Head "https://registry-1.docker.io/v2/library/node/manifests/20": dial tcp: lookup registry-1.docker.io: no such host"
    /failed to do request: \w+ "(https?:\/\/[^/"]+)[^"]*": dial tcp/,
  ],
  docsUrl: 'https://docs.docker.com/reference/cli/docker/image/pull/',
  topics: ['command:docker pull'],
  explain(ctx, m) {
    const ref = imageOf(ctx);
    const neverBuilt = /Unable to find image '([^']+)' locally/.exec(ctx.output);
    const wanted = ref ?? imageBeingPulled(ctx.output);
    return {
      what: `The engine could not reach the registry at ${code(m[1])}${wanted ? ` to download ${code(wanted)}` : ''}: no network, no DNS, or a proxy in the way.`,
      why: [
        neverBuilt ? `${code(neverBuilt[1])} is not on this machine ("Unable to find image locally"), so Docker went to download it, and the download failed.`
          : ctx.command === 'pull' ? '`docker pull` always asks the registry, even for an image that is already here, so it needs the network.'
            : 'The image had to be downloaded, and the download failed before the registry could even answer.',
        ref && looksLocal(ref) && pullsOnlyWhenMissing(ctx) && !isOfficialImage(ref) ? `If ${code(ref)} is an image you meant to build yourself, it was never built under that exact name and tag: \`docker ${ctx.command}\` only downloads an image it cannot find here.` : 'Offline, only images already on this machine can be used.',
      ],
      todo: [ctx.command === 'pull' ? 'Check with `docker images` whether the image is already here: `docker run` can use it without the network.' : 'Check `docker images` for the name and tag you expected.', 'Check the network (and any proxy set for the engine), then try again.'],
      fixes: [buildItFix(ctx, ref), listImages(ctx)],
      location: ctx.command === 'build' && wanted ? fromLine(ctx, untagged(wanted, ':@')) : undefined,
    };
  },
};

/**
 * The image a build or `compose up` was downloading when the registry could not be reached. BuildKit names it
 * in "failed to resolve source metadata for docker.io/library/python:3.12: failed to do request" (or its
 * "ERROR [internal] load metadata for ..." step); the old builder prints the step it was on: "Step 1/8 : FROM python:3.12".
 */
function imageBeingPulled(output: string): string | undefined {
  const kit = /failed to resolve source metadata for (\S+?):\s/.exec(output) ?? /ERROR[^\n]*load metadata for (\S+)/.exec(output);
  if (kit) return familiarName(kit[1]);
  return [...output.matchAll(/^Step \d+\/\d+ : FROM (?:--platform=\S+\s+)?(\S+)/gim)].pop()?.[1];
}

export const invalidReference: FailureKind = {
  code: 'InvalidReference',
  title: 'Not a valid image name',
  patterns: [
    // distribution/reference: "invalid reference format: repository name (library/MyApp) must be lowercase"
    /invalid reference format: repository name (?:\((\S+)\) )?must be lowercase/,
    /invalid reference format/,
  ],
  docsUrl: 'https://docs.docker.com/reference/cli/docker/image/tag/',
  explain(ctx) {
    const ref = ctx.command === 'build' ? (ctx.inv?.flags.find((f) => f.name === '-t' || f.name === '--tag')?.value) : imageOf(ctx);
    const lower = ref?.toLowerCase();
    const fixed = lower && lower !== ref && validImage(lower) ? lower : undefined;
    return {
      what: ref ? `${code(ref)} is not a valid image name, so Docker stopped before doing anything.` : 'An image name on this line is not valid, so Docker stopped before doing anything.',
      why: [
        'Image names may only use lowercase letters, digits and the separators `.`, `_` and `-`, with `/` between parts, then `:` and a tag. Uppercase letters, spaces and an empty name (often an unset `$VARIABLE`) are refused.',
        ...(ref && /[A-Z]/.test(ref) ? [`${code(ref)} has uppercase letters.`] : []),
      ],
      todo: [fixed ? `Write it in lowercase: ${code(fixed)}.` : 'Use lowercase letters, digits, `.`, `_` and `-` in the name.'],
      fixes: [fixed && ref ? repeatWith(ctx, 'lowercaseImage', `Use ${fixed}`, (args) => args.map((a) => (a === ref ? fixed : a))) : undefined],
    };
  },
};

export const noSuchImage: FailureKind = {
  code: 'NoSuchImage',
  title: 'No such image here',
  patterns: [
    // moby: "Error response from daemon: No such image: web:dev" and the CLI's "Error: No such image: web"
    /No such image: (\S+)/,
  ],
  docsUrl: 'https://docs.docker.com/reference/cli/docker/image/ls/',
  topics: ['command:docker images'],
  explain(ctx, m) {
    return {
      what: `There is no image ${code(m[1])} on this machine.`,
      why: ['Commands like `rmi`, `tag`, `save` and `image inspect` only look at local images; they never download. A name without a tag means `:latest`, which may not be the tag you built.'],
      todo: ['List what is here with `docker images` and use the exact name and tag shown.'],
      fixes: [listImages(ctx)],
    };
  },
};

export const imageInUse: FailureKind = {
  code: 'ImageInUse',
  title: 'Image still used by a container',
  patterns: [
    // moby daemon/image_delete.go: "conflict: unable to remove repository reference "web" (must force) - container 0123abcd is using its referenced image 4567"
    /conflict: unable to remove repository reference "([^"]+)" \(must force\) - container ([0-9a-f]+) is using its referenced image/,
    // "conflict: unable to delete 4567 (must be forced) - image is being used by stopped container 0123abcd"
    /conflict: unable to delete (\S+) \((?:must be forced|cannot be forced)\) - image is being used by (?:stopped|running) container ([0-9a-f]+)/,
  ],
  commands: ['rmi', 'image prune'],
  docsUrl: 'https://docs.docker.com/reference/cli/docker/image/rm/',
  topics: ['command:docker rmi', 'command:docker rm'],
  explain(ctx, m) {
    const container = validContainer(m[2]);
    const running = /running container/.test(m[0]);
    return {
      what: `${code(m[1])} cannot be removed while container ${code(m[2])} was made from it.`,
      why: [
        running ? 'That container is running.' : 'That container has stopped, but a stopped container still exists and still needs its image; `docker ps` hides it, `docker ps -a` shows it.',
        '`-f` would only remove the name, and leave the image and the container behind.',
      ],
      todo: ['Remove the container first (`docker rm`, with `-f` if it is running), then the image.'],
      fixes: [
        container ? dockerFix(ctx, 'removeContainer', `Remove container ${container}`, ['rm', ...(running ? ['-f'] : []), container]) : undefined,
        validImage(m[1]) ? dockerFix(ctx, 'containersOfImage', 'Containers using it', ['ps', '-a', '--filter', `ancestor=${m[1]}`]) : undefined,
      ],
    };
  },
};
