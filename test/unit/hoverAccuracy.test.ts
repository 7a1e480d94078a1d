// SPDX-License-Identifier: MIT
// Issue 11, "Hover accuracy, second pass": one test per numbered error and per teaching problem, each on
// the exact line the issue quotes.
import * as assert from 'assert';
import { explainCompose, explainDockerfile, explainShell } from '../../src/core/index';
import { joinLines, positionOf } from './helpers';

/** The hover's markdown; a missing hover fails the test, so a `doesNotMatch` alone can never pass on nothing. */
function shown(hover: { markdown: string } | undefined, needle: string): string {
  assert.ok(hover, `no hover on ${needle}`);
  return hover.markdown;
}
const df = (text: string, needle: string, offset = 0, nth = 0): string =>
  shown(explainDockerfile(text, positionOf(text, needle, offset, nth)), needle);
const yml = (text: string, needle: string, offset = 0, nth = 0): string =>
  shown(explainCompose(text, positionOf(text, needle, offset, nth)), needle);
const sh = (text: string, needle: string, offset = 0, nth = 0): string =>
  shown(explainShell(text, positionOf(text, needle, offset, nth)), needle);

describe('issue 11: factual errors', () => {
  it('1. SHELL is used by shell-form RUN, CMD and ENTRYPOINT', () => {
    const text = joinLines('FROM debian:12', 'SHELL ["/bin/bash","-o","pipefail","-c"]', 'RUN curl -s x | tar x', 'CMD echo hi', 'ENTRYPOINT exec python app.py');
    for (const keyword of ['RUN', 'CMD', 'ENTRYPOINT']) {
      const md = df(text, keyword, 0, keyword === 'RUN' ? 0 : 0);
      assert.match(md, /`\/bin\/bash -o pipefail -c` \(set by `SHELL` on line 2\)/, keyword);
      assert.doesNotMatch(md, /\/bin\/sh -c/, keyword);
    }
  });

  it('1. under a PowerShell SHELL, $null is not an undefined POSIX variable', () => {
    const text = joinLines('FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'SHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]', 'RUN if ($null -eq $x) { exit 1 }');
    const md = df(text, '$null', 1);
    assert.match(md, /PowerShell variable/);
    assert.doesNotMatch(md, /undefined|Not set in this file/);
    assert.match(df(text, 'RUN'), /runs through `powershell -Command/);
  });

  it('2. ENTRYPOINT exec python app.py makes python PID 1', () => {
    const md = df(joinLines('FROM python:3.12', 'ENTRYPOINT exec python app.py'), 'ENTRYPOINT');
    assert.match(md, /`exec` makes the shell replace itself with the program, so the program becomes PID 1/);
    assert.doesNotMatch(md, /does not get signals/);
  });

  it('3. USER ${RUNTIME_USER:-nobody} is expanded before user and group are split', () => {
    const text = joinLines('FROM alpine', 'USER ${RUNTIME_USER:-nobody}');
    const md = df(text, 'USER');
    assert.match(md, /run as user `\$\{RUNTIME_USER:-nobody\}` \(`nobody` unless a build argument changes it\)\./);
    assert.doesNotMatch(md, /with group|user `\$\{RUNTIME_USER`/);
  });

  it('4. CMD with an exec-form ENTRYPOINT supplies its default arguments', () => {
    const text = joinLines('FROM python:3.12', 'ENTRYPOINT ["python","app.py"]', 'CMD ["--port","8080"]');
    const md = df(text, 'CMD');
    assert.match(md, /items are default arguments, so the container runs `python app\.py --port 8080`/);
    assert.match(md, /`docker run <image> bash` runs `python app\.py bash`/);
    assert.doesNotMatch(md, /PID 1|runs `bash` instead/);
  });

  it('5. FROM only sees ARGs before the first FROM, and points at the in-stage ARG', () => {
    const text = joinLines('FROM alpine AS base', 'ARG VER=3.19', 'FROM alpine:${VER} AS app');
    const md = df(text, '${VER}', 2);
    assert.match(md, /`ARG` lines before the first `FROM`/);
    assert.match(md, /`ARG VER` on line 2 is inside a stage, so this `FROM` cannot see it/);
    assert.doesNotMatch(md, /base image's environment|ARG` and `ENV` lines above it/);
  });

  it('6. # check=skip=jsonargsrecommended is invalid: check names are Pascal case', () => {
    const md = df(joinLines('# check=skip=jsonargsrecommended', 'FROM alpine'), 'check');
    assert.match(md, /`jsonargsrecommended` is invalid, so this line does not skip that check.*`JSONArgsRecommended`/);
    assert.doesNotMatch(md, /Skips the checks/);
  });

  it('7. ADD extracts a local .tar.gz, downloads a URL and clones a Git address', () => {
    const text = joinLines('FROM alpine', 'ADD rootfs.tar.gz /', 'ADD https://example.com/a.txt /a.txt', 'ADD https://github.com/moby/buildkit.git#v0.14.1 /src');
    assert.match(df(text, 'ADD', 0, 0), /`rootfs\.tar\.gz` is a local tar archive, so `ADD` unpacks it/);
    assert.match(df(text, 'ADD', 0, 1), /Downloads `https:\/\/example\.com\/a\.txt`/);
    assert.match(df(text, 'ADD', 0, 2), /Clones the Git repository .* without its `\.git` folder unless `--keep-git-dir`/);
    for (let i = 0; i < 3; i++) assert.doesNotMatch(df(text, 'ADD', 0, i), /^- Copies/m);
  });

  it('8. pre_start is a Compose key, and so are its children', () => {
    const text = joinLines('services:', '  app:', '    image: myapp', '    pre_start:', '      - command: ["./manage.py", "migrate"]');
    assert.doesNotMatch(yml(text, 'pre_start'), /not a Compose key|did you mean/i);
    assert.doesNotMatch(yml(text, 'command'), /not a Compose key/);
  });

  it('9. an exec-form command that starts a shell is interpreted by that shell, in compose and Dockerfiles', () => {
    const text = joinLines('services:', '  app:', '    image: alpine', '    command: ["sh", "-euc", "echo $$HOME && ls | wc -l"]');
    const md = yml(text, 'echo');
    assert.match(md, /starts the shell `sh` with a command string: that shell interprets the script/);
    assert.doesNotMatch(md, /No shell runs/);
    assert.match(yml(text, 'command'), /starts the shell `sh`/);
    assert.match(df(joinLines('FROM alpine', 'CMD ["sh", "-euc", "echo $HOME && ls"]'), 'CMD'), /the program it starts is the shell `sh` with a command string/);
  });

  it('10. restart: always brings a container stopped by hand back only when the daemon restarts', () => {
    const md = yml(joinLines('services:', '  db:', '    image: postgres:16', '    restart: always'), 'always');
    assert.match(md, /A container you stop by hand stays stopped until the Docker daemon restarts/);
    assert.doesNotMatch(md, /restart whenever the container stops/i);
  });
});

describe('issue 11: teaching problems', () => {
  it('EXPOSE 8080/udp 443 builds its Watch out from its own ports', () => {
    const md = df(joinLines('FROM alpine', 'EXPOSE 8080/udp 443'), 'EXPOSE');
    assert.doesNotMatch(md, /4567/);
    assert.match(md, /-p 8080:8080\/udp/);
    assert.strictEqual((md.match(/To reach/g) ?? []).length, 1, 'one "To reach" bullet for all ports');
  });

  it('restart: on-failure:5 talks about 5 tries', () => {
    const md = yml(joinLines('services:', '  w:', '    image: busybox:1', '    restart: on-failure:5'), 'on-failure');
    assert.match(md, /at most 5 restarts/);
    assert.doesNotMatch(md, /on-failure:3|\b3 tries/);
  });

  it('a Python heredoc is not told to start with set -e', () => {
    const text = joinLines('FROM python:3.12', 'RUN <<EOT python3', 'print("hi")', 'EOT');
    assert.doesNotMatch(df(text, '<<EOT'), /set -e/);
    assert.match(df(text, 'python3', 0, 0), /`python3` reads and runs the lines up to the delimiter/);
  });

  it('docker run -it … -d is not promised an interactive terminal', () => {
    const md = sh('docker run -it --name x -d nginx:1.27', '-it', 1);
    assert.match(md, /`-d` on this line starts the container in the background, so nothing is attached/);
  });

  it('arguments after --entrypoint sh myapp go to the entrypoint', () => {
    const md = sh('docker run --entrypoint sh myapp -c "echo hi"', 'run', 1);
    assert.match(md, /passed as arguments to `sh`, the `--entrypoint`/);
  });

  it('FROM scratch, FROM <stage> and digest-pinned images are not told to pin the tag', () => {
    const text = joinLines('FROM golang:1.22 AS build', 'FROM scratch', 'FROM build AS test', 'FROM alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', 'FROM alpine');
    for (let i = 0; i < 4; i++) assert.doesNotMatch(df(text, 'FROM', 0, i), /\bpin\b|version tag/i, `FROM #${i}`);
    assert.match(df(text, 'FROM', 0, 4), /`alpine` means `alpine:latest`/);
  });

  it('HEALTHCHECK NONE is not told to install curl, and NONE has a hover', () => {
    const text = joinLines('FROM alpine', 'HEALTHCHECK NONE');
    assert.doesNotMatch(df(text, 'HEALTHCHECK'), /curl|installed/);
    assert.match(df(text, 'NONE'), /Any health check inherited from the base image is switched off/);
    assert.match(df(joinLines('FROM alpine', 'HEALTHCHECK CMD wget -q -O- http://localhost:80/'), 'HEALTHCHECK'), /`wget` must be installed in the image/);
  });

  it('an in-stage ARG is not told about ARGs before the first FROM', () => {
    const md = df(joinLines('FROM node:20', 'ARG NODE_ENV=production'), 'ARG');
    assert.doesNotMatch(md, /before the first `FROM`/);
  });

  it('ARG NPM_TOKEN declares without setting, with the SecretsUsedInArgOrEnv explanation', () => {
    const text = joinLines('FROM node:20', 'ARG NPM_TOKEN');
    const md = df(text, 'ARG');
    assert.match(md, /Declares `NPM_TOKEN` without setting it/);
    assert.doesNotMatch(md, /Sets `NPM_TOKEN`/);
    assert.match(md, /SecretsUsedInArgOrEnv/);
    assert.doesNotMatch(md, /never pass secrets this way/);
    assert.match(df(text, 'NPM_TOKEN'), /Declares `NPM_TOKEN` without setting it[\s\S]*SecretsUsedInArgOrEnv/);
  });

  it('COPY . . after WORKDIR /app sends the whole build context into /app', () => {
    const md = df(joinLines('FROM node:20', 'WORKDIR /app', 'COPY . .'), 'COPY');
    assert.match(md, /The whole build context .* into `\.`, that is `\/app` \(relative to the `WORKDIR` on line 2\)/);
  });

  it('ONBUILD ONBUILD is invalid', () => {
    assert.match(df(joinLines('FROM alpine', 'ONBUILD ONBUILD RUN echo'), 'ONBUILD'), /`ONBUILD ONBUILD` is not allowed/);
  });

  it('--network=host and --security=insecure explain the entitlement', () => {
    const text = joinLines('# syntax=docker/dockerfile:1', 'FROM alpine', 'RUN --network=host apk add curl', 'RUN --security=insecure make');
    assert.match(df(text, '--network'), /`network\.host` is an \*entitlement\*.*`--allow-insecure-entitlement network\.host`.*`docker buildx build --allow network\.host/);
    assert.match(df(text, '--security'), /`security\.insecure` is an \*entitlement\*/);
  });

  it('a flag newer than the file\'s # syntax= pin says so', () => {
    const text = joinLines('# syntax=docker/dockerfile:1.2', 'FROM alpine', 'RUN --network=none make');
    assert.match(df(text, '--network'), /needs Dockerfile syntax 1\.3 or later, but this file pins `docker\/dockerfile:1\.2`/);
  });

  it('mounting /var/run/docker.sock in compose warns that it controls Docker', () => {
    const md = yml(joinLines('services:', '  agent:', '    image: portainer/agent:2', '    volumes:', '      - /var/run/docker.sock:/var/run/docker.sock'), '/var/run');
    assert.match(md, /control of Docker itself/);
  });

  it('--rm with --restart is an error', () => {
    assert.match(sh('docker run --rm --restart always nginx:1.27', '--rm'), /`--rm` and `--restart` on the same line is an error/);
    assert.match(sh('docker run --rm --restart always nginx:1.27', '--restart'), /is an error/);
  });

  it('ports with network_mode: host is an error, on the ports hover too', () => {
    const text = joinLines('services:', '  web:', '    image: nginx:1.27', '    network_mode: host', '    ports:', '      - "8080:80"');
    for (const needle of ['ports', '8080:80', 'network_mode']) assert.match(yml(text, needle), /port mapping must not be used with it/, needle);
  });

  it('$GOPATH and $APP_UID are "not set in this file", not undefined', () => {
    const text = joinLines('FROM golang:1.22', 'RUN cd $GOPATH/src && chown $APP_UID .');
    for (const v of ['GOPATH', 'APP_UID']) {
      const md = df(text, v);
      assert.match(md, /not set in this file/, v);
      assert.match(md, /may come from the base image/, v);
      assert.doesNotMatch(md, /· undefined/, v);
    }
  });

  it('the 127.0.0.1 port sentence reads as a sentence', () => {
    const md = yml(joinLines('services:', '  db:', '    image: postgres:16', '    ports:', '      - "127.0.0.1:5432:5432"'), '127.0.0.1');
    assert.match(md, /Connections to host port `5432` on `127\.0\.0\.1` only \(so only this machine can connect\) go to container port `5432`/);
  });

  it('repeated bullets are merged: $$, one "To reach" per EXPOSE, one "only the last CMD"', () => {
    const yaml = joinLines('services:', '  a:', '    image: alpine', '    command: sh -c "echo $$A $$B $$C $$D $$E $$F $$G $$H"');
    assert.strictEqual((yml(yaml, 'echo').match(/is a literal/g) ?? []).length, 1);
    assert.match(yml(yaml, 'echo'), /\(8 times here\)/);
    assert.strictEqual((df(joinLines('FROM alpine', 'EXPOSE 80 443 8080 9090'), 'EXPOSE').match(/To reach/g) ?? []).length, 1);
    const cmd = df(joinLines('FROM alpine', 'CMD ["a"]', 'CMD ["b"]'), 'CMD');
    assert.strictEqual((cmd.match(/only the last/gi) ?? []).length, 1);
  });

  it('STOPSIGNAL 9 says the app cannot shut down cleanly', () => {
    assert.match(df(joinLines('FROM alpine', 'STOPSIGNAL 9'), 'STOPSIGNAL'), /the app cannot shut down cleanly/);
  });

  it('-f in docker compose -f x up belongs to docker compose', () => {
    const md = sh('docker compose -f x.yaml up', '-f');
    assert.match(md, /^`-f file` · docker compose ·/);
    assert.match(md, /an option of `docker compose` itself, not of `up`/);
  });

  it('positions that had no hover: ARG/ENV names, AS, label keys, ADD sources', () => {
    const text = joinLines('FROM node:20 AS build', 'ARG VERSION=1.0', 'ENV NODE_ENV=production', 'LABEL maintainer="me"', 'ADD https://example.com/x.tgz /tmp/', 'ADD git@github.com:moby/buildkit.git /src');
    assert.match(df(text, 'AS'), /called `build`/);
    assert.match(df(text, 'VERSION'), /Declares `VERSION` with the default `1\.0`/);
    assert.match(df(text, 'NODE_ENV'), /Sets `NODE_ENV` to `production`/);
    assert.match(df(text, 'maintainer'), /Stores `"me"` under `maintainer`/);
    assert.match(df(text, 'https://'), /`ADD` downloads the file/);
    assert.match(df(text, 'git@'), /`ADD` clones the repository/);
  });

  it('CLI positions that had no hover', () => {
    const cases: [string, string, RegExp][] = [
      ['docker rm -f web', '-f', /running container, killing it first/],
      ['docker compose build --no-cache', '--no-cache', /instead of reusing cached layers/],
      ['docker compose down --rmi local', '--rmi', /Also deletes images/],
      ['docker compose logs --tail 50 web', '--tail', /this many lines from the end/],
      ['docker system prune -a', '-a', /every image no container uses/],
      ['docker run --cpus 1.5 -m 512m nginx:1.27', '--cpus', /counted in CPUs/],
      ['docker run --cpus 1.5 -m 512m nginx:1.27', '-m', /hard memory limit/],
      ['docker build --progress plain .', '--progress', /`plain`/],
    ];
    for (const [line, needle, re] of cases) assert.match(sh(line, needle), re, line);
  });
});
