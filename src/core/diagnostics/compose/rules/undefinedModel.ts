// SPDX-License-Identifier: MIT
// UndefinedModel: a service's `models:` names an AI model the top-level `models:` does not define.
// Source: compose-spec/compose-go loader/validate.go checkConsistency ("service %q refers to undefined model %s").
import { isMap, type Node } from 'yaml';
import { sectionEntries } from '../../../compose/composeDocument';
import type { ComposeRule } from '../../types';
import { itemsOf, literalString, nodeRange, pairsOf, services, setting } from '../nodes';
import { namesMayComeFromElsewhere } from '../serviceReferences';

export const undefinedModel: ComposeRule = {
  code: 'UndefinedModel',
  source: 'coach',
  severity: 'error',
  title: 'Model not declared',
  why: 'A service can use only models the file declares under the top-level `models:` (each with the `model:` to run). A name that matches none makes Compose refuse the file.',
  fix: 'Declare the model under the top-level `models:`, or fix the name.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/models/',
  reference: 'compose-spec-docs/models.md',
  rejectedBy: 'compose-spec/compose-go:loader/validate.go',
  check({ model, file, paths }, report) {
    if (namesMayComeFromElsewhere(model, file?.path, paths)) return;
    const declared = new Set(sectionEntries(model, 'models').keys());
    for (const svc of services(model)) {
      const uses = setting(model, svc, 'models');
      // The short form lists names; the long form maps each name to its settings.
      const names: Node[] = isMap(uses) ? pairsOf(model, uses).map(p => p.key as Node) : itemsOf(model, uses);
      for (const node of names) {
        const name = literalString(node);
        const range = name !== undefined && !declared.has(name) ? nodeRange(model, node) : undefined;
        if (range) report({ range, message: `There is no model \`${name}\` under the top-level \`models:\`; Compose refuses the file ("service "${svc.name}" refers to undefined model ${name}").` });
      }
    }
  },
};
