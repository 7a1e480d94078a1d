// SPDX-License-Identifier: MIT
// ExternalNameConflict: the old way to name an external network, volume, secret or config was
// `external: {name: x}`; today it is `name: x` with `external: true`. Both at once, with different names,
// make Compose refuse the file.
// Source: compose-spec/compose-go transform/external.go ("%s: name and external.name conflict; only use name").
import type { ComposeRule } from '../../types';
import { sectionEntries } from '../../../compose/composeDocument';
import { nodeRange, scalarText, setting } from '../nodes';

export const externalNameConflict: ComposeRule = {
  code: 'ExternalNameConflict',
  source: 'coach',
  severity: 'error',
  title: '`name` and `external.name` that differ',
  why: '`external.name` is the old spelling of `name` for something made outside Compose. When both are written and they differ, Compose cannot tell which one you mean, and refuses the file.',
  fix: 'Keep `name: x` with `external: true`, and remove `external.name`.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/networks/#external',
  reference: 'compose-spec-docs/06-networks.md',
  rejectedBy: 'compose-spec/compose-go:transform/external.go',
  check({ model }, report) {
    for (const section of ['networks', 'volumes', 'secrets', 'configs'] as const) {
      for (const [key, pair] of sectionEntries(model, section)) {
        const body = pair.value as never;
        const name = scalarText(setting(model, body, 'name'));
        const extNode = setting(model, setting(model, body, 'external'), 'name');
        const extName = scalarText(extNode);
        if (name === undefined || extName === undefined || name === extName || name.includes('$') || extName.includes('$')) continue;
        const range = nodeRange(model, extNode!);
        if (range) report({ range, message: `\`name: ${name}\` and \`external.name: ${extName}\` differ; Compose refuses it ("${section}.${key}: name and external.name conflict; only use name").` });
      }
    }
  },
};
