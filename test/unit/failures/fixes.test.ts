// SPDX-License-Identifier: MIT
// The fixes a failure offers: exact argv for the examples the issue names, names from the output checked
// before they reach an argv, odd input answered calmly, and the adapter's helpers.
import * as assert from 'assert';
import { dockerProgramOf, explainDockerFailure, failureFilesFor, maxOutputChars } from '../../../src/core/index';
import { recordedFixtures } from './fixtures';

const byName = new Map(recordedFixtures().map((f) => [f.name, f]));
const fixesOf = (name: string) => explainDockerFailure(byName.get(name)!)!.fixes.map((f) => f.argv);

describe('Failure fixes', () => {
  it('name conflict: docker rm -f <name>, then docker start <name>', () => {
    assert.deepStrictEqual(fixesOf('name-conflict'), [['docker', 'rm', '-f', 'coach-rec-web'], ['docker', 'start', 'coach-rec-web']]);
  });

  it('port allocated: who holds the port, remove the created container, the same run on the next host port', () => {
    const f = byName.get('port-allocated')!;
    const port = Number(/127\.0\.0\.1:(\d+):80/.exec(f.commandLine)![1]);
    const fixes = fixesOf('port-allocated');
    assert.deepStrictEqual(fixes[0], ['docker', 'ps', '--filter', `publish=${port}`]);
    assert.deepStrictEqual(fixes[1], ['docker', 'rm', 'coach-rec-port-b']);
    assert.deepStrictEqual(fixes[2], ['docker', 'run', '-d', '--name', 'coach-rec-port-b', '-p', `127.0.0.1:${port + 1}:80`, 'coach-rec-base:dev', 'busybox', 'sleep', '600']);
  });

  it('docker build without a context: the same build with .', () => {
    assert.deepStrictEqual(fixesOf('build-no-context'), [['docker', 'build', '-t', 'coach-rec-app', '.']]);
  });

  it('compose v1 against v2: the other spelling, same arguments', () => {
    assert.deepStrictEqual(fixesOf('compose-standalone-missing'), [['docker', 'compose', 'up', '-d']]);
    assert.deepStrictEqual(fixesOf('compose-plugin-missing-flag'), [['docker-compose', 'up', '-d']]);
  });

  it('flag after the image: the flags moved before it', () => {
    assert.deepStrictEqual(fixesOf('flag-after-image'), [['docker', 'run', '--rm', '--network', 'none', '-p', '8080:80', 'coach-rec-base:dev']]);
  });

  it('not a TTY: -it becomes -i', () => {
    assert.deepStrictEqual(fixesOf('not-a-tty'), [['docker', 'run', '-i', '--rm', '--network', 'none', 'coach-rec-base:dev', 'sh']]);
  });

  it('every fix runs in the command\'s folder and shows its command line as the tooltip', () => {
    for (const f of byName.values()) {
      for (const fix of explainDockerFailure(f)?.fixes ?? []) {
        assert.strictEqual(fix.cwd, f.cwd);
        assert.ok(fix.tooltip.length > 0 && fix.argv.length > 0);
        assert.match(fix.kind, /^failure\./);
      }
    }
  });

  it('names the socket, and says the docker group equals root', () => {
    const md = explainDockerFailure(byName.get('socket-permission')!)!.markdown;
    assert.match(md, /may not open its socket `unix:\/\/\/var\/run\/docker\.sock`/);
    assert.match(md, /membership of the `docker` group is the same as having root/);
  });

  it('a name from the output that is not a valid container name never reaches an argv', () => {
    const output = 'docker: Error response from daemon: Conflict. The container name "/web$(reboot)" is already in use by container "0123abcd". You have to remove (or rename) that container to be able to reuse that name.';
    const failure = explainDockerFailure({ commandLine: 'docker run --name web nginx', output, exitCode: 125 });
    assert.strictEqual(failure?.code, 'NameConflict');
    for (const fix of failure!.fixes) assert.ok(fix.argv.every((a) => !a.includes('$(')), fix.argv.join(' '));
  });

  it('a command line with a variable gives no fix that repeats it', () => {
    const failure = explainDockerFailure({ commandLine: 'docker build -t $TAG', output: "docker: 'docker build' requires 1 argument", exitCode: 1 });
    assert.strictEqual(failure?.code, 'BuildMissingContext');
    assert.deepStrictEqual(failure?.fixes, []);
  });

  it('sudo stays in front of docker fixes', () => {
    const failure = explainDockerFailure({ commandLine: 'sudo docker exec -it web sh', output: 'Error response from daemon: Container 0123abcd is not running', exitCode: 1 });
    assert.deepStrictEqual(failure?.fixes.map((f) => f.argv), [['sudo', 'docker', 'logs', '--tail', '50', 'web'], ['sudo', 'docker', 'start', 'web'], ['sudo', 'docker', 'inspect', '--format', '{{.Config.Image}}', 'web']]);
  });

  it('calm answers to odd input: not docker, success, empty, huge, wrong types', () => {
    assert.strictEqual(explainDockerFailure({ commandLine: 'ls /nope', output: 'Cannot connect to the Docker daemon at unix:///x. Is the docker daemon running?', exitCode: 2 }), undefined);
    assert.strictEqual(explainDockerFailure({ commandLine: 'docker ps', output: '', exitCode: 1 }), undefined);
    assert.strictEqual(explainDockerFailure({ commandLine: 'docker ps', output: 'No such container: x', exitCode: 0 }), undefined);
    assert.strictEqual(explainDockerFailure(null as never), undefined);
    assert.strictEqual(explainDockerFailure({ commandLine: 42, output: {}, exitCode: 'x' } as never), undefined);
    const huge = 'x'.repeat(maxOutputChars * 3) + '\nError response from daemon: No such container: web\n';
    assert.strictEqual(explainDockerFailure({ commandLine: 'docker logs web', output: huge, exitCode: 1 })?.code, 'NoSuchContainer');
    // Counted, not timed: only the last maxOutputChars of the output are read, so the same error before them is not seen.
    const early = '\nError response from daemon: No such container: web\n' + 'x'.repeat(maxOutputChars * 3);
    assert.strictEqual(explainDockerFailure({ commandLine: 'docker logs web', output: early, exitCode: 1 }), undefined);
  });

  it('escape sequences in terminal output do not hide the words', () => {
    const output = '\x1b]633;C\x07\x1b[31mdocker: Error response from daemon: Conflict. The container name "/web" is already in use by container "0123abcd".\x1b[0m\r\n';
    assert.strictEqual(explainDockerFailure({ commandLine: 'docker run --name web nginx', output, exitCode: 125 })?.code, 'NameConflict');
  });

  it('dockerProgramOf finds docker, docker-compose and podman after sudo and VAR= prefixes, and nothing else', () => {
    assert.strictEqual(dockerProgramOf('docker ps'), 'docker');
    assert.strictEqual(dockerProgramOf('sudo -E docker build .'), 'docker');
    assert.strictEqual(dockerProgramOf('DOCKER_HOST=unix:///x docker ps'), 'docker');
    assert.strictEqual(dockerProgramOf('env FOO=1 /usr/bin/docker-compose up'), 'docker-compose');
    assert.strictEqual(dockerProgramOf('podman run nginx'), 'podman');
    assert.strictEqual(dockerProgramOf('cd app && docker compose up'), 'docker');
    assert.strictEqual(dockerProgramOf('echo docker ps'), undefined);
    assert.strictEqual(dockerProgramOf('dockerd'), undefined);
    assert.strictEqual(dockerProgramOf(''), undefined);
  });

  it('failureFilesFor names the Dockerfile, .dockerignore and compose files a command reads', () => {
    assert.deepStrictEqual(failureFilesFor('docker build -t web .', '/w'), ['/w/Dockerfile', '/w/.dockerignore']);
    assert.deepStrictEqual(failureFilesFor('docker build -f docker/Dockerfile.prod -t web app', '/w'), ['/w/docker/Dockerfile.prod', '/w/app/.dockerignore']);
    assert.deepStrictEqual(failureFilesFor('docker compose -f dev.yml up', '/w'), ['/w/dev.yml']);
    assert.deepStrictEqual(failureFilesFor('docker-compose up', '/w'), ['/w/compose.yaml', '/w/compose.yml', '/w/docker-compose.yml', '/w/docker-compose.yaml']);
    assert.deepStrictEqual(failureFilesFor('docker run web', '/w'), []);
  });

  it('quotes the learner\'s notes about the command', async () => {
    const { indexNotes } = await import('../../../src/core/index');
    const notes = indexNotes([{ path: '/n/week1.md', text: '# Week 1\n- `docker run` makes a new container every time, so names clash\n' }]);
    const f = byName.get('name-conflict')!;
    assert.match(explainDockerFailure({ ...f, notes })!.markdown, /From your notes[\s\S]*names clash/);
  });
});
