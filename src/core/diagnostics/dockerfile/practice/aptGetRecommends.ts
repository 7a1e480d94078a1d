// SPDX-License-Identifier: MIT
// AptGetRecommends: by default apt also installs the packages a package merely recommends, which
// makes images bigger than they need to be.
// Reference: buildkit-dockerfile-docs/reference.md, "Example: cache apt packages", which installs
// with `--no-install-recommends`.
import type { DockerfileRule } from '../../types';
import { instructionsWith } from './byKeyword';
import { aptCommands, isSub, skipsRecommends } from './apt';
import { pointAt, rangeAt } from './ranges';
import { runScript } from './shellScript';

export const aptGetRecommends: DockerfileRule = {
  code: 'AptGetRecommends',
  source: 'coach',
  severity: 'info',
  title: '`apt-get install` also pulls in recommended packages',
  why: 'apt installs what you asked for plus the packages it "recommends" (documentation, extra tools). In an image they are dead weight: a bigger download, a slower build, and more software that may need security updates.',
  fix: 'Add `--no-install-recommends` after `install`. If something you need goes missing, name that package in the same install.',
  docsUrl: 'https://docs.docker.com/build/building/best-practices/#apt-get',
  reference: 'buildkit-dockerfile-docs/reference.md#example-cache-apt-packages',
  hadolint: ['DL3015'],
  check({ model }, report) {
    // A config file written earlier in the build can turn recommends off for every call.
    if (/Install-Recommends/i.test(model.text)) return;
    for (const inst of instructionsWith(model, 'RUN')) {
      for (const apt of aptCommands(runScript(model, inst))) {
        if (!isSub(apt, 'install') || skipsRecommends(apt)) continue;
        const sub = apt.sub!;
        report({
          range: rangeAt(model, apt.head.start, apt.head.end),
          message: `\`${apt.tool} install\` without \`--no-install-recommends\` also installs packages you did not ask for.`,
          fixes: [{ title: 'Add --no-install-recommends (name any recommended package you need)', edits: [{ range: pointAt(model, sub.end), newText: ' --no-install-recommends' }] }],
        });
      }
    }
  },
};
