// SPDX-License-Identifier: MIT
// The walkthrough and the Get started view as the manifest declares them (issue 24): steps that read true
// outside samples/, steps that tick from real work, and a view container later views can join.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8'));
const contributes = manifest.contributes;
const steps: { id: string; description: string; completionEvents: string[] }[] = contributes.walkthroughs[0].steps;
const step = (id: string) => steps.find((s) => s.id === id)!;

describe('the walkthrough in the manifest', () => {
  it('names nothing that only samples/ has', () => {
    for (const s of steps) {
      assert.doesNotMatch(s.description, /scripts\/build\.sh|in the samples|notes\/week1\.md|this folder points/, s.id);
    }
  });

  it('ticks from real work: any Dockerfile, hovers, and the docker steps only from their exercise done on the engine', () => {
    assert.ok(step('writeDockerfile').completionEvents.includes('onContext:dockerCoach.hasDockerfile'));
    assert.deepStrictEqual(step('hoverDockerfile').completionEvents, ['onContext:dockerCoach.hovered.dockerfile']);
    // Issue 28: a typed or clicked command no longer ticks a docker step; its exercise, checked, does.
    assert.deepStrictEqual(step('composeUp').completionEvents, ['onContext:dockerCoach.practiceDone.composeUp']);
    assert.deepStrictEqual(step('namedVolume').completionEvents, ['onContext:dockerCoach.practiceDone.namedVolume']);
    for (const s of steps) assert.ok(!s.completionEvents.some((e) => e.startsWith('onContext:dockerCoach.ran.')), s.id);
  });
});

describe('the Get started view in the manifest', () => {
  it('sits in the Docker Coach container in the activity bar, with its command', () => {
    const container = contributes.viewsContainers.activitybar.find((c: { id: string }) => c.id === 'dockerCoach');
    assert.ok(container && fs.existsSync(path.join(__dirname, '..', '..', '..', '..', container.icon)), 'the container and its icon');
    // Get started first, then the views later issues add to the same container (Practice, issue 28).
    assert.deepStrictEqual(contributes.views.dockerCoach.map((v: { id: string }) => v.id), ['dockerCoach.getStarted', 'dockerCoach.practice']);
    assert.ok(contributes.commands.some((c: { command: string; title: string }) => c.command === 'dockerCoach.getStarted' && c.title === 'Get started'));
  });

  it('says what the coach does, where to begin, and a status line for each answer', () => {
    const texts = contributes.viewsWelcome.filter((w: { view: string }) => w.view === 'dockerCoach.getStarted');
    const all = texts.map((w: { contents: string }) => w.contents).join('\n');
    for (const link of ['command:dockerCoach.openWalkthrough', 'command:dockerCoach.newDockerfile', 'command:dockerCoach.newSampleProject', 'command:dockerCoach.checkEngine', 'command:dockerCoach.howToGetCompose']) assert.ok(all.includes(link), link);
    for (const state of ['engine', 'noEngine', 'missing']) assert.ok(texts.some((w: { when?: string }) => w.when === `dockerCoach.status.docker == ${state}`), state);
    for (const state of ['v2', 'v1', 'missing']) assert.ok(texts.some((w: { when?: string }) => w.when === `dockerCoach.status.compose == ${state}`), state);
  });
});
