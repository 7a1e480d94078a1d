// SPDX-License-Identifier: MIT
// What Docker's builder refuses (issue 23): for each rule, a line Docker stops on, with Docker's own
// error beside it, and near misses that Docker accepts. "recorded" errors were printed by the
// classic builder of Docker Engine 20.10.24 on this machine (DOCKER_BUILDKIT=0 docker build);
// "source" errors are quoted from moby/buildkit at 73ed6825 (the commit of ../shared/reference).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { dockerfileDiagnostics } from '../../../src/core/diagnostics/dockerfileDiagnostics';
import { refusedRules } from '../../../src/core/diagnostics/dockerfile/refusedRules';
import type { Diagnostic } from '../../../src/core/diagnostics/types';
import { joinLines } from '../helpers';
import { applyFix } from './applyFix';

const found = (text: string, code: string): Diagnostic[] => dockerfileDiagnostics(text).filter(d => d.code === code);

interface Case {
  code: string;
  /** The offending line; the test puts `FROM alpine:3.20` above it unless it starts with FROM. */
  line: string;
  /** Docker's own error for that line, and where it comes from. */
  docker: string;
  from: string;
  /** What the message must say (Docker's words, at least in part). */
  says: RegExp;
  /** The line after the first fix, when the rule offers one. */
  fixed?: string;
  /** Lines Docker accepts: the rule stays silent. */
  misses: string[];
}

const file = (line: string) => line.startsWith('FROM') ? `${line}\n` : joinLines('FROM alpine:3.20', line) + '\n';

const cases: Case[] = [
  {
    code: 'UnknownInstruction', line: 'RUNN echo hi',
    docker: 'dockerfile parse error line 2: unknown instruction: RUNN', from: 'recorded, Engine 20.10.24; moby/buildkit:frontend/dockerfile/instructions/parse.go',
    says: /"unknown instruction: RUNN"\. .* Did you mean `RUN`\?/, fixed: 'RUN echo hi',
    misses: ['RUN echo hi', 'run echo hi', 'RUN <<EOF\nappt-get install\nEOF'],
  },
  {
    code: 'UnknownInstruction', line: 'EXPOSED 80',
    docker: 'unknown instruction: EXPOSED (did you mean EXPOSE?)', from: 'moby/buildkit:frontend/dockerfile/instructions/parse.go + util/suggest/error.go',
    says: /Did you mean `EXPOSE`/, fixed: 'EXPOSE 80', misses: ['EXPOSE 80'],
  },
  {
    code: 'UnknownInstruction', line: 'WORKDR /app',
    docker: 'unknown instruction: WORKDR (did you mean WORKDIR?)', from: 'moby/buildkit:frontend/dockerfile/instructions/parse.go',
    says: /Did you mean `WORKDIR`/, fixed: 'WORKDIR /app', misses: ['WORKDIR /app'],
  },
  {
    code: 'UnknownInstruction', line: 'RUN apt-get update &&\n    apt-get install -y curl',
    docker: 'unknown instruction: apt-get', from: 'moby/buildkit:frontend/dockerfile/instructions/parse.go',
    says: /end that line with `\\`/, misses: ['RUN apt-get update && \\\n    apt-get install -y curl'],
  },
  {
    code: 'MissingArguments', line: 'ENV FOO',
    docker: 'failed to parse …: ENV must have two arguments', from: 'recorded, Engine 20.10.24; moby/buildkit:frontend/dockerfile/parser/line_parsers.go',
    says: /ENV must have two arguments/, misses: ['ENV FOO=bar', 'ENV FOO bar', 'ENV FOO=""', 'ENV FOO='],
  },
  {
    code: 'MissingArguments', line: 'ENV A=1 B',
    docker: 'Syntax error - can\'t find = in "B". Must be of the form: name=value', from: 'recorded, Engine 20.10.24; moby/buildkit:frontend/dockerfile/parser/line_parsers.go',
    says: /can't find = in "B"/, misses: ['ENV A=1 B=2', 'LABEL a="x y" b=2'],
  },
  {
    code: 'MissingArguments', line: 'COPY app.py',
    docker: 'COPY requires at least two arguments, but only one was provided. Destination could not be determined', from: 'recorded, Engine 20.10.24; moby/buildkit:frontend/dockerfile/instructions/parse.go',
    says: /requires at least two arguments/, misses: ['COPY app.py /app/', 'COPY <<EOF /app/x\nhi\nEOF', 'COPY ["a b.txt", "/app/"]'],
  },
  {
    code: 'MissingArguments', line: 'FROM',
    docker: 'FROM requires either one or three arguments', from: 'recorded, Engine 20.10.24; moby/buildkit:frontend/dockerfile/instructions/parse.go',
    says: /FROM requires either one or three arguments/, misses: ['FROM alpine:3.20', 'FROM alpine:3.20 AS base', 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build'],
  },
  {
    code: 'MissingArguments', line: 'FROM node:22 AS',
    docker: 'FROM requires either one or three arguments', from: 'moby/buildkit:frontend/dockerfile/instructions/parse.go',
    says: /needs a stage name/, misses: [],
  },
  {
    code: 'MissingArguments', line: 'HEALTHCHECK CMD',
    docker: 'Missing command after HEALTHCHECK CMD', from: 'recorded, Engine 20.10.24; moby/buildkit:frontend/dockerfile/instructions/parse.go',
    says: /Missing command after HEALTHCHECK CMD/, misses: ['HEALTHCHECK CMD curl -f http://localhost/', 'HEALTHCHECK NONE', 'HEALTHCHECK --interval=5s CMD ["true"]'],
  },
  {
    code: 'MissingArguments', line: 'WORKDIR',
    docker: 'WORKDIR requires exactly one argument', from: 'recorded, Engine 20.10.24; moby/buildkit:frontend/dockerfile/instructions/parse.go',
    says: /WORKDIR requires exactly one argument/, misses: ['WORKDIR /app', 'WORKDIR /my app'],
  },
  {
    code: 'InvalidFlag', line: 'CMD --port 8080',
    docker: 'unknown flag: --port (Engine 20.10.24 classic builder: "Unknown flag: port")', from: 'recorded, Engine 20.10.24; moby/buildkit:frontend/dockerfile/instructions/bflag.go + parser/split_command.go',
    says: /unknown flag: --port.*CMD \["program", "--port", "8080"\]/, misses: ['CMD ["--port", "8080"]', 'CMD python app.py --port 8080', 'ARG --x=1', 'CMD -- --port'],
  },
  {
    code: 'InvalidFlag', line: 'COPY --chmon=755 run.sh /run.sh',
    docker: 'unknown flag: --chmon (did you mean chmod?)', from: 'moby/buildkit:frontend/dockerfile/instructions/bflag.go',
    says: /Did you mean `--chmod`/, fixed: 'COPY --chmod=755 run.sh /run.sh', misses: ['COPY --chmod=755 run.sh /run.sh', 'COPY --exclude=*.md --exclude=*.txt . /app/'],
  },
  {
    code: 'InvalidFlag', line: 'COPY --chown app.py /app/',
    docker: 'Missing a value on flag: chown', from: 'recorded, Engine 20.10.24; moby/buildkit:frontend/dockerfile/instructions/bflag.go',
    says: /missing a value on flag: --chown/, misses: ['COPY --chown=app app.py /app/', 'COPY --link app.py /app/'],
  },
  {
    code: 'InvalidFlag', line: 'COPY --link=maybe app.py /app/',
    docker: 'expecting boolean value for flag --link, not: maybe', from: 'moby/buildkit:frontend/dockerfile/instructions/bflag.go',
    says: /expecting boolean value for flag --link, not: maybe/, misses: ['COPY --link=false app.py /app/', 'COPY --link=TRUE app.py /app/'],
  },
  {
    code: 'InvalidHealthcheckOption', line: 'HEALTHCHECK --interval=30 CMD curl -f http://localhost/',
    docker: 'time: missing unit in duration "30"', from: 'recorded, Engine 20.10.24; moby/buildkit:frontend/dockerfile/instructions/parse.go (Go time.ParseDuration)',
    says: /time: missing unit in duration "30"/, fixed: 'HEALTHCHECK --interval=30s CMD curl -f http://localhost/',
    misses: ['HEALTHCHECK --interval=30s --timeout=1m30s --retries=3 CMD true', 'HEALTHCHECK --interval=0 CMD true', 'HEALTHCHECK --start-period=1.5m CMD true'],
  },
  {
    code: 'InvalidHealthcheckOption', line: 'HEALTHCHECK --interval=1ns CMD true',
    docker: 'Interval "interval" cannot be less than 1ms', from: 'recorded, Engine 20.10.24; moby/buildkit:frontend/dockerfile/instructions/parse.go',
    says: /cannot be less than 1ms/, misses: ['HEALTHCHECK --interval=1ms CMD true'],
  },
  {
    code: 'InvalidHealthcheckOption', line: 'HEALTHCHECK --retries=-1 CMD true',
    docker: '--retries cannot be negative (-1)', from: 'moby/buildkit:frontend/dockerfile/instructions/parse.go',
    says: /--retries cannot be negative \(-1\)/, misses: ['HEALTHCHECK --retries=0 CMD true'],
  },
  {
    code: 'OnbuildTriggerNotAllowed', line: 'ONBUILD FROM alpine:3.20',
    docker: 'FROM isn\'t allowed as an ONBUILD trigger', from: 'recorded, Engine 20.10.24; moby/buildkit:frontend/dockerfile/instructions/parse.go',
    says: /FROM isn't allowed as an ONBUILD trigger/, misses: ['ONBUILD RUN echo from', 'ONBUILD COPY . /app/'],
  },
  {
    code: 'OnbuildTriggerNotAllowed', line: 'ONBUILD ONBUILD RUN x',
    docker: 'Chaining ONBUILD via `ONBUILD ONBUILD` isn\'t allowed', from: 'recorded, Engine 20.10.24; moby/buildkit:frontend/dockerfile/instructions/parse.go',
    says: /Chaining ONBUILD/, misses: [],
  },
  {
    code: 'ShellNotJson', line: 'SHELL /bin/bash -c',
    docker: 'SHELL requires the arguments to be in JSON form', from: 'moby/buildkit:frontend/dockerfile/instructions/parse.go + errors_unix.go',
    says: /SHELL requires the arguments to be in JSON form/, fixed: 'SHELL ["/bin/bash", "-c"]',
    misses: ['SHELL ["/bin/bash", "-c"]', 'SHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]'],
  },
  {
    code: 'ShellNotJson', line: "SHELL ['/bin/sh', '-c']",
    docker: 'SHELL requires the arguments to be in JSON form', from: 'moby/buildkit:frontend/dockerfile/parser/line_parsers.go (parseMaybeJSON: single quotes are not JSON)',
    says: /JSON array/, fixed: 'SHELL ["/bin/sh", "-c"]', misses: [],
  },
  {
    code: 'InvalidBaseImage', line: 'FROM MyImage',
    docker: 'invalid reference format: repository name must be lowercase', from: 'recorded, Engine 20.10.24; moby/buildkit:frontend/dockerfile/dockerfile2llb/convert.go',
    says: /repository name must be lowercase.*`myimage`/, fixed: 'FROM myimage',
    misses: ['FROM myimage', 'FROM python:3.12-SLIM', 'FROM Registry.Example.com:5000/team/app:1', 'FROM node:22 AS Build\nFROM Build', 'ARG BASE=x\nFROM ${BASE}'],
  },
  {
    code: 'InvalidPlatform', line: 'FROM --platform=linux/amd64,linux/arm64 alpine:3.20',
    docker: 'failed to parse platform linux/amd64,linux/arm64: "amd64,linux" is an invalid component of "linux/amd64,linux/arm64" …', from: 'recorded, Engine 20.10.24; moby/buildkit:frontend/dockerfile/dockerfile2llb/convert.go',
    says: /takes one platform, not a list/,
    misses: ['FROM --platform=linux/amd64 alpine:3.20', 'FROM --platform=$BUILDPLATFORM alpine:3.20', 'FROM --platform=linux/arm64/v8 alpine:3.20', 'FROM --platform=arm64 alpine:3.20'],
  },
  {
    code: 'InvalidPlatform', line: 'FROM --platform=amd65 alpine:3.20',
    docker: '"amd65": unknown operating system or architecture: invalid argument', from: 'moby/buildkit:vendor/github.com/containerd/platforms/platforms.go',
    says: /unknown operating system or architecture/, misses: ['FROM --platform=linux alpine:3.20'],
  },
  {
    code: 'InvalidChmod', line: 'COPY --chmod=999 run.sh /run.sh',
    docker: 'invalid chmod parameter: \'999\'. it should be octal string and between 0 and 07777', from: 'moby/buildkit:frontend/dockerfile/dockerfile2llb/convert_copy.go',
    says: /it should be octal string and between 0 and 07777/,
    misses: ['COPY --chmod=755 run.sh /run.sh', 'COPY --chmod=0644 a /a', 'COPY --chmod=u+x run.sh /run.sh', 'COPY --chmod=a=rX,u+w . /app/', 'COPY --chmod=$MODE a /a'],
  },
  {
    code: 'InvalidChmod', line: 'ADD --chmod=rwx run.sh /run.sh',
    docker: 'invalid syntax', from: 'moby/buildkit:vendor/github.com/tonistiigi/dchapes-mode/mode.go (ErrSyntax)',
    says: /invalid syntax/, misses: ['ADD --chmod=+x run.sh /run.sh'],
  },
  {
    code: 'ExposeInvalidProtocol', line: 'EXPOSE 80/tcpp',
    docker: 'Invalid proto: tcpp (Engine 20.10.24); BuildKit: invalid port: "80/tcpp": invalid proto: tcpp', from: 'recorded, Engine 20.10.24; moby/buildkit:frontend/dockerfile/dockerfile2llb/convert_expose.go',
    says: /invalid proto: tcpp/, fixed: 'EXPOSE 80/tcp', misses: ['EXPOSE 80/tcp', 'EXPOSE 53/UDP', 'EXPOSE 9000/sctp', 'EXPOSE ${PORT}/tcp'],
  },
  {
    code: 'InvalidStopSignal', line: 'STOPSIGNAL SIGFOO',
    docker: 'Invalid signal: SIGFOO (Engine 20.10.24); BuildKit: invalid signal: SIGFOO', from: 'recorded, Engine 20.10.24; moby/buildkit:vendor/github.com/moby/sys/signal/signal.go',
    says: /invalid signal: SIGFOO/, misses: ['STOPSIGNAL SIGTERM', 'STOPSIGNAL quit', 'STOPSIGNAL 9', 'STOPSIGNAL SIGRTMIN+3', 'STOPSIGNAL $SIG'],
  },
  {
    code: 'InvalidStopSignal', line: 'STOPSIGNAL SIGTREM',
    docker: 'invalid signal: SIGTREM', from: 'moby/buildkit:vendor/github.com/moby/sys/signal/signal.go',
    says: /did you mean `SIGTERM`/, fixed: 'STOPSIGNAL SIGTERM', misses: ['STOPSIGNAL 15'],
  },
  {
    code: 'MultipleSourcesWithoutSlash', line: 'COPY a.txt b.txt /dest',
    docker: 'When using COPY with more than one source file, the destination must be a directory and end with a /', from: 'recorded, Engine 20.10.24 classic builder; moby/moby:daemon/builder/dockerfile/copy.go',
    says: /the destination must be a directory and end with a \//, fixed: 'COPY a.txt b.txt /dest/',
    misses: ['COPY a.txt b.txt /dest/', 'COPY a.txt /dest', 'COPY --from=build /a /b /out/', 'COPY a b $DEST'],
  },
  {
    code: 'HeredocDestination', line: 'COPY a.txt <<EOF\nhello\nEOF',
    docker: 'COPY cannot accept a heredoc as a destination', from: 'source, moby/buildkit:frontend/dockerfile/instructions/parse.go:281 and :819 (errBadHeredoc)',
    says: /"COPY cannot accept a heredoc as a destination"/,
    misses: ['COPY <<EOF /app/a.txt\nhello\nEOF', 'COPY <<EOF <<EOT /app/\nx\nEOF\ny\nEOT', 'RUN <<EOF\necho hi\nEOF', 'COPY a.txt /dest'],
  },
];

describe('rules for what Docker\'s builder refuses', () => {
  for (const c of cases) {
    const text = file(c.line);
    it(`${c.code}: reports ${JSON.stringify(c.line)} (Docker: ${c.docker}; ${c.from})`, () => {
      const [d] = found(text, c.code);
      assert.ok(d, `${c.code} did not fire on:\n${text}`);
      assert.match(d.message, c.says);
      assert.ok(/^[^\n]+[.?]$/.test(d.message), `one line: ${d.message}`);
      assert.strictEqual(d.severity, refusedRules.find(r => r.code === c.code)!.severity);
      if (c.fixed === undefined) return;
      assert.ok(d.fixes?.length, 'expected a fix');
      const after = applyFix(text, d.fixes![0]);
      assert.strictEqual(after, file(c.fixed));
      assert.deepStrictEqual(found(after, c.code), [], 'the fix removes the problem');
    });
    c.misses.forEach((miss, i) => {
      it(`${c.code}: stays silent on near miss ${i + 1} (${JSON.stringify(miss)})`, () => {
        assert.deepStrictEqual(found(file(miss), c.code).map(d => d.message), []);
      });
    });
  }

  it('gives every rule the source that refuses it, a docs link, a reference passage that exists, and a case', () => {
    const reference = path.resolve(__dirname, '..', '..', '..', '..', '..', 'shared', 'reference');
    for (const rule of refusedRules) {
      assert.strictEqual(rule.source, 'coach');
      assert.match(rule.rejectedBy ?? '', /^(moby\/buildkit|moby\/moby):[\w/.]+\.go$/, rule.code);
      assert.match(rule.docsUrl, /^https:\/\/docs\.docker\.com\//);
      assert.ok(rule.why.length > 40 && rule.fix.length > 20, rule.code);
      if (fs.existsSync(reference)) assert.ok(fs.existsSync(path.join(reference, rule.reference!.split('#')[0])), `${rule.code}: ${rule.reference}`);
      // These cannot sit under the `FROM` a case puts first: their own tests follow (and refusedFileLevel.test.ts).
      const ownTest = ['InstructionBeforeFrom', 'InvalidParserDirective', 'NoBuildStage'];
      assert.ok(cases.some(c => c.code === rule.code) || ownTest.includes(rule.code), `${rule.code} has a test case`);
    }
  });

  it('InstructionBeforeFrom: only ARG may stand above the first FROM', () => {
    // moby/buildkit frontend/dockerfile/instructions/commands.go CurrentStage: "no build stage in current context"
    const hits = found(joinLines('# syntax=docker/dockerfile:1', 'ARG BASE=alpine:3.20', 'RUN echo hi', 'FROM ${BASE}', 'RUN echo ok'), 'InstructionBeforeFrom');
    assert.deepStrictEqual(hits.map(d => d.range.start.line), [2]);
    assert.match(hits[0].message, /no build stage in current context/);
    // Near misses: ARG above FROM, anything below it, and a misspelt word (UnknownInstruction's).
    assert.deepStrictEqual(found(joinLines('ARG V=1', 'FROM alpine:3.20', 'RUN echo $V'), 'InstructionBeforeFrom'), []);
    assert.deepStrictEqual(found(joinLines('RUNN echo hi', 'FROM alpine:3.20'), 'InstructionBeforeFrom'), []);
  });

  it('leaves a word that is no instruction to UnknownInstruction: no "write \'APT-GET\'" from ConsistentInstructionCasing', () => {
    const text = file('RUN apt-get update &&\n    apt-get install -y curl');
    assert.deepStrictEqual(dockerfileDiagnostics(text).filter(d => d.range.start.line === 2).map(d => d.code), ['UnknownInstruction']);
  });

  it('reads flags as BuildKit does: a lone -- ends them, and ARG, STOPSIGNAL and HEALTHCHECK NONE never parse theirs', () => {
    assert.deepStrictEqual(found(file('RUN -- --not-a-flag'), 'InvalidFlag'), []);
    assert.deepStrictEqual(found(file('STOPSIGNAL --x SIGTERM'), 'InvalidFlag'), []);
    assert.deepStrictEqual(found(file('STOPSIGNAL --x SIGTERM'), 'InvalidStopSignal'), []);
    assert.deepStrictEqual(found(file('HEALTHCHECK --interval=5s NONE'), 'InvalidFlag'), []);
    assert.strictEqual(found(file('ENV --x=1 A=b'), 'InvalidFlag').length, 1);
    assert.strictEqual(found(file('RUN --mount=type=cache,target=/root/.cache --mount=type=secret,id=npm npm ci'), 'InvalidFlag').length, 0);
    assert.strictEqual(found(file('RUN --network=none --network=host true'), 'InvalidFlag').length, 1);
  });
});
