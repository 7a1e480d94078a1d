// SPDX-License-Identifier: MIT
// PrivilegedRun: `RUN --security=insecure` runs the step without the build sandbox, with the powers
// of `docker run --privileged`. Dockerfiles have no `RUN --privileged`; this flag is the way in.
// Reference: buildkit-dockerfile-docs/reference.md, "RUN --security".
import type { DockerfileRule } from '../../types';
import { instructionsWith } from './byKeyword';
import { leadingFlags } from '../../../dockerfile/words';
import { rangeAt } from './ranges';

export const privilegedRun: DockerfileRule = {
  code: 'PrivilegedRun',
  source: 'coach',
  severity: 'warning',
  title: 'RUN without the build sandbox',
  why: '`--security=insecure` runs this step with full access to the machine that builds it, like `docker run --privileged`. A mistake or a malicious package in that step can then change the build host, not just the image. Builders refuse it unless someone explicitly allows `security.insecure`.',
  fix: 'Remove `--security=insecure` unless the step truly needs it (for example, to run a container engine inside the build), and allow it only on builders you trust.',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#run---security',
  reference: 'buildkit-dockerfile-docs/reference.md#run---security',
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'RUN')) {
      for (const flag of leadingFlags(model, inst)) {
        if (flag.name !== 'security' || flag.value?.replace(/^["']|["']$/g, '') !== 'insecure') continue;
        const start = model.lines.offsetAt(flag.range.start);
        const end = model.lines.offsetAt(flag.range.end);
        // The flag and the blank after it go together; the command then runs in the normal sandbox.
        const after = /^[ \t]*/.exec(model.text.slice(end, end + 64))![0].length;
        report({
          range: flag.range,
          message: '`--security=insecure` runs this step with full access to the build machine, like `docker run --privileged`.',
          fixes: [{ title: 'Remove --security=insecure (run in the normal sandbox)', edits: [{ range: rangeAt(model, start, end + after), newText: '' }] }],
        });
      }
    }
  },
};
