// SPDX-License-Identifier: MIT
// InvalidByteSize: memory and size settings are a number of bytes or a number with a unit (`512m`, `1g`,
// `1.5GiB`). Compose refuses any other unit, or text with no number in it.
// Sources: compose-spec/compose-go types/bytes.go (UnitBytes.parseString) → docker/go-units v0.5.0
// size.go RAMInBytes.
import { dockerErrors } from '../../../knowledge/dockerErrors';
import type { ComposeRule } from '../../types';
import { itemsOf, nodeRange, services, setting, settingAt, literalString } from '../nodes';
import { byteSizeError } from '../goParsers';

/** The size settings of a service, by path (volumes are handled apart: they are a list). */
const sizePaths: readonly (readonly string[])[] = [
  ['mem_limit'], ['mem_reservation'], ['memswap_limit'], ['shm_size'], ['build', 'shm_size'],
  ['deploy', 'resources', 'limits', 'memory'], ['deploy', 'resources', 'reservations', 'memory'],
];


export const invalidByteSize: ComposeRule = {
  code: 'InvalidByteSize',
  source: 'coach',
  severity: 'error',
  title: 'Size with a unit Docker does not know',
  why: 'Memory and size settings take a number of bytes, or a number followed by `b`, `k`, `m`, `g`, `t` or `p` (also `kb`, `mb`, `gib`... in any case). They count in steps of 1024, so `512m` is 512 MiB. Any other unit makes Compose stop.',
  fix: 'Write it like `512m`, `1g` or `1.5g`.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/extension/#specifying-byte-values',
  reference: 'compose-spec-docs/11-extension.md',
  rejectedBy: 'docker/go-units:size.go',
  dockerErrors: ['invalidSize'],
  check({ model }, report) {
    for (const svc of services(model)) {
      const nodes = sizePaths.map(path => ({ key: path.join('.'), node: settingAt(model, svc, path) }));
      for (const v of itemsOf(model, setting(model, svc, 'volumes'))) nodes.push({ key: 'tmpfs.size', node: settingAt(model, v, ['tmpfs', 'size']) });
      for (const { key, node } of nodes) {
        const text = literalString(node);
        if (text === undefined) continue;
        const problem = byteSizeError(text);
        const range = problem ? nodeRange(model, node!) : undefined;
        if (problem && range) report({ range, message: `Compose refuses \`${key}: ${text}\` ("${problem}"). ${dockerErrors.invalidSize.says}` });
      }
    }
  },
};
