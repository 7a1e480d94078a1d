// SPDX-License-Identifier: MIT
// ComposeSchema: a value of the wrong type, a value Compose does not accept, a missing required key or a
// badly formed name, found by validating against the Compose Specification schema.
// Reference: compose-spec.json (the schema itself) and compose-spec-docs/05-services.md.
import type { ComposeRule } from '../../types';
import { schemaProblems } from '../schemaCheck';

export const composeSchema: ComposeRule = {
  code: 'ComposeSchema',
  source: 'coach',
  severity: 'error',
  title: 'Not what the Compose Specification allows',
  why: 'Compose checks the file against its specification before it starts anything. A list where it expects one value, or a value it does not know, stops `docker compose up` with an error.',
  fix: 'Write the value in the form the message names; the reference page shows each key with an example.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/',
  reference: 'compose-spec.json',
  check({ model }, report) {
    for (const p of schemaProblems(model)) {
      report({
        range: p.range,
        message: p.message,
        fixes: p.replaceWith ? [{ title: `Change to \`${p.replaceWith}\``, edits: [{ range: p.range, newText: p.replaceWith }] }] : undefined,
      });
    }
  },
};
