// SPDX-License-Identifier: MIT
// UndefinedArgInFrom: a FROM line uses a variable that no global ARG declares.
// Reference: buildkit-dockerfile-docs/rules-undefined-arg-in-from.md
import { scanVariables, type VariableRef } from '../../../dockerfile/variables';
import type { DockerfileRule } from '../../types';
import { escapeOf, instructionsWith, spanRange } from '../ranges';
import { fromParts } from './fromParts';
import { globalArgs } from './globalArgs';
import { suggestName } from './suggest';

export const undefinedArgInFrom: DockerfileRule = {
  code: 'UndefinedArgInFrom',
  source: 'buildkit',
  severity: 'warning',
  title: 'FROM uses an ARG that is not declared',
  why: 'A FROM line can only use ARGs declared above the first FROM (plus Docker\'s own, such as `BUILDPLATFORM`). An undeclared one is empty unless every build passes `--build-arg`, so the image name quietly changes.',
  fix: 'Declare it before the first FROM, with a default: `ARG VARIANT=-alpine`. If it is a typo, correct the name.',
  docsUrl: 'https://docs.docker.com/reference/build-checks/undefined-arg-in-from/',
  reference: 'buildkit-dockerfile-docs/rules-undefined-arg-in-from.md',
  check({ model }, report) {
    const escape = escapeOf(model);
    for (const inst of instructionsWith(model, 'FROM')) {
      const { image, platform } = fromParts(model, inst);
      const args = globalArgs(model);
      const reported = new Set<string>();
      for (const word of [image, platform]) {
        if (!word || !word.text.includes('$')) continue;
        for (const ref of refsOf(model.text, scanVariables(model.text, word.start, word.end, escape))) {
          if (args.has(ref.name) || reported.has(ref.name) || ref.singleQuoted) continue;
          reported.add(ref.name);
          const suggestion = suggestName(ref.name, args.keys());
          report({
            range: spanRange(model, ref.start, ref.end),
            message: `FROM argument '${ref.name}' is not declared${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
          });
        }
      }
    }
  },
};

/**
 * Past this many references nested in one another's default words, the deeper ones are not looked up. Each
 * level is read to its end again, so 3,000 levels (17 KB of `${A:-${A:-…}}`) had taken seconds; a real line
 * nests two or three.
 */
const MAX_NESTING = 32;

/**
 * The references found in `text` and those nested in their default words (`${A:-$B}`), which BuildKit also
 * looks up, each read where it stands in `text`.
 */
export function refsOf(text: string, refs: readonly VariableRef[], depth = 0, out: VariableRef[] = []): VariableRef[] {
  for (const ref of refs) {
    out.push(ref);
    if (ref.word?.includes('$') && ref.modifier && depth < MAX_NESTING) {
      const at = ref.start + 2 + ref.name.length + ref.modifier.length;
      refsOf(text, scanVariables(text, at, at + ref.word.length), depth + 1, out);
    }
  }
  return out;
}
