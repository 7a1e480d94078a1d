// SPDX-License-Identifier: MIT
// MissingImageOrBuild: a service must say what to run: an `image`, a `build` to make one (or a
// `provider`). Compose refuses a service with none of them.
// Source: compose-spec/compose-go loader/validate.go checkConsistency
// ("has neither an image nor a build context specified").
import { dockerErrors } from '../../../knowledge/dockerErrors';
import type { ComposeRule } from '../../types';
import { closestName } from '../../../spelling';
import { itemsOf, keyRange, pairsOf, scalarText, services, setting } from '../nodes';
import { namesMayComeFromElsewhere } from '../serviceReferences';

export const missingImageOrBuild: ComposeRule = {
  code: 'MissingImageOrBuild',
  source: 'coach',
  severity: 'error',
  title: 'Service with neither `image` nor `build`',
  why: 'Every container starts from an image. A service must name one with `image:` or say how to build one with `build:`; with neither, Compose refuses the file ("has neither an image nor a build context specified").',
  fix: 'Add `image: <name>:<tag>` (for example `postgres:16`), or `build: ./folder` pointing at a folder with a Dockerfile.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#image',
  reference: 'compose-spec-docs/05-services.md',
  rejectedBy: 'compose-spec/compose-go:loader/validate.go',
  dockerErrors: ['noImageNoBuild'],
  check({ model, file, paths }, report) {
    // An override or `-f` file (by name, beside a main file, or using `!reset`/`!override`) may add settings
    // to a service whose image is in the main file.
    if (namesMayComeFromElsewhere(model, file?.path, paths)) return;
    for (const svc of services(model)) {
      // `extends` brings the image or build of another service.
      if (['image', 'build', 'extends', 'provider'].some(k => setting(model, svc, k) !== undefined)) continue;
      // `imgae:` is one mistake, and UnknownKey already offers the rename: say it once.
      if (pairsOf(model, svc.body).some(p => closestName(scalarText(p.key) ?? '', ['image', 'build']))) continue;
      const range = keyRange(model, svc.pair);
      // A service in a profile is left out before the check, so the refusal comes only with that profile.
      const profiles = itemsOf(model, setting(model, svc, 'profiles')).map(scalarText).filter(Boolean);
      const when = profiles.length ? ` whenever its profile (${profiles.map(p => `\`${p}\``).join(', ')}) is active` : '';
      if (range) report({ range, message: `Service \`${svc.name}\` has no \`image\` and no \`build\`, so Compose refuses the file${when} ("service "${svc.name}" has neither an image nor a build context specified"). ${dockerErrors.noImageNoBuild.says}` });
    }
  },
};
