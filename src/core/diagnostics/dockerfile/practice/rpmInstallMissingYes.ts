// SPDX-License-Identifier: MIT
// RpmInstallMissingYes: `yum install`, `dnf install` or `microdnf install` without `-y`. Like apt, they
// stop to ask "Is this ok [y/N]:"; a build has no one to answer, so the step fails. Same condition
// as hadolint's DL3030 (yum) and DL3038 (dnf, microdnf): the subcommands install, groupinstall and
// localinstall, unless `-y` or `--assumeyes` is given (hadolint/hadolint src/Hadolint/Rule/DL3030.hs,
// DL3038.hs).
import type { DockerfileRule } from '../../types';
import { instructionsWith } from './byKeyword';
import { pointAt, rangeAt } from './ranges';
import { commandName, programWords, runScript } from './shellScript';

const TOOLS = new Set(['yum', 'dnf', 'microdnf']);
const INSTALLS = new Set(['install', 'groupinstall', 'localinstall']);

export const rpmInstallMissingYes: DockerfileRule = {
  code: 'RpmInstallMissingYes',
  source: 'coach',
  severity: 'warning',
  title: '`yum`/`dnf install` without `-y`',
  why: 'Without `-y`, `yum` and `dnf` stop to ask "Is this ok [y/N]". A build has no keyboard, so the question gets no answer, the install is cancelled and the step fails.',
  fix: 'Add `-y` after `install`: `dnf install -y httpd`.',
  docsUrl: 'https://docs.docker.com/build/building/best-practices/#run',
  reference: 'buildkit-dockerfile-docs/reference.md#run',
  hadolint: ['DL3030', 'DL3038'],
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'RUN')) {
      for (const cmd of runScript(model, inst).commands) {
        const tool = commandName(cmd);
        if (!TOOLS.has(tool)) continue;
        const words = programWords(cmd);
        const sub = words.find((w, i) => i > 0 && !w.value.startsWith('-'));
        if (!sub || !INSTALLS.has(sub.value)) continue;
        if (words.some(w => w.value === '--assumeyes' || /^-[a-zA-Z]*y[a-zA-Z]*$/.test(w.value))) continue;
        // `yes | yum install …` answers through the pipe.
        if (cmd.pipedFrom && commandName(cmd.pipedFrom) === 'yes') continue;
        report({
          range: rangeAt(model, words[0].start, sub.end),
          message: `\`${tool} ${sub.value}\` without \`-y\` stops at "Is this ok [y/N]", and the build has no one to answer it.`,
          fixes: [{ title: `Add -y after \`${sub.value}\``, edits: [{ range: pointAt(model, sub.end), newText: ' -y' }] }],
        });
      }
    }
  },
};
