// SPDX-License-Identifier: MIT
// StageNameCasing: stage names should be lower case.
// Reference: buildkit-dockerfile-docs/rules-stage-name-casing.md
import type { DockerfileModel } from '../../../dockerfile/model';
import { leadingFlags } from '../../../dockerfile/words';
import type { DockerfileRule, TextEdit } from '../../types';
import { instructionsWith, spanRange } from '../ranges';
import { fromParts } from './fromParts';

export const stageNameCasing: DockerfileRule = {
  code: 'StageNameCasing',
  source: 'buildkit',
  severity: 'warning',
  title: 'Stage name is not lower case',
  why: 'Docker treats stage names without regard to case, so `Builder` and `builder` are the same stage. Lower-case names also stand apart from instruction keywords such as `FROM` and `AS`.',
  fix: 'Write the stage name in lower case, here and everywhere it is used (`FROM`, `COPY --from=`, `--mount=from=`).',
  docsUrl: 'https://docs.docker.com/reference/build-checks/stage-name-casing/',
  reference: 'buildkit-dockerfile-docs/rules-stage-name-casing.md',
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'FROM')) {
      const name = fromParts(model, inst).name;
      if (!name || name.text === name.text.toLowerCase()) continue;
      const lower = name.text.toLowerCase();
      const edits: TextEdit[] = [{ range: spanRange(model, name.start, name.end), newText: lower }];
      edits.push(...referenceEdits(model, lower, inst.getRange().start.line));
      report({
        range: spanRange(model, name.start, name.end),
        message: `Stage name '${name.text}' should be lowercase`,
        fixes: [{ title: `Rename the stage to '${lower}'`, edits }],
      });
    }
  },
};

/** Edits that lower-case the references to stage `lower` after `afterLine`: FROM images, `--from=`, `from=` in mounts. */
function referenceEdits(model: DockerfileModel, lower: string, afterLine: number): TextEdit[] {
  const edits: TextEdit[] = [];
  const add = (start: number, text: string) => {
    if (text.toLowerCase() === lower && text !== lower) edits.push({ range: spanRange(model, start, start + text.length), newText: lower });
  };
  for (const inst of instructionsWith(model, 'FROM', 'COPY', 'ADD', 'RUN')) {
    if (inst.getRange().start.line <= afterLine) continue;
    const keyword = inst.getKeyword();
    if (keyword === 'FROM') {
      const image = fromParts(model, inst).image;
      if (image) add(image.start, image.text);
    } else if (keyword === 'COPY' || keyword === 'RUN' || keyword === 'ADD') {
      for (const flag of leadingFlags(model, inst)) {
        const flagStart = model.lines.offsetAt(flag.range.start);
        if (flag.name === 'from' && flag.value !== null) add(flagStart + '--from='.length, flag.value);
        for (const o of flag.options) {
          if (flag.name === 'mount' && o.name === 'from' && o.value !== null) add(model.lines.offsetAt(o.range.start) + 'from='.length, o.value);
        }
      }
    }
  }
  return edits;
}
