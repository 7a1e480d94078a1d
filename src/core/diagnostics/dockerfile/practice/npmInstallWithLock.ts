// SPDX-License-Identifier: MIT
// NpmInstallWithLock: with a lock file in the image, `npm ci` installs exactly the versions it lists;
// `npm install` may resolve newer ones and rewrite the lock, so two builds can differ.
// Only a bare `npm install` (no package names) counts: `npm install express` adds a package, which
// `npm ci` cannot do. `COPY package*.json` counts as copying the lock file: that is what the pattern is for.
// Reference: buildkit-dockerfile-docs/reference.md, "COPY" (what a COPY puts in the stage).
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileModel } from '../../../dockerfile/model';
import type { DockerfileRule } from '../../types';
import { instructionsWith } from './byKeyword';
import { instructionsIn, lineOf } from '../../../dockerfile/stageIndex';
import { stageOf } from '../../../dockerfile/stages';
import { nonFlagWords, placedWords, rangeAt, unquote } from './ranges';
import { commandName, programWords, runScript } from './shellScript';
import { stageChain } from './stageChain';

const LOCK = /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|package\*\.json)$/;

export const npmInstallWithLock: DockerfileRule = {
  code: 'NpmInstallWithLock',
  source: 'coach',
  severity: 'info',
  title: '`npm install` where `npm ci` is meant',
  why: '`npm install` treats the versions in `package-lock.json` as a starting point: it may pick newer ones and rewrite the lock, so two builds of the same code can get different packages. `npm ci` installs exactly what the lock file says, and fails if it does not match `package.json`.',
  fix: 'Use `npm ci` (with `--omit=dev` for a production image) after copying `package.json` and `package-lock.json`.',
  docsUrl: 'https://docs.docker.com/guides/nodejs/containerize/',
  reference: 'buildkit-dockerfile-docs/reference.md#copy',
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'RUN')) {
      for (const cmd of runScript(model, inst).commands) {
        if (commandName(cmd) !== 'npm') continue;
        const words = programWords(cmd);
        const verbAt = words.findIndex((w, i) => i > 0 && !w.value.startsWith('-'));
        const verb = words[verbAt];
        if (!verb || (verb.value !== 'install' && verb.value !== 'i')) continue;
        const rest = words.slice(verbAt + 1).map(w => w.value);
        // Package names, or a global install, are not what `npm ci` does.
        if (rest.some(v => !v.startsWith('-')) || rest.some(v => v === '-g' || v === '--global')) continue;
        const lock = lockCopiedBefore(model, inst);
        if (!lock) continue;
        report({
          range: rangeAt(model, words[0].start, verb.end),
          message: `\`npm ${verb.value}\` may change the versions locked by \`${lock.name}\` (copied on line ${lock.line}); \`npm ci\` installs exactly those.`,
          fixes: [{ title: 'Use npm ci', edits: [{ range: rangeAt(model, verb.start, verb.end), newText: 'ci' }] }],
        });
      }
    }
  },
};

/** The lock file a COPY or ADD before `inst` brought into its stage (or a stage it builds on). */
function lockCopiedBefore(model: DockerfileModel, inst: Instruction): { name: string; line: number } | undefined {
  let line: number | undefined = inst.getRange().start.line;
  for (const stage of stageChain(model, stageOf(model, inst))) {
    for (const keyword of ['COPY', 'ADD']) {
      for (const copy of instructionsIn(model, stage, keyword)) {
        if (line !== undefined && copy.getRange().start.line >= line) break;
        const words = nonFlagWords(placedWords(model, copy)).map(w => unquote(w.text.replace(/^\[|[\],]$/g, '')));
        const lock = words.slice(0, -1).find(w => LOCK.test(w));
        if (lock) return { name: lock.includes('*') ? 'package-lock.json' : lock.slice(lock.lastIndexOf('/') + 1), line: lineOf(copy) };
      }
    }
    line = undefined;
  }
  return undefined;
}
