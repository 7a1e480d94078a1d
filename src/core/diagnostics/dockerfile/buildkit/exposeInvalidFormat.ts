// SPDX-License-Identifier: MIT
// ExposeInvalidFormat: EXPOSE with an IP address or a host port, which belong to `docker run -p`.
// Reference: buildkit-dockerfile-docs/rules-expose-invalid-format.md
import type { DockerfileRule } from '../../types';
import { instructionsWith, spanRange } from '../ranges';
import { exposedPorts } from './exposePorts';

export const exposeInvalidFormat: DockerfileRule = {
  code: 'ExposeInvalidFormat',
  source: 'buildkit',
  severity: 'warning',
  title: 'EXPOSE with a host port or IP address',
  why: '`EXPOSE` only records which port the container listens on. Which host port or address it is published on is decided when the container starts (`docker run -p 8080:80`), so a host part here is ignored, and a future Docker will reject it.',
  fix: 'Keep only the container port, such as `EXPOSE 80`, and publish it with `docker run -p 127.0.0.1:8080:80` or compose `ports:`.',
  docsUrl: 'https://docs.docker.com/reference/build-checks/expose-invalid-format/',
  reference: 'buildkit-dockerfile-docs/rules-expose-invalid-format.md',
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'EXPOSE')) {
      for (const p of exposedPorts(model, inst)) {
        if (!p.ip && !p.hostPort) continue;
        const range = spanRange(model, p.token.start, p.token.end);
        // BuildKit exposes only the container part anyway, so keeping just that changes nothing.
        const container = p.raw.slice(p.raw.lastIndexOf(':') + 1);
        report({
          range,
          message: `EXPOSE instruction should not define an IP address or host-port mapping, found '${p.raw}'`,
          fixes: [{ title: `Keep only '${container}'`, edits: [{ range, newText: container }] }],
        });
      }
    }
  },
};
