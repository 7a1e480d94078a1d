// SPDX-License-Identifier: MIT
// Docker's messages in one table (knowledge/dockerErrors.ts): every wording has an output from the fixtures
// that shows it, every message is read by exactly one failure kind, and that kind's explanation says the
// message's sentence. Then F15 of the accuracy audit of 2026-12-06: the current engine's and Compose's words,
// as the audit quotes them, give their kinds.
import * as assert from 'assert';
import { explainDockerFailure, failureKinds } from '../../../src/core/index';
import { plainOutput } from '../../../src/core/failures/commandContext';
import { dockerErrors } from '../../../src/core/knowledge/dockerErrors';
import { quotedFixtures, recordedFixtures } from './fixtures';

const fixtures = [...recordedFixtures(), ...quotedFixtures()];
const cwd = '/home/learner/app';

describe('Docker messages in one place', () => {
  it('the catalogue has at least 80 kinds', () => {
    assert.ok(failureKinds.length >= 80, `${failureKinds.length} kinds`);
  });

  for (const [id, message] of Object.entries(dockerErrors)) {
    it(`${id}: each wording is shown by a fixture, one kind reads it, and says its sentence`, () => {
      message.patterns.forEach((pattern, i) => {
        assert.ok(fixtures.some((f) => pattern.test(plainOutput(f.output))), `wording ${i} of ${id} (${pattern.source}) has no fixture`);
      });
      const readers = failureKinds.filter((k) => k.patterns === message.patterns);
      assert.strictEqual(readers.length, 1, `${id} is read by ${readers.map((k) => k.code).join(', ') || 'no kind'}`);
      const shown = fixtures.filter((f) => f.kind === readers[0].code);
      assert.ok(shown.length > 0);
      for (const f of shown) assert.ok(explainDockerFailure(f)!.markdown.includes(message.says), `${f.name} does not say the sentence of ${id}`);
      assert.match(message.says, /^[^\n]{20,260}[.)]$/, 'one sentence, ending in a full stop');
    });
  }
});

describe('Failure explanations: F15 of the accuracy audit of 2026-12-06', () => {
  it('1. Engine 28 port in use is AddressInUse, with the port and another host port to try', () => {
    const f = explainDockerFailure({ commandLine: 'docker run -d -p 5432:5432 postgres:16', exitCode: 125, cwd,
      output: 'docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint db (9e1f): failed to bind host port for 0.0.0.0:5432:172.17.0.2:5432/tcp: address already in use\n' });
    assert.strictEqual(f?.code, 'AddressInUse');
    assert.match(f!.markdown, /Port 5432 on this machine/);
    assert.ok(f!.fixes.some((x) => x.argv.join(' ') === 'docker run -d -p 5433:5432 postgres:16'));
  });

  it('2. cannot remove container "/web": container is running gives ContainerRunning with stop and rm -f for web', () => {
    const f = explainDockerFailure({ commandLine: 'docker rm web', exitCode: 1, cwd,
      output: 'Error response from daemon: cannot remove container "/web": container is running: stop the container before removing or force remove\n' });
    assert.strictEqual(f?.code, 'ContainerRunning');
    assert.deepStrictEqual(f!.fixes.map((x) => x.argv.join(' ')), ['docker stop web', 'docker rm -f web']);
  });

  it('3. Compose health dependencies: no healthcheck, and unhealthy with its logs', () => {
    const none = explainDockerFailure({ commandLine: 'docker compose up', exitCode: 1, cwd, output: 'dependency failed to start: container proj-db-1 has no healthcheck configured\n' });
    assert.strictEqual(none?.code, 'ComposeNoHealthcheck');
    assert.match(none!.markdown, /`healthcheck:`/);
    const sick = explainDockerFailure({ commandLine: 'docker compose up', exitCode: 1, cwd, output: 'dependency failed to start: container proj-db-1 is unhealthy\n' });
    assert.strictEqual(sick?.code, 'ComposeDependencyUnhealthy');
    assert.ok(sick!.fixes.some((x) => x.argv.join(' ') === 'docker logs --tail 50 proj-db-1'));
  });

  it('4. required variable API_KEY is missing a value names the variable and the .env file', () => {
    const f = explainDockerFailure({ commandLine: 'docker compose up', exitCode: 1, cwd, output: 'required variable API_KEY is missing a value\n' });
    assert.strictEqual(f?.code, 'ComposeRequiredVariable');
    assert.match(f!.markdown, /`API_KEY=\.\.\.`.*`\.env`/);
  });

  it('5. unable to prepare context: path "…/backend" not found is BuildContextNotFound, for docker build and compose', () => {
    for (const commandLine of ['docker build -t web ./backend', 'docker compose build']) {
      const f = explainDockerFailure({ commandLine, exitCode: 1, cwd, output: 'unable to prepare context: path "/home/learner/app/backend" not found\n' });
      assert.strictEqual(f?.code, 'BuildContextNotFound', commandLine);
      assert.match(f!.markdown, /`\/home\/learner\/app\/backend`/);
    }
  });
});

describe('Failure explanations: fixes of the new kinds', () => {
  it('--restart with --rm offers the run without either, and nothing else', () => {
    const f = explainDockerFailure({ commandLine: 'docker run --rm --restart=always web', exitCode: 125, cwd, output: 'docker: conflicting options: cannot specify both --restart and --rm\n' });
    assert.deepStrictEqual(f?.fixes.map((x) => x.argv.join(' ')), ['docker run --rm web', 'docker run --restart=always web']);
  });

  it('a relative -v source gets ./ in front; an already relative one gets no fix', () => {
    const output = (src: string) => `docker: Error response from daemon: create ${src}: "${src}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path\n`;
    const f = explainDockerFailure({ commandLine: 'docker run -v data/x:/data web', exitCode: 125, cwd, output: output('data/x') });
    assert.deepStrictEqual(f?.fixes.map((x) => x.argv.join(' ')), ['docker run -v ./data/x:/data web']);
  });

  it('a misspelt protocol is corrected only where the spelling is close', () => {
    const close = explainDockerFailure({ commandLine: 'docker run -p 8080:80/tcpp web', exitCode: 125, cwd, output: 'docker: invalid proto: tcpp\n' });
    assert.deepStrictEqual(close?.fixes.map((x) => x.argv.join(' ')), ['docker run -p 8080:80/tcp web']);
    const far = explainDockerFailure({ commandLine: 'docker run -p 8080:80/http web', exitCode: 125, cwd, output: 'docker: invalid proto: http\n' });
    assert.strictEqual(far?.code, 'InvalidPortProtocol');
    assert.deepStrictEqual(far?.fixes, []);
  });

  it('a login fix logs in to the registry the image names, Docker Hub when it names none', () => {
    const out = 'Error response from daemon: Get "https://ghcr.io/v2/": unauthorized: authentication required\n';
    assert.deepStrictEqual(explainDockerFailure({ commandLine: 'docker pull ghcr.io/team/api:1', exitCode: 1, cwd, output: out })?.fixes.map((x) => x.argv.join(' ')), ['docker login ghcr.io']);
    assert.deepStrictEqual(explainDockerFailure({ commandLine: 'docker pull team/api:1', exitCode: 1, cwd, output: out })?.fixes.map((x) => x.argv.join(' ')), ['docker login']);
  });

  it('compose exec into a stopped service offers to start that service', () => {
    const f = explainDockerFailure({ commandLine: 'docker compose -f dev.yaml exec web sh', exitCode: 1, cwd, output: 'service "web" is not running\n' });
    assert.deepStrictEqual(f?.fixes.map((x) => x.argv.join(' ')), ['docker compose -f dev.yaml up -d web', 'docker compose -f dev.yaml ps -a']);
  });
});
