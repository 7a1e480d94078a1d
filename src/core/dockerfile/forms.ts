// SPDX-License-Identifier: MIT
// Shell form or exec form: the one question that decides how RUN, CMD, ENTRYPOINT, SHELL and
// HEALTHCHECK CMD start their program. The command text comes from locate.ts (commandText).
import { code } from '../render';
import { describeShell, shellFeatures, shellKindOf, type ActiveShell } from './activeShell';

const DEFAULT_SHELL: ActiveShell = { argv: ['/bin/sh', '-c'], kind: 'posix' };

/**
 * `exec`: a valid JSON array of strings, run directly without a shell.
 * `shell`: plain text, run through the shell (`/bin/sh -c` unless SHELL changed it).
 * `malformed-exec`: looks like an array but is not valid JSON (single quotes, a missing bracket...),
 * so Docker silently treats it as shell form.
 */
export type CommandForm = 'exec' | 'shell' | 'malformed-exec';

/** The form of a command written as `args` (the instruction's arguments, continuations joined). */
export function commandFormOf(args: string): CommandForm {
  const trimmed = args.trim();
  if (!trimmed.startsWith('[')) return 'shell';
  try {
    const parsed: unknown = JSON.parse(trimmed);
    return Array.isArray(parsed) && parsed.every(a => typeof a === 'string') ? 'exec' : 'malformed-exec';
  } catch {
    return 'malformed-exec';
  }
}

/**
 * `["sh", "-euc", "..."]`, `["bash", "-c", ...]`, `["cmd", "/S", "/C", ...]`: an exec-form array whose
 * program is a shell told to run a command string. Returns that shell's name, or undefined.
 * ref: buildkit-dockerfile-docs/reference.md#exec-form ("If you want shell processing then either use the shell form or execute a shell directly")
 */
export function execFormShell(args: readonly string[]): string | undefined {
  if (!args.length) return undefined;
  const name = args[0].replace(/^.*[\\/]/, '');
  const kind = shellKindOf(args[0]);
  const rest = args.slice(1);
  if (kind === 'posix' && rest.some(a => /^-[A-Za-z]*c[A-Za-z]*$/.test(a))) return name;
  if (kind === 'cmd' && rest.some(a => /^\/c$/i.test(a))) return name;
  if (kind === 'powershell' && rest.some(a => /^-(c|command)$/i.test(a))) return name;
  return undefined;
}

/** The items of an exec-form array, or undefined when `command` is not one. */
export function execArgs(command: string): string[] | undefined {
  try {
    const parsed: unknown = JSON.parse(command.trim());
    return Array.isArray(parsed) && parsed.every(a => typeof a === 'string') ? parsed as string[] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * How a Windows container stops: there are no POSIX signals, so whatever `docker stop` is asked to send,
 * Windows shuts the whole container down and then terminates it after the timeout. ref: moby/moby
 * daemon/internal/libcontainerd/local/local_windows.go (any signal but SIGKILL calls hcsContainer.Shutdown);
 * docker-cli-docs/container_stop.md (30 seconds by default for Windows containers).
 */
const WINDOWS_STOP = 'On a Windows image there is no SIGTERM or Linux-style PID 1: `docker stop` asks Windows to shut the whole container down (its programs get a shutdown event) and ends it after 30 seconds by default';

/**
 * One learner-level sentence on what the form means for this line. `shell` is the stage's active
 * shell (activeShell.ts), `command` the command text, used to spot `exec` and an explicit shell.
 */
export function describeForm(form: CommandForm, keyword: string, shell: ActiveShell = DEFAULT_SHELL, command = ''): string {
  if (keyword === 'SHELL') {
    return form === 'exec'
      ? 'Written as a JSON array with double quotes, as `SHELL` requires.'
      : '`SHELL` must be a JSON array with double quotes; anything else makes the build fail.';
  }
  const through = describeShell(shell);
  switch (form) {
    case 'exec': {
      const explicit = execFormShell(execArgs(command) ?? []);
      // ref: buildkit-dockerfile-docs/reference.md#exec-form (RUN [ "sh", "-c", "echo $HOME" ] gets shell processing)
      if (explicit) {
        return `Exec form, but the program it starts is the shell ${code(explicit)} with a command string: that shell interprets the string, so variables, \`&&\` and pipes in it work${keyword !== 'CMD' && keyword !== 'ENTRYPOINT' ? '' : shell.windows ? `. ${WINDOWS_STOP}` : `, and ${code(explicit)} is PID 1 unless the string starts with \`exec\``}.`;
      }
      // ref: buildkit-dockerfile-docs/reference.md#exec-form (no command shell, so no variable substitution)
      if (keyword === 'RUN') return 'Exec form (a JSON array with double quotes): the program runs directly, with no shell in between, so `$VARIABLES`, `&&` and pipes are not interpreted.';
      if (keyword === 'HEALTHCHECK') return 'Exec form (a JSON array with double quotes): the check runs directly, with no shell, so `$VARIABLES` and `||` are not interpreted.';
      if (shell.windows) return `Exec form (a JSON array with double quotes): the program starts directly, with no shell in between, so variables are not expanded. ${WINDOWS_STOP}.`;
      return 'Exec form (a JSON array with double quotes): the program starts directly as PID 1, with no shell in between, so `$VARIABLES` are not expanded and it receives signals such as `docker stop`\'s SIGTERM itself.';
    }
    case 'shell':
      // ref: buildkit-dockerfile-docs/reference.md#shell-form ; #shell (SHELL changes it)
      if (keyword === 'RUN') return `Shell form: the command runs through ${through}, so ${shellFeatures(shell)}.`;
      if (keyword === 'HEALTHCHECK') return `Shell form: the check runs through the image's shell, ${through}, so ${shellFeatures(shell)}, as long as the image has that shell.`;
      if (shell.windows) return `Shell form: the command runs through ${through}, so ${shellFeatures(shell)}. ${WINDOWS_STOP}.`;
      // ref: buildkit-dockerfile-docs/reference.md#shell-form-entrypoint-example (start it with exec so it gets signals)
      if (shell.kind === 'posix' && /^exec\s/.test(command.trim())) {
        return `Shell form: it runs through ${through}, and \`exec\` makes the shell replace itself with the program, so the program becomes PID 1 and receives \`docker stop\`'s SIGTERM.`;
      }
      return `Shell form: the command runs through ${through}, so ${shellFeatures(shell)}, but the shell is PID 1 and your program does not get signals like \`docker stop\`'s SIGTERM (start the command with \`exec\` to fix that).`;
    case 'malformed-exec':
      return `This looks like exec form but is not valid JSON (exec form needs double quotes and both brackets), so Docker quietly runs it as shell form through ${through}.`;
  }
}
