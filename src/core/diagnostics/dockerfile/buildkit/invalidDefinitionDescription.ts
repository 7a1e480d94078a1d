// SPDX-License-Identifier: MIT
// InvalidDefinitionDescription (experimental in BuildKit, off by default): a comment right above
// `FROM ... AS name` or `ARG name` is read as its description, so it should start with that name.
// Reference: buildkit-dockerfile-docs/rules-invalid-definition-description.md
import type { DockerfileRule } from '../../types';
import { instructionsWith, keywordRange } from '../ranges';
import { fromParts } from './fromParts';
import { assignmentsOf } from '../../../dockerfile/variables';

export const invalidDefinitionDescription: DockerfileRule = {
  code: 'InvalidDefinitionDescription',
  source: 'buildkit',
  severity: 'warning',
  defaultOff: true,
  title: 'Comment above FROM or ARG is not a description',
  why: '`docker build --call=outline` and `--call=targets` show the comment right above a stage or an ARG as its description, but only when the comment starts with its name. Any other comment there is shown as if it were one.',
  fix: 'Start the comment with the name (`# VERSION sets the app version`), or put an empty line between the comment and the instruction.',
  docsUrl: 'https://docs.docker.com/reference/build-checks/invalid-definition-description/',
  reference: 'buildkit-dockerfile-docs/rules-invalid-definition-description.md',
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'FROM', 'ARG')) {
      const keyword = inst.getKeyword();
      let names: string[];
      if (keyword === 'FROM') {
        const name = fromParts(model, inst).name;
        // BuildKit compares with the stage name lower-cased.
        names = name ? [name.text.toLowerCase()] : [];
      } else if (keyword === 'ARG') {
        names = assignmentsOf(model, inst).map(([n]) => n);
      } else continue;
      if (!names.length) continue;
      const comment = commentAbove(model.lines.lineText.bind(model.lines), inst.getRange().start.line);
      if (comment === undefined || names.includes(comment.split(' ')[0])) continue;
      report({
        range: keywordRange(inst),
        message: 'Comment for build stage or argument should follow the format: `# <arg/stage name> <description>`. If this is not intended to be a description comment, add an empty line or comment between the instruction and the comment.',
      });
    }
  },
};

/**
 * The text of the comment line just above `line` (without `#`), when there is one and it is part of
 * an unbroken comment block. An empty `#` line ends the block; parser directives and tool comments
 * (`# check=`, `# coach-ignore`) are not descriptions.
 */
function commentAbove(lineText: (line: number) => string, line: number): string | undefined {
  const above = line > 0 ? lineText(line - 1) : '';
  const m = /^\s*#(.*)$/.exec(above);
  if (!m) return undefined;
  const text = m[1].trim();
  if (!text || /^(check|syntax|escape)\s*=/i.test(text) || /^coach-ignore\b/.test(text)) return undefined;
  return text;
}
