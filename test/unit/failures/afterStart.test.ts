// SPDX-License-Identifier: MIT
// A container that exits at once (issue 23, item 4): which commands get the look a few seconds later, with
// which argv, and what the explanation says from what the engine answered. The `docker run -d` fixtures were
// recorded from the engine of this machine by scripts/recordAfterStart.mjs (the run's output, then `docker
// inspect` and `docker logs --tail 20`); the compose ones are quoted from docker/compose's sources, each with
// its file. Expected codes and words are written here, not read from the exit-code table.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { afterStartLogsArgv, afterStartLook, explainAfterStart, stoppedAfterStart, type AfterStartLook, type FailureInput } from '../../../src/core/index';

// Tests run from out/test/unit/failures; the fixtures stay in the source tree.
const fixturesDir = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'afterStart');

interface RunFixture { source: string; commandLine: string; exitCode: number; output: string; inspect: string; logs: string }
interface ComposeFixture { name: string; source: string; commandLine: string; stdout: string; expect: { name: string; id: string; exitCode: number; restarting: boolean } | null }

function runFixture(scenario: string): RunFixture {
  return JSON.parse(fs.readFileSync(path.join(fixturesDir, `run-${scenario}.json`), 'utf8')) as RunFixture;
}

function lookOf(input: FailureInput): AfterStartLook {
  const look = afterStartLook(input);
  assert.ok(look, `no look planned for ${input.commandLine}`);
  return look;
}

/** The whole path the adapter takes for a recorded `docker run -d`: plan, inspect, logs, explanation. */
function explainRecorded(scenario: string, edit?: (inspect: Record<string, unknown>[]) => void) {
  const f = runFixture(scenario);
  const look = lookOf({ commandLine: f.commandLine, output: f.output, exitCode: f.exitCode, cwd: '/home/learner/app' });
  let inspect = f.inspect;
  if (edit) { const parsed = JSON.parse(inspect) as Record<string, unknown>[]; edit(parsed); inspect = JSON.stringify(parsed); }
  const stopped = stoppedAfterStart(look, inspect);
  return { f, look, stopped, failure: stopped ? explainAfterStart(look, stopped, f.logs) : undefined };
}

describe('After start: a container that exits at once', () => {
  describe('when to look, and with which argv', () => {
    const id = 'e8b813ccbf38cbe9f4437a65bf5afc511511b371a81a27c0024eedc1fa4e75dc';

    it('docker run -d that succeeded: docker inspect on the ID it printed', () => {
      const look = lookOf({ commandLine: 'docker run -d --name web web:dev', output: `${id}\n`, exitCode: 0, cwd: '/app' });
      assert.deepStrictEqual(look.argv, ['docker', 'inspect', id]);
      assert.strictEqual(look.kind, 'run');
      assert.strictEqual(look.cwd, '/app');
    });

    it('finds the ID after pull progress and escape sequences, and follows podman and --detach', () => {
      const output = `Unable to find image 'web:dev' locally\r\n\x1b[1mdev: Pulling from library/web\x1b[0m\r\n${id}\r\n`;
      assert.deepStrictEqual(lookOf({ commandLine: 'docker run --detach web:dev', output, exitCode: 0 }).argv, ['docker', 'inspect', id]);
      assert.deepStrictEqual(lookOf({ commandLine: 'podman run -dit web:dev', output: id, exitCode: 0 }).argv, ['podman', 'inspect', id]);
    });

    it('docker compose up -d: compose ps -a --format json with the same project options', () => {
      const look = lookOf({ commandLine: 'docker compose -f compose.yaml -f compose.dev.yaml -p shop --env-file .env.dev up -d --build web', output: '', exitCode: 0, cwd: '/app' });
      assert.deepStrictEqual(look.argv, ['docker', 'compose', '-f', 'compose.yaml', '-f', 'compose.dev.yaml', '-p', 'shop', '--env-file', '.env.dev', 'ps', '-a', '--format', 'json']);
      assert.strictEqual(look.kind, 'compose');
      assert.deepStrictEqual(lookOf({ commandLine: 'docker-compose --project-directory ./deploy up --detach', output: '', exitCode: 0 }).argv,
        ['docker-compose', '--project-directory', './deploy', 'ps', '-a', '--format', 'json']);
    });

    it('asks the same engine: -H and --context are repeated, a DOCKER_HOST= in front means no look', () => {
      const look = lookOf({ commandLine: 'docker -H unix:///run/other.sock run -d web:dev', output: id, exitCode: 0 });
      assert.deepStrictEqual(look.argv, ['docker', '-H', 'unix:///run/other.sock', 'inspect', id]);
      assert.deepStrictEqual(lookOf({ commandLine: 'docker --context remote compose up -d', output: '', exitCode: 0 }).argv,
        ['docker', '--context', 'remote', 'compose', 'ps', '-a', '--format', 'json']);
      const stopped = stoppedAfterStart(look, runFixture('exit-1').inspect)!;
      assert.deepStrictEqual(afterStartLogsArgv(look, stopped)?.slice(0, 4), ['docker', '-H', 'unix:///run/other.sock', 'logs']);
      assert.deepStrictEqual(explainAfterStart(look, stopped, '').fixes[0].argv, ['docker', '-H', 'unix:///run/other.sock', 'logs', 'coach-after-exit-1']);
      assert.strictEqual(afterStartLook({ commandLine: 'DOCKER_HOST=ssh://pi docker run -d web:dev', output: id, exitCode: 0 }), undefined);
      assert.strictEqual(afterStartLook({ commandLine: 'COMPOSE_FILE=prod.yaml docker compose up -d', output: '', exitCode: 0 }), undefined);
    });

    it('no look for a failed command, a run in the foreground, sudo, other commands, or words it cannot repeat', () => {
      const none: FailureInput[] = [
        { commandLine: 'docker run -d web:dev', output: `${id}\n`, exitCode: 125 },
        { commandLine: 'docker run -d web:dev', output: `${id}\n`, exitCode: undefined },
        { commandLine: 'docker run --rm web:dev', output: `${id}\n`, exitCode: 0 },
        { commandLine: 'docker run -d web:dev', output: 'e8b813ccbf38\n', exitCode: 0 },
        { commandLine: 'sudo docker run -d web:dev', output: `${id}\n`, exitCode: 0 },
        { commandLine: 'docker start -a web', output: `${id}\n`, exitCode: 0 },
        { commandLine: 'docker compose up', output: '', exitCode: 0 },
        { commandLine: 'docker compose -f $FILE up -d', output: '', exitCode: 0 },
        { commandLine: 'echo docker run -d x', output: `${id}\n`, exitCode: 0 },
        { commandLine: 'kubectl run -d x', output: `${id}\n`, exitCode: 0 },
      ];
      for (const input of none) assert.strictEqual(afterStartLook(input), undefined, input.commandLine);
    });

    it('never throws on odd input', () => {
      assert.strictEqual(afterStartLook(undefined as unknown as FailureInput), undefined);
      assert.strictEqual(afterStartLook({ commandLine: 42, output: null, exitCode: 0 } as unknown as FailureInput), undefined);
      const look = lookOf({ commandLine: 'docker run -d web', output: id, exitCode: 0 });
      for (const junk of ['', 'not json', '{}', '[1]', '[{"Id":"x"}]', 'null']) assert.strictEqual(stoppedAfterStart(look, junk), undefined, junk);
    });
  });

  describe('from the engine of this machine (recorded docker run -d, inspect, logs)', () => {
    it('the fixtures are real inspect output of the run they belong to', () => {
      const scenarios = fs.readdirSync(fixturesDir).filter((f) => f.startsWith('run-') && f.endsWith('.json'));
      assert.ok(scenarios.length >= 9, `only ${scenarios.length} recorded fixtures in ${fixturesDir}`);
      for (const file of scenarios) {
        const f = JSON.parse(fs.readFileSync(path.join(fixturesDir, file), 'utf8')) as RunFixture;
        assert.match(f.source, /^recorded from Engine /, file);
        const [container] = JSON.parse(f.inspect) as { Id: string; State: { Status: string } }[];
        assert.strictEqual(container.Id, f.output.trim(), file);
        assert.ok(f.commandLine.startsWith('docker run -d --network none '), file);
      }
    });

    const expected: [string, number, RegExp][] = [
      ['exit-1', 1, /general error/],
      ['exit-126', 126, /not executable|could not be run/],
      ['exit-127', 127, /not found/],
      ['exit-137', 137, /SIGKILL/],
      ['exit-139', 139, /SIGSEGV/],
      ['exit-143', 143, /SIGTERM/],
    ];
    for (const [scenario, exit, meaning] of expected) {
      it(`exit ${exit}: explained with its meaning, its last log lines and Show logs`, () => {
        const { f, look, stopped, failure } = explainRecorded(scenario);
        const name = `coach-after-${scenario}`;
        assert.deepStrictEqual(stopped && { name: stopped.name, exitCode: stopped.exitCode, restarting: stopped.restarting, removed: stopped.removed },
          { name, exitCode: exit, restarting: false, removed: false });
        assert.ok(failure);
        assert.strictEqual(failure.code, 'ExitedAtOnce');
        assert.strictEqual(failure.title, `Container ${name} exited right after it started (code ${exit})`);
        assert.match(failure.markdown, new RegExp(`exit code ${exit}\\b`));
        assert.match(failure.markdown, meaning);
        for (const line of f.logs.trim().split('\n')) assert.ok(failure.markdown.includes(line), `log line missing: ${line}`);
        assert.deepStrictEqual(failure.fixes[0].argv, ['docker', 'logs', name]);
        assert.strictEqual(failure.fixes[0].title, 'Show logs');
        assert.strictEqual(failure.fixes[0].cwd, '/home/learner/app');
        assert.deepStrictEqual(afterStartLogsArgv(look, stopped!), ['docker', 'logs', '--tail', '20', JSON.parse(f.inspect)[0].Id]);
      });
    }

    it('exit 0: the command finished, and a container needs one that keeps running', () => {
      const { failure } = explainRecorded('exit-0');
      assert.ok(failure);
      assert.match(failure.markdown, /exit code 0 \(success\)/);
      assert.match(failure.markdown, /keeps running/);
      assert.match(failure.markdown, /hello from the container/);
    });

    it('exit 137 also offers the out-of-memory check', () => {
      const { failure } = explainRecorded('exit-137');
      assert.deepStrictEqual(failure?.fixes[1]?.argv, ['docker', 'inspect', '--format', '{{.State.OOMKilled}}', 'coach-after-exit-137']);
    });

    it('still running: nothing to explain', () => {
      const { stopped } = explainRecorded('running');
      assert.strictEqual(stopped, undefined);
    });

    it('caught by its restart policy: keeps restarting, between two attempts or during one', () => {
      const between = explainRecorded('restarting');
      assert.ok(between.failure);
      assert.strictEqual(between.failure.title, 'Container coach-after-restarting keeps restarting');
      assert.match(between.failure.markdown, /cannot open config\.yml/);
      assert.match(between.failure.markdown, /docker stop coach-after-restarting/);
      // The same container a moment later, as the engine shows it while the restart policy waits.
      const waiting = explainRecorded('restarting', ([c]) => {
        const state = c.State as Record<string, unknown>;
        Object.assign(state, { Status: 'restarting', Restarting: true, Running: true, ExitCode: 3 });
      });
      assert.strictEqual(waiting.stopped?.exitCode, 3);
      assert.match(waiting.failure!.markdown, /ended with exit code 3/);
    });

    it('the kernel\'s out-of-memory kill is named when inspect says so', () => {
      const { failure } = explainRecorded('exit-137', ([c]) => { (c.State as Record<string, unknown>).OOMKilled = true; });
      assert.match(failure!.markdown, /OOMKilled/);
      assert.match(failure!.markdown, /more memory/);
    });

    it('run --rm: inspect finds nothing, and the fix runs it again in the foreground', () => {
      const id = runFixture('exit-1').output.trim();
      const look = lookOf({ commandLine: 'docker run -d --rm --name web web:dev', output: id, exitCode: 0, cwd: '/app' });
      // What `docker inspect` prints on stdout for an ID that no longer exists (it exits 1).
      const stopped = stoppedAfterStart(look, '[]\n');
      assert.strictEqual(stopped?.removed, true);
      assert.strictEqual(afterStartLogsArgv(look, stopped), undefined);
      const failure = explainAfterStart(look, stopped, '');
      assert.match(failure.markdown, /--rm/);
      assert.deepStrictEqual(failure.fixes.map((x) => x.argv), [['docker', 'run', '--rm', '--name', 'web', 'web:dev']]);
      // Without --rm, a container that is gone was removed by someone else: say nothing.
      assert.strictEqual(stoppedAfterStart(lookOf({ commandLine: 'docker run -d web:dev', output: id, exitCode: 0 }), '[]\n'), undefined);
    });

    it('log lines holding backticks stay inside their block', () => {
      const { look, stopped } = explainRecorded('exit-1');
      const failure = explainAfterStart(look, stopped!, 'see ```this```\nend\n');
      assert.match(failure.markdown, /````text\nsee ```this```\nend\n````/);
    });
  });

  describe('from docker compose ps -a --format json (quoted from docker/compose)', () => {
    const fixtures = (JSON.parse(fs.readFileSync(path.join(fixturesDir, 'compose-ps.json'), 'utf8')) as { fixtures: ComposeFixture[] }).fixtures;
    for (const f of fixtures) {
      it(f.name, () => {
        assert.ok(f.source.includes('docker/compose') || f.source.startsWith('as above'), f.source);
        const look = lookOf({ commandLine: f.commandLine, output: '', exitCode: 0, cwd: '/home/learner/shop' });
        const stopped = stoppedAfterStart(look, f.stdout);
        if (!f.expect) { assert.strictEqual(stopped, undefined); return; }
        assert.deepStrictEqual(stopped && { name: stopped.name, id: stopped.id, exitCode: stopped.exitCode, restarting: stopped.restarting }, f.expect);
        const failure = explainAfterStart(look, stopped!, 'Traceback (most recent call last):\nKeyError: \'DATABASE_URL\'\n');
        assert.strictEqual(failure.code, 'ExitedAtOnce');
        assert.match(failure.markdown, /docker compose up -d/);
        assert.match(failure.markdown, /KeyError: 'DATABASE_URL'/);
        assert.deepStrictEqual(failure.fixes[0].argv, ['docker', 'logs', f.expect.name]);
        assert.deepStrictEqual(afterStartLogsArgv(look, stopped!), ['docker', 'logs', '--tail', '20', f.expect.id]);
      });
    }

    it('up of named services looks only at those', () => {
      const lines = fixtures[0].stdout;
      assert.strictEqual(stoppedAfterStart(lookOf({ commandLine: 'docker compose up -d db', output: '', exitCode: 0 }), lines), undefined);
      assert.strictEqual(stoppedAfterStart(lookOf({ commandLine: 'docker compose up -d web', output: '', exitCode: 0 }), lines)?.name, 'shop-web-1');
    });
  });
});
