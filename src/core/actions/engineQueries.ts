// SPDX-License-Identifier: MIT
// What the adapter asks the machine, decided here: which Compose program answers (the `auto` setting of
// dockerCoach.compose.command) and whether an image exists locally (Run or Build & Run). The adapter only runs the argvs.
import { composeInstallAdvice } from '../knowledge/composeInstall';
import type { ComposeFound, ComposeProgram } from './actionSettings';

/** The two questions, in the order asked: the v2 plugin first, then the standalone program. */
export function composeProbeCommands(dockerPath: string): { program: ComposeProgram; argv: string[] }[] {
  return [
    { program: 'docker compose', argv: [dockerPath, 'compose', 'version'] },
    { program: 'docker-compose', argv: ['docker-compose', 'version'] },
  ];
}

/**
 * Asks `docker compose version`, and only when that fails `docker-compose version`, through `succeeds`
 * (true when the program ran and exited 0). Returns the first that worked, or `none`.
 */
export async function probeCompose(dockerPath: string, succeeds: (argv: string[]) => Promise<boolean>): Promise<ComposeFound> {
  for (const { program, argv } of composeProbeCommands(dockerPath)) {
    if (await succeeds(argv)) return program;
  }
  return 'none';
}

/**
 * Why the compose lenses cannot run when neither program answered: what is missing, the v1/v2 difference
 * the learner's notes describe, and how to get it on `platform` (Node's name: linux, darwin, win32; other
 * or none gives every platform's way). Plain text: VS Code shows it in a tooltip and in a warning message.
 */
export function composeMissingText(platform?: string): string {
  return 'Compose is not installed here: neither "docker compose version" nor "docker-compose version" worked. '
    + '"docker compose" (with a space) is Compose v2, a plugin of the docker CLI and the current one; '
    + '"docker-compose" (with a dash) is the older standalone program, Compose v1. Both read the same file. '
    + `${composeInstallAdvice(platform)} If you have one of them somewhere else, set dockerCoach.compose.command to it.`;
}

/** The text for every platform, for callers that do not know the learner's. */
export const composeMissingMessage = composeMissingText();

/** The program compose actions use, from the setting and the probe's answer; undefined when there is none. */
export function composeProgramOf(command: 'auto' | ComposeProgram, found: ComposeFound | undefined): ComposeProgram | undefined {
  if (command !== 'auto') return command;
  if (found === 'none') return undefined;
  // Until the probe answers, assume the current one.
  return found ?? 'docker compose';
}

/** Asks whether an engine answers at all: `docker version` prints the server's version only when one does. */
export function engineCheckCommand(dockerPath: string): string[] {
  return [dockerPath, 'version', '--format', '{{.Server.Version}}'];
}

/** Lists the image's id if the local engine has it: `docker image ls --quiet <tag>`. */
export function imageCheckCommand(dockerPath: string, tag: string): string[] {
  // `--` keeps a tag from being read as an option; the tag grammar forbids a leading "-" anyway.
  return [dockerPath, 'image', 'ls', '--quiet', '--', tag];
}

/**
 * What the answer to `imageCheckCommand` means: `present` when it printed an id, `missing` when the engine
 * answered with nothing, and `unknown` when the command failed (no engine, no docker): then Run stays Run.
 */
export function imageCheckAnswer(result: { exitCode: number | undefined; stdout: string }): 'present' | 'missing' | 'unknown' {
  if (result.exitCode !== 0) return 'unknown';
  return result.stdout.trim() ? 'present' : 'missing';
}

/** Lists the local images as `repository:tag`, one a line, newest first: for `FROM ` completions. */
export function localImagesCommand(dockerPath: string): string[] {
  return [dockerPath, 'image', 'ls', '--format', '{{.Repository}}:{{.Tag}}'];
}

/** The image names of `localImagesCommand`'s answer, without untagged ones; empty when the engine did not answer. */
export function localImagesAnswer(result: { exitCode: number | undefined; stdout: string }): string[] {
  if (result.exitCode !== 0) return [];
  return result.stdout.split('\n').map((l) => l.trim()).filter((l) => l && !l.includes('<none>'));
}
