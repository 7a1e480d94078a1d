// SPDX-License-Identifier: MIT
// MissingPath: a build context, Dockerfile, env file, secret/config file, or a compose file named by
// `extends.file` or `include`, that is not on disk. The adapter looks the paths up (composeReferencedPaths)
// and passes what it found; the core never reads the disk.
// Reference: compose-spec-docs/build.md (context, dockerfile), 05-services.md (env_file), 08-configs.md, 09-secrets.md.
import type { ComposeRule } from '../../types';
import { nodeRange } from '../nodes';
import { pathUses } from '../referencedPaths';

export const missingPath: ComposeRule = {
  code: 'MissingPath',
  source: 'coach',
  severity: 'error',
  title: 'Path not found',
  why: 'Relative paths in a compose file start from the folder the compose file is in, not from where you run the command. When the folder or file is not there, `docker compose` stops with "not found" before it starts anything.',
  fix: 'Fix the path relative to the compose file\'s folder (a `dockerfile:` is relative to the build context), or create the file. An `env_file` entry can be made optional with `required: false`.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/build/',
  reference: 'compose-spec-docs/build.md',
  check({ model, file, paths }, report) {
    if (!file || !paths?.size) return;
    for (const use of pathUses(model, file)) {
      const found = paths.get(use.absolute);
      const wrongKind = use.what === 'build context' ? found === 'file' : found === 'directory';
      if (found !== 'missing' && !wrongKind) continue;
      const range = nodeRange(model, use.node);
      if (!range) continue;
      report({ range, message: wrongKind
        ? `The ${use.what} \`${use.written}\` is a ${found === 'file' ? 'file' : 'folder'}, where Compose expects a ${use.what === 'build context' ? 'folder' : 'file'}.`
        : `The ${use.what} \`${use.written}\` does not exist (looked for ${use.absolute}).` });
    }
  },
};
