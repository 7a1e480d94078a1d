// SPDX-License-Identifier: MIT
// Shell form or exec form: the one question that decides how RUN, CMD, ENTRYPOINT, SHELL and
// HEALTHCHECK CMD start their program. The command text comes from locate.ts (commandText).

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

/** One learner-level sentence on what the form means for this line. */
export function describeForm(form: CommandForm, keyword: string): string {
  if (keyword === 'SHELL') {
    return form === 'exec'
      ? 'Written as a JSON array with double quotes, as `SHELL` requires.'
      : '`SHELL` must be a JSON array with double quotes, such as `["/bin/bash", "-c"]`; anything else makes the build fail.';
  }
  switch (form) {
    case 'exec':
      if (keyword === 'RUN') return 'Exec form (a JSON array with double quotes): the program runs directly, with no shell in between, so `$VARIABLES`, `&&` and pipes are not interpreted.';
      if (keyword === 'HEALTHCHECK') return 'Exec form (a JSON array with double quotes): the check runs directly, with no shell, so `$VARIABLES` and `||` are not interpreted.';
      return 'Exec form (a JSON array with double quotes): the program starts directly as PID 1, with no shell in between, so `$VARIABLES` are not expanded and it receives signals such as `docker stop`\'s SIGTERM itself.';
    case 'shell':
      if (keyword === 'RUN') return 'Shell form: the command runs through `/bin/sh -c`, so `&&`, pipes and `$VARIABLES` work.';
      if (keyword === 'HEALTHCHECK') return 'Shell form: the check runs through `/bin/sh -c`, so `||` and `$VARIABLES` work, as long as the image has a shell.';
      return 'Shell form: the command runs through `/bin/sh -c`, so `$VARIABLES` are expanded, but the shell is PID 1 and your program does not get signals like `docker stop`\'s SIGTERM.';
    case 'malformed-exec':
      return 'This looks like exec form but is not valid JSON (exec form needs double quotes and both brackets), so Docker quietly runs it as shell form through `/bin/sh -c`.';
  }
}
