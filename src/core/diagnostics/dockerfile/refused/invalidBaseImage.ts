// SPDX-License-Identifier: MIT
// InvalidBaseImage: the image of a FROM is not a reference Docker can read, most often because the
// name has capitals (`FROM MyImage`): repository names are lower case; only the tag may have
// capitals. Stage names are matched without regard to case, so `FROM Build` after `AS build` is fine,
// and a name built from a variable is checked only once filled in. Source: moby/buildkit
// frontend/dockerfile/dockerfile2llb/convert.go (resolveBaseImage: reference.ParseNormalizedNamed,
// "failed to parse stage name …"), grammar in distribution/reference.
import type { DockerfileRule } from '../../types';
import { stagesOf } from '../../../dockerfile/stages';
import { instructionsWith, spanRange } from '../ranges';
import { fromParts, unquoted } from '../buildkit/fromParts';
import { isValidImageReference } from '../buildkit/imageReference';

export const invalidBaseImage: DockerfileRule = {
  code: 'InvalidBaseImage',
  source: 'coach',
  severity: 'error',
  title: 'Base image name Docker cannot read',
  why: 'Image names are written in lower case (`python`, `myuser/myapp`); only the tag after `:` may have capitals. Docker cannot even look up a name with capitals or spaces, so the build stops at this `FROM`.',
  fix: 'Write the name in lower case: `FROM myimage:1.0`. If you meant a stage of this file, use the name given after its `AS`.',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#from',
  reference: 'buildkit-dockerfile-docs/reference.md#from',
  rejectedBy: 'moby/buildkit:frontend/dockerfile/dockerfile2llb/convert.go',
  check({ model }, report) {
    const stageNames = new Set(stagesOf(model).map(s => s.name?.toLowerCase()).filter((n): n is string => !!n));
    for (const inst of instructionsWith(model, 'FROM')) {
      const image = fromParts(model, inst).image;
      if (!image) continue;
      const name = unquoted(image.text);
      if (!name || name.includes('$') || stageNames.has(name.toLowerCase()) || isValidImageReference(name)) continue;
      const range = spanRange(model, image.start, image.end);
      const lowered = lowerPath(name);
      const fixable = lowered !== name && isValidImageReference(lowered);
      report({
        range,
        message: fixable
          ? `Image names are lower case: Docker stops with "failed to parse stage name ${JSON.stringify(name)}: invalid reference format: repository name must be lowercase"; write \`${lowered}\`.`
          : `\`${name}\` is not an image name Docker can read: the build stops with "invalid reference format".`,
        fixes: fixable ? [{ title: `Change to ${lowered}`, edits: [{ range, newText: lowered }] }] : undefined,
      });
    }
  },
};

/** The reference with its repository path in lower case; a registry host and the tag keep their case. */
function lowerPath(ref: string): string {
  const at = ref.indexOf('@');
  const main = at < 0 ? ref : ref.slice(0, at);
  const digest = at < 0 ? '' : ref.slice(at);
  const slash = main.lastIndexOf('/');
  const colon = main.lastIndexOf(':');
  const tag = colon > slash ? main.slice(colon) : '';
  const path = colon > slash ? main.slice(0, colon) : main;
  const first = path.indexOf('/');
  const head = first < 0 ? '' : path.slice(0, first);
  const host = /[.:]/.test(head) || head === 'localhost' ? head + '/' : '';
  return host + path.slice(host.length).toLowerCase() + tag + digest;
}
