// SPDX-License-Identifier: MIT
// Docker Coach's own Dockerfile rules (issue 10, point 3): for each rule, a line that triggers it
// (with its range), near misses that must stay silent, and every quick fix applied to its example.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DockerfileParser } from 'dockerfile-ast';
import { dockerfileDiagnostics } from '../../../src/core/diagnostics/dockerfileDiagnostics';
import { practiceRules } from '../../../src/core/diagnostics/dockerfile/practiceRules';
import type { Diagnostic, Fix } from '../../../src/core/diagnostics/types';
import { LineIndex } from '../../../src/core/text';
import { joinLines } from '../helpers';
import { seededRandom } from '../../../bench/generate';

/** Applies a fix as an editor would (last edit first). A local copy keeps these tests independent of index.ts. */
function applyFix(text: string, fix: Fix): string {
  const lines = new LineIndex(text);
  const edits = fix.edits.map(e => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText })).sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

// The rule under test is turned on, so the ones the editor keeps off by default (read by the security review) run too.
const found = (text: string, code: string): Diagnostic[] => dockerfileDiagnostics(text, { settings: { rules: { [code]: 'warning' } } }).filter(d => d.code === code);
const range = (line: number, from: number, to: number, endLine = line) => ({ start: { line, character: from }, end: { line: endLine, character: to } });

interface Case {
  code: string;
  text: string;
  /** The range of the first finding. */
  at: ReturnType<typeof range>;
  /** A piece of its message. */
  says?: RegExp;
  /** What the text holds after the first fix, if the rule offers one. */
  fixed?: string;
  /** Texts that must not trigger the rule. */
  misses: string[];
}

const cases: Case[] = [
  {
    code: 'RootUser',
    text: joinLines('FROM python:3.12-slim', 'RUN useradd --create-home app', 'COPY --chown=app . /app', 'CMD ["python", "app.py"]'),
    at: range(0, 5, 21),
    says: /No USER line/,
    fixed: joinLines('FROM python:3.12-slim', 'RUN useradd --create-home app', 'COPY --chown=app . /app', 'USER app', 'CMD ["python", "app.py"]'),
    misses: [
      joinLines('FROM python:3.12-slim', 'USER 1000', 'CMD ["python"]'),
      joinLines('FROM node:22 AS base', 'USER node', 'FROM base', 'CMD ["node"]'),
      joinLines('FROM alpine:3.20', 'RUN apk add su-exec', 'ENTRYPOINT ["/entrypoint.sh"]'),
      joinLines('FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'CMD ["cmd"]'),
      joinLines('FROM alpine:3.20 AS build', 'FROM scratch', 'USER 65534', 'COPY --from=build /bin/sh /sh'),
    ],
  },
  {
    code: 'RootUser',
    text: joinLines('FROM alpine:3.20', 'USER app', 'RUN echo hi', 'USER root:root'),
    at: range(3, 0, 14),
    says: /last USER is `root:root`/,
    // The first fix is the pair the rule recommends (issue 24); creating a user needs root, so USER root stays above it.
    fixed: joinLines('FROM alpine:3.20', 'USER app', 'RUN echo hi', 'USER root:root', 'RUN adduser -D app', 'USER app'),
    misses: [],
  },
  {
    code: 'UnpinnedBaseImage',
    text: joinLines('FROM --platform=linux/amd64 node AS build', 'FROM nginx:latest', 'FROM build'),
    at: range(0, 28, 32),
    says: /no tag/,
    misses: [
      joinLines('FROM scratch'),
      joinLines('ARG BASE=node:22', 'FROM ${BASE}'),
      joinLines('FROM node@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'),
      joinLines('FROM node:22 AS build', 'FROM build'),
      joinLines('FROM localhost:5000/app:1.0'),
    ],
  },
  {
    code: 'PrivilegedRun',
    text: joinLines('FROM alpine:3.20', 'RUN --security=insecure cat /proc/self/status'),
    at: range(1, 4, 23),
    fixed: joinLines('FROM alpine:3.20', 'RUN cat /proc/self/status'),
    misses: [joinLines('FROM alpine:3.20', 'RUN --security=sandbox echo ok', 'RUN echo --security=insecure')],
  },
  {
    code: 'SecretCopied',
    text: joinLines('FROM node:22', 'COPY package.json .env ./'),
    at: range(1, 18, 22),
    says: /environment file/,
    misses: [
      joinLines('FROM node:22', 'COPY .env.example ./'),
      joinLines('FROM node:22', 'COPY certs/ca.pem fullchain.pem /etc/ssl/'),
      joinLines('FROM node:22 AS a', 'FROM node:22', 'COPY --from=a /root/.env /x'),
      joinLines('FROM node:22', 'COPY id_rsa.pub /root/.ssh/authorized_keys'),
    ],
  },
  {
    code: 'SecretCopied',
    text: joinLines('FROM alpine:3.20', 'ADD ["keys/id_ed25519", "/root/.ssh/"]'),
    at: range(1, 6, 21),
    says: /SSH private key/,
    misses: [],
  },
  {
    code: 'AddInsteadOfCopy',
    text: joinLines('FROM alpine:3.20', 'ADD --chown=app ./src /app/src'),
    at: range(1, 0, 3),
    fixed: joinLines('FROM alpine:3.20', 'COPY --chown=app ./src /app/src'),
    misses: [
      joinLines('FROM alpine:3.20', 'ADD https://example.com/a.txt /a.txt'),
      joinLines('FROM alpine:3.20', 'ADD rootfs.tar.gz /'),
      joinLines('FROM alpine:3.20', 'ADD git@github.com:user/repo.git /src'),
      joinLines('FROM alpine:3.20', 'ADD --checksum=sha256:abc file /f'),
      joinLines('FROM alpine:3.20', 'ARG SRC', 'ADD $SRC /x'),
    ],
  },
  {
    code: 'CurlPipeShell',
    text: joinLines('FROM debian:12', 'RUN curl -fsSL https://get.example.com | sudo sh -s -- --yes'),
    at: range(1, 4, 48),
    says: /`curl … \| sh`/,
    misses: [
      joinLines('FROM debian:12', 'RUN curl -fsSL https://x/a.tgz | tar -xz -C /opt'),
      joinLines('FROM debian:12', 'RUN curl -o /tmp/i.sh https://x/i.sh && echo "abc  /tmp/i.sh" | sha256sum -c - && sh /tmp/i.sh'),
      joinLines('FROM debian:12', 'RUN curl -s https://api/x.json | python3 -c "import json,sys; print(json.load(sys.stdin))"'),
      joinLines('FROM debian:12', 'RUN curl -s https://x || sh fallback.sh'),
    ],
  },
  {
    code: 'CurlPipeShell',
    text: joinLines('FROM debian:12', 'RUN sh -c "$(wget -qO- https://x/install.sh)"'),
    at: range(1, 4, 45),
    misses: [],
  },
  {
    code: 'AptGetMissingYes',
    text: joinLines('FROM debian:12', 'RUN apt-get update && apt-get install --no-install-recommends curl \\', '    && rm -rf /var/lib/apt/lists/*'),
    at: range(1, 22, 37),
    fixed: joinLines('FROM debian:12', 'RUN apt-get update && apt-get install -y --no-install-recommends curl \\', '    && rm -rf /var/lib/apt/lists/*'),
    misses: [
      joinLines('FROM debian:12', 'RUN apt-get -qy install --no-install-recommends curl && rm -rf /var/lib/apt/lists/*'),
      joinLines('FROM debian:12', 'RUN apt-get install --assume-yes --no-install-recommends curl'),
      joinLines('FROM debian:12', 'RUN DEBIAN_FRONTEND=noninteractive apt-get install --yes --no-install-recommends curl'),
      joinLines('FROM debian:12', 'RUN echo apt-get install curl'),
      joinLines('FROM debian:12', 'RUN yes | apt-get install --no-install-recommends curl'),
    ],
  },
  {
    code: 'AptGetRecommends',
    text: joinLines('FROM debian:12', 'RUN apt-get install -y curl'),
    at: range(1, 4, 19),
    fixed: joinLines('FROM debian:12', 'RUN apt-get install --no-install-recommends -y curl'),
    misses: [
      joinLines('FROM debian:12', 'RUN apt-get install -y --no-install-recommends curl'),
      joinLines('FROM debian:12', 'RUN apt-get -o APT::Install-Recommends=false install -y curl'),
      joinLines('FROM debian:12', 'RUN apt-get update'),
    ],
  },
  {
    code: 'AptListsNotCleaned',
    text: joinLines('FROM debian:12', 'RUN apt-get update && apt-get install -y --no-install-recommends curl'),
    at: range(1, 4, 18),
    fixed: joinLines('FROM debian:12', 'RUN apt-get update && apt-get install -y --no-install-recommends curl \\', '    && rm -rf /var/lib/apt/lists/*'),
    misses: [
      joinLines('FROM debian:12', 'RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*'),
      joinLines('FROM ubuntu:24.04', 'RUN apt-get update; apt-get install -y --no-install-recommends wget; apt-get dist-clean'),
      joinLines('FROM debian:12', 'RUN --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y --no-install-recommends gcc'),
      // A build stage that the final image only copies from.
      joinLines('FROM debian:12 AS build', 'RUN apt-get update && apt-get install -y --no-install-recommends gcc', 'FROM scratch', 'COPY --from=build /bin/true /true'),
    ],
  },
  {
    code: 'AptGetUpgrade',
    text: joinLines('FROM debian:12', 'RUN apt-get update && apt-get -y dist-upgrade && rm -rf /var/lib/apt/lists/*'),
    at: range(1, 22, 45),
    misses: [joinLines('FROM debian:12', 'RUN pip install --upgrade --no-cache-dir pip', 'RUN apt-get install -y --no-install-recommends --only-upgrade curl')],
  },
  {
    code: 'SudoInRun',
    text: joinLines('FROM ubuntu:24.04', 'RUN sudo -E make install'),
    at: range(1, 4, 8),
    says: /`sudo make`/,
    misses: [joinLines('FROM ubuntu:24.04', 'RUN apt-get install -y --no-install-recommends sudo && rm -rf /var/lib/apt/lists/*')],
  },
  {
    code: 'PipCacheNotDisabled',
    text: joinLines('FROM python:3.12-slim', 'RUN python3 -m pip install -r requirements.txt'),
    at: range(1, 4, 26),
    fixed: joinLines('FROM python:3.12-slim', 'RUN python3 -m pip install --no-cache-dir -r requirements.txt'),
    misses: [
      joinLines('FROM python:3.12-slim', 'RUN pip install --no-cache-dir flask'),
      joinLines('FROM python:3.12-slim', 'RUN --mount=type=cache,target=/root/.cache/pip pip install flask'),
      joinLines('FROM python:3.12-slim', 'ENV PIP_NO_CACHE_DIR=1', 'RUN pip install flask'),
      joinLines('FROM python:3.12-slim', 'RUN pip download flask'),
    ],
  },
  {
    code: 'NpmInstallWithLock',
    text: joinLines('FROM node:22', 'COPY package.json package-lock.json ./', 'RUN npm install --omit=dev'),
    at: range(2, 4, 15),
    fixed: joinLines('FROM node:22', 'COPY package.json package-lock.json ./', 'RUN npm ci --omit=dev'),
    misses: [
      joinLines('FROM node:22', 'COPY package.json ./', 'RUN npm install'),
      joinLines('FROM node:22', 'COPY package*.json ./', 'RUN npm install express'),
      joinLines('FROM node:22', 'COPY package*.json ./', 'RUN npm install -g npm@11'),
      joinLines('FROM node:22', 'RUN npm install', 'COPY package-lock.json ./'),
    ],
  },
  {
    code: 'CdInRun',
    text: joinLines('FROM node:22', 'RUN cd /app', 'RUN npm ci'),
    at: range(1, 4, 11),
    says: /does nothing for the next lines/,
    fixed: joinLines('FROM node:22', 'WORKDIR /app', 'RUN npm ci'),
    misses: [
      joinLines('FROM node:22', 'RUN (cd web && npm ci)'),
      joinLines('FROM node:22', 'RUN cd /tmp && curl -O https://x/a.tgz'),
      joinLines('FROM node:22', 'RUN curl -O https://x/a.tgz && tar xzf a.tgz && cd a && make'),
    ],
  },
  {
    code: 'CdInRun',
    text: joinLines('FROM node:22', 'RUN cd /app && npm ci'),
    at: range(1, 4, 11),
    says: /lasts only for this RUN/,
    misses: [],
  },
  {
    code: 'MalformedExecForm',
    text: joinLines('FROM node:22', "CMD ['npm', 'start',]"),
    at: range(1, 4, 21),
    says: /single quotes/,
    fixed: joinLines('FROM node:22', 'CMD ["npm", "start"]'),
    misses: [
      joinLines('FROM node:22', 'CMD ["npm", "start"]'),
      joinLines('FROM node:22', 'RUN [ -f /etc/os-release ] && echo ok'),
      joinLines('FROM node:22', 'RUN [ -d /app ]'),
      joinLines('FROM node:22', 'CMD npm start'),
    ],
  },
  {
    code: 'MalformedExecForm',
    text: joinLines('FROM node:22', 'HEALTHCHECK --interval=5s CMD [curl, -f, "http://localhost/"]'),
    at: range(1, 30, 61),
    fixed: joinLines('FROM node:22', 'HEALTHCHECK --interval=5s CMD ["curl", "-f", "http://localhost/"]'),
    misses: [],
  },
  {
    code: 'ShellEntrypointIgnoresCmd',
    text: joinLines('FROM python:3.12-slim', 'ENTRYPOINT exec python app.py', 'CMD ["--port", "8080"]'),
    at: range(2, 0, 3),
    says: /line 2/,
    fixed: joinLines('FROM python:3.12-slim', 'ENTRYPOINT ["python", "app.py"]', 'CMD ["--port", "8080"]'),
    misses: [
      joinLines('FROM python:3.12-slim', 'ENTRYPOINT ["python", "app.py"]', 'CMD ["--port", "8080"]'),
      joinLines('FROM python:3.12-slim', 'ENTRYPOINT python app.py'),
      joinLines('FROM python:3.12-slim AS base', 'CMD ["x"]', 'FROM base', 'ENTRYPOINT python app.py'),
    ],
  },
  {
    code: 'ExposePortOutOfRange',
    text: joinLines('FROM nginx:1.27', 'EXPOSE 80 8000-70000/tcp'),
    at: range(1, 10, 20),
    says: /70000/,
    misses: [joinLines('FROM nginx:1.27', 'ARG PORT=80', 'EXPOSE 80/udp 65535 1-1024 ${PORT}')],
  },
  {
    code: 'CopyFromUnknownStage',
    text: joinLines('FROM golang:1.22 AS build', 'FROM alpine:3.20', 'COPY --from=biuld /app /app'),
    at: range(2, 12, 17),
    says: /did you mean `build`/,
    fixed: joinLines('FROM golang:1.22 AS build', 'FROM alpine:3.20', 'COPY --from=build /app /app'),
    misses: [
      joinLines('FROM golang:1.22 AS build', 'FROM alpine:3.20', 'COPY --from=BUILD /app /app', 'COPY --from=0 /app /app'),
      joinLines('FROM alpine:3.20', 'COPY --from=nginx:1.27 /etc/nginx/nginx.conf /n.conf', 'COPY --from=docker.io/library/busybox /bin/sh /sh'),
      joinLines('FROM alpine:3.20', 'ARG SRC=a', 'COPY --from=$SRC /x /x'),
    ],
  },
  {
    code: 'CopyFromUnknownStage',
    text: joinLines('FROM alpine:3.20 AS a', 'COPY --from=1 /x /x', 'FROM alpine:3.20 AS b', 'COPY --from=b /y /y'),
    at: range(1, 12, 13),
    says: /comes later/,
    misses: [],
  },
  {
    code: 'CopyAllBeforeInstall',
    text: joinLines('FROM node:22', 'WORKDIR /app', 'COPY . .', 'RUN npm ci', 'CMD ["node", "."]'),
    at: range(2, 5, 6),
    says: /`npm ci` \(line 4\)/,
    misses: [
      joinLines('FROM node:22', 'COPY package*.json ./', 'RUN npm ci', 'COPY . .', 'RUN npm run build'),
      joinLines('FROM python:3.12', 'COPY . .', 'RUN pip install --no-cache-dir .'),
    ],
  },
  {
    // hadolint DL3044: Do not refer to an environment variable within the same `ENV` statement where it is defined.
    code: 'EnvUsesItsOwnName',
    text: joinLines('FROM alpine:3.20', 'ENV APP_HOME=/app APP_BIN=${APP_HOME}/bin'),
    at: range(1, 18, 41),
    says: /`\$APP_HOME` here is not `\/app`/,
    misses: [
      joinLines('FROM alpine:3.20', 'ENV APP_HOME=/app', 'ENV APP_BIN=$APP_HOME/bin'),
      joinLines('FROM alpine:3.20', 'ENV PATH=/app/bin:$PATH'),
      joinLines('FROM alpine:3.20', 'ARG APP_HOME=/srv', 'ENV APP_HOME=/app APP_BIN=$APP_HOME/bin'),
      joinLines('FROM alpine:3.20', 'ENV APP_HOME=/app APP_BIN=$APP_HOMEDIR/bin'),
    ],
  },
  {
    // hadolint DL3045: `COPY` to a relative destination without `WORKDIR` set.
    code: 'CopyRelativeWithoutWorkdir',
    text: joinLines('FROM python:3.12', 'COPY --chown=app requirements.txt ./'),
    at: range(1, 34, 36),
    says: /`\.\/` is relative, and no WORKDIR is set yet/,
    misses: [
      joinLines('FROM python:3.12', 'WORKDIR /app', 'COPY requirements.txt ./'),
      joinLines('FROM python:3.12', 'COPY requirements.txt /app/'),
      joinLines('FROM python:3.12 AS base', 'WORKDIR /app', 'FROM base', 'COPY . .'),
      joinLines('FROM golang:1.23 AS build', 'RUN go build -o /app .', 'FROM scratch', 'COPY --from=build /app .'),
      joinLines('FROM python:3.12', 'COPY app.py $APP_HOME/'),
    ],
  },
  {
    // hadolint DL3046: `useradd` without flag `-l` and high UID will result in excessively large Image.
    code: 'UseraddHighUid',
    text: joinLines('FROM debian:12', 'RUN useradd --uid 1000000 app'),
    at: range(1, 4, 11),
    says: /UID 1000000 and no `-l`/,
    fixed: joinLines('FROM debian:12', 'RUN useradd -l --uid 1000000 app'),
    misses: [
      joinLines('FROM debian:12', 'RUN useradd -l --uid 1000000 app'),
      joinLines('FROM debian:12', 'RUN useradd --no-log-init -u 1000000 app'),
      joinLines('FROM debian:12', 'RUN useradd -u 1000 app'),
      joinLines('FROM debian:12', 'RUN useradd -u $APP_UID app'),
    ],
  },
  {
    // hadolint DL3001 (the `service` part): For some bash commands it makes no sense running them in a Docker container.
    code: 'ServiceStartInRun',
    text: joinLines('FROM ubuntu:24.04', 'RUN apt-get update && apt-get install -y nginx && service nginx start'),
    at: range(1, 50, 69),
    says: /`service … start` in a RUN lasts only for this build step/,
    misses: [
      joinLines('FROM mysql:8.4', 'RUN service mysql start && mysql < /seed.sql'),
      joinLines('FROM ubuntu:24.04', 'RUN service --status-all'),
      joinLines('FROM ubuntu:24.04', 'CMD ["nginx", "-g", "daemon off;"]'),
    ],
  },
  {
    code: 'ServiceStartInRun',
    text: joinLines('FROM ubuntu:24.04', 'RUN systemctl enable nginx'),
    at: range(1, 4, 20),
    says: /`systemctl … enable`/,
    misses: [joinLines('FROM ubuntu:24.04', 'RUN systemctl --version')],
  },
  {
    code: 'ImageWithoutHealthcheck',
    text: joinLines('FROM alpine:3.20', 'CMD ["sh"]'),
    at: range(0, 0, 4),
    says: /no HEALTHCHECK in this file/,
    misses: [
      joinLines('FROM alpine:3.20', 'HEALTHCHECK CMD true', 'CMD ["sh"]'),
      // Inherited from the stage the final one builds on.
      joinLines('FROM alpine:3.20 AS base', 'HEALTHCHECK CMD true', 'FROM base', 'CMD ["sh"]'),
    ],
  },
  {
    code: 'ImageWithoutHealthcheck',
    text: joinLines('FROM alpine:3.20', 'HEALTHCHECK NONE'),
    at: range(1, 0, 11),
    says: /`HEALTHCHECK NONE` switches the health check off/,
    misses: [],
  },
  {
    code: 'ContextSecretsNotIgnored',
    text: joinLines('FROM node:22', 'WORKDIR /app', 'COPY . .'),
    at: range(2, 5, 6),
    says: /there is no \.dockerignore/,
    misses: [
      joinLines('FROM node:22', 'COPY package.json package-lock.json ./'),
      joinLines('FROM node:22 AS build', 'FROM node:22', 'COPY --from=build . .'),
    ],
  },
];

// Cases for these live in packageShellRules.test.ts, next to hadolint's wording of the same checks.
const testedElsewhere = new Set(['ApkAddWithoutNoCache', 'RpmInstallMissingYes', 'PipeWithoutPipefail', 'AptInScript', 'ZypperMissingNonInteractive', 'RpmCacheNotCleaned', 'BinShReplaced', 'YarnCacheNotCleaned']);

describe('practice rules (Docker Coach security and good practice)', () => {
  for (const c of cases) {
    it(`${c.code}: reports ${JSON.stringify(c.text.split('\n').slice(-1)[0])}`, () => {
      const [d] = found(c.text, c.code);
      assert.ok(d, `${c.code} did not fire on:\n${c.text}`);
      assert.deepStrictEqual(d.range, c.at, d.message);
      if (c.says) assert.match(d.message, c.says);
      assert.ok(/^[^\n]+[.?]$/.test(d.message), `one sentence: ${d.message}`);
      if (c.fixed === undefined) return;
      assert.ok(d.fixes?.length, 'expected a fix');
      const after = applyFix(c.text, d.fixes[0]);
      assert.strictEqual(after, c.fixed);
      assert.ok(DockerfileParser.parse(after).getInstructions().length > 0, 'the fixed text parses');
      assert.deepStrictEqual(found(after, c.code).filter(x => x.range.start.line === d.range.start.line), [], 'the fix removes the finding');
    });
    c.misses.forEach((miss, i) => {
      it(`${c.code}: stays silent on near miss ${i + 1}`, () => {
        assert.deepStrictEqual(found(miss, c.code).map(d => d.message), []);
      });
    });
  }

  it('gives every rule our own words, a docs link and a reference passage that exists', () => {
    const reference = path.resolve(__dirname, '..', '..', '..', '..', '..', 'shared', 'reference');
    for (const rule of practiceRules) {
      assert.strictEqual(rule.source, 'coach');
      assert.match(rule.code, /^[A-Z][A-Za-z]+$/);
      assert.match(rule.docsUrl, /^https:\/\/docs\.docker\.com\//);
      assert.ok(rule.why.length > 40 && rule.fix.length > 20, rule.code);
      assert.ok(rule.reference, rule.code);
      if (fs.existsSync(reference)) assert.ok(fs.existsSync(path.join(reference, rule.reference!.split('#')[0])), `${rule.code}: ${rule.reference}`);
      assert.ok(cases.some(c => c.code === rule.code) || testedElsewhere.has(rule.code), `${rule.code} has a test case`);
    }
  });

  it('does not duplicate BuildKit: repeated CMD is MultipleInstructionsDisallowed, not ours', () => {
    const text = joinLines('FROM alpine:3.20', 'USER nobody', 'CMD ["a"]', 'CMD ["b"]');
    const ours = new Set(practiceRules.map(r => r.code));
    assert.deepStrictEqual(dockerfileDiagnostics(text).filter(d => ours.has(d.code)), []);
  });

  it('reads a RUN here-document as a script, but not one fed to another program', () => {
    const script = joinLines('FROM debian:12', 'RUN <<EOF', '# update first', 'apt-get install curl', 'EOF');
    assert.strictEqual(found(script, 'AptGetMissingYes').length, 1);
    const python = joinLines('FROM python:3.12', 'RUN python3 <<EOF', 'print("apt-get install curl")', 'EOF');
    assert.strictEqual(found(python, 'AptGetMissingYes').length, 0);
  });

  it('EnvUsesItsOwnName finds, on random ENV and ARG lines, what a pattern per name and pair finds', () => {
    // The rule reads each value once for the names it uses; this oracle is the way it read them before: one
    // pattern per pair of pairs, `$NAME` or `${NAME}`/`${NAME:…}` outside single quotes, not after `\\`.
    const refersTo = (value: string, name: string) => new RegExp(`\\$(\\{${name}[}:]|${name}(?![A-Za-z0-9_]))`).test(value.replace(/'[^']*'/g, '').replace(/\\\$/g, ''));
    const next = seededRandom(44);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
    const names = ['A', 'AB', 'A_1', 'B', 'HOME', 'HOMEDIR'];
    const uses = (name: string) => pick([`$${name}`, `\${${name}}`, `\${${name}:-x}`, `\${${name}-x}`, `'$${name}'`, `\\$${name}`, `$${name}x`, `$$${name}`, `/p/$${name}/q`, 'plain']);
    let reports = 0;
    for (let round = 0; round < 300; round++) {
      const lines = ['FROM alpine'];
      for (let l = 0; l < 3; l++) {
        const keyword = next() < 0.25 ? 'ARG' : 'ENV';
        const count = 1 + Math.floor(next() * 4);
        lines.push(`${keyword} ${Array.from({ length: count }, () => `${pick(names)}=${uses(pick(names))}${next() < 0.3 ? uses(pick(names)) : ''}`).join(' ')}`);
      }
      const expected: string[] = [];
      const known = new Set<string>();
      lines.slice(1).forEach((line, l) => {
        const [keyword, ...words] = line.split(' ');
        const pairs = words.map(w => ({ name: w.slice(0, w.indexOf('=')), value: w.slice(w.indexOf('=') + 1), at: line.indexOf(w) }));
        if (keyword === 'ENV' && pairs.length > 1) {
          for (const used of pairs) {
            const set = pairs.find(p => p !== used && !known.has(p.name) && refersTo(used.value, p.name));
            if (set) expected.push(`${l + 1}:${used.at} ${set.name}`);
          }
        }
        for (const p of pairs) known.add(p.name);
      });
      const text = joinLines(...lines);
      const got = found(text, 'EnvUsesItsOwnName').map(d => `${d.range.start.line}:${d.range.start.character} ${/^`\$(\w+)`/.exec(d.message)?.[1]}`);
      assert.deepStrictEqual(got, expected, text);
      reports += got.length;
    }
    assert.ok(reports > 50, `only ${reports} reports in 300 rounds: the lines do not exercise the rule`);
  });

  it('reads continuation lines and the comment lines inside them', () => {
    const text = joinLines('FROM debian:12', 'RUN apt-get update \\', '# only curl', '  && apt-get install -y \\', '     curl \\', '  && rm -rf /var/lib/apt/lists/*');
    assert.deepStrictEqual(found(text, 'AptListsNotCleaned'), []);
    assert.deepStrictEqual(found(text, 'AptGetMissingYes'), []);
  });
});
