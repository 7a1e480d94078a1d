// SPDX-License-Identifier: MIT
// UseraddHighUid: `useradd -u 1000000 app` writes the new user's entry into /var/log/lastlog and
// /var/log/faillog at an offset that grows with the UID. On the host that file is sparse, but an
// image layer stores it in full: a UID in the millions adds hundreds of MB or more to the image.
// `-l` (`--no-log-init`) skips those files. Same condition as hadolint's DL3046 (hadolint/hadolint
// src/Hadolint/Rule/DL3046.hs): a `useradd` with a UID of six digits or more and no `-l`.
import type { DockerfileRule } from '../../types';
import { instructionsWith } from './byKeyword';
import { pointAt, rangeAt } from './ranges';
import { commandName, programWords, runScript } from './shellScript';

export const useraddHighUid: DockerfileRule = {
  code: 'UseraddHighUid',
  source: 'coach',
  severity: 'warning',
  title: '`useradd` with a large UID and no `-l`',
  why: '`useradd` records every user in `/var/log/lastlog` at a place set by the UID. With a UID of 100000 or more that file becomes huge. On your disk it takes almost no room, but an image layer stores it in full, so the image can grow by gigabytes.',
  fix: 'Add `-l` (`--no-log-init`): `useradd -l -u 1000000 app`. Or pick a small UID such as `1000`.',
  docsUrl: 'https://docs.docker.com/build/building/best-practices/#user',
  reference: 'buildkit-dockerfile-docs/reference.md#user',
  hadolint: ['DL3046'],
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'RUN')) {
      for (const cmd of runScript(model, inst).commands) {
        if (commandName(cmd) !== 'useradd') continue;
        const words = programWords(cmd);
        if (words.some(w => w.value === '--no-log-init' || /^-[a-zA-Z]*l[a-zA-Z]*$/.test(w.value))) continue;
        const uid = uidOf(words.map(w => w.value));
        // A UID from a variable (`-u $APP_UID`) is unknown here: only a written number of six digits counts.
        if (uid === undefined || !/^\d{6,}$/.test(uid)) continue;
        report({
          range: rangeAt(model, words[0].start, words[0].end),
          message: `\`useradd\` with UID ${uid} and no \`-l\` writes a huge \`/var/log/lastlog\` into the image.`,
          fixes: [{ title: 'Add -l (--no-log-init)', edits: [{ range: pointAt(model, words[0].end), newText: ' -l' }] }],
        });
      }
    }
  },
};

/** The value of `-u`/`--uid` as written: `-u 123`, `-u123`, `--uid 123`, `--uid=123`. */
function uidOf(values: string[]): string | undefined {
  for (let i = 1; i < values.length; i++) {
    const v = values[i];
    if (v === '-u' || v === '--uid') return values[i + 1];
    if (v.startsWith('--uid=')) return v.slice(6);
    if (/^-u\d/.test(v)) return v.slice(2);
  }
  return undefined;
}
