// SPDX-License-Identifier: MIT
// AptInScript: `apt` in a RUN. `apt` is the command meant for people at a terminal; its own man page
// says its output and options may change between versions, and it prints "WARNING: apt does not have
// a stable CLI interface. Use with caution in scripts." when its output is not a terminal, as in a
// build. `apt-get` and `apt-cache` are the stable ones. Same condition as hadolint's DL3027
// (hadolint/hadolint src/Hadolint/Rule/DL3027.hs): any command named `apt`.
import type { DockerfileRule } from '../../types';
import { aptCommands } from './apt';
import { instructionsWith } from './byKeyword';
import { rangeAt } from './ranges';
import { runScript } from './shellScript';

// Subcommands that `apt-get` has under the same name and meaning, so swapping the program is certain.
const SAME_IN_APT_GET = new Set(['install', 'update', 'upgrade', 'full-upgrade', 'dist-upgrade', 'remove', 'purge', 'autoremove', 'clean', 'autoclean', 'source', 'build-dep']);

export const aptInScript: DockerfileRule = {
  code: 'AptInScript',
  source: 'coach',
  severity: 'info',
  title: '`apt` instead of `apt-get` in a RUN',
  why: '`apt` is made for typing at a terminal: its output and options may change from one release to the next, and in a build it prints "WARNING: apt does not have a stable CLI interface. Use with caution in scripts." `apt-get` (and `apt-cache` for searching) do the same work and stay stable, so a Dockerfile keeps building.',
  fix: 'Write `apt-get` instead: `apt-get install -y curl`. For `apt search` or `apt show`, use `apt-cache search` or `apt-cache show`.',
  docsUrl: 'https://docs.docker.com/build/building/best-practices/#apt-get',
  reference: 'buildkit-dockerfile-docs/reference.md#run',
  hadolint: ['DL3027'],
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'RUN')) {
      for (const apt of aptCommands(runScript(model, inst))) {
        if (apt.tool !== 'apt') continue;
        const program = apt.cmd.program[0];
        // Only a bare `apt` word is swapped: `/usr/bin/apt` or a quoted name stays as written.
        const swappable = model.text.slice(program.start, program.end) === 'apt' && !!apt.sub && SAME_IN_APT_GET.has(apt.sub.value);
        report({
          range: rangeAt(model, apt.head.start, apt.head.end),
          message: `\`apt${apt.sub ? ` ${apt.sub.value}` : ''}\` is meant for a terminal and warns that its interface is not stable in scripts; \`apt-get\` does the same and stays stable.`,
          fixes: swappable ? [{ title: 'Use apt-get', edits: [{ range: rangeAt(model, program.start, program.end), newText: 'apt-get' }] }] : undefined,
        });
      }
    }
  },
};
