// SPDX-License-Identifier: MIT
// InvalidCpus: `cpus` is a plain decimal number of CPUs (`0.5`, `2`); text such as `50%` or `2 cores`
// is refused.
// Sources: compose-spec/compose-go loader/interpolate.go (`cpus` cast with strconv.ParseFloat) and
// types/cpus.go NanoCPUs.DecodeMapstructure (`deploy.resources.*.cpus`).
import type { Node } from 'yaml';
import { dockerErrors } from '../../../knowledge/dockerErrors';
import type { ComposeRule } from '../../types';
import { nodeRange, services, setting, literalString } from '../nodes';
import { isGoFloat } from '../goParsers';

export const invalidCpus: ComposeRule = {
  code: 'InvalidCpus',
  source: 'coach',
  severity: 'error',
  title: '`cpus` that is not a number',
  why: '`cpus` is how many CPUs the container may use, as a plain number: `0.5` is half of one CPU, `2` is two. Compose reads it with a number parser, so a unit or a percent sign makes it stop.',
  fix: 'Write a plain number, like `cpus: 0.5` or `cpus: "1.5"`.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#cpus',
  reference: 'compose-spec-docs/05-services.md',
  rejectedBy: 'compose-spec/compose-go:types/cpus.go',
  dockerErrors: ['invalidCpus'],
  check({ model }, report) {
    for (const svc of services(model)) {
      const resources = setting(model, setting(model, svc, 'deploy'), 'resources');
      const nodes: (Node | undefined)[] = [setting(model, svc, 'cpus'), setting(model, setting(model, resources, 'limits'), 'cpus'), setting(model, setting(model, resources, 'reservations'), 'cpus')];
      for (const node of nodes) {
        const text = literalString(node);
        if (text === undefined || isGoFloat(text)) continue;
        const range = nodeRange(model, node!);
        if (range) report({ range, message: `Compose refuses \`cpus: ${text}\` ("strconv.ParseFloat: parsing "${text}": invalid syntax"). ${dockerErrors.invalidCpus.says}` });
      }
    }
  },
};
