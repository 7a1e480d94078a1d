// SPDX-License-Identifier: MIT
// The Docker Hub page of an image reference, for the links on `image:`, `FROM` and `# syntax=`.
import { parseImageRef } from '../compose/imageRef';
import { untagged } from '../imageTag';

const HUB_HOSTS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
const PATH_PART = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;

/**
 * `https://hub.docker.com/_/<name>` for an official image (no namespace, or `library/`),
 * `https://hub.docker.com/r/<namespace>/<name>` for any other Docker Hub image, and undefined for an
 * image on another registry, one whose name still holds a `${VARIABLE}`, or anything that is not an image name.
 */
export function dockerHubPage(image: string): string | undefined {
  // The page is the repository's: a tag or digest (even one built from a variable) does not change it.
  const repository = untagged(image.split('@')[0]);
  if (!repository || /[$\s]/.test(repository)) return undefined;
  const ref = parseImageRef(repository);
  if (!ref || (ref.registry && !HUB_HOSTS.has(ref.registry.toLowerCase()))) return undefined;
  if (!PATH_PART.test(ref.name)) return undefined;
  if (!ref.namespace || ref.namespace === 'library') return `https://hub.docker.com/_/${ref.name}`;
  // Docker Hub repositories have exactly one namespace level.
  if (!PATH_PART.test(ref.namespace)) return undefined;
  return `https://hub.docker.com/r/${ref.namespace}/${ref.name}`;
}
