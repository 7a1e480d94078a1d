// SPDX-License-Identifier: MIT
// LegacyKeyValueFormat: `ENV key value` (and LABEL, ARG) with a space where `=` belongs.
// Reference: buildkit-dockerfile-docs/rules-legacy-key-value-format.md
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileModel } from '../../../dockerfile/model';
import type { DockerfileRule, Fix } from '../../types';
import { argumentTokens, escapeOf, instructionsWith, logicalLine, spanRange, type Token } from '../ranges';

export const legacyKeyValueFormat: DockerfileRule = {
  code: 'LegacyKeyValueFormat',
  source: 'buildkit',
  severity: 'warning',
  title: 'Old `KEY value` form without `=`',
  why: 'The old form sets one variable to the whole rest of the line, spaces included, which is easy to misread: `ENV A 1 B 2` sets only `A`, to `1 B 2`. Docker has deprecated it.',
  fix: 'Write `KEY=value`, with quotes around a value that has spaces: `ENV GREETING="hello world"`.',
  docsUrl: 'https://docs.docker.com/reference/build-checks/legacy-key-value-format/',
  reference: 'buildkit-dockerfile-docs/rules-legacy-key-value-format.md',
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'ENV', 'LABEL', 'ARG')) {
      const keyword = inst.getKeyword();
      const tokens = argumentTokens(model, inst);
      if (tokens.length < 2 || tokens[0].text.includes('=')) continue;
      // ARG accepts several names on one line (`ARG A B`); the docs' `ARG foo bar` is the legacy pair.
      if (keyword === 'ARG' && (tokens.length !== 2 || tokens[1].text.includes('='))) continue;
      const k = inst.getInstruction();
      const last = tokens[tokens.length - 1];
      const fix = keyword === 'ARG' ? undefined : equalsFix(model, inst, tokens[0], last);
      report({
        range: spanRange(model, tokens[0].start, last.end),
        message: `"${k} key=value" should be used instead of legacy "${k} key value" format`,
        fixes: fix ? [fix] : undefined,
      });
    }
  },
};

/**
 * `KEY value words` → `KEY="value words"`, offered for one-line values without quotes, escapes or
 * backticks, where the rewrite is sure to give the same value.
 */
function equalsFix(model: DockerfileModel, inst: Instruction, key: Token, last: Token): Fix | undefined {
  const line = logicalLine(model, inst);
  if (line.lastLine !== inst.getRange().start.line) return undefined;
  const value = model.text.slice(key.end, last.end).replace(/^[ \t]+/, '');
  if (/["'`\\]/.test(value) || value.includes(escapeOf(model))) return undefined;
  const newText = /\s/.test(value) ? `${key.text}="${value}"` : `${key.text}=${value}`;
  return { title: `Write ${newText}`, edits: [{ range: spanRange(model, key.start, last.end), newText }] };
}
