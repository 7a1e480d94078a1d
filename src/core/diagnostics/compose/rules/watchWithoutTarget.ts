// SPDX-License-Identifier: MIT
// WatchWithoutTarget: a `develop.watch` rule that copies files into the container (`sync`, `sync+restart`,
// `sync+exec`) must say where they go, with `target`. Only `rebuild` and `restart` do without one.
// Source: compose-spec/compose-go loader/validate.go checkConsistency
// ("services.%s.develop.watch: target is required for non-rebuild actions").
import type { ComposeRule } from '../../types';
import { itemsOf, literalString, nodeRange, services, setting, settingAt } from '../nodes';

export const watchWithoutTarget: ComposeRule = {
  code: 'WatchWithoutTarget',
  source: 'coach',
  severity: 'error',
  title: '`develop.watch` sync without a `target`',
  why: 'With `action: sync` (or `sync+restart`, `sync+exec`), Compose copies the changed files into the running container, so it needs `target:`, the folder inside the container they go to. Without it Compose refuses the file.',
  fix: 'Add `target:` with the folder inside the container, such as `target: /app`.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/develop/#target',
  reference: 'compose-spec-docs/develop.md',
  rejectedBy: 'compose-spec/compose-go:loader/validate.go',
  check({ model }, report) {
    for (const svc of services(model)) {
      for (const rule of itemsOf(model, settingAt(model, svc, ['develop', 'watch']))) {
        const actionNode = setting(model, rule, 'action');
        const action = literalString(actionNode);
        if (!action || action === 'rebuild' || action === 'restart' || setting(model, rule, 'target') !== undefined) continue;
        const range = nodeRange(model, actionNode!);
        if (range) report({ range, message: `\`action: ${action}\` copies files into the container but says no \`target\`; Compose refuses it ("services.${svc.name}.develop.watch: target is required for non-rebuild actions").` });
      }
    }
  },
};
