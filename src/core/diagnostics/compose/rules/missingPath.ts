// SPDX-License-Identifier: MIT
// MissingPath: a build context, Dockerfile, env file, secret/config file, or a compose file named by
// `extends.file` or `include`, that is not on disk. The adapter looks the paths up (composeReferencedPaths)
// and passes what it found; the core never reads the disk.
// Reference: compose-spec-docs/build.md (context, dockerfile), 05-services.md (env_file), 08-configs.md, 09-secrets.md.
import type { ComposeRule } from '../../types';
import { nodeRange } from '../nodes';
import { pathUses } from '../referencedPaths';

/**
 * The few words a diagram draws on a service whose build path this rule reported, from the rule's own
 * messages below (so the two cannot drift apart); undefined for the rule's other messages.
 */
export function buildPathWarning(message: string): string | undefined {
  if (/^The build folder .* has no Dockerfile/.test(message)) return 'no Dockerfile in its build folder';
  if (/^The Dockerfile .* does not exist/.test(message)) return 'its Dockerfile is not there';
  if (/^The build context .* (?:does not exist|is a file)/.test(message)) return 'its build folder is not there';
  return undefined;
}

export const missingPath: ComposeRule = {
  code: 'MissingPath',
  source: 'coach',
  severity: 'error',
  title: 'Path not found',
  why: 'Relative paths in a compose file start from the folder the compose file is in, not from where you run the command. When the folder or file is not there, `docker compose` stops with "not found" before it starts anything. A build folder needs a file named `Dockerfile` at its top, unless `dockerfile:` names another.',
  fix: 'Fix the path relative to the compose file\'s folder (a `dockerfile:` is relative to the build context), or create the file (for a build folder, its `Dockerfile`). An `env_file` entry can be made optional with `required: false`.',
  docsUrl: 'https://docs.docker.com/reference/compose-file/build/',
  reference: 'compose-spec-docs/build.md',
  check({ model, file, paths }, report) {
    if (!file || !paths?.size) return;
    for (const use of pathUses(model, file)) {
      const found = paths.get(use.absolute);
      if (use.implicit) {
        // Only a context folder that is there and holds neither name: a missing context is its own problem.
        if (found !== 'missing' || paths.get(use.implicit.alsoAccepted) !== 'missing' || paths.get(use.implicit.context) !== 'directory') continue;
        const range = nodeRange(model, use.node);
        if (range) report({ range, message: `The build folder \`${use.implicit.contextWritten}\` has no Dockerfile (looked for ${use.absolute}). Add one there, or name the file with \`dockerfile:\`.` });
        continue;
      }
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
