// SPDX-License-Identifier: MIT
// What the lenses need to know about the machine, asked in the background so a lens never waits on docker:
// which Compose program works (asked once per docker path, for `auto`), and which images are missing.
import * as vscode from 'vscode';
import { imageCheckAnswer, imageCheckCommand, localImagesAnswer, localImagesCommand, probeCompose, type ComposeFound } from '../core/index';
import { runProgram, succeeds } from './dockerProcess';

const changed = new vscode.EventEmitter<void>();
/** Fires when an answer arrives, so the lenses are drawn again with it. */
export const onDidChangeEngineState = changed.event;

const composeAnswers = new Map<string, ComposeFound>();
const composeAsked = new Set<string>();

/** The `auto` probe's answer for this docker path, or undefined while it is being asked (first call asks). */
export function composeFound(dockerPath: string): ComposeFound | undefined {
  if (!composeAsked.has(dockerPath)) {
    composeAsked.add(dockerPath);
    void probeCompose(dockerPath, succeeds).then((found) => { composeAnswers.set(dockerPath, found); changed.fire(); });
  }
  return composeAnswers.get(dockerPath);
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
