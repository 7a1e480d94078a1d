// SPDX-License-Identifier: MIT
// ShellNotJson: SHELL accepts only a JSON array of strings (`SHELL ["/bin/bash", "-c"]`); any other
// form stops the build. Source: moby/buildkit frontend/dockerfile/instructions/parse.go (parseShell,
// errNotJSON in errors_unix.go: "SHELL requires the arguments to be in JSON form").
import type { DockerfileRule } from '../../types';
import { instructionsWith, spanRange } from '../ranges';
import { argumentsOf } from './argumentWords';

export const shellNotJson: DockerfileRule = {
  code: 'ShellNotJson',
  source: 'coach',
  severity: 'error',
  title: 'SHELL not written as a JSON array',
  why: '`SHELL` only takes the JSON form: the program and its options as a list of strings in double quotes. Written any other way, the build stops at this line.',
  fix: 'Write it as JSON with double quotes: `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`.',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#shell',
  reference: 'buildkit-dockerfile-docs/reference.md#shell',
  rejectedBy: 'moby/buildkit:frontend/dockerfile/instructions/parse.go',
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'SHELL')) {
      const args = argumentsOf(model, inst);
      // No arguments at all is MissingArguments'.
      if (args.json || !args.placed.length) continue;
      const words = args.placed.map(w => w.text.replace(/^[[,]+|[\],]+$/g, '').replace(/^(["'])(.*)\1$/, '$2')).filter(Boolean);
      const json = `[${words.map(w => JSON.stringify(w)).join(', ')}]`;
      const range = spanRange(model, args.placed[0].start, args.placed[args.placed.length - 1].end);
      report({
        range,
        message: `\`SHELL\` takes only a JSON array, such as \`SHELL ${json}\`: Docker stops with "SHELL requires the arguments to be in JSON form".`,
        fixes: words.length ? [{ title: `Write as ${json}`, edits: [{ range, newText: json }] }] : undefined,
      });
    }
  },
};
