// SPDX-License-Identifier: MIT
// ExposeProtoCasing: `EXPOSE 80/TCP` should say `tcp`.
// Reference: buildkit-dockerfile-docs/rules-expose-proto-casing.md
import type { DockerfileRule } from '../../types';
import { instructionsWith, spanRange } from '../ranges';
import { exposedPorts } from './exposePorts';

export const exposeProtoCasing: DockerfileRule = {
  code: 'ExposeProtoCasing',
  source: 'buildkit',
  severity: 'warning',
  title: 'EXPOSE protocol not in lower case',
  why: 'Docker records the protocol in lower case anyway (`80/tcp`); writing it the same way keeps the file consistent with what `docker inspect` shows.',
  fix: 'Write the protocol in lower case: `EXPOSE 53/udp`.',
  docsUrl: 'https://docs.docker.com/reference/build-checks/expose-proto-casing/',
  reference: 'buildkit-dockerfile-docs/rules-expose-proto-casing.md',
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'EXPOSE')) {
      for (const p of exposedPorts(model, inst)) {
        if (p.proto === p.proto.toLowerCase()) continue;
        const proto = spanRange(model, p.protoStart, p.protoStart + p.proto.length);
        report({
          range: spanRange(model, p.token.start, p.token.end),
          message: `Defined protocol '${p.raw}' in EXPOSE instruction should be lowercase`,
          fixes: [{ title: `Write '${p.proto.toLowerCase()}'`, edits: [{ range: proto, newText: p.proto.toLowerCase() }] }],
        });
      }
    }
  },
};
