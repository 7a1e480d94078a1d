// SPDX-License-Identifier: MIT
// The standard `org.opencontainers.image.*` label keys (the OCI image spec's pre-defined annotation
// keys), which tools such as registries and scanners read. The sentences are ours.

export const ociLabelPrefix = 'org.opencontainers.image.';

export const ociLabels = {
  created: 'When the image was built, as an RFC 3339 date and time (`2024-05-01T12:00:00Z`).',
  authors: 'Who to contact about the image: people or an organisation, free text. The replacement for `MAINTAINER`.',
  url: 'Where to find more about the image, such as a project home page.',
  documentation: 'Where the documentation for the image lives.',
  source: 'Where the source code (and this Dockerfile) lives, usually the repository URL. Registries such as GitHub\'s use it to link the image to its repository.',
  version: 'The version of the packaged software, such as `1.4.2`.',
  revision: 'The source control revision the image was built from, such as a Git commit SHA.',
  vendor: 'The name of the organisation that distributes the image.',
  licenses: 'The licence(s) of the software in the image, as an SPDX expression such as `MIT` or `Apache-2.0`.',
  'ref.name': 'A name for this image reference, such as a tag.',
  title: 'A short, human-readable name for the image.',
  description: 'A sentence or two about what the image contains.',
  'base.digest': 'The digest of the base image this one was built from.',
  'base.name': 'The reference of the base image this one was built from.',
} as const satisfies Record<string, string>;

export type OciLabelSuffix = keyof typeof ociLabels;

/** The meaning of an `org.opencontainers.image.*` key, or undefined for other keys. */
export function ociLabel(key: string): string | undefined {
  if (!key.startsWith(ociLabelPrefix)) return undefined;
  const suffix = key.slice(ociLabelPrefix.length);
  return Object.prototype.hasOwnProperty.call(ociLabels, suffix) ? ociLabels[suffix as OciLabelSuffix] : undefined;
}
