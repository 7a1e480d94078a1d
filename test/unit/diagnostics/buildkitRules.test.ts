// SPDX-License-Identifier: MIT
// BuildKit's build checks, one by one: a case that triggers and one that does not, the exact
// message, the range, and each quick fix applied to its example. Also the `# check=` directive.
import * as assert from 'assert';
import { DockerfileParser } from 'dockerfile-ast';
import { dockerfileDiagnostics, range, type Diagnostic, type DockerfileDiagnosticOptions } from '../../../src/core/index';
import { buildkitRules } from '../../../src/core/diagnostics/dockerfile/buildkitRules';
import { joinLines } from '../helpers';
import { applyFix } from './applyFix';

interface Case {
  code: string;
  bad: string;
  good: string;
  options?: DockerfileDiagnosticOptions;
  /** The message and range of the first diagnostic of `code` on `bad`, when given. */
  message?: string;
  range?: ReturnType<typeof range>;
  /** The text after applying the first fix, when the rule offers one here. */
  fixed?: string;
}

const experimental: DockerfileDiagnosticOptions = { settings: { rules: { InvalidDefinitionDescription: 'warning' } } };

const cases: Case[] = [
  {
    code: 'StageNameCasing',
    bad: joinLines('FROM alpine AS BuilderBase', 'RUN true', 'FROM BuilderBase AS app', 'COPY --from=BuilderBase /a /a', 'RUN --mount=type=cache,from=BuilderBase,target=/c true'),
    good: joinLines('FROM alpine AS builder-base', 'FROM builder-base'),
    message: "Stage name 'BuilderBase' should be lowercase",
    range: range(0, 15, 0, 26),
    fixed: joinLines('FROM alpine AS builderbase', 'RUN true', 'FROM builderbase AS app', 'COPY --from=builderbase /a /a', 'RUN --mount=type=cache,from=builderbase,target=/c true'),
  },
  {
    code: 'FromAsCasing',
    bad: 'FROM debian:latest as builder',
    good: joinLines('FROM debian AS a', 'from debian as b', 'From debian as c'),
    message: "'as' and 'FROM' keywords' casing do not match",
    range: range(0, 19, 0, 21),
    fixed: 'FROM debian:latest AS builder',
  },
  {
    code: 'NoEmptyContinuation',
    bad: joinLines('FROM alpine', 'RUN apk add \\', '    gnupg \\', '', '    curl'),
    good: joinLines('FROM alpine', 'EXPOSE \\', '# Port', '80', 'COPY <<EOF /x', 'a', '', 'b', 'EOF'),
    message: 'Empty continuation line found in: RUN apk add     gnupg     curl',
    range: range(2, 10, 3, 0),
    fixed: joinLines('FROM alpine', 'RUN apk add \\', '    gnupg \\', '    curl'),
  },
  {
    code: 'ConsistentInstructionCasing',
    bad: joinLines('FROM alpine', 'RUN echo hello > /greeting.txt', 'EntRYpOiNT ["cat", "/greeting.txt"]'),
    good: joinLines('from alpine', 'run echo hi', 'entrypoint ["cat"]'),
    message: "Command 'EntRYpOiNT' should be consistently cased",
    range: range(2, 0, 2, 10),
    fixed: joinLines('FROM alpine', 'RUN echo hello > /greeting.txt', 'ENTRYPOINT ["cat", "/greeting.txt"]'),
  },
  {
    code: 'DuplicateStageName',
    bad: joinLines('FROM debian AS builder', 'FROM golang AS Builder'),
    good: joinLines('FROM debian AS deb-builder', 'FROM golang AS go-builder'),
    message: "Duplicate stage name 'builder', stage names should be unique",
    range: range(1, 15, 1, 22),
  },
  {
    code: 'ReservedStageName',
    bad: 'FROM alpine AS scratch',
    good: joinLines('FROM scratch', 'FROM alpine AS builder'),
    message: "'scratch' is reserved and should not be used as a stage name",
    range: range(0, 15, 0, 22),
  },
  {
    code: 'JSONArgsRecommended',
    bad: joinLines('FROM alpine', 'ENTRYPOINT my-program start'),
    good: joinLines('FROM alpine', 'SHELL ["/bin/bash", "-c"]', 'ENTRYPOINT echo "hello world"', 'FROM alpine', 'CMD ["my-program"]'),
    message: 'JSON arguments recommended for ENTRYPOINT to prevent unintended behavior related to OS signals',
    range: range(1, 0, 1, 10),
    fixed: joinLines('FROM alpine', 'ENTRYPOINT ["my-program", "start"]'),
  },
  {
    code: 'MaintainerDeprecated',
    bad: 'MAINTAINER moby@example.com',
    good: 'LABEL org.opencontainers.image.authors="moby@example.com"',
    message: 'MAINTAINER instruction is deprecated in favor of using label',
    fixed: 'LABEL org.opencontainers.image.authors="moby@example.com"',
  },
  {
    code: 'UndefinedArgInFrom',
    bad: 'FROM --platform=$BULIDPLATFORM node:22${VARIANT} AS jsbuilder',
    good: joinLines('ARG VARIANT="-alpine3.20"', 'FROM --platform=$BUILDPLATFORM node:22${VARIANT}'),
    message: "FROM argument 'BULIDPLATFORM' is not declared (did you mean BUILDPLATFORM?)",
    range: range(0, 16, 0, 30),
  },
  {
    code: 'WorkdirRelativePath',
    bad: joinLines('FROM nginx AS web', 'WORKDIR usr/share/nginx/html', 'WORKDIR /abs'),
    good: joinLines('FROM nginx AS web', 'WORKDIR /usr/share', 'WORKDIR html', 'FROM web', 'WORKDIR rel', 'FROM alpine', 'ARG DIR=/app', 'WORKDIR $DIR'),
    message: "Relative workdir 'usr/share/nginx/html' can have unexpected results if the base image changes",
    range: range(1, 8, 1, 28),
  },
  {
    code: 'UndefinedVar',
    bad: joinLines('FROM alpine', 'ENV PATH=$PAHT:/app/bin'),
    good: joinLines('FROM python AS base', 'ARG VERSION=$PYTHON_VERSION', 'ARG A=1 B=$A', 'COPY --chown=$A ${B:-x} .', 'RUN echo $nothing', "LABEL x='$single'"),
    message: "Usage of undefined variable '$PAHT' (did you mean $PATH?)",
    range: range(1, 9, 1, 14),
  },
  {
    code: 'MultipleInstructionsDisallowed',
    bad: joinLines('FROM alpine', 'ENTRYPOINT ["echo", "Hello, Norway!"]', 'ENTRYPOINT ["echo", "Hello, Sweden!"]'),
    good: joinLines('FROM python:alpine', 'HEALTHCHECK --interval=1s \\', '  CMD ["curl", "-f", "http://localhost:8080"]', 'CMD ["python"]', 'FROM alpine', 'CMD ["sh"]'),
    message: 'Multiple ENTRYPOINT instructions should not be used in the same stage because only the last one will be used',
    range: range(1, 0, 1, 10),
  },
  {
    code: 'LegacyKeyValueFormat',
    bad: joinLines('FROM alpine', 'ENV GREETING hello world'),
    good: joinLines('FROM alpine', 'ENV GREETING="hello world"', 'ARG A B C', 'LABEL a=b'),
    message: '"ENV key=value" should be used instead of legacy "ENV key value" format',
    range: range(1, 4, 1, 24),
    fixed: joinLines('FROM alpine', 'ENV GREETING="hello world"'),
  },
  {
    code: 'RedundantTargetPlatform',
    bad: 'FROM --platform=$TARGETPLATFORM alpine AS builder',
    good: 'FROM --platform=$BUILDPLATFORM alpine AS builder',
    message: 'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior',
    range: range(0, 5, 0, 31),
    fixed: 'FROM alpine AS builder',
  },
  {
    code: 'SecretsUsedInArgOrEnv',
    bad: joinLines('FROM alpine', 'ARG AWS_SECRET_ACCESS_KEY'),
    good: joinLines('ARG GITHUB_TOKEN', 'FROM alpine', 'ENV PUBLIC_KEY=x SECRET_FILE=/run/s AUTH_MODULE_VERSION=1 MONKEY=1'),
    message: 'Potentially sensitive data should not be used in the ARG or ENV commands',
    range: range(1, 4, 1, 25),
  },
  {
    code: 'InvalidDefaultArgInFrom',
    bad: joinLines('ARG TAG', 'FROM busybox:${TAG}'),
    good: joinLines('ARG TAG', 'ARG VARIANT', 'FROM busybox:stable${VARIANT}', 'FROM alpine:${TAG:-3.14}'),
    message: 'Using the global ARGs with default values should produce a valid build.',
    range: range(1, 5, 1, 19),
  },
  {
    code: 'FromPlatformFlagConstDisallowed',
    bad: 'FROM --platform=linux/amd64 alpine AS base',
    good: joinLines('FROM --platform=linux/arm64 alpine AS build_arm64', 'FROM --platform=${BUILDPLATFORM} alpine'),
    message: 'FROM --platform flag should not use constant value "linux/amd64"',
    range: range(0, 16, 0, 27),
  },
  {
    code: 'CopyIgnoredFile',
    bad: joinLines('FROM scratch', 'COPY ./tmp/helloworld.txt /helloworld.txt', 'ADD --chown=1 tmp /x'),
    good: joinLines('FROM scratch AS a', 'COPY ./forever/helloworld.txt /helloworld.txt', 'COPY . .', 'COPY --from=a tmp/x /x'),
    options: { dockerignore: 'tmp\n' },
    message: 'Attempting to Copy file "./tmp/helloworld.txt" that is excluded by .dockerignore',
    range: range(1, 5, 1, 25),
  },
  {
    code: 'InvalidDefinitionDescription',
    bad: joinLines('# a non-descriptive comment', 'FROM scratch AS base'),
    good: joinLines('# base is a stage', 'FROM scratch AS base', '# VERSION the version', 'ARG VERSION=1', '# unrelated', '', 'ARG OTHER'),
    options: experimental,
    message: 'Comment for build stage or argument should follow the format: `# <arg/stage name> <description>`. If this is not intended to be a description comment, add an empty line or comment between the instruction and the comment.',
    range: range(1, 0, 1, 4),
  },
  {
    code: 'ExposeProtoCasing',
    bad: joinLines('FROM alpine', 'EXPOSE 80/TcP 53/udp'),
    good: joinLines('FROM alpine', 'EXPOSE 80/tcp 53/udp 8080'),
    message: "Defined protocol '80/TcP' in EXPOSE instruction should be lowercase",
    range: range(1, 7, 1, 13),
    fixed: joinLines('FROM alpine', 'EXPOSE 80/tcp 53/udp'),
  },
  {
    code: 'ExposeInvalidFormat',
    bad: joinLines('FROM alpine', 'EXPOSE 127.0.0.1:80:80/tcp'),
    good: joinLines('FROM alpine', 'EXPOSE 80 443/tcp 8000-8010'),
    message: "EXPOSE instruction should not define an IP address or host-port mapping, found '127.0.0.1:80:80/tcp'",
    range: range(1, 7, 1, 26),
    fixed: joinLines('FROM alpine', 'EXPOSE 80/tcp'),
  },
];

const of = (text: string, code: string, options?: DockerfileDiagnosticOptions): Diagnostic[] =>
  dockerfileDiagnostics(text, options).filter(d => d.code === code);

describe('BuildKit build checks', () => {
  it('has a case for every BuildKit rule', () => {
    assert.deepStrictEqual(cases.map(c => c.code).sort(), buildkitRules.map(r => r.code).sort());
  });

  for (const c of cases) {
    describe(c.code, () => {
      it('triggers on the bad case, with its message and range', () => {
        const found = of(c.bad, c.code, c.options);
        assert.ok(found.length, `no ${c.code} on:\n${c.bad}`);
        if (c.message) assert.strictEqual(found[0].message, c.message);
        if (c.range) assert.deepStrictEqual(found[0].range, c.range);
      });
      it('stays quiet on the good case', () => {
        assert.deepStrictEqual(of(c.good, c.code, c.options), []);
      });
      if (c.fixed !== undefined) {
        it('its fix gives the expected text, which parses and no longer shows the problem', () => {
          const found = of(c.bad, c.code, c.options)[0];
          assert.ok(found.fixes?.length, 'no fix offered');
          const fixed = applyFix(c.bad, found.fixes[0]);
          assert.strictEqual(fixed, c.fixed);
          assert.ok(DockerfileParser.parse(fixed).getInstructions().length > 0);
          assert.deepStrictEqual(of(fixed, c.code, c.options), []);
        });
      }
    });
  }
});

describe('BuildKit checks: details', () => {
  it('UndefinedVar: each name once per instruction, and none for upper-case names when the base image is unknown', () => {
    const text = joinLines('FROM myorg/base', 'COPY $APP_HOME $APP_HOME/x $lower /dst');
    assert.deepStrictEqual(of(text, 'UndefinedVar').map(d => d.message), ["Usage of undefined variable '$lower'"]);
    assert.strictEqual(of(joinLines('FROM alpine', 'COPY $APP_HOME /dst'), 'UndefinedVar').length, 1);
  });

  it('UndefinedVar: a name nested in default words is found where it stands, down to 32 levels', () => {
    // `${A:-${B:-$lower}}`: BuildKit looks up every name it may expand. The nesting is read in the line itself.
    const text = joinLines('FROM alpine', 'ARG A B', 'WORKDIR /x${A:-/y${B:-$lower}}');
    assert.deepStrictEqual(of(text, 'UndefinedVar').map(d => [d.message, d.range]), [["Usage of undefined variable '$lower'", range(2, 22, 2, 28)]]);
    const nested = (depth: number) => joinLines('FROM alpine', 'ARG A', `WORKDIR /x${'${A:-'.repeat(depth)}$lower${'}'.repeat(depth)}`);
    assert.strictEqual(of(nested(32), 'UndefinedVar').length, 1);
    // Deeper than that is not looked up: each level is read again to its end, and no real line nests so deep.
    assert.strictEqual(of(nested(33), 'UndefinedVar').length, 0);
  });

  it('UndefinedVar: a global ARG is not in scope inside a stage until it is declared there', () => {
    assert.strictEqual(of(joinLines('ARG V=1', 'FROM alpine', 'WORKDIR /v$V'), 'UndefinedVar').length, 1);
    assert.strictEqual(of(joinLines('ARG V=1', 'FROM alpine', 'ARG V', 'WORKDIR /v$V'), 'UndefinedVar').length, 0);
  });

  it('UndefinedVar: ENV reads the values from before the line, ARG one by one; stages inherit', () => {
    assert.strictEqual(of(joinLines('FROM alpine', 'ENV A=1 B=$A'), 'UndefinedVar').length, 1);
    assert.strictEqual(of(joinLines('FROM alpine AS a', 'ENV A=1', 'FROM a', 'WORKDIR /$A'), 'UndefinedVar').length, 0);
  });

  it('JSONArgsRecommended: no fix when the shell does real work', () => {
    for (const cmd of ['CMD node app.js && echo done', 'CMD echo $HOME', 'CMD cd /app', "CMD ['a']", 'CMD A=1 node']) {
      const d = of(joinLines('FROM node', cmd), 'JSONArgsRecommended')[0];
      assert.ok(d, cmd);
      assert.strictEqual(d.fixes, undefined, cmd);
    }
    const d = of(joinLines('FROM node', 'CMD exec node "my app.js"'), 'JSONArgsRecommended')[0];
    assert.strictEqual(applyFix(joinLines('FROM node', 'CMD exec node "my app.js"'), d.fixes![0]), joinLines('FROM node', 'CMD ["node", "my app.js"]'));
  });

  it('ConsistentInstructionCasing: the majority decides', () => {
    const text = joinLines('from alpine', 'run true', 'COPY a b');
    const d = of(text, 'ConsistentInstructionCasing');
    assert.deepStrictEqual(d.map(x => x.range.start.line), [2]);
    assert.strictEqual(applyFix(text, d[0].fixes![0]), joinLines('from alpine', 'run true', 'copy a b'));
  });

  it('MultipleInstructionsDisallowed: reports every earlier one, per stage', () => {
    const text = joinLines('FROM a', 'CMD ["1"]', 'CMD ["2"]', 'CMD ["3"]', 'HEALTHCHECK NONE', 'FROM b', 'CMD ["4"]');
    assert.deepStrictEqual(of(text, 'MultipleInstructionsDisallowed').map(d => d.range.start.line), [1, 2]);
  });

  it('CopyIgnoredFile: exceptions and the context root', () => {
    const text = joinLines('FROM scratch', 'COPY dir /d', 'COPY other /o', 'COPY . .');
    assert.deepStrictEqual(of(text, 'CopyIgnoredFile', { dockerignore: 'dir\nother\n!dir/keep\n' }).map(d => d.range.start.line), [2]);
    assert.deepStrictEqual(of(text, 'CopyIgnoredFile', { dockerignore: '*\n' }).map(d => d.range.start.line), [1, 2, 3]);
    assert.deepStrictEqual(of(text, 'CopyIgnoredFile', { dockerignore: '.*\n' }), []);
    assert.deepStrictEqual(of(text, 'CopyIgnoredFile'), [], 'no .dockerignore, no check');
  });

  it('SecretsUsedInArgOrEnv: BuildKit\'s name patterns', () => {
    const text = joinLines('FROM scratch', 'ARG SECRET_PASSPHRASE', 'ENV SUPER_Secret=foo', 'ENV password=bar secret=baz', 'ARG super_duper_secret_token=foo auth=bar',
      'ENV apikey=bar sunflower=foo', 'ENV git_key=', 'ENV PUBLIC_KEY=', 'ARG public_token', 'ARG SECRET_PASSPHRASE_FILE', 'ENV password_file=bar secret_File=baz', 'ARG AUTH_MODULE_VERSION');
    const text2 = of(text, 'SecretsUsedInArgOrEnv').map(d => text.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character));
    assert.deepStrictEqual(text2, ['SECRET_PASSPHRASE', 'SUPER_Secret', 'password', 'secret', 'super_duper_secret_token', 'auth', 'apikey', 'git_key']);
  });

  it('InvalidDefinitionDescription: off by default, on with # check=experimental', () => {
    const text = joinLines('# just a comment', 'ARG VERSION=1');
    assert.deepStrictEqual(of(text, 'InvalidDefinitionDescription'), []);
    assert.strictEqual(of('# check=experimental=InvalidDefinitionDescription\n' + text, 'InvalidDefinitionDescription').length, 1);
    assert.strictEqual(of('# check=experimental=all\n' + text, 'InvalidDefinitionDescription').length, 1);
  });

  it('InvalidDefaultArgInFrom and UndefinedArgInFrom know the automatic platform ARGs', () => {
    const text = 'FROM --platform=$BUILDPLATFORM golang:1.22-${TARGETOS}';
    assert.deepStrictEqual(dockerfileDiagnostics(text).filter(d => /ArgInFrom/.test(d.code)), []);
  });
});

describe('# check= directive with BuildKit names', () => {
  const text = joinLines('FROM alpine as build', 'CMD run');

  it('skip=<names> skips those rules only', () => {
    const codes = dockerfileDiagnostics('# check=skip=JSONArgsRecommended\n' + text).map(d => d.code);
    assert.ok(codes.includes('FromAsCasing'));
    assert.ok(!codes.includes('JSONArgsRecommended'));
  });

  it('names are case-sensitive: skip=jsonargsrecommended skips nothing', () => {
    const codes = dockerfileDiagnostics('# check=skip=jsonargsrecommended\n' + text).map(d => d.code);
    assert.ok(codes.includes('JSONArgsRecommended'));
  });

  it('skip=all skips every BuildKit rule', () => {
    assert.deepStrictEqual(dockerfileDiagnostics('# check=skip=all\n' + text).filter(d => buildkitRules.some(r => r.code === d.code)), []);
  });

  it('error=true makes them errors', () => {
    const found = dockerfileDiagnostics('# check=error=true\n' + text).filter(d => buildkitRules.some(r => r.code === d.code));
    assert.ok(found.length >= 2);
    assert.ok(found.every(d => d.severity === 'error'));
  });
});
