// SPDX-License-Identifier: MIT
// InvalidHealthcheckTest: in the list form, `healthcheck.test` starts with how to run the rest: `CMD`
// (run the program directly), `CMD-SHELL` (through `/bin/sh -c`) or `NONE`. A list that starts with the
// program itself (`["curl", "-f", …]`) is refused.
// Source: compose-spec/compose-go loader/validate.go checkConsistency
// (`healthcheck.test must start either by "CMD", "CMD-SHELL" or "NONE"`).
import { isScalar, isSeq, type Node } from 'yaml';
import { rangeOf, type ComposeModel } from '../../../compose/composeDocument';
import type { ComposeRule, TextEdit } from '../../types';
import { nodeRange, scalarText, services, setting } from '../nodes';

/** The edit that puts `CMD` in front of the first item, in the list's own style, or undefined. */
function insertCmd(model: ComposeModel, list: Node, first: Node): TextEdit | undefined {
  const start = first.range?.[0];
  if (start === undefined || !isScalar(first)) return undefined;
  const quote = first.type === 'QUOTE_DOUBLE' ? '"' : first.type === 'QUOTE_SINGLE' ? "'" : '';
  if (isSeq(list) && list.flow) return { range: rangeOf(model, start, start), newText: `${quote}CMD${quote}, ` };
  // Block list: a new `- CMD` line with the same indentation as the first item's line.
  const lineStart = model.text.lastIndexOf('\n', start - 1) + 1;
  const prefix = model.text.slice(lineStart, start);
  if (!/^\s*-\s+$/.test(prefix)) return undefined;
  return { range: rangeOf(model, lineStart, lineStart), newText: `${prefix}${quote}CMD${quote}\n` };
}

export const invalidHealthcheckTest: ComposeRule = {
  code: 'InvalidHealthcheckTest',
  source: 'coach',
  severity: 'error',
  title: 'Healthcheck list that does not start with CMD',
  why: 'As a list, `healthcheck.test` must start with `CMD` (run the program directly), `CMD-SHELL` (run the rest through a shell) or `NONE` (no healthcheck). Compose refuses a list that starts with the program, such as `["curl", "-f", "http://localhost"]`.',
  fix: 'Put `CMD` first: `test: ["CMD", "curl", "-f", "http://localhost"]`, or write the test as one string to run it through a shell.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#healthcheck',
  reference: 'compose-spec-docs/05-services.md',
  rejectedBy: 'compose-spec/compose-go:loader/validate.go',
  check({ model }, report) {
    for (const svc of services(model)) {
      const test = setting(model, setting(model, svc, 'healthcheck'), 'test');
      if (!isSeq(test) || !test.items.length) continue;
      const first = test.items[0] as Node;
      const word = scalarText(first);
      if (word === undefined || word.includes('$') || ['CMD', 'CMD-SHELL', 'NONE'].includes(word)) continue;
      const range = nodeRange(model, first);
      if (!range) continue;
      const edit = ['cmd', 'cmd-shell', 'none'].includes(word.toLowerCase()) ? { range, newText: word.toUpperCase() } : insertCmd(model, test, first);
      const title = edit?.newText === word.toUpperCase() ? `Change to ${word.toUpperCase()}` : 'Put CMD first';
      report({
        range,
        message: `Compose refuses this healthcheck ('healthcheck.test must start either by "CMD", "CMD-SHELL" or "NONE"'). ${word.toLowerCase().startsWith('cmd') || word.toLowerCase() === 'none' ? 'These words are upper case.' : `Put \`CMD\` before \`${word}\`.`}`,
        fixes: edit ? [{ title, edits: [edit] }] : undefined,
      });
    }
  },
};
