// SPDX-License-Identifier: MIT
// ExtendsCycle: services of this file that extend each other (or themselves) in a circle. Compose stops
// with "Circular reference:".
// Source: compose-spec/compose-go loader/loader.go cycleTracker.Add, called from loader/extends.go.
import { isMap, isScalar, type Node } from 'yaml';
import type { ComposeRule } from '../../types';
import { nodeRange, scalarText, services, setting } from '../nodes';
import { circlesThrough } from './dependencyCycle';

export const extendsCycle: ComposeRule = {
  code: 'ExtendsCycle',
  source: 'coach',
  severity: 'error',
  title: 'Services that extend each other',
  why: '`extends` copies the settings of another service and then adds this one\'s own. When services extend each other in a circle, there is no service to start copying from, so Compose stops with "Circular reference".',
  fix: 'Let the chain end: put the shared settings in one service (or an `x-` fragment) that extends nothing.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#extends',
  reference: 'compose-spec-docs/05-services.md',
  rejectedBy: 'compose-spec/compose-go:loader/loader.go',
  check({ model }, report) {
    const edges: { from: string; to: string; node: Node }[] = [];
    for (const svc of services(model)) {
      const ext = setting(model, svc, 'extends');
      // Only `extends` within this file: with `file:` the name belongs to the other file.
      const node = isScalar(ext) ? ext : isMap(ext) && !setting(model, ext, 'file') ? setting(model, ext, 'service') : undefined;
      const to = scalarText(node);
      if (node && to && !to.includes('$')) edges.push({ from: svc.name, to, node });
    }
    for (const { edge: e, circle } of circlesThrough(edges)) {
      const range = nodeRange(model, e.node);
      if (range) report({ range, message: e.from === e.to ? `\`${e.from}\` extends itself, so Compose stops with "Circular reference".` : `These services extend each other in a circle (${circle.length > 2 ? circle.map(s => `\`${s}\``).join(' → ') : `\`${e.from}\` → \`${e.to}\` → …`}), so Compose stops with "Circular reference".` });
    }
  },
};
