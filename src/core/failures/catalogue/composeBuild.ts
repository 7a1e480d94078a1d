// SPDX-License-Identifier: MIT
// `docker compose up` (or build) that stops because a service's build folder has no Dockerfile: the story
// names the service and points at its `build:` line, where the editor shows the same problem (MissingPath).
import * as path from 'path';
import { code } from '../../render';
import type { CommandContext, FailureStory } from '../types';
import { composeFileOf, serviceBuilds, type ServiceBuild } from '../locate';

/**
 * The service whose build failed, as Compose printed it: v2 names it in `target <svc>:` (bake) and in BuildKit's
 * step names (`[<svc> internal] load build definition`, `[<svc> 2/3] RUN …`), v1 prints `Building <svc>` before it starts.
 */
export function namedBuild(ctx: CommandContext, builds: readonly ServiceBuild[]): ServiceBuild | undefined {
  const named = [/target ([\w.-]+): failed to solve/, /\[([\w.-]+) internal\] load build definition/, /\[([\w.-]+) \d+\/\d+\] /, /^Building ([\w.-]+)\s*$/m]
    .map((re) => re.exec(ctx.output)?.[1]).find((s) => s && builds.some((b) => b.service === s));
  return named ? builds.find((b) => b.service === named) : undefined;
}

/** `namedBuild`, else the only service whose Dockerfile path matches the missing file. */
function failedBuild(ctx: CommandContext, builds: ServiceBuild[], missing: string): ServiceBuild | undefined {
  const named = namedBuild(ctx, builds);
  if (named) return named;
  const byPath = path.isAbsolute(missing)
    ? builds.filter((b) => b.dockerfilePath === path.normalize(missing))
    : builds.filter((b) => b.dockerfile === missing || path.basename(b.dockerfile) === path.basename(missing));
  return byPath.length === 1 ? byPath[0] : undefined;
}

/** The story for a compose command whose build found no Dockerfile, or undefined when the service is unknown. */
export function composeMissingDockerfile(ctx: CommandContext, missing: string): FailureStory | undefined {
  if (!ctx.command?.startsWith('compose')) return undefined;
  const file = composeFileOf(ctx);
  const build = failedBuild(ctx, serviceBuilds(file), missing);
  if (!file || !build) return undefined;
  const named = build.dockerfile !== 'Dockerfile';
  return {
    title: `No Dockerfile for service ${build.service}`,
    what: `Service ${code(build.service)} builds from ${code(build.context)} (its \`build:\` on line ${build.line + 1}), and there is no ${code(build.dockerfile)} there.`,
    why: [
      'Compose builds every service that has `build:` before it starts any container, so nothing started.',
      named ? `\`dockerfile: ${build.dockerfile}\` is read from inside the build folder ${code(build.context)}.` : 'Without `dockerfile:`, Compose reads the file named `Dockerfile` at the top of the build folder. The folder is relative to the compose file.',
    ],
    todo: [`Add ${named ? code(build.dockerfile) : 'a `Dockerfile`'} to ${code(build.context)} (Docker Coach: New Dockerfile asks which folder), or point \`build:\` at the folder that has one${named ? '' : ', or name it with `dockerfile:`'}.`],
    location: { path: file.path, line: build.line },
  };
}
