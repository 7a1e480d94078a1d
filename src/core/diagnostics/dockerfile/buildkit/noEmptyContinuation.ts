// SPDX-License-Identifier: MIT
// NoEmptyContinuation: an empty line inside an instruction continued with `\`.
// Reference: buildkit-dockerfile-docs/rules-no-empty-continuation.md
import type { DockerfileRule } from '../../types';
import { logicalLine } from '../ranges';

export const noEmptyContinuation: DockerfileRule = {
  code: 'NoEmptyContinuation',
  source: 'buildkit',
  severity: 'warning',
  title: 'Empty line inside a continued instruction',
  why: 'A `\\` at the end of a line carries the instruction on to the next line. An empty line there is skipped today, but a future Docker release will reject it, and it is easy to misread as the end of the instruction.',
  fix: 'Delete the empty line, or put a `#` comment on it.',
  docsUrl: 'https://docs.docker.com/reference/build-checks/no-empty-continuation/',
  reference: 'buildkit-dockerfile-docs/rules-no-empty-continuation.md',
  check({ model }, report) {
    for (const inst of model.instructions) {
      const r = inst.getRange();
      if (r.end.line === r.start.line) continue;
      // Only lines a continuation ran into are listed: empty lines of heredoc bodies are content.
      const { text, emptyLines: inside } = logicalLine(model, inst);
      if (!inside.length) continue;
      const first = inside[0];
      // From the `\` that runs into the empty line, so the squiggle is visible even on an empty line.
      const above = model.lines.lineText(first - 1).trimEnd();
      report({
        range: { start: { line: first - 1, character: Math.max(0, above.length - 1) }, end: { line: first, character: model.lines.lineText(first).length } },
        // BuildKit prints the instruction as it joins it: continuation characters removed, lines run together.
        message: `Empty continuation line found in: ${inst.getInstruction()}${text}`.trimEnd(),
        fixes: [{
          title: inside.length > 1 ? 'Delete the empty lines' : 'Delete the empty line',
          edits: inside.map(l => ({ range: { start: { line: l, character: 0 }, end: { line: l + 1, character: 0 } }, newText: '' })),
        }],
      });
    }
  },
};
