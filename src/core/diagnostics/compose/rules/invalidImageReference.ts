// SPDX-License-Identifier: MIT
// InvalidImageReference: an `image:` Docker cannot parse, most often a name with capitals
// (`image: Nginx:1.27`). Compose stops when it pulls or tags the image.
// Sources: distribution/reference normalize.go ParseNormalizedNamed ("repository name (…) must be
// lowercase"), regexp.go (the grammar), called from docker/compose pkg/compose/pull.go.
import { isScalar } from 'yaml';
import { isValidImageReference } from '../../dockerfile/buildkit/imageReference';
import type { ComposeRule, Fix } from '../../types';
import { nodeRange, services, setting, literalString } from '../nodes';

/** The repository part as ParseNormalizedNamed names it in its message: `Nginx` → `library/Nginx`. */
function remoteName(ref: string): string {
  const noDigest = ref.split('@')[0];
  const slash = noDigest.indexOf('/');
  const head = slash < 0 ? '' : noDigest.slice(0, slash);
  const isDomain = slash >= 0 && (head === 'localhost' || /[.:]/.test(head) || head.toLowerCase() !== head);
  let remote = isDomain ? noDigest.slice(slash + 1) : noDigest;
  const colon = remote.indexOf(':');
  if (colon >= 0) remote = remote.slice(0, colon);
  return !isDomain && !remote.includes('/') ? `library/${remote}` : remote;
}

/** The same reference with its repository path in lower case (registry host, tag and digest kept). */
function lowered(ref: string): string {
  const at = ref.indexOf('@');
  const main = at < 0 ? ref : ref.slice(0, at);
  const digest = at < 0 ? '' : ref.slice(at);
  const colon = main.lastIndexOf(':');
  const name = colon > main.lastIndexOf('/') ? main.slice(0, colon) : main;
  const tag = main.slice(name.length);
  return name.toLowerCase() + tag + digest;
}

export const invalidImageReference: ComposeRule = {
  code: 'InvalidImageReference',
  source: 'coach',
  severity: 'error',
  title: 'Image name Docker cannot read',
  why: 'An image name is `[registry/]name[:tag][@digest]`. The name part must be lower case: letters, digits and `.`, `_` or `-` between them. The tag may use capitals, but not `/` or spaces. Docker refuses anything else ("invalid reference format").',
  fix: 'Write the name in lower case, like `nginx:1.27` or `ghcr.io/owner/app:2.0`.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#image',
  reference: 'compose-spec-docs/05-services.md',
  rejectedBy: 'distribution/reference:normalize.go',
  check({ model }, report) {
    for (const svc of services(model)) {
      const node = setting(model, svc, 'image');
      const ref = literalString(node);
      if (!ref || isValidImageReference(ref)) continue;
      const range = nodeRange(model, node!);
      if (!range) continue;
      const remote = remoteName(ref);
      const capitals = remote.toLowerCase() !== remote;
      const fixedRef = lowered(ref);
      const fixes: Fix[] | undefined = capitals && isValidImageReference(fixedRef) && isScalar(node) && node.type === 'PLAIN'
        ? [{ title: `Change to ${fixedRef}`, edits: [{ range, newText: fixedRef }] }]
        : undefined;
      report({
        range,
        message: capitals
          ? `Docker refuses \`${ref}\` ("invalid reference format: repository name (${remote}) must be lowercase"). Image names are all lower case${fixes ? `: \`${fixedRef}\`` : ''}.`
          : `Docker cannot read \`${ref}\` as an image name ("invalid reference format"). Write it as \`name:tag\`, in lower case, with no spaces.`,
        fixes,
      });
    }
  },
};
