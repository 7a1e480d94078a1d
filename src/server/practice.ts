// SPDX-License-Identifier: MIT
// Practice over LSP: `dockerCoach.exercises` lists the exercises for the workspace, and `dockerCoach.checkExercise`
// gives the same verdict the Practice view shows. The server starts no program: the client runs the probes it is
// handed (each a read-only docker argv, to run without a shell in the workspace folder) and sends the answers back.
import { promises as fs } from 'fs';
import * as path from 'path';
import { checkExercise, exerciseProbes, exercises, isPracticeFile, probeKey, type Observations, type PracticeContext, type PracticeFile } from '../core/index';

export const exercisesCommand = 'dockerCoach.exercises';
export const checkExerciseCommand = 'dockerCoach.checkExercise';

/** How deep and how much of the workspace is read: a learner's project, not a monorepo. */
const maxDepth = 3;
const maxFiles = 40;
const maxFileBytes = 256 * 1024;
const skipped = new Set(['node_modules', '.git', '.venv', 'venv', 'dist', 'out', 'build', '__pycache__']);

/** The Dockerfiles and compose files under `folder`; open documents' text wins over the disk's. */
export async function practiceFiles(folder: string, openText: (absolute: string) => string | undefined): Promise<PracticeFile[]> {
  const found: PracticeFile[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    let entries: import('fs').Dirent[];
    try { entries = await fs.readdir(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (found.length >= maxFiles) return;
      const full = path.join(dir, e.name);
      const rel = path.relative(folder, full).split(path.sep).join('/');
      if (e.isDirectory() && depth < maxDepth && !skipped.has(e.name) && !e.name.startsWith('.')) await walk(full, depth + 1);
      else if (e.isFile() && isPracticeFile(rel)) {
        const open = openText(full);
        if (open !== undefined) { found.push({ path: rel, text: open }); continue; }
        try {
          if ((await fs.stat(full)).size <= maxFileBytes) found.push({ path: rel, text: await fs.readFile(full, 'utf8') });
        } catch { /* gone meanwhile */ }
      }
    }
  };
  await walk(folder, 0);
  return found;
}

/** The arguments a client sends: which folder (the first workspace folder when absent), the exercise, the answers so far. */
interface PracticeArgs { folder?: unknown; id?: unknown; observations?: unknown; trusted?: unknown; dockerPath?: unknown }

async function contextOf(args: PracticeArgs, folders: string[], openText: (absolute: string) => string | undefined): Promise<PracticeContext> {
  const folder = typeof args.folder === 'string' ? args.folder : folders[0];
  return {
    files: folder ? await practiceFiles(folder, openText) : [],
    workspaceFolder: folder,
    // LSP knows no workspace trust: a client that has it says so, and nothing is asked in a folder it does not trust.
    trusted: args.trusted !== false,
    ...(typeof args.dockerPath === 'string' ? { dockerPath: args.dockerPath } : {}),
  };
}

/** Answers one of the two commands; `undefined` when the command is not ours. */
export async function runPracticeCommand(command: string, raw: unknown, folders: string[], openText: (absolute: string) => string | undefined): Promise<unknown> {
  const args = (raw && typeof raw === 'object' ? raw : {}) as PracticeArgs;
  if (command === exercisesCommand) {
    const context = await contextOf(args, folders, openText);
    return exercises(context).map((e) => ({ id: e.id, title: e.title, goal: e.goal, hints: e.hints, files: e.files, probes: context.trusted === false ? [] : e.probes(context) }));
  }
  if (command === checkExerciseCommand) {
    const context = await contextOf(args, folders, openText);
    const id = String(args.id ?? '');
    const observations = (args.observations && typeof args.observations === 'object' ? args.observations : {}) as Observations;
    const result = checkExercise(id, context, observations);
    // The probes still to run: the client runs these and calls again with their answers added.
    const probes = exerciseProbes(id, context, observations).filter((p) => !(probeKey(p) in observations));
    return { ...result, probes, cwd: context.workspaceFolder };
  }
  return undefined;
}
