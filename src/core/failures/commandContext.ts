// SPDX-License-Identifier: MIT
// Reads a finished command once for every catalogue kind: which program ran (docker, docker-compose or
// podman, after sudo and environment prefixes), its subcommand, flags and arguments, and the output
// without the terminal's escape sequences. Never throws: a line it cannot read gives an empty context.
import * as path from 'path';
import { dockerInvocation } from '../shell/dockerInvocation';
import type { ExitCodeSource } from '../knowledge/exitCodes';
import { dockerWords, maxOutputChars } from './dockerProgram';
import type { CommandContext, FailureInput } from './types';


/** The escape sequences a terminal's output stream holds: colours, cursor moves, titles, shell integration marks. */
// eslint-disable-next-line no-control-regex
const ESCAPES = /\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-Z\\-_]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;

/** Output as plain text: escape sequences removed, line ends made `\n`, only the last 64 KB kept. */
export function plainOutput(output: string): string {
  const tail = output.length > maxOutputChars * 2 ? output.slice(-maxOutputChars * 2) : output;
  // A lone \r redraws a progress line: keep what was drawn last as its own line.
  const text = tail.replace(ESCAPES, '').replace(/\r\n/g, '\n').replace(/\r/g, '\n');
  return text.length > maxOutputChars ? text.slice(-maxOutputChars) : text;
}


/**
 * The folder docker ran in: `cwd` moved by each `cd` the line ran before it. A target this cannot know (`~`, `-`,
 * a variable) leaves the folder the line started in, as before: a wrong guess would send fixes elsewhere.
 */
function cwdAfter(cwd: string, cds: readonly string[]): string {
  if (!cwd || cds.length === 0) return cwd;
  let at = cwd;
  for (const dir of cds) {
    if (dir === '' || dir === '-' || /[$`~*?[\]{}]/.test(dir)) return cwd;
    at = path.resolve(at, dir);
  }
  return at;
}


/** Reads `input` for the catalogue. */
export function commandContext(input: FailureInput): CommandContext {
  const output = plainOutput(typeof input.output === 'string' ? input.output : '');
  const ctx: CommandContext = {
    output,
    exitCode: typeof input.exitCode === 'number' ? input.exitCode : undefined,
    cwd: typeof input.cwd === 'string' ? input.cwd : '',
    files: Array.isArray(input.files) ? input.files.filter((f) => f && typeof f.path === 'string' && typeof f.text === 'string') : [],
    notes: input.notes,
    composeFound: input.composeFound === 'docker compose' || input.composeFound === 'docker-compose' || input.composeFound === 'none' ? input.composeFound : undefined,
    platform: typeof input.platform === 'string' ? input.platform : undefined,
    argv: [],
    programAt: 0,
    words: [],
    literal: false,
  };
  const found = typeof input.commandLine === 'string' ? dockerWords(input.commandLine) : undefined;
  if (!found) return ctx;
  const { words, at, program, cds } = found;
  ctx.cwd = cwdAfter(ctx.cwd, cds);
  const sudo = words.slice(0, at).some((w) => w.value === 'sudo');
  ctx.program = program;
  ctx.argv = [...(sudo ? ['sudo'] : []), ...words.slice(at).map((w) => w.value)];
  ctx.programAt = sudo ? 1 : 0;
  ctx.words = words.slice(at);
  ctx.literal = words.slice(at).every((w) => !/[$`*?[\]{}~]/.test(w.value));
  // podman copies docker's command line, so the docker reading serves for it.
  const asDocker = program === 'podman' ? [{ ...words[at], value: 'docker' }, ...words.slice(at + 1)] : words.slice(at);
  ctx.inv = dockerInvocation(asDocker);
  const key = ctx.inv?.command?.key;
  if (ctx.inv?.compose) ctx.command = key ? `compose ${key}` : 'compose';
  else ctx.command = key ?? ctx.inv?.unknownCommand?.value;
  return ctx;
}

/** The value of a flag on the command line, by any of its names. */
export function flagValue(ctx: CommandContext, ...names: string[]): string | undefined {
  return ctx.inv?.flags.find((f) => names.includes(f.name) || f.doc?.names.some((n) => names.includes(n)))?.value;
}

/** True when the command has the flag, alone or in a group such as `-it`. */
export function hasFlag(ctx: CommandContext, ...names: string[]): boolean {
  return !!ctx.inv?.flags.some((f) => names.includes(f.name) || f.doc?.names.some((n) => names.includes(n)));
}

/** The image the command names (`run`, `pull`, `rmi`, `push`...), if one. */
export function imageOf(ctx: CommandContext): string | undefined {
  const args = ctx.inv?.args ?? [];
  return (args.find((a) => a.doc.isImage) ?? (ctx.command && ['pull', 'rmi', 'push'].includes(ctx.command) ? args[0] : undefined))?.word.value;
}

/** The first argument after the subcommand (a container for exec, logs, rm...). */
export function firstArgument(ctx: CommandContext): string | undefined {
  return ctx.inv?.args[0]?.word.value;
}

/** How the command line calls docker (`docker`, `podman`, `sudo docker`), for fixes that run another docker command. */
export function dockerPrefix(ctx: CommandContext): string[] {
  const program = ctx.argv[ctx.programAt];
  const base = ctx.program === 'docker-compose' ? 'docker' : program ?? 'docker';
  return [...ctx.argv.slice(0, ctx.programAt), base];
}

/**
 * Who gave the command's exit code, for the exit-code table: `docker run` (and `create`, `start`) and
 * `docker exec` give 125 to 127 meanings of their own, any `docker` command (a plugin such as compose
 * included) gives 125 for its own failure; the standalone `docker-compose` is a program like any other.
 */
export function exitCodeSourceOf(ctx: CommandContext): ExitCodeSource {
  if (ctx.program === 'docker-compose') return 'program';
  const command = ctx.command ?? '';
  if (command === 'exec' || command === 'compose exec') return 'docker exec';
  return command === 'run' || command === 'create' || command === 'start' ? 'docker run' : 'docker';
}
