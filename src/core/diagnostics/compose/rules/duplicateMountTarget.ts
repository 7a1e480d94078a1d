// SPDX-License-Identifier: MIT
// DuplicateMountTarget: two `volumes:` or `tmpfs:` entries of one service mounted at the same container
// path. Only one can be there, so Compose refuses the service.
// Source: compose-spec/compose-go loader/validate.go checkConsistency ("target %s already mounted as %s"),
// after loader/normalize.go cleans each target with path.Clean.
import * as path from 'path';
import { isMap, isScalar, type Node } from 'yaml';
import type { ComposeRule } from '../../types';
import { itemsOf, nodeRange, scalarText, services, setting } from '../nodes';
import { splitVolumeSpec } from './invalidVolumeMount';

/** The container path of one `volumes:` entry, short or long syntax. */
function targetOf(model: Parameters<ComposeRule['check']>[0]['model'], item: Node): string | undefined {
  if (isMap(item)) return scalarText(setting(model, item, 'target'));
  const spec = isScalar(item) ? scalarText(item) : undefined;
  if (!spec) return undefined;
  const split = splitVolumeSpec(spec);
  return 'parts' in split ? split.parts[split.parts.length > 1 ? 1 : 0] : undefined;
}

export const duplicateMountTarget: ComposeRule = {
  code: 'DuplicateMountTarget',
  source: 'coach',
  severity: 'error',
  title: 'Two mounts at the same container path',
  why: 'Each folder inside the container can hold one mount. When two `volumes:` (or `tmpfs:`) entries of a service use the same container path, Compose refuses the file ("target … already mounted").',
  fix: 'Give each mount its own container path, or remove the extra entry.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#volumes',
  reference: 'compose-spec-docs/05-services.md',
  rejectedBy: 'compose-spec/compose-go:loader/validate.go',
  check({ model }, report) {
    for (const svc of services(model)) {
      const seen = new Map<string, string>();
      const tmpfs = setting(model, svc, 'tmpfs');
      const entries: { node: Node; where: string; target: string | undefined }[] = [];
      (isScalar(tmpfs) ? [tmpfs] : itemsOf(model, tmpfs)).forEach((n, i) => entries.push({ node: n, where: `tmpfs[${i}]`, target: scalarText(n)?.split(':')[0] }));
      itemsOf(model, setting(model, svc, 'volumes')).forEach((n, i) => entries.push({ node: n, where: `volumes[${i}]`, target: targetOf(model, n) }));
      for (const { node, where, target } of entries) {
        if (!target || target.includes('$')) continue;
        const clean = /^[A-Za-z]:|\\/.test(target) ? target : path.posix.normalize(target).replace(/(.)\/$/, '$1');
        const before = seen.get(clean);
        const range = before ? nodeRange(model, node) : undefined;
        if (before && range) report({ range, message: `\`${clean}\` is already mounted by \`${before}\` of \`${svc.name}\`; Compose refuses the service ("services.${svc.name}.${where}: target ${clean} already mounted as services.${svc.name}.${before}").` });
        if (!before) seen.set(clean, where);
      }
    }
  },
};
