// SPDX-License-Identifier: MIT
// How the walkthrough follows practice: each docker step completes on the context key its exercise sets once done
// (`onContext:dockerCoach.practiceDone.buildBackend` in the manifest). The manifest is the one place that pairs a
// step with an exercise; this reads it back, so the adapter knows which exercises to check for the walkthrough.
import { practiceDoneKey } from './doneKey';
import { exercises } from './exercises';

export { practiceDoneKey };

/**
 * The exercises a walkthrough step completes on, in the manifest's order, from its `contributes.walkthroughs`
 * steps' `completionEvents`. An event naming no exercise, and a manifest of any other shape, give nothing.
 */
export function walkthroughExercises(manifest: unknown): string[] {
  const byKey = new Map(exercises().map((e) => [practiceDoneKey(e.id), e.id]));
  const walkthroughs = (manifest as { contributes?: { walkthroughs?: unknown } } | undefined)?.contributes?.walkthroughs;
  const found: string[] = [];
  for (const w of Array.isArray(walkthroughs) ? walkthroughs : []) {
    const steps = (w as { steps?: unknown } | undefined)?.steps;
    for (const step of Array.isArray(steps) ? steps : []) {
      const events = (step as { completionEvents?: unknown } | undefined)?.completionEvents;
      for (const event of Array.isArray(events) ? events : []) {
        const id = typeof event === 'string' && event.startsWith('onContext:') ? byKey.get(event.slice('onContext:'.length)) : undefined;
        if (id && !found.includes(id)) found.push(id);
      }
    }
  }
  return found;
}
