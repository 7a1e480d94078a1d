// SPDX-License-Identifier: MIT
// PipeWithoutPipefail: a shell-form RUN with a pipe (`curl -fsSL url | tar xz`) while the shell does
// not have `pipefail` set. A pipe's exit code is its last command's, so a failed download gives
// `tar` nothing, `tar` may still succeed, and the build goes on without the files. hadolint's DL4006
// (hadolint/hadolint src/Hadolint/Rule/DL4006.hs) fires on any pipe unless a SHELL in the stage sets
// `-o pipefail`, and never under a non-POSIX SHELL; this rule also counts a `set -o pipefail` earlier
// in the same RUN, and a SHELL inherited from the stage it builds on, and it leaves out pipes whose
// first command prints a fixed text and cannot fail (`echo "$sum *go.tgz" | sha256sum -c -`).
import type { DockerfileRule } from '../../types';
import { activeShell } from '../../../dockerfile/activeShell';
import { instructionsWith } from './byKeyword';
import { rangeAt } from './ranges';
import { commandName, programWords, runScript, type ShellCommand } from './shellScript';

// Builtins that only print what they are given: a pipe from them fails only where its end fails.
const CANNOT_FAIL = new Set(['echo', 'printf', 'yes', 'true']);

export const pipeWithoutPipefail: DockerfileRule = {
  code: 'PipeWithoutPipefail',
  source: 'coach',
  severity: 'info',
  title: 'Pipe in RUN without `pipefail`',
  why: 'A pipe such as `curl … | tar xz` succeeds or fails with its last command only. If the download fails, the step can still pass, and the build goes on with missing files that only show up later.',
  fix: 'Before the RUN, set `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` (on Alpine, which has no bash: `["/bin/ash", "-o", "pipefail", "-c"]`), or start the RUN with `set -o pipefail &&` when its shell is bash or ash.',
  docsUrl: 'https://docs.docker.com/build/building/best-practices/#using-pipes',
  reference: 'buildkit-dockerfile-docs/reference.md#shell',
  hadolint: ['DL4006'],
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'RUN')) {
      const script = runScript(model, inst);
      const piped = script.commands.filter(c => c.pipedFrom && !CANNOT_FAIL.has(commandName(c.pipedFrom)));
      if (!piped.length) continue;
      const shell = activeShell(model, inst);
      if (shell.kind !== 'posix' || shell.argv.includes('pipefail')) continue;
      const first = piped[0];
      if (setsPipefailBefore(script.commands, first)) continue;
      const from = first.pipedFrom!;
      const left = programWords(from)[0] ?? from.words[0];
      const right = programWords(first)[0] ?? first.words[0];
      if (!left || !right) continue;
      report({
        range: rangeAt(model, left.start, right.end),
        message: `Without \`pipefail\`, only \`${right.value}\` decides whether this step passes: if \`${left.value}\` fails, the build goes on anyway.`,
      });
    }
  },
};

/** A `set -o pipefail` (or `set -eo pipefail`, `set -euxo pipefail`) before the first pipe. */
function setsPipefailBefore(commands: readonly ShellCommand[], pipe: ShellCommand): boolean {
  for (const cmd of commands) {
    if (cmd === pipe || cmd === pipe.pipedFrom) return false;
    if (commandName(cmd) !== 'set') continue;
    const words = cmd.words.map(w => w.value);
    const o = words.findIndex(w => /^-[a-zA-Z]*o$/.test(w));
    if (o >= 0 && words[o + 1] === 'pipefail') return true;
  }
  return false;
}
