// SPDX-License-Identifier: MIT
// ShellEntrypointIgnoresCmd: an ENTRYPOINT in shell form runs as `/bin/sh -c "<text>"`, and Docker
// does not hand CMD (or the arguments of `docker run`) to it, so a CMD in the same image is dead.
// BuildKit's JSONArgsRecommended flags the shell-form ENTRYPOINT for signal handling; it never
// says that the CMD is ignored, which is the surprise this rule points at (on the CMD).
// The ENTRYPOINT may come from a stage this one is built FROM; a CMD of a parent stage is reset by
// a new ENTRYPOINT, so only the stage's own CMD counts.
// Reference: buildkit-dockerfile-docs/reference.md, "Understand how CMD and ENTRYPOINT interact"
// (the table's shell-form ENTRYPOINT column) and "Shell form ENTRYPOINT example".
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileRule } from '../../types';
import { commandText, formOf } from '../../../dockerfile/locate';
import { instructionsIn, lineOf } from '../../../dockerfile/stageIndex';
import type { DockerfileModel } from '../../../dockerfile/model';
import { stagesOf, type Stage } from '../../../dockerfile/stages';
import type { Fix } from '../../types';
import { instructionRange, keywordRange } from '../ranges';
import { stageChain } from './stageChain';

export const shellEntrypointIgnoresCmd: DockerfileRule = {
  code: 'ShellEntrypointIgnoresCmd',
  source: 'coach',
  severity: 'warning',
  title: 'CMD ignored by a shell-form ENTRYPOINT',
  why: 'An ENTRYPOINT written as plain text runs as `/bin/sh -c "…"`, and Docker passes it neither the CMD nor the arguments you give `docker run`. So the CMD never runs, and nothing tells you.',
  fix: 'Write the ENTRYPOINT in exec form, `ENTRYPOINT ["python", "app.py"]`, so the CMD is added as its arguments; or remove the CMD if it is not needed.',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#understand-how-cmd-and-entrypoint-interact',
  reference: 'buildkit-dockerfile-docs/reference.md#understand-how-cmd-and-entrypoint-interact',
  check({ model }, report) {
    for (const stage of stagesOf(model)) {
      if (stage.index < 0) continue;
      const cmds = instructionsIn(model, stage, 'CMD');
      if (!cmds.length) continue;
      const cmd = cmds[cmds.length - 1];
      const entrypoint = effectiveEntrypoint(model, stage);
      if (!entrypoint || formOf(model, entrypoint) === 'exec') continue;
      const text = commandText(model, entrypoint);
      report({
        range: keywordRange(cmd),
        message: `This CMD never runs: the ENTRYPOINT on line ${lineOf(entrypoint)} is in shell form, which does not pass CMD on.`,
        fixes: execFix(entrypoint, text),
      });
    }
  },
};

/** The last ENTRYPOINT of the stage, or of the stage it is built FROM. */
function effectiveEntrypoint(model: DockerfileModel, stage: Stage): Instruction | undefined {
  for (const s of stageChain(model, stage)) {
    const list = instructionsIn(model, s, 'ENTRYPOINT');
    if (list.length) return list[list.length - 1];
  }
  return undefined;
}

/**
 * Rewriting the ENTRYPOINT as an array is certain only for plain words: no variables, quotes, pipes,
 * `&&` or globs, which need the shell. A leading `exec` (the shell-form habit) is dropped.
 */
function execFix(entrypoint: Instruction, text: string): Fix[] | undefined {
  if (!text || /[^\w\s\-./:=@%+,]/.test(text)) return undefined;
  const words = text.trim().split(/\s+/);
  if (words[0] === 'exec') words.shift();
  if (!words.length) return undefined;
  const json = `[${words.map(w => JSON.stringify(w)).join(', ')}]`;
  const r = instructionRange(entrypoint);
  const kw = keywordRange(entrypoint);
  return [{
    title: `Rewrite the ENTRYPOINT on line ${lineOf(entrypoint)} as ${json}`,
    edits: [{ range: { start: kw.end, end: r.end }, newText: ` ${json}` }],
  }];
}
