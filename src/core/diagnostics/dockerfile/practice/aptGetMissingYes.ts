// SPDX-License-Identifier: MIT
// AptGetMissingYes: `apt-get install` without `-y` asks "Do you want to continue? [Y/n]", and a build
// has no one to answer: its input is empty, so apt reads no answer, prints "Abort." and the RUN fails
// at once (it does not hang). apt asks only when it has something to confirm, such as extra packages.
// Reference: no Docker page covers apt itself; the fact is apt-get's own prompt. The docs'
// apt examples (buildkit-dockerfile-docs/reference.md, "Example: cache apt packages") all pass `-y`.
import type { DockerfileRule } from '../../types';
import { instructionsWith } from './byKeyword';
import { answersYes, aptCommands, isSub } from './apt';
import { pointAt, rangeAt } from './ranges';
import { runScript } from './shellScript';

export const aptGetMissingYes: DockerfileRule = {
  code: 'AptGetMissingYes',
  source: 'coach',
  severity: 'warning',
  title: '`apt-get install` without `-y`',
  why: 'Without `-y`, apt asks "Do you want to continue?" whenever it would install more than you named (dependencies) or remove something. A build has no keyboard: apt reads no answer, prints "Abort." and the step fails at once. An install with nothing to confirm passes today and fails when a package gains a dependency.',
  fix: 'Add `-y` after `install`: `apt-get install -y curl`.',
  docsUrl: 'https://docs.docker.com/build/building/best-practices/#apt-get',
  reference: 'buildkit-dockerfile-docs/reference.md#example-cache-apt-packages',
  hadolint: ['DL3014'],
  check({ model }, report) {
    // A config file written earlier in the build (`APT::Get::Assume-Yes "true";`) answers for every call.
    if (/Assume-Yes/i.test(model.text)) return;
    for (const inst of instructionsWith(model, 'RUN')) {
      for (const apt of aptCommands(runScript(model, inst))) {
        if (!isSub(apt, 'install', 'reinstall', 'upgrade', 'dist-upgrade', 'full-upgrade', 'remove', 'purge', 'autoremove', 'build-dep')) continue;
        if (answersYes(apt)) continue;
        // `yes | apt-get install …` answers the prompt through the pipe.
        const from = apt.cmd.pipedFrom;
        if (from && from.words[0]?.value === 'yes') continue;
        const sub = apt.sub!;
        report({
          range: rangeAt(model, apt.head.start, apt.head.end),
          message: `\`${apt.tool} ${sub.value}\` without \`-y\` can ask "Do you want to continue?"; a build gives no answer, so apt aborts and the step fails.`,
          fixes: [{ title: `Add -y after \`${sub.value}\``, edits: [{ range: pointAt(model, sub.end), newText: ' -y' }] }],
        });
      }
    }
  },
};
