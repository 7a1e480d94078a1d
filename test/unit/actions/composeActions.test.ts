// SPDX-License-Identifier: MIT
// Compose lens actions: argv, ranges, the compose command setting, and refusals.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { composeActions, range, type DockerAction } from '../../../src/core/index';
import { composeParseCount } from '../../../src/core/compose/composeDocument';
import { joinLines } from '../helpers';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const ws = '/home/me/project';
const file = { path: `${ws}/compose.yaml`, workspaceFolder: ws };

function byKind(actions: DockerAction[], kind: string): DockerAction[] {
  return actions.filter((a) => a.kind === kind);
}

describe('composeActions: samples/docker-compose.yml', () => {
  const composeFile = path.join(repoRoot, 'samples', 'docker-compose.yml');
  const text = fs.readFileSync(composeFile, 'utf8');
  const lines = text.split('\n');
  const actions = composeActions(text, { path: composeFile, workspaceFolder: path.join(repoRoot, 'samples') });

  it('puts Up (detached), Up (attached), Up --build and Down on `services:`', () => {
    const servicesLine = lines.indexOf('services:');
    const top = actions.filter((a) => a.range.start.line === servicesLine);
    assert.deepStrictEqual(top.map((a) => a.argv), [
      ['docker', 'compose', '-f', 'docker-compose.yml', 'up', '-d'],
      ['docker', 'compose', '-f', 'docker-compose.yml', 'up'],
      ['docker', 'compose', '-f', 'docker-compose.yml', 'up', '-d', '--build'],
      ['docker', 'compose', '-f', 'docker-compose.yml', 'down'],
    ]);
    assert.deepStrictEqual(top[0].range, range(servicesLine, 0, servicesLine, 'services'.length));
    assert.deepStrictEqual(top.map((a) => a.title), ['$(run-all) Up', '$(debug-console) Up (attached)', '$(tools) Up --build', '$(debug-stop) Down']);
    // The tooltip is the command line, then how to follow the logs of a detached Up.
    assert.strictEqual(top[0].tooltip.split('\n')[0], 'docker compose -f docker-compose.yml up -d');
    assert.match(top[0].tooltip, /background \(-d\)[\s\S]*docker compose -f docker-compose.yml logs -f$/);
    // Only the attached Up holds a terminal, one of its own.
    assert.deepStrictEqual(top.map((a) => a.terminal), [undefined, 'up (attached)', undefined, undefined]);
  });

  it('puts Up, Logs and Shell on each service key', () => {
    for (const svc of ['backend-flask', 'frontend-react-js', 'db']) {
      const line = lines.indexOf(`  ${svc}:`);
      const own = actions.filter((a) => a.range.start.line === line);
      assert.deepStrictEqual(own.map((a) => a.argv.slice(4)), [['up', '-d', svc], ['logs', '-f', svc], ['exec', svc, 'sh']], svc);
      assert.deepStrictEqual(own.map((a) => a.terminal), [undefined, `logs ${svc}`, undefined], svc);
      assert.match(own[0].tooltip, new RegExp(`Logs: docker compose -f docker-compose.yml logs -f ${svc}$`));
      assert.deepStrictEqual(own[0].range, range(line, 2, line, 2 + svc.length));
      assert.strictEqual(own[0].cwd, path.join(repoRoot, 'samples'));
    }
  });
});

describe('composeActions: edge cases', () => {
  it('offers nothing without services, with an empty map, or for text that is not a map', () => {
    for (const text of ['', 'name: x\nvolumes:\n  data:', 'services:', 'services: {}', 'services:\n  - a', '- a\n- b', '{{{']) {
      assert.deepStrictEqual(composeActions(text, file), [], JSON.stringify(text));
    }
  });

  it('keeps service names with dots and dashes and lets services with profiles be started by name', () => {
    const text = joinLines(
      'services:',
      '  web.v2:',
      '    image: nginx',
      '  debug-tools:',
      '    image: busybox',
      '    profiles: [debug]',
    );
    const ups = byKind(composeActions(text, file), 'compose.upService');
    // Naming a service on the command line enables its profiles (compose-spec, profiles chapter).
    assert.deepStrictEqual(ups.map((a) => a.argv), [
      ['docker', 'compose', '-f', 'compose.yaml', 'up', '-d', 'web.v2'],
      ['docker', 'compose', '-f', 'compose.yaml', 'up', '-d', 'debug-tools'],
    ]);
    assert.deepStrictEqual(ups.map((a) => a.title), ['$(play) Up web.v2', '$(play) Up debug-tools']);
  });

  it('uses the docker-compose binary or the docker CLI plugin, by setting', () => {
    const text = 'services:\n  web:\n    image: nginx\n';
    assert.deepStrictEqual(byKind(composeActions(text, file, { composeCommand: 'docker-compose' }), 'compose.up')[0].argv,
      ['docker-compose', '-f', 'compose.yaml', 'up', '-d']);
    assert.deepStrictEqual(byKind(composeActions(text, file, { dockerPath: '/usr/local/bin/docker' }), 'compose.down')[0].argv,
      ['/usr/local/bin/docker', 'compose', '-f', 'compose.yaml', 'down']);
    assert.deepStrictEqual(byKind(composeActions(text, file, { execShell: 'bash' }), 'compose.shell')[0].argv.slice(-2), ['web', 'bash']);
  });

  it('refuses a service that would read as an option or breaks the grammar, and only that one', () => {
    const text = joinLines('services:', '  "-d":', '    image: a', '  "a b":', '    image: b', '  ok:', '    image: c');
    const actions = composeActions(text, file);
    const refused = actions.filter((a) => a.error);
    assert.strictEqual(refused.length, 6);
    // A refused service's tooltip is only the reason.
    for (const a of refused) assert.strictEqual(a.tooltip, a.error);
    for (const a of refused) assert.deepStrictEqual(a.argv, []);
    assert.match(refused[0].error ?? '', /starts with "-"/);
    assert.match(refused[3].error ?? '', /not a valid service name/);
    assert.strictEqual(byKind(actions, 'compose.upService').filter((a) => !a.error).length, 1);
    assert.strictEqual(byKind(actions, 'compose.up')[0].error, undefined);
  });

  it('passes a path with spaces and quotes as one -f argument', () => {
    const odd = { path: `${ws}/my "odd" dir's/docker-compose.yml`, workspaceFolder: ws };
    const up = byKind(composeActions('services:\n  web:\n    image: nginx\n', odd), 'compose.up')[0];
    assert.deepStrictEqual(up.argv, ['docker', 'compose', '-f', `my "odd" dir's/docker-compose.yml`, 'up', '-d']);
    assert.strictEqual(up.tooltip.split('\n')[0], `docker compose -f 'my "odd" dir'\\''s/docker-compose.yml' up -d`);
  });

  it('shares one parse per text with the compose hovers', () => {
    const text = 'services:\n  cached:\n    image: nginx\n';
    const before = composeParseCount();
    composeActions(text, file);
    composeActions(text, file);
    assert.strictEqual(composeParseCount() - before, 1);
  });
});

describe('composeActions: the auto setting', () => {
  const text = 'services:\n  web:\n    image: nginx\n';
  it('uses what the probe found, and says so in the tooltip', () => {
    const plugin = composeActions(text, file, { composeCommand: 'auto', composeFound: 'docker compose' });
    assert.deepStrictEqual(byKind(plugin, 'compose.down')[0].argv, ['docker', 'compose', '-f', 'compose.yaml', 'down']);
    assert.match(byKind(plugin, 'compose.down')[0].tooltip, /Compose: docker compose \(found on this machine; dockerCoach.compose.command is auto\)/);
    const standalone = composeActions(text, file, { composeFound: 'docker-compose' });
    assert.deepStrictEqual(byKind(standalone, 'compose.down')[0].argv, ['docker-compose', '-f', 'compose.yaml', 'down']);
    assert.match(byKind(standalone, 'compose.down')[0].tooltip, /Compose: docker-compose \(found/);
  });

  it('assumes the plugin until the probe answers, and a set program wins over the probe', () => {
    assert.deepStrictEqual(byKind(composeActions(text, file), 'compose.down')[0].argv.slice(0, 2), ['docker', 'compose']);
    const set = composeActions(text, file, { composeCommand: 'docker compose', composeFound: 'docker-compose' });
    assert.deepStrictEqual(byKind(set, 'compose.down')[0].argv.slice(0, 2), ['docker', 'compose']);
    assert.doesNotMatch(byKind(set, 'compose.down')[0].tooltip, /found on this machine/);
  });

  it('refuses every compose lens when neither program answered, and explains v1 and v2', () => {
    const actions = composeActions(text, file, { composeFound: 'none' });
    assert.ok(actions.length > 0);
    for (const a of actions) {
      assert.deepStrictEqual(a.argv, []);
      assert.match(a.title, /^\$\(warning\) .*: cannot run$/);
      assert.match(a.error ?? '', /Compose is not installed/);
      assert.strictEqual(a.missing, 'compose');
      assert.match(a.error ?? '', /v2, a plugin of the docker CLI/);
      assert.match(a.error ?? '', /standalone program, Compose v1/);
      assert.match(a.error ?? '', /dockerCoach\.compose\.command/);
      // Plain text: it shows in a warning message, which renders no markdown.
      assert.doesNotMatch(a.error ?? '', /`/);
    }
  });

  it('says how to get Compose on the learner\'s platform', () => {
    // Sources: docs.docker.com/compose/install/ (Docker Desktop includes Compose; on Linux, the docker-compose-plugin package).
    const linux = composeActions(text, file, { composeFound: 'none', platform: 'linux' })[0];
    assert.match(linux.error ?? '', /docker-compose-plugin package/);
    const mac = composeActions(text, file, { composeFound: 'none', platform: 'darwin' })[0];
    assert.match(mac.error ?? '', /On macOS, install Docker Desktop/);
    assert.doesNotMatch(mac.error ?? '', /docker-compose-plugin/);
  });

  it('a name refusal is not a missing program', () => {
    const bad = composeActions('services:\n  "-d":\n    image: a\n', file, { composeFound: 'docker compose' });
    assert.ok(bad.some((a) => a.error));
    assert.ok(bad.every((a) => a.missing === undefined));
  });
});
