// SPDX-License-Identifier: MIT
// The shapes of explainDockerFailure: what the adapter hands in (a finished command and what it printed),
// what comes back (a Failure), and the catalogue entries in between (FailureKind, plain data plus one
// small function that words the explanation for this command).
import type { Notes } from '../notes/notes';
import type { Action } from '../types';
import type { DockerInvocation } from '../shell/dockerInvocation';
import type { Word } from '../shell/words';

/** The programs whose failures Docker Coach explains. */
export type DockerProgram = 'docker' | 'docker-compose' | 'podman';

/** A finished command read once for every catalogue kind (made by `commandContext`). */
export interface CommandContext {
  output: string;
  exitCode: number | undefined;
  /** The folder the command ran in, or '' when unknown. */
  cwd: string;
  files: readonly FailureFile[];
  notes?: Notes;
  /** What the adapter found on the machine (see `FailureInput`); unset when it did not ask. */
  composeFound?: 'docker compose' | 'docker-compose' | 'none';
  platform?: string;
  program?: DockerProgram;
  /** The command's words from the program on (`sudo` kept in front when it was there). */
  argv: string[];
  /** How many words of `argv` come before the program (0, or 1 for `sudo`). */
  programAt: number;
  /** The words from the program on: `words[i]` is `argv[programAt + i]`. */
  words: Word[];
  /** The command as the shell helper reads it (podman read as docker, whose CLI it copies). */
  inv?: DockerInvocation;
  /** `run`, `build`, `rmi`, `volume ls`, or `compose up` for both `docker compose up` and `docker-compose up`. */
  command?: string;
  /** False when a word holds `$`, a backtick or a glob: then the argv cannot be rebuilt exactly, and no fix repeats it. */
  literal: boolean;
}

/** A file the explanation may read to point at a line: a Dockerfile, a compose file, a .dockerignore. */
export interface FailureFile { path: string; text: string }

/** A command that finished in a terminal. */
export interface FailureInput {
  /** The command line as typed: `docker run -p 80:80 web`. */
  commandLine: string;
  /** What it printed (stdout and stderr as the terminal showed them, escape sequences allowed). */
  output: string;
  /** Its exit code; undefined when the shell did not report one. */
  exitCode: number | undefined;
  /** The folder it ran in, absolute. Fixes run there, and relative paths start there. */
  cwd?: string;
  /** Files the adapter read for it (see `failureFilesFor`), by absolute path. */
  files?: readonly FailureFile[];
  /** The learner's notes, quoted where they talk about the command. */
  notes?: Notes;
  /**
   * Which Compose program answers on this machine, when the adapter asked (after a compose command): a fix
   * never offers the other program unless it answers, and with `none` the explanation says how to install.
   */
  composeFound?: 'docker compose' | 'docker-compose' | 'none';
  /** The learner's platform (Node's `process.platform`), for install advice. */
  platform?: string;
}

/** Where in a file the failure comes from; `line` is zero-based, as everywhere in the core. */
export interface FailureLocation { path: string; line: number }

/** An explained failure. */
export interface Failure {
  /** The catalogue kind, PascalCase like the diagnostics' codes: `PortAllocated`. */
  code: string;
  /** A few words for a notification: "Port already in use by a container". */
  title: string;
  /** The explanation in the hover shape: what happened, why for this command, what to do, notes, reference. */
  markdown: string;
  /** Commands that fix or look into it, built and checked by the core; nothing runs until one is clicked. */
  fixes: Action[];
  location?: FailureLocation;
}

/** The words a kind contributes for one match, before rendering. */
export interface FailureStory {
  /** What happened, one plain sentence. */
  what: string;
  /** Why, for this command: one bullet each. */
  why: readonly string[];
  /** What to do: one bullet each. */
  todo: readonly string[];
  fixes?: readonly (Action | undefined)[];
  location?: FailureLocation;
  /** A better title for this case, when the kind's own is too general. */
  title?: string;
}

/** One kind of failure in the catalogue. */
export interface FailureKind {
  code: string;
  title: string;
  /**
   * The engine's and CLI's own wording, one pattern per variant (legacy builder, BuildKit, old and new CLI),
   * each with where the words come from. The first that matches the output wins.
   */
  patterns: readonly RegExp[];
  /** The commands it applies to (`run`, `build`, `compose`...); unset for any docker command. */
  commands?: readonly string[];
  /** Set when the kind explains output of a command that succeeded (a `docker ps` listing a crashed container). */
  evenOnSuccess?: boolean;
  /** docs.docker.com page for the full story. */
  docsUrl: string;
  /** Note topics (see notesAbout) besides the command's own. */
  topics?: readonly string[];
  /** Words this explanation for this command and match, or undefined when on closer look it does not apply. */
  explain(ctx: CommandContext, match: RegExpExecArray): FailureStory | undefined;
}
