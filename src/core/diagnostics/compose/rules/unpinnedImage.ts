// SPDX-License-Identifier: MIT
// UnpinnedImage: `image: postgres` or `:latest` gives whatever version is newest on the day of the pull.
// The check, isUnpinnedImage, is the one the image hover uses for its warning.
// Reference: docker-cli-docs (image references: a missing tag means `latest`).
import { isUnpinnedImage, parseImageRef } from '../../../compose/imageRef';
import type { ComposeRule } from '../../types';
import { nodeRange, scalarText, services, setting } from '../nodes';

export const unpinnedImage: ComposeRule = {
  code: 'UnpinnedImage',
  source: 'coach',
  severity: 'info',
  title: 'Image without a fixed version',
  why: 'With no tag Docker uses `latest`, which is only a name: it points at a different image whenever the publisher pushes a new one. The same compose file can then start a new major version of your database without any edit.',
  fix: 'Pin a version, like `postgres:16-alpine`, and change it on purpose when you upgrade.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#image',
  reference: 'compose-spec-docs/05-services.md',
  check({ model }, report) {
    for (const svc of services(model)) {
      // With `build:`, `image:` names the image Compose builds, not one it pulls.
      if (setting(model, svc, 'build')) continue;
      const node = setting(model, svc, 'image');
      const text = scalarText(node);
      if (!node || !text || text.includes('$')) continue;
      const ref = parseImageRef(text);
      const range = ref && isUnpinnedImage(ref) ? nodeRange(model, node) : undefined;
      if (range) report({ range, message: ref?.tag ? `\`${text}\` follows \`latest\`, so a new pull can bring a different version.` : `\`${text}\` has no tag, so Docker pulls \`latest\`, which can change under you.` });
    }
  },
};
