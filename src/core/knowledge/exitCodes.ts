// SPDX-License-Identifier: MIT
// What an exit code says, written once for the whole core: failures, hovers and the explain view all ask
// here. Codes above 128 are 128 + a signal number; their names come from the signal table, not a second list.
// Sources: docker/cli cli/command/container/run.go toStatusError (125, 126, 127 from `docker run`) and
// cli/cobra.go FlagErrorFunc (125 for a flag error of any command);
// moby daemon/exec.go (a failed `docker exec` start defaults to 126); docker-cli-docs/container_stop.md
// (SIGTERM, then SIGKILL after the grace period, 10 seconds for Linux containers); signal(7) for the numbers.
import { signalOf, type SignalName } from './dockerfileSignals';

/**
 * Who reports the code: a program (a container's main process, a RUN step, a shell), the `docker` command
 * (and its plugins, such as `docker compose`), or `docker run` and `docker exec`, which also pass on the
 * code of what ran in the container.
 */
export type ExitCodeSource = 'program' | 'docker' | 'docker run' | 'docker exec';

interface ExitCodeDoc {
  /** A few words for a tag. */
  short: string;
  /** What the code means when a program ends with it; unset when only `docker` gives it a fixed meaning. */
  program?: string;
  /** What it means when any `docker` command returns it, where that differs. */
  docker?: string;
  /** What it means when `docker run` (or `create`, `start`) returns it, where that differs. */
  dockerRun?: string;
  /** What it means when `docker exec` returns it, where that differs. */
  dockerExec?: string;
}

/** The codes every learner meets. Other codes above 128 are read as signals; the rest are the program's own. */
export const exitCodes = {
  0: { short: 'success', program: 'the command finished without an error' },
  1: { short: 'error', program: 'a general error: the program stopped because something went wrong, and its own output says what' },
  2: { short: 'usage error', program: 'a usage error, as a rule: a wrong option or argument (a shell also exits with 2 on a syntax error in its script)' },
  125: {
    short: 'docker failed',
    docker: 'docker itself failed before it could do anything, for example on a flag it does not know',
    dockerRun: 'docker itself failed, before the container\'s command could start (a wrong flag, a name or port already taken, an image it could not get)',
  },
  126: {
    short: 'could not run',
    program: 'the command was found but could not be run: it is not executable (no `x` permission), or it is a folder',
    dockerExec: '`docker exec` could not start the program at all; it gives 126 whatever the reason, a missing program included',
  },
  127: {
    short: 'command not found',
    program: 'the command was not found: no program by that name on the `PATH`, or no file at that path',
    dockerRun: 'the container\'s command was not found in the image: no program by that name on its `PATH`, or no file at that path',
  },
  130: { short: 'SIGINT', program: 'it was interrupted with `SIGINT`, the signal Ctrl+C sends' },
  137: {
    short: 'SIGKILL',
    program: 'it was killed with `SIGKILL`, which no program can catch: it ran out of memory (a memory limit, or the whole machine), or `docker kill` ended it, or `docker stop` did after it had not stopped within the grace period (10 seconds by default). It is not a code the program chose',
  },
  139: { short: 'SIGSEGV', program: 'it crashed with `SIGSEGV` (a segmentation fault): it touched memory it may not use, usually a bug in native code or a library' },
  143: {
    short: 'SIGTERM',
    program: 'it was ended by `SIGTERM`, the signal `docker stop`, `docker compose stop` and `down` send first to ask a container to stop. It is not a code the program chose',
  },
} as const satisfies Record<number, ExitCodeDoc>;

/** What one exit code means, ready to show. */
export interface ExitCodeMeaning {
  code: number;
  /** A few words for a tag (`SIGKILL`, `command not found`); undefined for a code that is the program's own. */
  short?: string;
  /** One sentence for a learner: "Exit code 137 (128 + 9, `SIGKILL`) means it was killed ...". */
  text: string;
  /** The signal, for a code of 128 + n. */
  signal?: SignalName;
  /** True when only the program itself knows what the code means. */
  own: boolean;
}

/** The highest signal number Linux has; 128 + n above that is no signal. */
const maxSignal = 64;

function documented(code: number): ExitCodeDoc | undefined {
  return Object.prototype.hasOwnProperty.call(exitCodes, code) ? (exitCodes as Record<number, ExitCodeDoc>)[code] : undefined;
}

/**
 * What exit code `code` means, reported by `from`: `docker` gives 125 a meaning of its own, and `docker run`
 * and `docker exec` 125 to 127; a code of 128 + n is the signal n (named from the signal table); any other code is the
 * program's own.
 */
export function exitCodeMeaning(code: number, from: ExitCodeSource = 'program'): ExitCodeMeaning {
  const doc = documented(code);
  const n = code - 128;
  const signal = n >= 1 && n <= maxSignal ? signalOf(String(n)) : undefined;
  const head = n >= 1 && n <= maxSignal ? `Exit code ${code} (128 + ${n}${signal ? `, \`${signal.name}\`` : ''})` : `Exit code ${code}`;
  const said = doc && ((from === 'docker run' && doc.dockerRun) || (from === 'docker exec' && doc.dockerExec) || (from !== 'program' && doc.docker) || doc.program);
  const base = { code, ...(signal ? { signal: signal.name } : {}) };
  if (doc && said) return { ...base, short: doc.short, text: `${head} means ${said}.`, own: false };
  if (n >= 1 && n <= maxSignal) {
    const what = signal ? `it was ended by the signal \`${signal.name}\` (${signal.doc.meaning})` : `it was ended by signal number ${n}`;
    return { ...base, short: signal?.name ?? `signal ${n}`, text: `${head} means ${what}. The code comes from the signal, not from an exit code the program chose.`, own: false };
  }
  return { ...base, text: `${head} is the program's own choice: its output (or its documentation) says what it means.`, own: true };
}

/** `exit code 137 (SIGKILL)`: the code with its few words, for tags and hovers that name a code in passing. */
export function exitCodeWords(code: number, from: ExitCodeSource = 'program'): string {
  const short = exitCodeMeaning(code, from).short;
  return short ? `exit code ${code} (${short})` : `exit code ${code}`;
}
