// SPDX-License-Identifier: MIT
// BuildContextServiceUnknown: `build.additional_contexts` may name another service's image as `service:NAME`;
// that service must exist in the file and have a `build:` of its own.
// BuildPlatformsMissPlatform: when a service sets `platform` and `build.platforms`, the list must hold it.
// Source: compose-spec/compose-go loader/validate.go checkConsistency.
import { isMap, type Node } from 'yaml';
import type { ComposeRule } from '../../types';
import { itemsOf, literalString, nodeRange, pairsOf, scalarText, services, setting } from '../nodes';
import { namesMayComeFromElsewhere } from '../serviceReferences';

/** Each additional context as name, value and the node holding the value: mapping or `name=value` list. */
function additionalContexts(model: Parameters<ComposeRule['check']>[0]['model'], build: Node | undefined): { name: string; value: string; node: Node }[] {
  const contexts = setting(model, build, 'additional_contexts');
  if (isMap(contexts)) {
    return pairsOf(model, contexts).flatMap(p => {
      const value = literalString(p.value as Node);
      return value === undefined ? [] : [{ name: scalarText(p.key) ?? '', value, node: p.value as Node }];
    });
  }
  return itemsOf(model, contexts).flatMap(item => {
    const text = literalString(item);
    const eq = text?.indexOf('=') ?? -1;
    return text === undefined || eq < 0 ? [] : [{ name: text.slice(0, eq), value: text.slice(eq + 1), node: item }];
  });
}

export const buildContextServiceUnknown: ComposeRule = {
  code: 'BuildContextServiceUnknown',
  source: 'coach',
  severity: 'error',
  title: '`service:` build context that is not a buildable service',
  why: 'In `additional_contexts`, `service:base` means "the image that service `base` builds", so Compose builds `base` first. The service must exist in the file and have a `build:` section; otherwise Compose refuses the file.',
  fix: 'Use the name of a service that has a `build:` section, or point the context at a folder or an image (`docker-image://alpine:3.20`).',
  docsUrl: 'https://docs.docker.com/reference/compose-file/build/#additional_contexts',
  reference: 'compose-spec-docs/build.md',
  rejectedBy: 'compose-spec/compose-go:loader/validate.go',
  check({ model, file, paths }, report) {
    if (namesMayComeFromElsewhere(model, file?.path, paths)) return;
    const all = new Map(services(model).map(s => [s.name, s]));
    for (const svc of services(model)) {
      for (const ctx of additionalContexts(model, setting(model, svc, 'build'))) {
        if (!ctx.value.startsWith('service:')) continue;
        const target = ctx.value.slice('service:'.length);
        const other = all.get(target);
        const says = !other ? `service "${svc.name}" declares unknown service "${target}" as additional contexts ${ctx.name}`
          : setting(model, other, 'build') === undefined ? `service "${svc.name}" declares non-buildable service "${target}" as additional contexts ${ctx.name}` : undefined;
        const range = says && nodeRange(model, ctx.node);
        if (range) report({ range, message: `${other ? `Service \`${target}\` has no \`build:\`` : `There is no service \`${target}\``}, so Compose refuses this context ("${says}").` });
      }
    }
  },
};

export const buildPlatformsMissPlatform: ComposeRule = {
  code: 'BuildPlatformsMissPlatform',
  source: 'coach',
  severity: 'error',
  title: '`platform` not among `build.platforms`',
  why: '`build.platforms` lists the platforms the image is built for, and `platform` says which one the container runs. Compose cannot run an image it was not told to build, so it refuses a `platform` missing from the list.',
  fix: 'Add the service\'s `platform` to `build.platforms`, or change `platform` to one of them.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/build/#platforms',
  reference: 'compose-spec-docs/build.md',
  rejectedBy: 'compose-spec/compose-go:loader/validate.go',
  check({ model }, report) {
    for (const svc of services(model)) {
      const platformNode = setting(model, svc, 'platform');
      const platform = literalString(platformNode);
      const listed = itemsOf(model, setting(model, setting(model, svc, 'build'), 'platforms')).map(literalString);
      // An entry from a variable could be anything: stay quiet then.
      if (!platform || listed.length === 0 || listed.some(p => p === undefined || p === platform)) continue;
      const range = nodeRange(model, platformNode!);
      if (range) report({ range, message: `\`platform: ${platform}\` is not in \`build.platforms\` (${listed.join(', ')}); Compose refuses it ("service.build.platforms MUST include service.platform "${platform}"").` });
    }
  },
};
