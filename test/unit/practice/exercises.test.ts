// SPDX-License-Identifier: MIT
// The exercises and their verdicts. The engine's answers are recorded from this machine's Docker engine by
// scripts/recordExercises.mjs (test/fixtures/practice): each fixture names the state the script set up (not done,
// done, no engine) and so the verdict expected, independently of the checks under test.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkExercise, exerciseProbes, exercises, isReadOnlyProbe, probeKey, type Observations, type PracticeContext } from '../../../src/core/index';

const fixturesDir = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'practice');

interface Fixture { exercise: string; state: string; expect: string; setup: string; source: string; context: PracticeContext; observations: Observations }

function fixtures(): { file: string; f: Fixture }[] {
  return fs.readdirSync(fixturesDir).filter((n) => n.endsWith('.json')).sort().map((file) => ({ file, f: JSON.parse(fs.readFileSync(path.join(fixturesDir, file), 'utf8')) as Fixture }));
}

// The order of the learner's notes (week1-app-containerization.md): build, run -p, exec, -e; then Compose, its
// volumes and networks; then the healthcheck, multi-stage and non-root exercises.
const notesOrder = ['build-backend', 'run-backend', 'shell-backend', 'env-frontend-url', 'run-frontend', 'compose-config', 'compose-up', 'named-volume', 'bridge-network', 'healthcheck', 'multi-stage', 'non-root'];

describe('practice: week-one exercises', () => {
  it('lists at least twelve exercises in the notes\' order, each with a goal, three hints and a file', () => {
    const list = exercises();
    assert.deepStrictEqual(list.map((e) => e.id), notesOrder);
    for (const e of list) {
      assert.ok(e.title.length > 0, e.id);
      assert.match(e.goal, /^[^.]+(\.[^ .][^.]*)*\.$/, `${e.id}: the goal is one sentence`);
      assert.ok(e.hints.length >= 3, `${e.id}: ${e.hints.length} hints`);
      // The last hint is the exact command.
      assert.match(e.hints[e.hints.length - 1], /`docker [^`]+`/, `${e.id}: the last hint gives the command`);
      // Hints send the learner to what teaches it: a hover, a lens, or the notes.
      assert.ok(e.hints.some((h) => /hover|lens|notes/i.test(h)), `${e.id}: no hint points to a hover, lens or the notes`);
      assert.ok(e.files.length > 0, e.id);
    }
  });

  it('uses the workspace\'s names and ports in its texts', () => {
    const ctx: PracticeContext = { files: [{ path: 'api/Dockerfile', text: 'FROM scratch\nARG PORT=8080\nEXPOSE ${PORT}\n' }] };
    const run = exercises(ctx).find((e) => e.id === 'run-backend');
    assert.match(run?.goal ?? '', /`api`.*port 8080/);
    assert.deepStrictEqual(run?.files, ['api/Dockerfile']);
  });

  describe('verdicts on what this machine\'s engine answered', () => {
    const all = fixtures();
    it('has a done, a not-yet and a no-engine recording for every exercise', () => {
      for (const id of notesOrder) {
        for (const state of ['done', 'not-yet', 'no-engine']) assert.ok(all.some(({ f }) => f.exercise === id && f.state === state), `${id}-${state}.json is missing`);
      }
    });
    for (const { file, f } of all) {
      it(`${file}: ${f.setup} gives ${f.expect}`, () => {
        const result = checkExercise(f.exercise, f.context, f.observations);
        assert.strictEqual(result.status, f.expect, result.missing);
        if (result.status !== 'done') assert.ok(result.missing && result.missing.length > 10, 'says what is missing');
        // The recording asked exactly the probes the exercise asks for.
        for (const p of exerciseProbes(f.exercise, f.context, f.observations)) assert.ok(probeKey(p) in f.observations, `${file}: ${probeKey(p)} not recorded`);
      });
    }
    it('says what is missing in plain words', () => {
      const f = all.find((x) => x.file === 'run-backend-not-yet.json')!.f;
      assert.strictEqual(checkExercise(f.exercise, f.context, f.observations).missing,
        'a container from `dcx-rec-backend` is running, but port 4567 is not published: add `-p 4567:4567`');
      const noEngine = all.find((x) => x.file === 'run-backend-no-engine.json')!.f;
      assert.match(checkExercise(noEngine.exercise, noEngine.context, noEngine.observations).missing ?? '', /no Docker engine answers/);
    });
  });

  describe('checks that see only a sign of the goal say so', () => {
    // The recordings' own names (scripts/recordExercises.mjs): the volume `dcx-rec_data` mounted at /data, and the
    // containers dcx-rec-c6 (backend) and dcx-rec-c7 (frontend) on the network `dcx-rec_default`.
    const all = fixtures();
    const verdict = (file: string) => { const f = all.find((x) => x.file === file)!.f; return checkExercise(f.exercise, f.context, f.observations); };

    it('named-volume: done says the volume outlived a container, and how to see the data survive', () => {
      const result = verdict('named-volume-done.json');
      assert.strictEqual(result.status, 'done');
      assert.match(result.seen ?? '', /`dcx-rec_data` is older than `dcx-rec-c\d+`.*\/data/);
      // The view puts "To see it yourself, " before it: it starts with what to do.
      assert.match(result.tryIt ?? '', /^write a file into it/);
      assert.match(result.tryIt ?? '', /`docker compose exec backend sh -c "date > \/data\/proof"`.*down.*up -d.*`docker compose exec backend cat \/data\/proof`/);
      assert.match(exercises().find((e) => e.id === 'named-volume')!.goal, /sees only that the volume is older than the container/);
    });

    it('bridge-network: done says both are on the network, and how to see one reach the other by name', () => {
      const result = verdict('bridge-network-done.json');
      assert.strictEqual(result.status, 'done');
      assert.match(result.seen ?? '', /`dcx-rec-c7` and `dcx-rec-c6` are both on your bridge network `dcx-rec_default`/);
      // From the frontend to the backend, on the backend's port; nothing is run by Docker Coach, the learner runs it.
      // Not `-q`: GNU wget says nothing at all under it, found or not. Each answer is named, BusyBox's and GNU's.
      assert.match(result.tryIt ?? '', /^ask from inside one for the other by name: `docker exec dcx-rec-c7 wget -O- http:\/\/dcx-rec-c6:4567`/);
      assert.match(result.tryIt ?? '', /"bad address" \(BusyBox wget\) or "unable to resolve host address" \(GNU wget\) means it was not/);
      assert.match(exercises().find((e) => e.id === 'bridge-network')!.goal, /sees only that/);
    });

    it('bridge-network: with fewer than two of the app\'s containers running, says how many in words', () => {
      const f = fixtures().find((x) => x.file === 'bridge-network-not-yet.json')!.f;
      const [ps] = Object.keys(f.observations).filter((k) => k.startsWith('docker ps '));
      const rows = String(f.observations[ps].stdout).split('\n').filter(Boolean);
      const running = (lines: string[]) => checkExercise(f.exercise, f.context, { ...f.observations, [ps]: { ...f.observations[ps], stdout: lines.join('\n') } }).missing;
      assert.match(running([]) ?? '', /^no container of the app is running: start /);
      assert.match(running(rows.slice(0, 1)) ?? '', /^only one container of the app is running: start /);
    });

    it('their last hint has the learner see the goal itself, from inside a container', () => {
      for (const id of ['named-volume', 'bridge-network']) assert.match(exercises().find((e) => e.id === id)!.hints.at(-1)!, /`docker compose exec /, id);
    });
  });

  describe('cannot check', () => {
    const done = fixtures().find((x) => x.file === 'build-backend-done.json')!.f;
    it('in an untrusted workspace, even with answers in hand, and asks nothing there', () => {
      const ctx = { ...done.context, trusted: false };
      const result = checkExercise('build-backend', ctx, done.observations);
      assert.strictEqual(result.status, 'cannot check');
      assert.match(result.missing ?? '', /not trusted/);
      for (const id of notesOrder) assert.deepStrictEqual(exerciseProbes(id, ctx), []);
    });
    it('when docker never answered (not installed, timed out)', () => {
      const key = probeKey(exerciseProbes('build-backend', done.context)[0]);
      assert.strictEqual(checkExercise('build-backend', done.context, { [key]: { stdout: '', exitCode: undefined } }).status, 'cannot check');
    });
    it('before the engine was asked, and for an unknown exercise', () => {
      assert.match(checkExercise('build-backend', done.context, {}).missing ?? '', /not been asked/);
      assert.strictEqual(checkExercise('no-such', done.context, {}).status, 'cannot check');
    });
  });

  describe('probes are read-only', () => {
    // The list of allowed commands, written out by hand.
    const allowed = [
      ['docker', 'ps'], ['docker', 'inspect', 'abc'], ['docker', 'image', 'ls'], ['docker', 'image', 'inspect', 'x:1'],
      ['docker', 'volume', 'ls'], ['docker', 'volume', 'inspect', 'v'], ['docker', 'network', 'ls'], ['docker', 'network', 'inspect', 'n'],
      ['docker', 'compose', 'ps'], ['docker', 'compose', '-f', 'c.yml', 'config'], ['docker', 'logs', '--tail', '20', 'c'], ['docker', 'top', 'c'],
    ];
    const refused = [
      ['docker', 'run', 'x'], ['docker', 'rm', '-f', 'c'], ['docker', 'exec', 'c', 'sh'], ['docker', 'build', '.'], ['docker', 'image', 'rm', 'x'],
      ['docker', 'volume', 'rm', 'v'], ['docker', 'network', 'create', 'n'], ['docker', 'compose', 'up', '-d'], ['docker', 'compose', 'down'],
      ['docker', 'compose', 'config', '--output', 'out.yml'], ['docker', 'compose', 'config', '-o', 'out.yml'], ['docker', 'logs', 'c'], ['docker', 'logs', '-f', '--tail', '1', 'c'],
      ['docker', 'ps', '--rm'], ['docker', 'system', 'prune'], ['docker'], ['docker', 'image', 'prune', '-a'],
    ];
    for (const argv of allowed) it(`allows ${argv.slice(1).join(' ')}`, () => assert.ok(isReadOnlyProbe(argv)));
    for (const argv of refused) it(`refuses ${argv.slice(1).join(' ')}`, () => assert.ok(!isReadOnlyProbe(argv)));

    it('every probe of every exercise, in every recorded state, passes the allow-list', () => {
      let count = 0;
      for (const { f } of fixtures()) for (const p of exerciseProbes(f.exercise, f.context, f.observations)) { assert.ok(isReadOnlyProbe(p), p.join(' ')); count++; }
      assert.ok(count > 30, `${count} probes`);
    });

    it('keeps hostile names from the files inside one argument that is never a flag', () => {
      const hostile = '-rm $(touch pwned); `id` \n x';
      const ctx: PracticeContext = { files: [
        { path: `${hostile}/Dockerfile`, text: 'FROM scratch\nEXPOSE 4567\n' },
        { path: `${hostile}/docker-compose.yml`, text: `name: "--rm"\nservices:\n  "--x": { build: "." }\n` },
      ] };
      for (const id of notesOrder) {
        for (const p of exerciseProbes(id, ctx)) {
          assert.ok(isReadOnlyProbe(p), p.join(' '));
          // A word from a file may only sit after `=` of a flag the allow-list knows, or stand alone without a leading `-`.
          assert.ok(p.every((a) => !a.startsWith('-') || /^--?[a-z][a-z-]*$/.test(a.split('=')[0])), p.join(' '));
          assert.ok(p.some((a) => a.includes('pwned')) || !['compose-config'].includes(id), `${id} left the compose file out`);
        }
      }
    });
  });

  it('answers calmly on broken files and garbage output', () => {
    const ctx: PracticeContext = { files: [{ path: 'docker-compose.yml', text: 'services: [\n  : :' }, { path: 'Dockerfile', text: '\u0000FROM' }] };
    const garbage: Observations = {};
    for (const id of notesOrder) {
      for (let round = 0; round < 3; round++) for (const p of exerciseProbes(id, ctx, garbage)) garbage[probeKey(p)] = { stdout: '{"ID": 3}\n[not json\n{', exitCode: 0 };
      assert.ok(['done', 'not yet', 'cannot check'].includes(checkExercise(id, ctx, garbage).status), id);
    }
  });
});
