// SPDX-License-Identifier: MIT
// NpmInstallWithLock: with a lock file in the image, `npm ci` installs exactly the versions it lists
// and never changes it; `npm install` updates the lock (and installs other versions) when it and
// `package.json` disagree, so the image may not hold what was tested.
// Only a bare `npm install` (no package names) counts: `npm install express` adds a package, which
// `npm ci` cannot do. A wildcard such as `COPY package*.json ./` copies the lock only if the project
// has one (a wildcard needs just one match), and `npm ci` fails without a lock, so then the message
// says "if" and offers no fix; the fix needs `package-lock.json` or `npm-shrinkwrap.json` named.
// Reference: buildkit-dockerfile-docs/reference.md, "COPY" (wildcards); npm docs, `npm ci` (needs an
// existing lock, exits with an error instead of updating it, never writes it).
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileModel } from '../../../dockerfile/model';
import type { DockerfileRule } from '../../types';
import { instructionsWith } from './byKeyword';
import { instructionsIn, lineOf } from '../../../dockerfile/stageIndex';
import { stageOf } from '../../../dockerfile/stages';
import { nonFlagWords, placedWords, rangeAt, unquote } from './ranges';
import { commandName, programWords, runScript } from './shellScript';
import { stageChain } from './stageChain';

const LOCK = /(^|\/)(package-lock\.json|npm-shrinkwrap\.json)$/;

export const npmInstallWithLock: DockerfileRule = {
  code: 'NpmInstallWithLock',
  source: 'coach',
  severity: 'info',
  title: '`npm install` where `npm ci` is meant',
  why: '`npm install` installs what `package-lock.json` lists, but when the lock and `package.json` disagree it updates the lock and installs other versions, so the image may not hold what you tested. `npm ci` never changes the lock: it installs exactly what it lists, and stops with an error when the two disagree. It needs a `package-lock.json` (or `npm-shrinkwrap.json`) to work.',
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
        const npm = `\`npm ${verb.value}\``;
        report({
          range: rangeAt(model, words[0].start, verb.end),
          message: lock.glob
            ? `If your project has a \`package-lock.json\` (\`${lock.name}\` on line ${lock.line} copies it when it exists), ${npm} may update it when it and \`package.json\` disagree; \`npm ci\` installs exactly what it lists and stops instead.`
            : `${npm} may update \`${lock.name}\` (copied on line ${lock.line}) when it and \`package.json\` disagree; \`npm ci\` installs exactly what it lists and stops instead.`,
          // `npm ci` fails without a lock file, so the fix needs one named, not a wildcard that may match none.
          fixes: lock.glob ? undefined : [{ title: 'Use npm ci', edits: [{ range: rangeAt(model, verb.start, verb.end), newText: 'ci' }] }],
        });
      }
    }
  },
};

/** The lock file a COPY or ADD before `inst` brought into its stage (or a stage it builds on), or a wildcard that may have. */
function lockCopiedBefore(model: DockerfileModel, inst: Instruction): { name: string; line: number; glob: boolean } | undefined {
  let line: number | undefined = inst.getRange().start.line;
  let maybe: { name: string; line: number; glob: boolean } | undefined;
  for (const stage of stageChain(model, stageOf(model, inst))) {
    for (const keyword of ['COPY', 'ADD']) {
      for (const copy of instructionsIn(model, stage, keyword)) {
        if (line !== undefined && copy.getRange().start.line >= line) break;
        const words = nonFlagWords(placedWords(model, copy)).map(w => unquote(w.text.replace(/^\[|[\],]$/g, '')));
        const sources = words.slice(0, -1);
        const named = sources.find(w => LOCK.test(w));
        if (named) return { name: named.slice(named.lastIndexOf('/') + 1), line: lineOf(copy), glob: false };
        const glob = sources.find(mayMatchLock);
        if (glob) maybe ??= { name: glob, line: lineOf(copy), glob: true };
      }
    }
    line = undefined;
  }
  return maybe;
}

/** A wildcard source such as `package*.json` or `package-lock.json*` that matches `package-lock.json` if it exists. */
function mayMatchLock(source: string): boolean {
  if (!/[*?[]/.test(source)) return false;
  const base = source.slice(source.lastIndexOf('/') + 1);
  const pattern = base.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  try { return new RegExp(`^${pattern}$`).test('package-lock.json'); } catch { return false; }
}
