// SPDX-License-Identifier: MIT
// What the lenses need to know about the machine, asked in the background so a lens never waits on docker:
// which Compose program works (asked once per docker path, for `auto`), and which images are missing.
import * as vscode from 'vscode';
import { engineCheckCommand, imageCheckAnswer, imageCheckCommand, localImagesAnswer, localImagesCommand, probeCompose, type ComposeFound } from '../core/index';
import { runProgram, succeeds } from './dockerProcess';

const changed = new vscode.EventEmitter<void>();
/** Fires when an answer arrives, so the lenses are drawn again with it. */
export const onDidChangeEngineState = changed.event;

const composeAnswers = new Map<string, ComposeFound>();
const composeAsked = new Set<string>();
const composeAsking = new Map<string, Promise<ComposeFound>>();

let composeAsks = 0;

/** How many times something asked which Compose answers (joining a question on its way counts too); tests read it. */
export function composeQuestionsAsked(): number {
  return composeAsks;
}

/** Asks which Compose answers for this docker path (joining a question already on its way); fires when the answer changed. */
function askCompose(dockerPath: string): Promise<ComposeFound> {
  composeAsks++;
  composeAsked.add(dockerPath);
  let asking = composeAsking.get(dockerPath);
  if (!asking) {
    asking = probeCompose(dockerPath, succeeds).then((found) => {
      composeAsking.delete(dockerPath);
      const before = composeAnswers.get(dockerPath);
      composeAnswers.set(dockerPath, found);
      if (before !== found) changed.fire();
      return found;
    });
    composeAsking.set(dockerPath, asking);
  }
  return asking;
}

/** The `auto` probe's answer for this docker path, or undefined while it is being asked (first call asks). */
export function composeFound(dockerPath: string): ComposeFound | undefined {
  if (!composeAsked.has(dockerPath)) void askCompose(dockerPath);
  return composeAnswers.get(dockerPath);
}

/** Asks again now and waits for the answer: after a compose command ended, before it is explained. */
export function composeFoundNow(dockerPath: string): Promise<ComposeFound> {
  return askCompose(dockerPath);
}

/** True when some docker path got `none`: Compose may be installed since, so focus and Check again ask anew. */
export function composeMissingSomewhere(): boolean {
  return [...composeAnswers.values()].includes('none');
}

/**
 * Asks again for every docker path asked before, and `dockerPath` too: Compose may have been installed (or
 * removed) since. The lenses redraw by themselves when an answer changed.
 */
export function recheckCompose(dockerPath?: string): Promise<ComposeFound[]> {
  const paths = new Set(composeAsked);
  if (dockerPath) paths.add(dockerPath);
  return Promise.all([...paths].map(askCompose));
}

/** The docker executable the settings name for `uri` (or the first folder). */
export function dockerPathFor(uri?: vscode.Uri): string {
  const value = vscode.workspace.getConfiguration('dockerCoach', uri ?? vscode.workspace.workspaceFolders?.[0]?.uri).get<unknown>('docker.path');
  return typeof value === 'string' && value.trim() ? value.trim() : 'docker';
}

/** What `docker version` says: an engine answers (with its version), docker runs but no engine answers, or no docker. */
export type DockerFound = { state: 'engine'; version: string } | { state: 'noEngine' } | { state: 'missing' };

/** Asks `docker version` now; only when asked (the Get started view, Check again), never on a timer. */
export async function dockerFoundNow(dockerPath: string): Promise<DockerFound> {
  const result = await runProgram(engineCheckCommand(dockerPath));
  if (result.exitCode === 0 && result.stdout.trim()) return { state: 'engine', version: result.stdout.trim() };
  // A number means docker itself ran (and found no engine); undefined means it could not start at all.
  return result.exitCode === undefined ? { state: 'missing' } : { state: 'noEngine' };
}

/** Image answers are kept a short while: a build in a terminal can change them at any time. */
const imageAnswerMs = 15000;
const imageAnswers = new Map<string, { state: 'present' | 'missing' | 'unknown'; at: number }>();
const imageAsking = new Set<string>();

/** Whether `tag` is known to be missing from the engine now; asks in the background when the answer is old. */
export function imageMissing(dockerPath: string, tag: string): boolean {
  const key = `${dockerPath}\0${tag}`;
  const known = imageAnswers.get(key);
  if ((!known || Date.now() - known.at > imageAnswerMs) && !imageAsking.has(key)) {
    imageAsking.add(key);
    void runProgram(imageCheckCommand(dockerPath, tag)).then((result) => {
      imageAsking.delete(key);
      const state = imageCheckAnswer(result);
      const wasMissing = imageAnswers.get(key)?.state === 'missing';
      imageAnswers.set(key, { state, at: Date.now() });
      // Lenses only change between Run and Build & Run: redraw them only then.
      if ((state === 'missing') !== wasMissing) changed.fire();
    });
  }
  return known?.state === 'missing';
}

/** Forgets the image answers (after a command ran), so the next lens asks again. */
export function forgetImages(): void {
  for (const answer of imageAnswers.values()) answer.at = 0;
  for (const list of imageLists.values()) list.at = 0;
}


/** The local image list for `FROM ` completions, per docker path, kept as long as the image answers. */
const imageLists = new Map<string, { images: string[]; at: number }>();
const imageListAsking = new Set<string>();

/**
 * The images the engine listed last time (empty before it first answered, or without an engine); asks again
 * in the background when the list is older than the image answers. Only in a trusted workspace.
 */
export function localImages(dockerPath: string): string[] {
  if (!vscode.workspace.isTrusted) return [];
  const known = imageLists.get(dockerPath);
  if ((!known || Date.now() - known.at > imageAnswerMs) && !imageListAsking.has(dockerPath)) {
    imageListAsking.add(dockerPath);
    void runProgram(localImagesCommand(dockerPath)).then((result) => {
      imageListAsking.delete(dockerPath);
      imageLists.set(dockerPath, { images: localImagesAnswer(result), at: Date.now() });
    });
  }
  return known?.images ?? [];
}
