// SPDX-License-Identifier: MIT
// JSONArgsRecommended: CMD and ENTRYPOINT in shell form, with no SHELL instruction to show that the
// shell is wanted.
// Reference: buildkit-dockerfile-docs/rules-json-args-recommended.md
import type { Instruction } from 'dockerfile-ast';
import { commandFormOf } from '../../../dockerfile/forms';
import type { DockerfileModel } from '../../../dockerfile/model';
import { instructionsIn, lastBefore, parentStage } from '../../../dockerfile/stageIndex';
import { stageOf } from '../../../dockerfile/stages';
import type { DockerfileRule, Fix } from '../../types';
import { argumentTokens, instructionsWith, keywordRange, logicalLine, spanRange } from '../ranges';

export const jsonArgsRecommended: DockerfileRule = {
  code: 'JSONArgsRecommended',
  source: 'buildkit',
  severity: 'warning',
  title: 'Shell form for CMD or ENTRYPOINT',
  why: 'Written without brackets, the command runs inside `/bin/sh -c`. The shell often stays the main process and does not pass on signals, so `docker stop` cannot ask your program to shut down cleanly and kills it after 10 seconds.',
  fix: 'Use the JSON form, with double quotes: `CMD ["node", "server.js"]`. If you really need the shell, set it with a `SHELL` instruction first.',
  docsUrl: 'https://docs.docker.com/reference/build-checks/json-args-recommended/',
  reference: 'buildkit-dockerfile-docs/rules-json-args-recommended.md',
  hadolint: ['DL3025'],
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'CMD', 'ENTRYPOINT')) {
      const { text } = logicalLine(model, inst);
      if (!text.trim() || commandFormOf(text) === 'exec' || hasShell(model, inst)) continue;
      const fix = execFormFix(model, inst);
      report({
        range: keywordRange(inst),
        message: `JSON arguments recommended for ${inst.getInstruction()} to prevent unintended behavior related to OS signals`,
        fixes: fix ? [fix] : undefined,
      });
    }
  },
};

/** True when a SHELL instruction comes before `inst` in its stage or in a stage it builds on. */
function hasShell(model: DockerfileModel, inst: Instruction): boolean {
  let stage = stageOf(model, inst);
  if (lastBefore(instructionsIn(model, stage, 'SHELL'), inst.getRange().start.line)) return true;
  for (let depth = 0; depth < 64; depth++) {
    const parent = parentStage(model, stage);
    if (!parent) return false;
    if (instructionsIn(model, parent, 'SHELL').length) return true;
    stage = parent;
  }
  return false;
}

const builtins = new Set(['cd', 'source', '.', ':', 'export', 'set', 'unset', 'alias', 'eval', 'exit', 'ulimit', 'umask', 'trap', 'shift', 'read', 'wait', 'exec']);

/**
 * The exec-form rewrite, offered only when the shell would have done nothing but split words:
 * no variables, globs, redirections, pipes, `&&`, escapes or other shell syntax.
 */
function execFormFix(model: DockerfileModel, inst: Instruction): Fix | undefined {
  const tokens = argumentTokens(model, inst);
  if (!tokens.length) return undefined;
  const words: string[] = [];
  for (const { text } of tokens) {
    let word: string;
    if (/^"[^"\\$`]*"$/.test(text) || /^'[^']*'$/.test(text)) word = text.slice(1, -1);
    else if (/^[A-Za-z0-9_@%+,./:=-]+$/.test(text)) word = text;
    else return undefined;
    words.push(word);
  }
  // `NAME=value cmd` sets a variable for the command: that needs the shell.
  if (/^[A-Za-z_]\w*=/.test(tokens[0].text)) return undefined;
  // `exec prog` is what exec form does anyway; other built-ins exist only inside a shell.
  if (words[0] === 'exec') words.shift();
  if (!words.length || builtins.has(words[0])) return undefined;
  const json = `[${words.map(w => JSON.stringify(w)).join(', ')}]`;
  return { title: 'Rewrite as a JSON array (exec form)', edits: [{ range: spanRange(model, tokens[0].start, tokens[tokens.length - 1].end), newText: json }] };
}
