// SPDX-License-Identifier: MIT
// YamlSyntax: the file is not valid YAML, so Compose cannot read it at all.
// Reference: compose-spec-docs/03-compose-file.md (a Compose file is YAML).
import { rangeOf } from '../../../compose/composeDocument';
import type { ComposeRule } from '../../types';
import { NOT_READ_CODE } from './notReadToTheEnd';

/** Plain words for the YAML errors a learner meets most; other errors keep yaml's own first sentence. */
const plain: Record<string, string> = {
  BAD_INDENT: 'The indentation here does not line up with the lines around it.',
  TAB_AS_INDENT: 'YAML does not allow tabs for indentation; use spaces.',
  MISSING_CHAR: 'Something is missing here, such as a closing quote or bracket, or the space after a `:`.',
  BLOCK_AS_IMPLICIT_KEY: 'A key here is followed by more lines than YAML allows; check the indentation and the `:` after the key.',
  MULTILINE_IMPLICIT_KEY: 'A key must fit on one line; check for a missing `:` or a missing quote on the line before.',
  UNEXPECTED_TOKEN: 'YAML did not expect this here; check the indentation and the `-` and `:` around it.',
  DUPLICATE_KEY: 'This key appears twice in the same mapping.',
  BAD_ALIAS: 'This alias does not name an anchor (`&name`) defined above it.',
  MULTIPLE_DOCS: 'A compose file holds one YAML document; Compose reads only the first.',
};

export const yamlSyntax: ComposeRule = {
  code: 'YamlSyntax',
  source: 'coach',
  severity: 'error',
  title: 'Not valid YAML',
  why: 'A compose file is YAML first. While the YAML is broken, Compose stops before it reads any service, and Docker Coach can only check the part it could read.',
  fix: 'Look at the indentation (spaces only, the same depth for keys at the same level) and at quotes and brackets that are opened but not closed.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/',
  reference: 'compose-spec-docs/03-compose-file.md',
  check({ model }, report) {
    const seen = new Set<string>();
    // Docker Coach's own reading limit is not a YAML error: NotReadToTheEnd reports it, in words that say so.
    for (const err of model.doc.errors.filter(e => e.code !== NOT_READ_CODE).slice(0, 20)) {
      const [start, end] = err.pos;
      const first = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      const range = rangeOf(model, start, Math.max(end, start + 1));
      const message = plain[err.code] ?? first.replace(/\.?$/, '.');
      // yaml often reports one slip twice (at the line and at the block it breaks): once per line is enough.
      const key = `${range.start.line}:${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      report({ range, message });
    }
  },
};
