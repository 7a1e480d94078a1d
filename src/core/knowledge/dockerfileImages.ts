// SPDX-License-Identifier: MIT
// Facts about image references and common base-image variants, for the FROM hover.
// Image reference rules follow Docker's reference format (registry/namespace/name:tag@digest);
// the variant facts are the ones the official images document. The sentences are ours.

export interface VariantDoc {
  /** Matched against the tag's dash-separated words (`3.12-slim-bookworm` has `slim` and `bookworm`). */
  word: string;
  fact: string;
}

export const imageVariants: readonly VariantDoc[] = [
  { word: 'alpine', fact: '`alpine` variant: built on Alpine Linux, which is very small, uses the musl C library instead of glibc, BusyBox tools and `apk` to install packages. Some prebuilt binaries (and Python wheels) made for glibc do not work on it.' },
  { word: 'slim', fact: '`slim` variant: a trimmed Debian-based image with only the packages needed to run the language; compilers and many tools are left out, so installing native packages may need `apt-get install` first.' },
  { word: 'bookworm', fact: '`bookworm` is Debian 12.' },
  { word: 'bullseye', fact: '`bullseye` is Debian 11.' },
  { word: 'trixie', fact: '`trixie` is Debian 13.' },
  { word: 'buster', fact: '`buster` is Debian 10, which no longer gets regular security updates.' },
  { word: 'windowsservercore', fact: '`windowsservercore` is a Windows base: it runs only on Windows hosts.' },
  { word: 'nanoserver', fact: '`nanoserver` is a small Windows base: it runs only on Windows hosts.' },
];

export const imageFacts = {
  scratch: '`scratch` is the empty image: no shell, no libraries, no files at all. Only a program that needs nothing else (such as a static Go binary) can run in it.',
  latest: 'No tag, so Docker uses `:latest`. That tag is moved whenever a new version is pushed, so the same Dockerfile can build on a different base tomorrow.',
  explicitLatest: '`latest` is just a tag that gets moved to each new release; it does not pin a version.',
  digest: 'The digest pins the exact image content: the same bytes on every build, whatever happens to tags.',
  digestAndTag: 'With both a tag and a digest, the digest decides which image is used; the tag only documents it.',
  officialImage: 'No namespace, so on Docker Hub this means `library/<name>`: the namespace of the Docker Official Images.',
  defaultRegistry: 'No registry given: a build uses an image of this name already on this machine, and only otherwise pulls it from Docker Hub (`docker.io`).',
  notOfficial: 'No namespace, and not the name of a Docker Official Image: unless it is on this machine (an image you built or loaded), Docker would look for `library/<name>` on Docker Hub and not find it.',
} as const;
