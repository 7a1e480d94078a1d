// SPDX-License-Identifier: MIT
// The shape of one Compose key's explanation, and the docs.docker.com page helpers the data files share.

/** What one key means at one place in a compose file. */
export interface ComposeKeyDoc {
  /** One or two plain sentences, for someone in their first month of Docker. */
  readonly what: string;
  /** A few short words for the title line: `build time`, `Swarm only`. */
  readonly tags?: readonly string[];
  /** The common mistake, where there is one. */
  readonly watchOut?: readonly string[];
  /** The docs.docker.com section with the full story. */
  readonly docsUrl: string;
}

const base = 'https://docs.docker.com/reference/compose-file/';

/** A section of the services page, e.g. `services('ports')`. */
export const servicesUrl = (anchor: string): string => `${base}services/#${anchor}`;
/** A section of the top-level networks page. */
export const networksUrl = (anchor: string): string => `${base}networks/#${anchor}`;
/** A section of the top-level volumes page. */
export const volumesUrl = (anchor: string): string => `${base}volumes/#${anchor}`;
/** A section of the build page. */
export const buildUrl = (anchor: string): string => `${base}build/#${anchor}`;
/** A section of the deploy page. */
export const deployUrl = (anchor: string): string => `${base}deploy/#${anchor}`;
/** A section of the develop (Compose Watch) page. */
export const developUrl = (anchor: string): string => `${base}develop/#${anchor}`;
/** Any other page of the Compose file reference, e.g. `pageUrl('include/')`. */
export const pageUrl = (page: string): string => `${base}${page}`;
