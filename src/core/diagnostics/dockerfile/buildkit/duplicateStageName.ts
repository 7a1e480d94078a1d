// SPDX-License-Identifier: MIT
// DuplicateStageName: two stages with the same name (names ignore case).
// Reference: buildkit-dockerfile-docs/rules-duplicate-stage-name.md
import type { DockerfileRule } from '../../types';
import { instructionsWith, spanRange } from '../ranges';
import { fromParts } from './fromParts';

export const duplicateStageName: DockerfileRule = {
  code: 'DuplicateStageName',
  source: 'buildkit',
  severity: 'warning',
  title: 'Two stages share a name',
  why: '`COPY --from=<name>`, `FROM <name>` and `docker build --target <name>` pick a stage by its name. With two stages of the same name, Docker cannot tell which one you mean and the build fails.',
  fix: 'Give each stage its own name, such as `deb-builder` and `go-builder`.',
  docsUrl: 'https://docs.docker.com/reference/build-checks/duplicate-stage-name/',
  reference: 'buildkit-dockerfile-docs/rules-duplicate-stage-name.md',
  hadolint: ['DL3024'],
  check({ model }, report) {
    const seen = new Set<string>();
    for (const inst of instructionsWith(model, 'FROM')) {
      const name = fromParts(model, inst).name;
      if (!name) continue;
      // BuildKit lower-cases stage names before comparing them, and reports the lower-cased name.
      const key = name.text.toLowerCase();
      if (seen.has(key)) {
        report({ range: spanRange(model, name.start, name.end), message: `Duplicate stage name '${key}', stage names should be unique` });
      }
      seen.add(key);
    }
  },
};
