// SPDX-License-Identifier: MIT
// ApkAddWithoutNoCache: on Alpine, `apk add` without `--no-cache` keeps the package index it
// downloaded (`apk update`, or `apk add --update`) in /var/cache/apk, so it is saved in the layer.
// Same condition as hadolint's DL3019 (hadolint/hadolint src/Hadolint/Rule/DL3019.hs): an `apk add`
// without `--no-cache`, unless a cache or tmpfs mount holds /var/cache/apk; and, unlike hadolint, not
// with `--no-network`, which downloads nothing. Stages that the final image only copies from are
// skipped, as for the apt and pip rules.
import type { DockerfileRule } from '../../types';
import { stageOf } from '../../../dockerfile/stages';
import { instructionsWith } from './byKeyword';
import { pointAt, rangeAt } from './ranges';
import { commandName, programWords, runScript, type RunScript } from './shellScript';
import { stagesInFinalImage } from './stageChain';

export const apkAddWithoutNoCache: DockerfileRule = {
  code: 'ApkAddWithoutNoCache',
  source: 'coach',
  severity: 'info',
  title: '`apk add` without `--no-cache`',
  why: 'Without `--no-cache`, Alpine\'s `apk` keeps the package index it downloads in `/var/cache/apk`. That copy is saved in the image layer and never used again, so the image is bigger for nothing.',
  fix: 'Add `--no-cache`: `apk add --no-cache curl`. It fetches a fresh index and keeps nothing, so `apk update` and `rm -rf /var/cache/apk/*` are not needed.',
  docsUrl: 'https://docs.docker.com/build/building/best-practices/#run',
  reference: 'buildkit-dockerfile-docs/reference.md#run---mounttypecache',
  hadolint: ['DL3019'],
  check({ model }, report) {
    const final = stagesInFinalImage(model);
    for (const inst of instructionsWith(model, 'RUN')) {
      if (!final.has(stageOf(model, inst))) continue;
      const script = runScript(model, inst);
      if (holdsApkCache(script)) continue;
      for (const cmd of script.commands) {
        if (commandName(cmd) !== 'apk') continue;
        const words = programWords(cmd);
        const add = words.find((w, i) => i > 0 && !w.value.startsWith('-'));
        // `--no-network` installs from what is already there, so no index is downloaded either.
        if (add?.value !== 'add' || words.some(w => w.value === '--no-cache' || w.value === '--no-network')) continue;
        report({
          range: rangeAt(model, words[0].start, add.end),
          message: '`apk add` without `--no-cache` leaves the package index in this layer.',
          fixes: [{ title: 'Add --no-cache', edits: [{ range: pointAt(model, add.end), newText: ' --no-cache' }] }],
        });
      }
    }
  },
};

/** A `--mount=type=cache` or `type=tmpfs` on /var/cache/apk. */
function holdsApkCache(script: RunScript): boolean {
  return script.flags.some(f => f.name === 'mount'
    && f.options.some(o => o.name === 'type' && (o.value === 'cache' || o.value === 'tmpfs'))
    && f.options.some(o => /^(target|dst|destination)$/.test(o.name) && /^["']?\/var\/cache\/apk\/?["']?$/.test(o.value ?? '')));
}
