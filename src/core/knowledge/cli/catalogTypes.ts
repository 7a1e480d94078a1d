// SPDX-License-Identifier: MIT
// The shape of one command in the CLI tables. The names, aliases, flag names, value types and defaults
// were first generated from shared/reference/docker-cli-docs/ by scripts/cliSkeleton.mjs (a unit test
// keeps them in step); every sentence is hand-written.

/** One `docker` or `docker compose` command, under its shortest name. */
export interface CliEntry {
  /** What it does, for a first-month learner. Absent where ../dockerCliCommands.ts has a fuller entry. */
  what?: string;
  tags?: readonly string[];
  /** The other names it answers to: `container run` for `run`. */
  aka?: readonly string[];
  /** Its page under https://docs.docker.com/reference/cli/docker/ (compose pages under compose/). */
  page: string;
  /** Swarm, plugins, manifests, checkpoints: the hover says it is outside a first month; flags not listed. */
  later?: true;
  /**
   * Its flags as the reference names them: the names (short first), then `<type>` when it takes a value,
   * then `=default` when the reference gives one: `-n --tail <string> =all`.
   */
  flags?: readonly string[];
}
