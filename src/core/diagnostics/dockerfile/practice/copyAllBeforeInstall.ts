// SPDX-License-Identifier: MIT
// CopyAllBeforeInstall: Docker reuses a step's cached result only while the files it copied are
// unchanged. `COPY . .` before `npm ci` means any edit to any file re-runs the whole install.
// Copying the dependency list first, installing, and then copying the rest keeps the install cached.
// Only installs that read a manifest count (`npm ci`, `pip install -r`, `bundle install`,
// `go mod download`…): `pip install .` installs the project itself and needs its code.
// Reference: buildkit-dockerfile-docs/reference.md, "Cache invalidation for RUN instructions" and "COPY".
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileRule } from '../../types';
import type { DockerfileModel } from '../../../dockerfile/model';
import { instructionsIn, lineOf } from '../../../dockerfile/stageIndex';
import { stagesOf } from '../../../dockerfile/stages';
import { leadingFlags } from '../../../dockerfile/words';
import { nonFlagWords, placedWords, rangeAt, unquote, type PlacedWord } from './ranges';
import { commandName, programWords, runScript } from './shellScript';

interface Install { label: string; manifest: string }

export const copyAllBeforeInstall: DockerfileRule = {
  code: 'CopyAllBeforeInstall',
  source: 'coach',
  severity: 'info',
  title: 'Whole project copied before installing dependencies',
  why: 'Docker reuses a cached step only while the files copied before it are unchanged. With `COPY . .` before the install, editing any file (even a README) makes Docker download and install every dependency again on the next build.',
  fix: 'Copy just the dependency files first, install, then copy the rest: `COPY package.json package-lock.json ./`, `RUN npm ci`, `COPY . .`.',
  docsUrl: 'https://docs.docker.com/build/cache/optimize/#order-your-layers',
  reference: 'buildkit-dockerfile-docs/reference.md#cache-invalidation-for-run-instructions',
  check({ model }, report) {
    for (const stage of stagesOf(model)) {
      if (stage.index < 0) continue;
      const copies = [...instructionsIn(model, stage, 'COPY'), ...instructionsIn(model, stage, 'ADD')];
      const all = copies.map(c => ({ inst: c, word: wholeContext(model, c) })).filter(c => c.word).sort((a, b) => a.inst.getRange().start.line - b.inst.getRange().start.line);
      if (!all.length) continue;
      const first = all[0];
      const install = firstInstallAfter(model, instructionsIn(model, stage, 'RUN'), first.inst.getRange().start.line);
      if (!install) continue;
      report({
        range: rangeAt(model, first.word!.start, first.word!.end),
        message: `Copying the whole project before \`${install.label}\` (line ${lineOf(install.inst)}) re-runs the install after any file change; copy ${install.manifest} first.`,
      });
    }
  },
};

/** The `.` (or `./`) source of a COPY or ADD from the build context, if it copies the whole context. */
function wholeContext(model: DockerfileModel, inst: Instruction): PlacedWord | undefined {
  if (leadingFlags(model, inst).some(f => f.name === 'from')) return undefined;
  const words = nonFlagWords(placedWords(model, inst));
  return words.slice(0, -1).find(w => /^\.\/?$/.test(unquote(w.text)));
}

/** The first dependency install in `runs` after `line`. */
function firstInstallAfter(model: DockerfileModel, runs: readonly Instruction[], line: number): (Install & { inst: Instruction }) | undefined {
  for (const run of runs) {
    if (run.getRange().start.line <= line) continue;
    for (const cmd of runScript(model, run).commands) {
      const found = installOf(programWords(cmd).map(w => w.value), commandName(cmd));
      if (found) return { ...found, inst: run };
    }
  }
  return undefined;
}

/** What a command installs from a manifest, if it does. */
function installOf(words: string[], name: string): Install | undefined {
  const args = words.slice(1).filter(w => !w.startsWith('-'));
  const verb = args[0];
  switch (name) {
    case 'npm':
      if (verb === 'ci' || ((verb === 'install' || verb === 'i') && args.length === 1)) return { label: `npm ${verb}`, manifest: '`package.json` and `package-lock.json`' };
      return undefined;
    case 'yarn':
      if (verb === undefined || verb === 'install') return { label: verb ? 'yarn install' : 'yarn', manifest: '`package.json` and `yarn.lock`' };
      return undefined;
    case 'pnpm':
      if (verb === 'install' || verb === 'i') return { label: 'pnpm install', manifest: '`package.json` and `pnpm-lock.yaml`' };
      return undefined;
    case 'bundle':
      if (verb === 'install') return { label: 'bundle install', manifest: '`Gemfile` and `Gemfile.lock`' };
      return undefined;
    case 'composer':
      if (verb === 'install') return { label: 'composer install', manifest: '`composer.json` and `composer.lock`' };
      return undefined;
    case 'go':
      if (verb === 'mod' && args[1] === 'download') return { label: 'go mod download', manifest: '`go.mod` and `go.sum`' };
      return undefined;
    case 'poetry':
      if (verb === 'install') return { label: 'poetry install', manifest: '`pyproject.toml` and `poetry.lock`' };
      return undefined;
    default:
      // `pip install -r requirements.txt`, `python -m pip install -r …`.
      if (/^pip[0-9.]*$/.test(name) || /^python[0-9.]*$/.test(name)) {
        const r = words.findIndex(w => w === '-r' || w === '--requirement');
        if (words.includes('install') && r > 0 && words[r + 1]) return { label: `pip install -r ${words[r + 1]}`, manifest: `\`${words[r + 1]}\`` };
      }
      return undefined;
  }
}
