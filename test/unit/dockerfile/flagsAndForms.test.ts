// SPDX-License-Identifier: MIT
import * as assert from 'assert';
import { explainDockerfile, range } from '../../../src/core/index';
import { dockerfileExplainerFailures } from '../../../src/core/dockerfile/hover';
import { joinLines, positionOf } from '../helpers';

const md = (text: string, needle: string, offset = 1, nth = 0) => explainDockerfile(text, positionOf(text, needle, offset, nth))?.markdown ?? '';

describe('explainDockerfile: flags', () => {
  it('explains a flag with the value written in this line', () => {
    const text = joinLines('FROM alpine', 'COPY --chown=app:staff --chmod=750 src/ /app/');
    const chown = explainDockerfile(text, positionOf(text, '--chown', 3))!;
    assert.deepStrictEqual(chown.range, range(1, 5, 1, 22));
    assert.match(chown.markdown, /^`--chown` · COPY flag · default: 0:0 \(root\)/);
    assert.match(chown.markdown, /Files belong to user `app` and group `staff`\./);
    assert.match(md(text, '--chmod'), /`750`: owner `rwx`, group `r-x`, others `---`\./);
  });

  it('gives HEALTHCHECK durations in words, against their defaults', () => {
    const text = joinLines('FROM alpine', 'HEALTHCHECK --interval=1m30s --retries=5 --timeout=10 CMD true');
    assert.match(md(text, '--interval'), /Checks every 1 minute 30 seconds \(default 30s\)\./);
    assert.match(md(text, '--retries'), /`5` failed checks in a row mark the container `unhealthy` \(default 3\)\./);
    assert.match(md(text, '--timeout'), /`10` is not a duration: write it with a unit/);
  });

  it('says when a flag belongs to another instruction, or suggests the closest one', () => {
    const text = joinLines('FROM alpine', 'RUN --chmod=755 make', 'COPY --chowm=app a b');
    const wrong = md(text, '--chmod');
    assert.match(wrong, /^`--chmod` · unknown flag/);
    assert.match(wrong, /`--chmod` belongs to `ADD` and `COPY`, not `RUN`\./);
    assert.match(md(text, '--chowm'), /Did you mean `--chown`\?/);
  });

  it('points --from to the stage and its line, by name or by number, and knows images', () => {
    const text = joinLines('FROM golang:1.22 AS build', 'RUN go build -o /app', 'FROM scratch', 'COPY --from=build /app /app', 'COPY --from=0 /etc/ssl /etc/ssl', 'COPY --from=nginx:1.27 /etc/nginx /nginx');
    assert.match(md(text, '--from=build', 8), /Points to the stage `build`: `FROM golang:1\.22 AS build` on line 1\./);
    assert.match(md(text, '--from=0', 8), /Stage number 0 counts `FROM` lines from 0: it is `FROM golang:1\.22 AS build` on line 1\./);
    assert.match(md(text, '--from=nginx', 8), /`nginx:1\.27` is not a stage of this file, so it is an image/);
  });

  it('says a --from inside ONBUILD is looked up in the child build', () => {
    const text = joinLines('FROM alpine AS base', 'ONBUILD COPY --from=base /a /b');
    assert.match(md(text, '--from', 3), /a stage of that name must exist in the child Dockerfile/);
  });

  it('explains --platform values, including $BUILDPLATFORM', () => {
    const text = joinLines('FROM --platform=linux/arm64 alpine', 'FROM --platform=$BUILDPLATFORM golang AS build');
    assert.match(md(text, '--platform'), /Uses the `linux` \/ `arm64` version of the base image/);
    assert.match(md(text, '--platform', 1, 1), /`\$BUILDPLATFORM` is the machine running the build/);
  });

  it('finds a flag on a continuation line', () => {
    const text = joinLines('FROM alpine', 'RUN --network=none \\', '    --security=insecure \\', '    make');
    const hover = explainDockerfile(text, { line: 2, character: 8 })!;
    assert.deepStrictEqual(hover.range, range(2, 4, 2, 23));
    assert.match(hover.markdown, /like `docker run --privileged`/);
  });
});

describe('explainDockerfile: RUN --mount', () => {
  const text = joinLines(
    'FROM alpine AS deps',
    'FROM alpine',
    'RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\',
    '    --mount=type=secret,id=npmrc,dst=/root/.npmrc \\',
    '    --mount=type=bind,from=deps,source=/out,target=/in,sharing=shared \\',
    '    --mount=target=/src \\',
    '    --mount=type=cahce,target=/x,colour=red make',
  );

  it('explains the mount as a whole on `--mount`', () => {
    const hover = explainDockerfile(text, positionOf(text, '--mount', 3))!;
    assert.deepStrictEqual(hover.range, range(2, 4, 2, 11));
    assert.match(hover.markdown, /A `cache` mount at `\/var\/cache\/apt`/);
    assert.match(md(text, '--mount=target=/src', 3), /No `type=` given, so it is a `bind` mount\./);
  });

  it('explains the option under the cursor, for this mount type', () => {
    const sharing = md(text, 'sharing=locked', 2);
    assert.match(sharing, /^`sharing` · --mount option · type=cache/);
    assert.match(sharing, /`locked`: a second writer waits until the first one is done/);
    assert.match(md(text, 'id=npmrc'), /Must match the id given to `docker build --secret id=\.\.\.`/);
    assert.match(md(text, 'dst='), /`dst` is another spelling of `target`/);
    assert.match(md(text, 'from=deps', 6), /Points to the stage `deps`: `FROM alpine AS deps` on line 1\./);
  });

  it('says when an option does not belong to the type, and catches typos', () => {
    assert.match(md(text, 'sharing=shared', 2), /`sharing` is not an option of a `bind` mount; it belongs to `cache`\./);
    const type = md(text, 'type=cahce', 6);
    assert.match(type, /unknown mount type/);
    assert.match(type, /Did you mean `cache`\?/);
    assert.match(md(text, 'colour'), /`colour` is not a `--mount` option/);
  });
});

describe('explainDockerfile: parser directives', () => {
  it('explains a directive at the top and its value', () => {
    const text = joinLines('# syntax=docker/dockerfile:1.7', '# check=skip=JSONArgsRecommended;error=true', '', 'FROM alpine');
    const syntax = explainDockerfile(text, { line: 0, character: 4 })!;
    assert.deepStrictEqual(syntax.range, range(0, 2, 0, 30));
    assert.match(syntax.markdown, /Pinned to a minor version/);
    const check = md(text, 'check', 1);
    assert.match(check, /Skips the checks `JSONArgsRecommended`\./);
    assert.match(check, /A failing check fails the build/);
  });

  it('calls a directive after a blank line, a comment or an instruction a plain comment, and says why', () => {
    const blank = joinLines('', '# syntax=docker/dockerfile:1', 'FROM alpine');
    assert.match(md(blank, 'syntax'), /plain comment[\s\S]*first blank line \(line 1\)/);
    const comment = joinLines('# my app', '# escape=`', 'FROM alpine');
    assert.match(md(comment, 'escape'), /first ordinary comment \(line 1\)/);
    const twice = joinLines('# syntax=a', '# syntax=b', 'FROM alpine');
    assert.match(md(twice, 'syntax', 1, 1), /each directive may be used only once/);
    assert.match(md(twice, 'syntax'), /parser directive/);
  });

  it('returns nothing for an ordinary comment', () => {
    assert.strictEqual(explainDockerfile('# hello=world\nFROM alpine', { line: 0, character: 3 }), undefined);
  });
});

describe('explainDockerfile: forms and here-documents', () => {
  it('sees exec form after RUN flags, and warns about SHELL not in JSON', () => {
    const text = joinLines('FROM alpine', 'RUN --network=none ["make", "all"]', 'SHELL /bin/bash -c');
    assert.match(md(text, 'RUN', 0), /Exec form \(a JSON array with double quotes\)/);
    assert.match(md(text, 'SHELL', 0), /`SHELL` must be a JSON array/);
  });

  it('explains HEALTHCHECK CMD with its form and its timing', () => {
    const text = joinLines('FROM alpine', 'HEALTHCHECK --interval=5m CMD ["curl", "-f", "http://localhost/"]');
    const hover = explainDockerfile(text, positionOf(text, 'CMD', 1))!;
    assert.match(hover.markdown, /^`HEALTHCHECK CMD`/);
    assert.match(hover.markdown, /Exec form/);
    assert.match(hover.markdown, /`--interval` `5m`, `--timeout` `30s` \(default\)/);
  });

  it('explains how CMD and ENTRYPOINT combine in every form', () => {
    const shellEntry = joinLines('FROM alpine', 'ENTRYPOINT ping localhost', 'CMD ["-c", "3"]');
    assert.match(md(shellEntry, 'ENTRYPOINT', 0), /ignores `CMD`[\s\S]*the `CMD` on line 3 has no effect/);
    assert.match(md(shellEntry, 'CMD', 0), /in shell form, which ignores `CMD`: this line has no effect/);
    const shellCmd = joinLines('FROM alpine', 'ENTRYPOINT ["ping"]', 'CMD localhost');
    assert.match(md(shellCmd, 'CMD', 0), /appended to it as `\/bin\/sh -c \.\.\.` arguments/);
    const two = joinLines('FROM alpine', 'ENTRYPOINT ["a"]', 'ENTRYPOINT ["b"]');
    assert.match(md(two, 'ENTRYPOINT', 0), /Overridden: ENTRYPOINT on line 3/);
  });

  it('explains a RUN here-document marker and its delimiter', () => {
    const text = joinLines('FROM alpine', 'RUN <<EOF', 'apk add curl', 'curl -V', 'EOF', 'RUN <<EOT bash', 'set -e', 'EOT');
    const marker = explainDockerfile(text, positionOf(text, '<<EOF', 2))!;
    assert.deepStrictEqual(marker.range, range(1, 4, 1, 9));
    assert.match(marker.markdown, /The body is lines 3 to 4, ending at the line `EOF` \(line 5\)\./);
    assert.match(marker.markdown, /the stage's shell, `\/bin\/sh -c`/);
    assert.match(marker.markdown, /set -e/);
    const delimiter = explainDockerfile(text, { line: 4, character: 1 })!;
    assert.deepStrictEqual(delimiter.range, range(4, 0, 4, 3));
    assert.match(md(text, '<<EOT', 2), /given to `bash` on its standard input/);
  });

  it('explains a COPY here-document and quoting of its delimiter', () => {
    const text = joinLines('FROM alpine', 'COPY <<EOF /etc/motd', 'hello $USER', 'EOF', 'COPY <<"EOT" /run.sh', 'echo $HOME', 'EOT');
    const plain = md(text, '<<EOF', 2);
    assert.match(plain, /Writes the body into the file `\/etc\/motd`/);
    assert.match(plain, /The builder expands `\$VARIABLES` in the body/);
    assert.match(md(text, '<<"EOT"', 2), /delimiter is quoted/);
  });
});

describe('explainDockerfile: half-typed lines', () => {
  it('never throws (nor swallows an error) on unfinished flags, variables, images and heredocs', () => {
    const lines = ['# syntax=', '# escape=', '# check=skip', 'ARG =x', 'FROM --platform= @', 'FROM :', 'FROM a AS', 'RUN --mount=', 'RUN --mount=type=,',
      'RUN --mount=type=cache,,=x', 'RUN --network', 'COPY --from= a', 'COPY --from=99 a b', 'HEALTHCHECK --interval= CMD', 'HEALTHCHECK CMD',
      'RUN echo ${', 'RUN echo $', 'RUN echo ${A:-', 'RUN echo ${A', 'EXPOSE /udp -1 $', 'LABEL =', 'ENV =', 'ENV A', 'WORKDIR ..', 'USER :', 'STOPSIGNAL',
      'RUN <<', 'COPY <<EOF', 'ONBUILD COPY --from=', 'VOLUME [', 'SHELL [', 'CMD ["a",', 'ENTRYPOINT'];
    const text = lines.join('\n');
    const before = dockerfileExplainerFailures();
    lines.forEach((line, n) => {
      for (let character = 0; character <= line.length; character++) explainDockerfile(text, { line: n, character });
    });
    assert.strictEqual(dockerfileExplainerFailures() - before, 0);
  });
});

describe('explainDockerfile: syntax directive versions', () => {
  it('tells a minor pin (patch releases still arrive) from a full pin', () => {
    const minor = explainDockerfile('# syntax=docker/dockerfile:1.7\nFROM alpine\n', { line: 0, character: 4 })!.markdown;
    assert.match(minor, /patch releases \(bug fixes\) still arrive/);
    const full = explainDockerfile('# syntax=docker/dockerfile:1.7.1\nFROM alpine\n', { line: 0, character: 4 })!.markdown;
    assert.match(full, /fully pinned version/);
  });
});

describe('explainDockerfile: mount type summary', () => {
  it('names a missing required option and folds the defaults of the rest into one bullet', () => {
    const md = explainDockerfile('FROM alpine\nRUN --mount=type=cache pip install x\n', { line: 1, character: 16 })!.markdown;
    assert.match(md, /`target` is missing\. Required/);
    assert.match(md, /Not set here, so the defaults apply: `id`: the `target` path; `ro`: writable; `sharing`: `shared`/);
    assert.strictEqual((md.match(/^- /gm) ?? []).length, 3 + 1, 'options, missing target, defaults, and one watch-out');
  });
});
