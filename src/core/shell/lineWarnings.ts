// SPDX-License-Identifier: MIT
// Mistakes on a docker command line that make it fail when run, said in the hover before it runs: a docker
// flag written after the image (the container gets it, `exec: "-p": executable file not found`), a
// `docker build` without its context folder (`'docker build' requires 1 argument`), and `docker compose up`
// flags that exclude each other (`--detach cannot be combined with --abort-on-container-exit, ...`).
import { code } from '../render';
import { composeUpConflict } from './composeUpConflicts';
import type { DockerInvocation } from './dockerInvocation';

/** The words after the image that look like docker's own flags, when the command takes an image. */
export function flagsAfterImage(inv: DockerInvocation): string[] {
  if (!inv.args.some((a) => a.doc.isImage)) return [];
  return inv.containerCommand.filter((w) => w.value.startsWith('-') && w.value.length > 1).map((w) => w.raw);
}

/** The warnings for the whole line, one sentence each; empty when the line has neither mistake. */
export function lineWarnings(inv: DockerInvocation): string[] {
  const warnings: string[] = [];
  const image = inv.args.find((a) => a.doc.isImage)?.word.raw;
  const late = flagsAfterImage(inv);
  // A container command that starts with a flag is the mistake; `sh -c` or `ls -la` after the image are fine.
  if (image && late.length && inv.containerCommand[0]?.value.startsWith('-')) {
    warnings.push(`${late.map((w) => code(w)).join(', ')} ${late.length > 1 ? 'come' : 'comes'} after the image ${code(image)}, so the container gets ${late.length > 1 ? 'them' : 'it'} as its command and docker never sees ${late.length > 1 ? 'them' : 'it'}: the run fails with \`executable file not found\`. Move ${late.length > 1 ? 'them' : 'it'} before ${code(image)}.`);
  }
  if (inv.command?.key === 'build' && !inv.compose && inv.args.length === 0) {
    warnings.push('The build context is missing: `docker build` needs a folder at the end, usually `.` for this one, or it stops with "requires 1 argument".');
  }
  const conflict = composeUpConflict(inv);
  if (conflict) {
    warnings.push(`${conflict.flags.map((f) => code(f)).join(' and ')} cannot go together: Compose stops before it starts anything, with "${conflict.message}". Keep the one you mean${conflict.flags[0] === '--detach' ? ': `-d` to run in the background, or the others to follow the containers' : ''}.`);
  }
  return warnings;
}
