// SPDX-License-Identifier: MIT
// The shapes of practice: an exercise, the workspace it is checked against, what the engine answered, and the verdict.

/** One file of the learner's workspace, its path relative to the workspace folder with `/` separators. */
export interface PracticeFile { path: string; text: string }

/** What a check knows about the workspace: its files (Dockerfiles, compose files), its folder, and whether it is trusted. */
export interface PracticeContext {
  files: PracticeFile[];
  /** The absolute workspace folder; compose probes name the compose file under it. */
  workspaceFolder?: string;
  /** False in an untrusted workspace: nothing is asked of the engine there. Unset counts as trusted. */
  trusted?: boolean;
  /** The docker executable (argv[0] of every probe); `docker` when unset. */
  dockerPath?: string;
}

/** What one probe printed and how it exited; `exitCode` undefined when docker never answered (missing, timed out). */
export interface Observation { stdout: string; exitCode: number | undefined; stderr?: string }

/** The probes' results, keyed by the probe's argv joined with spaces (see `probeKey`). */
export type Observations = Record<string, Observation>;

export type ExerciseStatus = 'done' | 'not yet' | 'cannot check';

/**
 * A verdict: `missing` says in plain words what is still missing (`not yet`) or why nothing was checked (`cannot check`).
 * Some checks can only see a sign of the goal from outside the containers (Docker Coach runs nothing inside them):
 * their `done` comes with `seen`, what was really seen, and `tryIt`, what the learner can run to see the goal itself.
 */
export interface ExerciseResult { status: ExerciseStatus; missing?: string; seen?: string; tryIt?: string }

/** A week-one exercise, checked against the learner's own engine. */
export interface Exercise {
  id: string;
  title: string;
  /** What done looks like, in one sentence. */
  goal: string;
  /** From a nudge to the exact command; each names the hover, lens or note that teaches it. */
  hints: string[];
  /** The workspace files the exercise is about, relative to the workspace folder. */
  files: string[];
  /**
   * The read-only docker commands whose output decides the exercise, as argv. Some probes need an earlier
   * answer (the id of a running container): given the observations so far, it returns those too, so the
   * caller asks again until no new probe appears.
   */
  probes(context: PracticeContext, observations?: Observations): string[][];
}
