// SPDX-License-Identifier: MIT
import * as assert from 'assert';
import { explainDockerfile, range } from '../../../src/core/index';
import { dockerfileParseCount } from '../../../src/core/dockerfile/model';
import { dockerfileIndexBuilds } from '../../../src/core/dockerfile/indexStats';
import { joinLines, positionOf } from '../helpers';

const md = (text: string, needle: string, offset = 1, nth = 0) => explainDockerfile(text, positionOf(text, needle, offset, nth))?.markdown ?? '';

describe('explainDockerfile: variables', () => {
  const text = joinLines(
    'ARG VERSION=3.12',
    'ARG DISTRO=slim',
    'FROM python:${VERSION}-${DISTRO} AS base',
    'ARG VERSION',
    'ARG PORT=4567',
    'ENV APP_HOME=/app',
    'RUN echo $VERSION $DISTRO $PORT ${APP_HOEM} ${DEBUG:-0} ${EXTRA:+--verbose} $TARGETARCH',
    'CMD echo $PORT $APP_HOME',
    'ENV abc=hello',
    'ENV abc=bye def=$abc',
    'FROM base AS test',
    'RUN echo $APP_HOME \'$PORT\' \\$PORT',
    'CMD ["echo", "$APP_HOME"]',
  );

  it('shows where a variable is defined and its value in this stage', () => {
    const hover = explainDockerfile(text, positionOf(text, '$PORT', 1))!;
    assert.deepStrictEqual(hover.range, range(6, 26, 6, 31));
    assert.match(hover.markdown, /^`\$PORT` · variable · ARG/);
    assert.match(hover.markdown, /Declared by `ARG PORT=4567` on line 5: its default is `4567`; `docker build --build-arg PORT=\.\.\.` replaces it\./);
    assert.match(md(text, '$APP_HOME', 1), /Set by `ENV APP_HOME=\/app` on line 6: `\$APP_HOME` is `\/app` here\./);
  });

  it('follows ARG scope across FROM: global, redeclared, and not redeclared', () => {
    assert.match(md(text, '${VERSION}', 3), /Global `ARG VERSION=3\.12` on line 1: its default is `3\.12`/);
    assert.match(md(text, '$VERSION'), /Declared by `ARG VERSION` on line 4, which takes the default `3\.12` from the global `ARG` on line 1\./);
    const distro = md(text, '$DISTRO');
    assert.match(distro, /out of scope/);
    assert.match(distro, /declared before the first `FROM`, so it is visible in `FROM` lines only/);
    assert.match(distro, /Add `ARG DISTRO` \(no value\) inside this stage/);
  });

  it('calls out an undefined variable and suggests the close name, but not when it has a fallback', () => {
    const typo = md(text, '${APP_HOEM}', 3);
    assert.match(typo, /variable · not set in this file/);
    assert.match(typo, /Not set in this file: no `ARG` or `ENV` in this stage sets `\$APP_HOEM` before this line\. It may come from the base image/);
    assert.match(typo, /Did you mean `\$APP_HOME`\?/);
    assert.match(typo, /\*\*Watch out\*\*/);
    const fallback = md(text, '${DEBUG:-0}', 3);
    assert.match(fallback, /If `DEBUG` is unset or empty, `0` is used instead\./);
    assert.doesNotMatch(fallback, /Watch out/);
    assert.match(md(text, '${EXTRA:+--verbose}', 3), /If `EXTRA` is set and not empty, this becomes `--verbose`; otherwise it is empty\./);
  });

  it('knows the predefined platform ARGs need an ARG line inside a stage', () => {
    const arch = md(text, '$TARGETARCH');
    assert.match(arch, /predefined ARG/);
    assert.match(arch, /only in the global scope/);
    assert.match(arch, /Add `ARG TARGETARCH` \(no value\) in this stage/);
  });

  it('warns that ARG values are gone when a shell-form CMD runs', () => {
    const port = md(text, '$PORT', 1, 1);
    assert.match(port, /when the container runs this `CMD`/);
    assert.match(port, /`ARG` values exist only during the build/);
    assert.doesNotMatch(md(text, '$APP_HOME', 1, 0), /exist only during the build/);
  });

  it('uses the value from before the instruction, as the builder does', () => {
    assert.match(md(text, '$abc'), /Set by `ENV abc=hello` on line 9: `\$abc` is `hello` here\./);
  });

  it('finds definitions in the stage this one builds on, and handles quotes, escapes and exec form', () => {
    assert.match(md(text, '$APP_HOME', 1, 2), /on line 6 in stage `base`, which this stage builds on/);
    assert.match(md(text, "'$PORT'", 2), /Inside single quotes, so it stays the literal text `\$PORT`\./);
    assert.strictEqual(explainDockerfile(text, positionOf(text, '\\$PORT', 2)), undefined, 'an escaped $ is not a variable');
    assert.match(md(text, '"$APP_HOME"', 2), /Exec form has no shell, so `\$APP_HOME` is passed on as those literal characters/);
  });

  it('follows ENV V=$V back to the ARG default, and knows shell variables and quoting inside $(...)', () => {
    const chain = joinLines('FROM alpine', 'ARG VERSION=3.9.3', 'ENV VERSION=$VERSION', 'RUN echo $VERSION "$(awk \'{ print $NF }\' f)" $PWD $apkArch');
    assert.match(md(chain, '$VERSION', 1, 1), /Set by `ENV VERSION=\$VERSION` on line 3: `\$VERSION` is `\$VERSION` here \(`3\.9\.3` with the default build arguments\)\./);
    assert.match(md(chain, '$NF'), /Inside single quotes, so it stays the literal text `\$NF`\./);
    assert.match(md(chain, '$PWD'), /shell variable[\s\S]*the shell sets it to the current folder/);
    assert.match(md(chain, '$apkArch'), /variable · not set in this file/);
  });

  it('explains a variable on a continuation line', () => {
    const cont = joinLines('FROM alpine', 'ARG NAME=world', 'RUN echo hello \\', '    $NAME');
    const hover = explainDockerfile(cont, { line: 3, character: 6 })!;
    assert.deepStrictEqual(hover.range, range(3, 4, 3, 9));
    assert.match(hover.markdown, /`ARG NAME=world` on line 2/);
  });
});

describe('explainDockerfile: stages and base images', () => {
  const text = joinLines(
    'FROM node:20-alpine AS deps',
    'FROM deps AS build',
    'FROM ghcr.io/acme/tools/node:20@sha256:0123456789abcdef0123456789abcdef AS tools',
    'FROM nginx',
    'COPY --from=build /app/dist /usr/share/nginx/html',
  );

  it('explains AS name: multi-stage, users, and whether it is the final stage', () => {
    const hover = explainDockerfile(text, positionOf(text, 'deps', 1))!;
    assert.deepStrictEqual(hover.range, range(0, 23, 0, 27));
    assert.match(hover.markdown, /^`AS deps` · build stage · multi-stage build/);
    assert.match(hover.markdown, /Used on line 2\./);
    assert.match(hover.markdown, /Not the last stage/);
    assert.match(md(text, 'AS build', 4), /Used on line 5\./);
  });

  it('explains no stage on ONBUILD FROM, which BuildKit refuses as a trigger (it named the stage the line is in)', () => {
    const onbuild = joinLines('FROM golang:1.22 AS tools', 'ONBUILD FROM tools AS lint', 'COPY --from=tools /x /y');
    for (const word of ['lint', 'tools AS']) {
      const hover = explainDockerfile(onbuild, positionOf(onbuild, word, 1));
      assert.doesNotMatch(hover?.markdown ?? '', /build stage/, word);
    }
  });

  it('points FROM <stage> to that stage and its line', () => {
    const hover = md(text, 'deps AS build');
    assert.match(hover, /^`deps` · build stage · not an image/);
    assert.match(hover, /Points to the stage `deps`: `FROM node:20-alpine AS deps` on line 1\./);
  });

  it('splits an image reference and states tag facts', () => {
    const alpine = md(text, 'node:20', 2);
    assert.match(alpine, /`library\/<name>`: the namespace of the Docker Official Images/);
    assert.match(alpine, /Tag: `20-alpine`\./);
    assert.match(alpine, /musl C library/);
    const full = md(text, 'ghcr.io', 2);
    assert.match(full, /Registry: `ghcr\.io`\./);
    assert.match(full, /Namespace: `acme\/tools`/);
    assert.match(full, /Name: `node`\./);
    assert.match(full, /The digest pins the exact image content/);
    assert.match(full, /the digest decides/);
    assert.match(md(text, 'nginx', 2), /No tag, so Docker uses `:latest`/);
    assert.match(md('FROM scratch\nCOPY app /', 'scratch', 2), /`scratch` is the empty image/);
  });

  it('fills in global ARG defaults in the image', () => {
    const withArg = joinLines('ARG TAG=3.12-slim', 'FROM python:${TAG}');
    const hover = md(withArg, 'python', 2);
    assert.match(hover, /With the default build arguments this is `python:3\.12-slim`\./);
    assert.match(hover, /`slim` variant/);
  });
});

describe('explainDockerfile: EXPOSE, USER, WORKDIR, ENV, LABEL, STOPSIGNAL, VOLUME', () => {
  it('gives ports, protocols, docker run -p and compose ports', () => {
    const text = joinLines('FROM alpine', 'ARG PORT=4567', 'EXPOSE ${PORT} 53/udp 80:80');
    const keyword = md(text, 'EXPOSE', 0);
    // One bullet for all ports and one `-p` example for all of them (issue 11: no bullet per port).
    assert.match(keyword, /Container ports `4567` TCP \(from `\$\{PORT\}`\), `53` UDP\./);
    assert.match(keyword, /`docker run -p 4567:4567 -p 53:53\/udp <image>`, or in compose `ports: \["4567:4567", "53:53\/udp"\]`/);
    assert.match(keyword, /`80:80` has a host part/);
    assert.match(md(text, '53/udp'), /^`53\/udp` · exposed port · documentation only/);
  });

  it('warns when USER is root', () => {
    const text = joinLines('FROM alpine', 'USER root', 'USER 1000:1000');
    const root = md(text, 'USER', 0);
    assert.match(root, /That is root, the all-powerful user\./);
    assert.match(root, /line 3 switches back to `1000:1000`/);
    assert.doesNotMatch(md(text, 'USER', 0, 1), /all-powerful/);
  });

  it('resolves a relative WORKDIR against the earlier one', () => {
    const text = joinLines('FROM alpine', 'WORKDIR /srv', 'WORKDIR app/../web', 'ENV DIR=static', 'WORKDIR $DIR');
    assert.match(md(text, 'WORKDIR app', 0), /continues from the `WORKDIR` on line 2, so the folder is `\/srv\/web`\./);
    assert.match(md(text, 'WORKDIR $DIR', 0), /so the folder is `\/srv\/web\/static`/);
    assert.match(md('FROM alpine\nWORKDIR app', 'WORKDIR', 0), /Start with an absolute path/);
  });

  it('explains the legacy ENV form, OCI label keys, signals and volumes', () => {
    const text = joinLines('FROM alpine', 'ENV GREETING hello world', 'LABEL org.opencontainers.image.source="https://github.com/me/app"',
      'STOPSIGNAL 9', 'VOLUME /data /logs');
    assert.match(md(text, 'ENV', 0), /Legacy form `ENV <key> <value>`: it sets one variable, `GREETING`, to everything after the first space: `hello world`\./);
    const label = md(text, 'org.opencontainers');
    assert.match(label, /^`org\.opencontainers\.image\.source` · LABEL key · OCI standard/);
    assert.match(label, /source code/);
    assert.match(md(text, 'STOPSIGNAL', 0), /`docker stop` sends `9`, that is `SIGKILL` \(signal 9\)/);
    assert.match(md(text, 'VOLUME', 0), /anonymous volume at `\/data`, `\/logs`/);
  });

  it('works with the backtick escape directive', () => {
    const text = joinLines('# escape=`', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'ARG DIR=C:\\app', 'RUN --network=none `', '    echo $DIR');
    assert.match(md(text, '--network'), /no network at all/);
    assert.match(md(text, '$DIR'), /Declared by `ARG DIR=C:\\app` on line 3/);
    assert.match(md(text, 'escape', 1), /Backtick becomes the escape character/);
  });
});

describe('explainDockerfile: parsing and indexing once', () => {
  it('does not parse or index again for a second hover on flags, variables and stages', () => {
    const text = joinLines('ARG V=1', 'FROM alpine:3.20-parsed-once-by-variablesAndStages AS build', 'ARG V', 'RUN --mount=type=cache,target=/c echo $V', 'FROM build', 'COPY --from=build /a /b');
    const positions = [positionOf(text, '$V', 1), positionOf(text, 'type=cache', 6), positionOf(text, 'AS build', 4), positionOf(text, '--from', 3), positionOf(text, 'build', 1, 1)];
    const parses = dockerfileParseCount();
    for (const p of positions) assert.ok(explainDockerfile(text, p));
    const builds = dockerfileIndexBuilds();
    for (const p of positions) assert.ok(explainDockerfile(text, p));
    assert.strictEqual(dockerfileParseCount() - parses, 1, 'parsed once');
    assert.strictEqual(dockerfileIndexBuilds(), builds, 'no index rebuilt by the second round');
  });
});
