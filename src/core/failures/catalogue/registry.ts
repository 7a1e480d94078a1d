// SPDX-License-Identifier: MIT
// What a registry answers when it will not give or take an image: who you are (unauthorized, denied on push),
// how much you pulled (Docker Hub's rate limit), which platforms it has, and certificates or plain HTTP.
import { code } from '../../render';
import { imageOf } from '../commandContext';
import type { CommandContext } from '../types';
import { dockerFix, validImage } from '../fixes';
import { messageKind } from './fromMessage';

const registryDocs = 'https://docs.docker.com/reference/cli/docker/login/';

/**
 * The registry host an image name starts with (`ghcr.io`, `localhost:5000`), or undefined for Docker Hub: the
 * first part counts as a host only with a `.` or `:` in it, or as `localhost` (distribution/reference's rule).
 */
function registryHostOf(image: string | undefined): string | undefined {
  const first = image?.includes('/') ? image.slice(0, image.indexOf('/')) : undefined;
  return first && (/[.:]/.test(first) || first === 'localhost') && /^[A-Za-z0-9.:[\]-]+$/.test(first) ? first : undefined;
}

/** `docker login` to the registry of the command's image: Docker Hub unless the image names another host. */
function loginFix(ctx: CommandContext) {
  const host = registryHostOf(imageOf(ctx));
  return host ? dockerFix(ctx, 'login', `Log in to ${host}`, ['login', host]) : dockerFix(ctx, 'login', 'Log in to Docker Hub', ['login']);
}

export const registryUnauthorized = messageKind({
  code: 'RegistryUnauthorized',
  title: 'The registry did not accept your login',
  message: 'unauthorized',
  docsUrl: registryDocs,
  topics: ['command:docker login'],
  explain: (ctx, m) => ({
    lead: m[1] ? `The registry said: ${code(m[1].trim())}.` : undefined,
    why: ['Docker sends the login `docker login` saved for that registry host. A Docker Hub password does not work where an access token is required, and a saved login may have expired.'],
    todo: ['Log in again to the registry named at the start of the image name (Docker Hub when there is none), with an access token where the registry asks for one.'],
    fixes: [loginFix(ctx)],
  }),
});

export const pullRateLimited = messageKind({
  code: 'PullRateLimited',
  title: 'Docker Hub pull limit reached',
  message: 'tooManyRequests',
  docsUrl: 'https://docs.docker.com/docker-hub/usage/',
  topics: ['command:docker pull'],
  explain: (ctx) => ({
    why: ['Pulls without a login are counted per IP address, so on a shared network (a school, an office, a CI service) others use up the same allowance. A login raises it.', 'Images you already have need no pull: `docker images` lists them.'],
    todo: ['Log in with a Docker account, or wait a few hours.'],
    fixes: [loginFix(ctx)],
  }),
});

export const noMatchingManifest = messageKind({
  code: 'NoMatchingManifest',
  title: 'No image for this processor',
  message: 'noMatchingManifest',
  docsUrl: 'https://docs.docker.com/build/building/multi-platform/',
  topics: ['flag:--platform'],
  explain: (ctx, m) => ({
    lead: m[1] ? `No variant of it is published for ${code(m[1])}.` : undefined,
    why: ['An Apple silicon Mac or a Raspberry Pi is `arm64`; most PCs and servers are `amd64`. Old or small images are often published for `amd64` only.'],
    todo: ['Look for a tag (or another image) published for your platform; or ask for `--platform linux/amd64`, which Docker Desktop runs through emulation, slowly.'],
    fixes: [validImage(imageOf(ctx)) && (ctx.command === 'pull' || ctx.command === 'run') ? dockerFix(ctx, 'pullAmd64', 'Pull the linux/amd64 image', ['pull', '--platform', 'linux/amd64', imageOf(ctx)!], 'Runs only where amd64 can run or be emulated.') : undefined],
  }),
});

export const pushDenied = messageKind({
  code: 'PushDenied',
  title: 'You may not push there',
  message: 'pushDenied',
  commands: ['push', 'compose push', 'image push'],
  docsUrl: 'https://docs.docker.com/get-started/introduction/build-and-push-first-image/',
  topics: ['command:docker push', 'command:docker tag'],
  explain: (ctx) => {
    const image = imageOf(ctx);
    const bare = image && !image.includes('/');
    return {
      why: [bare ? `${code(image)} has no account in front, so it means \`docker.io/library/${image.replace(/:.*$/, '')}\`, the official images, where nobody else may push.` : 'On Docker Hub the first part of the name must be your user name (or an organisation you belong to), and you must be logged in.'],
      todo: ['Tag the image with your user name first (`docker tag web yourname/web`), log in, then push that name.'],
      fixes: [loginFix(ctx)],
    };
  },
});

export const pushNoLocalImage = messageKind({
  code: 'PushNoLocalImage',
  title: 'No image here by that name',
  message: 'pushNoLocalImage',
  commands: ['push', 'image push', 'compose push'],
  docsUrl: 'https://docs.docker.com/reference/cli/docker/image/tag/',
  topics: ['command:docker push', 'command:docker tag'],
  explain: (ctx, m) => ({
    lead: `There is no ${code(m[1])} here.`,
    why: ['The name pushed must be one `docker images` lists, tag included (`latest` when none is written). Build or tag it under that name first.'],
    todo: ['`docker tag LOCALNAME ' + m[1] + '`, then push again.'],
    fixes: [dockerFix(ctx, 'listImages', 'List images', ['images'])],
  }),
});

export const unknownAuthority = messageKind({
  code: 'UnknownCertificateAuthority',
  title: 'The registry\'s certificate is not trusted',
  message: 'unknownAuthority',
  docsUrl: 'https://docs.docker.com/engine/security/certificates/',
  explain: () => ({
    why: ['Docker checks the certificate of every registry it talks to. A company network that inspects HTTPS signs with its own authority, which the Docker engine (or Docker Desktop\'s VM) has not been told about.'],
    todo: ['Ask for your network\'s root certificate and add it to the machine (or Docker Desktop) as a trusted one, then restart Docker.'],
  }),
});

export const httpRegistry = messageKind({
  code: 'HttpRegistry',
  title: 'The registry speaks plain HTTP',
  message: 'httpToHttps',
  docsUrl: 'https://docs.docker.com/reference/cli/dockerd/#insecure-registries',
  explain: () => ({
    why: ['A registry you run yourself (for example `registry:2` on another machine) speaks HTTP unless given a certificate. Docker trusts plain HTTP only for `localhost` (127.0.0.0/8) and registries listed as `insecure-registries` in the engine\'s settings.'],
    todo: ['Give the registry a certificate, or add its `host:port` to `insecure-registries` (daemon.json, or Docker Desktop\'s engine settings) and restart Docker.'],
  }),
});

export const registryKinds = [registryUnauthorized, pullRateLimited, noMatchingManifest, pushDenied, pushNoLocalImage, unknownAuthority, httpRegistry];
