// SPDX-License-Identifier: MIT
// The fixes a failure offers, as Actions: argv built here from the command that failed and from names the
// output gave, each name checked against its grammar first, so a fix never runs something other than what
// its title says. A name that fails its check simply gives no fix.
import { CommandLineError, toCommandLine } from '../commandLine';
import { containerNameProblem, imageReferenceProblem, serviceNameProblem } from '../actions/names';
import { range } from '../text';
import type { Action } from '../types';
import { dockerPrefix } from './commandContext';
import type { CommandContext } from './types';

const noRange = range(0, 0, 0, 0);

/** An action that runs `argv` in the command's folder; undefined when the argv cannot be written for a shell. */
export function fixAction(ctx: CommandContext, name: string, title: string, argv: readonly string[], note?: string): Action | undefined {
  if (argv.length === 0) return undefined;
  // A terminal acts on control characters as keys; a fix holding one would not arrive as written.
  // eslint-disable-next-line no-control-regex
  if (argv.some((a) => /[\x00-\x1f\x7f]/.test(a))) return undefined;
  let line: string;
  try {
    line = toCommandLine(argv, 'posix');
  } catch (err) {
    if (err instanceof CommandLineError) return undefined;
    throw err;
  }
  return { kind: `failure.${name}`, title, tooltip: note ? `${line}\n\n${note}` : line, range: noRange, argv: [...argv], cwd: ctx.cwd };
}

/** A docker command, called the way the failed one called docker (`sudo docker`, `podman`). */
export function dockerFix(ctx: CommandContext, name: string, title: string, args: readonly string[], note?: string): Action | undefined {
  return fixAction(ctx, name, title, [...dockerPrefix(ctx), ...args], note);
}

/** A container name or ID the output or command gave, if it passes the daemon's own grammar. */
export function validContainer(name: string | undefined): string | undefined {
  return name && !containerNameProblem(name) ? name : undefined;
}

/** An image reference, if it is one `docker` accepts. */
export function validImage(ref: string | undefined): string | undefined {
  return ref && !imageReferenceProblem(ref) ? ref : undefined;
}

/** A volume or network name of the engine's grammar (`[a-zA-Z0-9][a-zA-Z0-9_.-]*`), if it is one. */
export function validObjectName(name: string | undefined): string | undefined {
  return name && /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(name) ? name : undefined;
}

/** The compose program the command used (`docker compose` or `docker-compose`), with its `-f` files, then `args`. */
export function composeFix(ctx: CommandContext, name: string, title: string, args: readonly string[]): Action | undefined {
  const files = (ctx.inv?.flags ?? []).filter((f) => (f.name === '-f' || f.name === '--file') && f.value).flatMap((f) => ['-f', f.value!]);
  return ctx.program === 'docker-compose' ? fixAction(ctx, name, title, ['docker-compose', ...files, ...args]) : dockerFix(ctx, name, title, ['compose', ...files, ...args]);
}

/** A compose service name, if valid. */
export function validService(name: string | undefined): string | undefined {
  return name && !serviceNameProblem(name) ? name : undefined;
}

/**
 * The failed command again with its words changed by `edit` (which gets the words after the program), when
 * the command line was literal enough to rebuild; undefined otherwise.
 */
export function repeatWith(ctx: CommandContext, name: string, title: string, edit: (args: string[]) => string[] | undefined, note?: string): Action | undefined {
  if (!ctx.literal || !ctx.program) return undefined;
  const head = ctx.argv.slice(0, ctx.programAt + 1);
  const args = edit(ctx.argv.slice(ctx.programAt + 1));
  return args ? fixAction(ctx, name, title, [...head, ...args], note) : undefined;
}

/** Replaces the word `from` (first occurrence after the program) with `to`. */
export function replacingWord(from: string, to: readonly string[]): (args: string[]) => string[] | undefined {
  return (args) => {
    const i = args.indexOf(from);
    return i < 0 ? undefined : [...args.slice(0, i), ...to, ...args.slice(i + 1)];
  };
}
