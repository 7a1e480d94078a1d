// SPDX-License-Identifier: MIT
// UnquotedPortMapping: `- 22:22` unquoted is a base-60 number (1342) to YAML 1.1 readers.
// Reference: compose-spec-docs/05-services.md, "ports" (the spec itself quotes its short-syntax examples).
import { isScalar, Scalar } from 'yaml';
import type { ComposeRule } from '../../types';
import { itemsOf, nodeRange, services, setting } from '../nodes';

/** YAML 1.1's sexagesimal integers: `22:22`, `1:30:00`; each part after a colon below 60. */
const baseSixty = /^[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+$/;

export const unquotedPortMapping: ComposeRule = {
  code: 'UnquotedPortMapping',
  source: 'coach',
  severity: 'info',
  title: 'Port mapping that YAML 1.1 reads as a number',
  why: 'Older YAML readers (YAML 1.1, used by docker-compose v1 and many other tools) read `22:22` as the base-60 number 1342, not as two ports. Compose v2 reads it as text, but the same file can break elsewhere.',
  fix: 'Quote port mappings: `- "22:22"`.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#ports',
  reference: 'compose-spec-docs/05-services.md',
  check({ model }, report) {
    for (const svc of services(model)) {
      for (const item of itemsOf(model, setting(model, svc, 'ports'))) {
        if (!isScalar(item) || item.type !== Scalar.PLAIN || typeof item.value !== 'string' || !baseSixty.test(item.value)) continue;
        const range = nodeRange(model, item);
        if (range) report({ range, message: `Quote \`${item.value}\`: YAML 1.1 tools read it as a base-60 number.`, fixes: [{ title: 'Quote the port mapping', edits: [{ range, newText: `"${item.value}"` }] }] });
      }
    }
  },
};
