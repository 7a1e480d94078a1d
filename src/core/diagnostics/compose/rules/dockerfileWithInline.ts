// SPDX-License-Identifier: MIT
// DockerfileWithInline: a build names a Dockerfile (`dockerfile:`) and also writes one in place
// (`dockerfile_inline:`). Compose cannot use both, so it refuses the file.
// Source: compose-spec/compose-go loader/validate.go checkConsistency
// ("service %q declares mutualy exclusive dockerfile and dockerfile_inline", Compose's own spelling).
import type { ComposeRule } from '../../types';
import { keyRange, pairsOf, scalarText, services, setting } from '../nodes';

export const dockerfileWithInline: ComposeRule = {
  code: 'DockerfileWithInline',
  source: 'coach',
  severity: 'error',
  title: '`dockerfile` together with `dockerfile_inline`',
  why: '`build.dockerfile` names a Dockerfile on disk, and `build.dockerfile_inline` writes the Dockerfile right here in the compose file. A build has one Dockerfile, so Compose refuses a service that gives both.',
  fix: 'Keep one: remove `dockerfile_inline` to build from the file, or remove `dockerfile`.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/build/#dockerfile_inline',
  reference: 'compose-spec-docs/build.md',
  rejectedBy: 'compose-spec/compose-go:loader/validate.go',
  check({ model }, report) {
    for (const svc of services(model)) {
      const build = setting(model, svc, 'build');
      // validate.go compares with "": an empty value on either side does not count.
      const named = scalarText(setting(model, build, 'dockerfile'));
      const inline = scalarText(setting(model, build, 'dockerfile_inline'));
      if (!named || !inline) continue;
      const pair = pairsOf(model, build).find(p => scalarText(p.key) === 'dockerfile_inline');
      const range = pair && keyRange(model, pair);
      if (range) report({ range, message: `Service \`${svc.name}\` gives both \`dockerfile: ${named}\` and \`dockerfile_inline\`; Compose refuses it ("service "${svc.name}" declares mutualy exclusive dockerfile and dockerfile_inline"). Keep one of the two.` });
    }
  },
};
