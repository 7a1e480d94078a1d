// SPDX-License-Identifier: MIT
// RelativeWorkingDir: `working_dir` is a folder inside the container, and the engine takes only an absolute
// one. Unlike a Dockerfile's WORKDIR, a relative path is not read against anything: the container is refused.
// Source: moby/moby daemon/container.go translateWorkingDir
// ("the working directory '%s' is invalid, it needs to be an absolute path").
import type { ComposeRule } from '../../types';
import { literalString, nodeRange, services, setting } from '../nodes';

/** Absolute for a Linux engine (`/app`), or a Windows container path (`C:\app`), which the Windows engine reads. */
function isAbsoluteContainerPath(dir: string): boolean {
  return dir.startsWith('/') || dir.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(dir);
}

export const relativeWorkingDir: ComposeRule = {
  code: 'RelativeWorkingDir',
  source: 'coach',
  severity: 'error',
  title: 'Relative `working_dir`',
  why: '`working_dir` is a folder inside the container, and the engine only takes a full path that starts with `/`. A relative one such as `app` is not read against the image\'s WORKDIR: the engine refuses to create the container.',
  fix: 'Write the full path inside the container, such as `/app`.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#working_dir',
  reference: 'compose-spec-docs/05-services.md',
  rejectedBy: 'moby/moby:daemon/container.go',
  check({ model }, report) {
    for (const svc of services(model)) {
      const node = setting(model, svc, 'working_dir');
      const dir = literalString(node);
      if (!dir || isAbsoluteContainerPath(dir)) continue;
      const range = nodeRange(model, node!);
      if (range) report({ range, message: `The engine refuses \`working_dir: ${dir}\` ("the working directory '${dir}' is invalid, it needs to be an absolute path"). Write the full path inside the container, starting with \`/\`.` });
    }
  },
};
