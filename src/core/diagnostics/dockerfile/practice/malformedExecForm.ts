// SPDX-License-Identifier: MIT
// MalformedExecForm: a command written as an array that is not valid JSON (single quotes, a trailing
// comma, bare words) is not an error: Docker quietly runs the whole text through `/bin/sh -c`,
// brackets and quotes included, and the command fails at run time in a confusing way.
// BuildKit's JSONArgsRecommended fires on CMD and ENTRYPOINT in shell form for another reason
// (signals) and says nothing about the broken array, nor about RUN; this rule names the cause and
// offers the JSON that was meant.
// Reference: buildkit-dockerfile-docs/reference.md, "Exec form" (parsed as JSON, double quotes only).
import type { DockerfileRule } from '../../types';
import { commandText } from '../../../dockerfile/locate';
import { instructionsWith } from './byKeyword';
import { lenientItems, looksLikeExecArray } from './execArray';
import { rangeAt } from './ranges';

const KEYWORDS = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK']);

export const malformedExecForm: DockerfileRule = {
  code: 'MalformedExecForm',
  source: 'coach',
  severity: 'warning',
  title: 'Exec form that is not valid JSON',
  why: 'The `["program", "arg"]` form must be valid JSON: double quotes only, no comma after the last item. When it is not, Docker does not complain; it treats the whole line as a shell command, brackets and all, and the container fails when it starts with an error that does not point here.',
  fix: 'Write it as JSON: `CMD ["npm", "start"]`, with double quotes around every item and commas only between items.',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#exec-form',
  reference: 'buildkit-dockerfile-docs/reference.md#exec-form',
  check({ model }, report) {
    for (const keyword of KEYWORDS) for (const inst of instructionsWith(model, keyword)) {
      // Cheap filter first: an array needs a `]` at the very end of the instruction.
      const end = model.lines.offsetAt(inst.getRange().end);
      if (!/\]\s*$/.test(model.text.slice(Math.max(0, end - 8), end))) continue;
      const command = commandText(model, inst);
      if (!command.startsWith('[') || isJsonArray(command) || !looksLikeExecArray(command)) continue;
      // The array runs from the first `[` after the keyword (flags hold none) to the last `]`.
      const start = model.text.indexOf('[', model.lines.offsetAt(inst.getInstructionRange().end));
      const at = model.text.lastIndexOf(']', model.lines.offsetAt(inst.getRange().end) - 1);
      if (start < 0 || at < start) continue;
      const items = lenientItems(command);
      const json = items ? `[${items.map(item => JSON.stringify(item)).join(', ')}]` : undefined;
      report({
        range: rangeAt(model, start, at + 1),
        message: `This ${keyword === 'HEALTHCHECK' ? 'HEALTHCHECK CMD' : keyword} array is not valid JSON${reasonOf(command)}, so Docker runs it as one shell command, brackets and all.`,
        fixes: json ? [{ title: `Rewrite as ${json}`, edits: [{ range: rangeAt(model, start, at + 1), newText: json }] }] : undefined,
      });
    }
  },
};

function isJsonArray(text: string): boolean {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) && v.every(x => typeof x === 'string');
  } catch {
    return false;
  }
}

/** The likely mistake, for the message. */
function reasonOf(text: string): string {
  if (/'/.test(text) && !/"/.test(text)) return ' (single quotes)';
  if (/,\s*\]\s*$/.test(text)) return ' (a comma after the last item)';
  if (/[‘’“”]/.test(text)) return ' (curly quotes)';
  if (/\[\s*[^\s"'[]/.test(text) || /,\s*[^\s"']/.test(text)) return ' (an item without double quotes)';
  return '';
}
