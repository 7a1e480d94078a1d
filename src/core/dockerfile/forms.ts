// SPDX-License-Identifier: MIT
// Shell form or exec form: the one question that decides how RUN, CMD, ENTRYPOINT, SHELL and
// HEALTHCHECK CMD start their program.
import type { Instruction } from 'dockerfile-ast';

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

/** The form of an instruction's command, e.g. `CMD ["python3", "app.py"]` is exec form. */
export function commandForm(inst: Instruction): CommandForm {
  return commandFormOf(inst.getArgumentsContent() ?? '');
}

/** One learner-level sentence on what the form means for this line. */
export function describeForm(form: CommandForm, keyword: string): string {
  switch (form) {
    case 'exec':
      return `Exec form (a JSON array): the program starts directly, with no shell in between, so \`$VARIABLES\` are not expanded and it receives signals such as \`docker stop\`'s SIGTERM itself.`;
    case 'shell':
      return keyword === 'RUN'
        ? 'Shell form: the command runs through `/bin/sh -c`, so `&&`, pipes and `$VARIABLES` work.'
        : 'Shell form: the command runs through `/bin/sh -c`, so `$VARIABLES` are expanded, but the shell is PID 1 and your program does not get signals like `docker stop`\'s SIGTERM.';
    case 'malformed-exec':
      return 'This looks like exec form but is not valid JSON (exec form needs double quotes and both brackets), so Docker quietly runs it as shell form through `/bin/sh -c`.';
  }
}
