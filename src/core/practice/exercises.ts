// SPDX-License-Identifier: MIT
// The public face of practice: the exercises in the notes' order, their probes, and one verdict per exercise from
// what the engine answered. Nothing here runs a program: the adapter runs the probes and hands back the answers.
import { composeExercises } from './composeExercises';
import type { Ask, ExerciseDef } from './exerciseKit';
import { imageExercises } from './imageExercises';
import { probeKey, readOnlyProbes } from './probes';
import { runExercises } from './runExercises';
import type { Exercise, ExerciseResult, Observations, PracticeContext } from './types';
import { workspaceFacts } from './workspace';

/** In the order the notes take them: docker build, run, exec, -e; then Compose, volumes, networks; then the security list. */
const definitions: ExerciseDef[] = [...runExercises, ...composeExercises, ...imageExercises];

/** What docker prints when no engine answers (the socket is missing, refused, or not ours). */
const noEngine = /Cannot connect to the Docker daemon|Is the docker daemon running|error during connect|permission denied while trying to connect/i;

function askOf(context: PracticeContext, observations: Observations = {}): Ask {
  const docker = typeof context?.dockerPath === 'string' && context.dockerPath.trim() !== '' ? context.dockerPath.trim() : 'docker';
  return { facts: workspaceFacts(context ?? { files: [] }), docker, seen: observations && typeof observations === 'object' ? observations : {} };
}

function toExercise(def: ExerciseDef, context: PracticeContext): Exercise {
  const facts = askOf(context).facts;
  return {
    id: def.id, title: def.title, goal: def.goal(facts), hints: def.hints(facts), files: def.files(facts),
    probes: (ctx, seen) => readOnlyProbes(def.probes(askOf(ctx ?? context, seen))),
  };
}

/**
 * The week-one exercises, in the order of the learner's notes. Names, ports and paths in the texts come from the
 * workspace's files when `context` is given, else from the notes' project (`backend-flask`, `frontend-react-js`).
 */
export function exercises(context: PracticeContext = { files: [] }): Exercise[] {
  return definitions.map((d) => toExercise(d, context));
}

/**
 * The probes to run for exercise `id` now: call again with the answers, until it returns no probe without one.
 * [] for an unknown id and in an untrusted workspace.
 */
export function exerciseProbes(id: string, context: PracticeContext, observations: Observations = {}): string[][] {
  const def = definitions.find((d) => d.id === id);
  if (!def || context?.trusted === false) return [];
  return readOnlyProbes(def.probes(askOf(context, observations)));
}

/**
 * The verdict on exercise `id` from its probes' answers (keyed by `probeKey`): `done`; `not yet` with what is
 * missing; or `cannot check` with why (an untrusted workspace, no engine, a probe not run yet).
 */
export function checkExercise(id: string, context: PracticeContext, observations: Observations): ExerciseResult {
  const def = definitions.find((d) => d.id === id);
  if (!def) return { status: 'cannot check', missing: `there is no exercise "${String(id)}"` };
  if (context?.trusted === false) return { status: 'cannot check', missing: 'this workspace is not trusted, so Docker Coach asks the engine nothing here: trust the folder to check' };
  const ask = askOf(context, observations);
  const probes = readOnlyProbes(def.probes(ask));
  const answers = probes.map((p) => ask.seen[probeKey(p)]);
  const silent = answers.some((o) => o !== undefined && (o.exitCode === undefined || (o.exitCode !== 0 && noEngine.test(`${o.stderr ?? ''}\n${o.stdout}`))));
  if (silent) return { status: 'cannot check', missing: 'no Docker engine answers: start Docker (Docker Desktop, or `sudo systemctl start docker`) and check again' };
  const unasked = probes.find((_p, i) => answers[i] === undefined);
  if (unasked) return { status: 'cannot check', missing: `the engine has not been asked yet: \`${unasked.slice(1).join(' ')}\`` };
  return def.check(ask);
}
