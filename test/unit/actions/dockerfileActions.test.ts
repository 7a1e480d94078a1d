// SPDX-License-Identifier: MIT
// Dockerfile lens actions: argv, cwd, ranges and refusals, on the sample and on edge cases.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { dockerfileActions, range, type DockerAction } from '../../../src/core/index';
import { joinLines } from '../helpers';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

/** The one action of `kind`; fails when there is none or several. */
function one(actions: DockerAction[], kind: string): DockerAction {
  const found = actions.filter((a) => a.kind === kind);
  assert.strictEqual(found.length, 1, `expected one ${kind}, got ${found.length}`);
  return found[0];
}

const ws = '/home/me/project';

describe('dockerfileActions: samples/backend-flask/Dockerfile', () => {
  const file = path.join(repoRoot, 'samples', 'backend-flask', 'Dockerfile');
  const text = fs.readFileSync(file, 'utf8');
  const actions = dockerfileActions(text, { path: file, workspaceFolder: path.join(repoRoot, 'samples') });
  const fromLine = text.split('\n').findIndex((l) => l.startsWith('FROM'));

  it('builds with the folder name as tag, the file and its folder as context, from the workspace folder', () => {
    const build = one(actions, 'dockerfile.build');
    assert.deepStrictEqual(build.argv, ['docker', 'build', '-t', 'backend-flask:dev', '-f', 'backend-flask/Dockerfile', 'backend-flask']);
    assert.strictEqual(build.cwd, path.join(repoRoot, 'samples'));
    assert.strictEqual(build.tooltip, 'docker build -t backend-flask:dev -f backend-flask/Dockerfile backend-flask');
    assert.strictEqual(build.title, '$(tools) Build');
    assert.strictEqual(build.range.start.line, fromLine);
  });
  it('runs with the EXPOSEd ${PORT} resolved from its ARG default', () => {
    assert.deepStrictEqual(one(actions, 'dockerfile.run').argv,
      ['docker', 'run', '--rm', '-it', '-p', '4567:4567', '--name', 'backend-flask-dev', 'backend-flask:dev']);
  });
  it('shells into the container by the same name', () => {
    assert.deepStrictEqual(one(actions, 'dockerfile.shell').argv, ['docker', 'exec', '-it', 'backend-flask-dev', 'sh']);
  });
  it('offers no stage builds when no stage is named', () => {
    assert.strictEqual(actions.filter((a) => a.kind === 'dockerfile.buildStage').length, 0);
  });
});

describe('dockerfileActions: edge cases', () => {
  const file = { path: `${ws}/api/Dockerfile`, workspaceFolder: ws };

  it('publishes nothing without EXPOSE', () => {
    const run = one(dockerfileActions(joinLines('FROM alpine', 'CMD ["sh"]'), file), 'dockerfile.run');
    assert.deepStrictEqual(run.argv, ['docker', 'run', '--rm', '-it', '--name', 'api-dev', 'api:dev']);
  });

  it('publishes each port of several EXPOSE lines, with ranges, /udp and ARG/ENV values, once each', () => {
    const text = joinLines(
      'ARG GLOBAL=1111',
      'FROM alpine',
      'ARG PORT=4567',
      'ENV METRICS=9100',
      'EXPOSE ${PORT} 53/udp',
      'EXPOSE 8000-8010 $METRICS/tcp 80/TCP',
      'EXPOSE ${UNSET:-7000} 4567 ${GLOBAL} 70000 abc',
    );
    const run = one(dockerfileActions(text, file), 'dockerfile.run');
    // ${GLOBAL} is a global ARG not declared again in the stage, so it has no value there: left out.
    assert.deepStrictEqual(run.argv.slice(4, -3), [
      '-p', '4567:4567', '-p', '53:53/udp', '-p', '8000-8010:8000-8010', '-p', '9100:9100', '-p', '80:80', '-p', '7000:7000',
    ]);
  });

  it('takes ports from the final stage and the stages it is built on, not from others', () => {
    const text = joinLines(
      'FROM node AS build', 'EXPOSE 3000',
      'FROM python AS base', 'EXPOSE 5000',
      'FROM base', 'EXPOSE 8080',
    );
    const run = one(dockerfileActions(text, file), 'dockerfile.run');
    assert.deepStrictEqual(run.argv.filter((a) => a.includes(':') && !a.startsWith('api')), ['5000:5000', '8080:8080']);
  });

  it('follows FROM to a stage as BuildKit does: a name used twice means the latest one above, and a tag or capitals make an image name', () => {
    const ports = (...lines: string[]) => one(dockerfileActions(joinLines(...lines), file), 'dockerfile.run').argv.filter((a) => /^\d+:\d+$/.test(a));
    // dockerfile2llb (convert.go) adds each stage's name as it goes, so `FROM build` finds the second `build`.
    assert.deepStrictEqual(ports('FROM alpine AS build', 'EXPOSE 1111', 'FROM alpine AS build', 'EXPOSE 2222', 'FROM build'), ['2222:2222']);
    assert.deepStrictEqual(ports('FROM alpine AS build', 'EXPOSE 1111', 'FROM build:latest', 'EXPOSE 2222'), ['2222:2222']);
    assert.deepStrictEqual(ports('FROM alpine AS build', 'EXPOSE 1111', 'FROM Build', 'EXPOSE 2222'), ['2222:2222']);
  });

  it('offers nothing until a FROM names an image (K2 of the 2026-12-06 walkthrough: lenses on a file holding only F)', () => {
    // BuildKit cannot build these: "no build stage in current context" (frontend/dockerfile/instructions/commands.go)
    // and "FROM requires either one or three arguments" (instructions/parse.go).
    for (const text of ['F', 'FRO', 'FROM', 'FROM ', 'FROM --platform=linux/amd64', joinLines('# just a comment', 'RUN echo hi')]) {
      assert.deepStrictEqual(dockerfileActions(text, file), [], JSON.stringify(text));
    }
    const typed = dockerfileActions(joinLines('# just a comment', 'FROM a'), file);
    assert.deepStrictEqual(typed.map((a) => a.kind), ['dockerfile.build', 'dockerfile.run', 'dockerfile.shell']);
    for (const a of typed) assert.deepStrictEqual(a.range, range(1, 0, 1, 4));
  });

  it('offers nothing for an empty file', () => {
    assert.deepStrictEqual(dockerfileActions('', file), []);
    assert.deepStrictEqual(dockerfileActions('# only a comment\n', file), []);
  });

  it('passes a Dockerfile.dev with -f and still tags by folder', () => {
    const build = one(dockerfileActions('FROM alpine', { path: `${ws}/api/Dockerfile.dev`, workspaceFolder: ws }), 'dockerfile.build');
    assert.deepStrictEqual(build.argv, ['docker', 'build', '-t', 'api:dev', '-f', 'api/Dockerfile.dev', 'api']);
  });

  it('adds one Build stage per named stage, with --target, on the stage name', () => {
    const text = joinLines('FROM golang AS Builder', 'RUN go build', 'FROM scratch AS final', 'FROM scratch');
    const stages = dockerfileActions(text, file).filter((a) => a.kind === 'dockerfile.buildStage');
    assert.deepStrictEqual(stages.map((a) => a.argv), [
      ['docker', 'build', '--target', 'builder', '-t', 'api:dev-builder', '-f', 'api/Dockerfile', 'api'],
      ['docker', 'build', '--target', 'final', '-t', 'api:dev-final', '-f', 'api/Dockerfile', 'api'],
    ]);
    assert.deepStrictEqual(stages[0].range, range(0, 15, 0, 22)); // on `Builder`
    assert.strictEqual(stages[0].title, '$(layers) Build stage Builder');
  });

  it('keeps paths with spaces and quotes as single arguments and quotes them in the tooltip', () => {
    const odd = `${ws}/my "odd" app's/Dockerfile`;
    const build = one(dockerfileActions('FROM alpine', { path: odd, workspaceFolder: ws }), 'dockerfile.build');
    assert.deepStrictEqual(build.argv, ['docker', 'build', '-t', 'my-odd-app-s:dev', '-f', `my "odd" app's/Dockerfile`, `my "odd" app's`]);
    assert.strictEqual(build.tooltip, `docker build -t my-odd-app-s:dev -f 'my "odd" app'\\''s/Dockerfile' 'my "odd" app'\\''s'`);
    const fish = one(dockerfileActions('FROM alpine', { path: odd, workspaceFolder: ws }, { shell: 'fish' }), 'dockerfile.build');
    assert.strictEqual(fish.tooltip, `docker build -t my-odd-app-s:dev -f 'my "odd" app\\'s/Dockerfile' 'my "odd" app\\'s'`);
  });

  it('writes a relative path that starts with "-" as ./-..., so it is never an option', () => {
    const build = one(dockerfileActions('FROM alpine', { path: `${ws}/-rf/Dockerfile`, workspaceFolder: ws }), 'dockerfile.build');
    assert.deepStrictEqual(build.argv.slice(-3), ['-f', './-rf/Dockerfile', './-rf']);
    assert.strictEqual(build.argv[3], 'rf:dev');
  });

  it('works outside any workspace, from the Dockerfile\'s own folder', () => {
    for (const ctx of [{ path: '/tmp/x/Dockerfile' }, { path: '/tmp/x/Dockerfile', workspaceFolder: ws }]) {
      const build = one(dockerfileActions('FROM alpine', ctx), 'dockerfile.build');
      assert.strictEqual(build.cwd, '/tmp/x');
      assert.deepStrictEqual(build.argv.slice(-3), ['-f', 'Dockerfile', '.']);
    }
  });

  it('follows the settings: docker path, tag template, context, run args, exec shell', () => {
    const actions = dockerfileActions('FROM alpine\nEXPOSE 80', file, {
      dockerPath: '/opt/docker bin/docker', tagTemplate: 'registry.local:5000/team/${folder}:v1', buildContext: '.',
      runArgs: ['-e', 'A=1 2'], execShell: 'bash -l',
    });
    assert.deepStrictEqual(one(actions, 'dockerfile.build').argv,
      ['/opt/docker bin/docker', 'build', '-t', 'registry.local:5000/team/project:v1', '-f', 'api/Dockerfile', '.']);
    assert.deepStrictEqual(one(actions, 'dockerfile.run').argv.slice(1),
      ['run', '--rm', '-it', '-p', '80:80', '-e', 'A=1 2', '--name', 'registry.local-5000-team-project-v1', 'registry.local:5000/team/project:v1']);
    assert.deepStrictEqual(one(actions, 'dockerfile.shell').argv.slice(-2), ['bash', '-l']);
  });
});

describe('dockerfileActions: refusals', () => {
  const file = { path: `${ws}/api/Dockerfile`, workspaceFolder: ws };

  it('refuses a tag that starts with "-" and says why, with no argv', () => {
    const actions = dockerfileActions('FROM alpine', file, { tagTemplate: '--privileged' });
    for (const a of actions) {
      assert.deepStrictEqual(a.argv, []);
      assert.match(a.error ?? '', /starts with "-"/);
      assert.strictEqual(a.tooltip, a.error);
      assert.match(a.title, /^\$\(warning\) /);
    }
  });

  it('refuses a tag that breaks the image reference grammar', () => {
    for (const tag of ['Upper:dev', 'a b:dev', 'x:-y', 'x::y', 'a..b', 'a/:x', `x:${'t'.repeat(129)}`]) {
      const build = one(dockerfileActions('FROM alpine', file, { tagTemplate: tag }), 'dockerfile.build');
      assert.ok(build.error, `${tag} should be refused`);
      assert.deepStrictEqual(build.argv, []);
    }
  });

  it('refuses a stage name outside the BuildKit grammar but keeps the other actions', () => {
    const actions = dockerfileActions('FROM alpine AS 1st', file);
    assert.match(one(actions, 'dockerfile.buildStage').error ?? '', /not a valid stage name/);
    assert.strictEqual(one(actions, 'dockerfile.build').error, undefined);
  });
});
