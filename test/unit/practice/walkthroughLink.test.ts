// SPDX-License-Identifier: MIT
// The walkthrough's docker steps tick only when their exercise is done (issue 28): each completes on the context
// key its exercise sets, and the adapter reads back from the manifest which exercises to check for it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { exercises, practiceDoneKey, walkthroughExercises } from '../../../src/core/index';

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8'));

// Written out by hand from the walkthrough's step titles and the exercise list: step → exercise → key.
const dockerSteps: [step: string, exercise: string, key: string][] = [
  ['build', 'build-backend', 'dockerCoach.practiceDone.buildBackend'],
  ['publishPort', 'run-backend', 'dockerCoach.practiceDone.runBackend'],
  ['shell', 'shell-backend', 'dockerCoach.practiceDone.shellBackend'],
  ['composeUp', 'compose-up', 'dockerCoach.practiceDone.composeUp'],
  ['namedVolume', 'named-volume', 'dockerCoach.practiceDone.namedVolume'],
  ['bridgeNetwork', 'bridge-network', 'dockerCoach.practiceDone.bridgeNetwork'],
];

describe('practice: the walkthrough follows the exercises', () => {
  it('names each exercise\'s context key in camelCase', () => {
    for (const [, exercise, key] of dockerSteps) assert.strictEqual(practiceDoneKey(exercise), key);
  });

  it('each docker step of the manifest completes only on its exercise\'s key, and that exercise exists', () => {
    const steps: { id: string; completionEvents: string[] }[] = manifest.contributes.walkthroughs[0].steps;
    const ids = exercises().map((e) => e.id);
    for (const [step, exercise, key] of dockerSteps) {
      assert.deepStrictEqual(steps.find((s) => s.id === step)?.completionEvents, [`onContext:${key}`], step);
      assert.ok(ids.includes(exercise), exercise);
    }
  });

  it('reads from the manifest which exercises to check for the walkthrough, in its order', () => {
    assert.deepStrictEqual(walkthroughExercises(manifest), dockerSteps.map(([, exercise]) => exercise));
  });

  it('gives nothing for a manifest of another shape or a key that names no exercise', () => {
    for (const bad of [undefined, null, 'text', 3, {}, { contributes: { walkthroughs: 'x' } }, { contributes: { walkthroughs: [{ steps: [{ completionEvents: 'onContext:x' }] }] } }]) {
      assert.deepStrictEqual(walkthroughExercises(bad), [], JSON.stringify(bad));
    }
    const other = { contributes: { walkthroughs: [{ steps: [{ completionEvents: ['onContext:dockerCoach.practiceDone.noSuch', 'onCommand:dockerCoach.practiceDone.buildBackend', 'onContext:dockerCoach.practiceDone.buildBackend'] }] }] } };
    assert.deepStrictEqual(walkthroughExercises(other), ['build-backend']);
  });
});
