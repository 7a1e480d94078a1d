// SPDX-License-Identifier: MIT
// Alpine and RHEL package managers and pipes in RUN (issue 23): the same conditions as hadolint's
// DL3019, DL3030/DL3038 and DL4006 (hadolint/hadolint src/Hadolint/Rule/*.hs), with hadolint's
// message beside each case and what Docker itself does.
import * as assert from 'assert';
import { dockerfileDiagnostics } from '../../../src/core/diagnostics/dockerfileDiagnostics';
import type { Diagnostic } from '../../../src/core/diagnostics/types';
import { joinLines } from '../helpers';
import { applyFix } from './applyFix';

const found = (text: string, code: string): Diagnostic[] => dockerfileDiagnostics(text).filter(d => d.code === code);
const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });

interface Case { code: string; hadolint: string; text: string; at: ReturnType<typeof range>; says: RegExp; fixed?: string; misses: string[] }

const cases: Case[] = [
  {
    code: 'ApkAddWithoutNoCache',
    hadolint: 'DL3019: Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages',
    text: joinLines('FROM alpine:3.20', 'RUN apk update && apk add curl', 'USER nobody'),
    at: range(1, 18, 25),
    says: /package index in this layer/,
    fixed: joinLines('FROM alpine:3.20', 'RUN apk update && apk add --no-cache curl', 'USER nobody'),
    misses: [
      joinLines('FROM alpine:3.20', 'RUN apk add --no-cache curl'),
      joinLines('FROM alpine:3.20', 'RUN --mount=type=cache,target=/var/cache/apk apk add curl'),
      joinLines('FROM alpine:3.20', 'RUN apk del curl'),
      joinLines('FROM alpine:3.20', 'RUN apk add --no-network --virtual .rundeps $runDeps'),
      joinLines('FROM alpine:3.20 AS build', 'RUN apk add gcc', 'FROM alpine:3.20', 'COPY --from=build /a /a'),
    ],
  },
  {
    code: 'RpmInstallMissingYes',
    hadolint: 'DL3030: Use the -y switch to avoid manual input `yum install -y <package>`',
    text: joinLines('FROM centos:7', 'RUN yum install httpd'),
    at: range(1, 4, 15),
    says: /Is this ok \[y\/N\]/,
    fixed: joinLines('FROM centos:7', 'RUN yum install -y httpd'),
    misses: [
      joinLines('FROM centos:7', 'RUN yum install -y httpd'),
      joinLines('FROM centos:7', 'RUN yum -y install httpd'),
      joinLines('FROM centos:7', 'RUN yum install --assumeyes httpd'),
      joinLines('FROM centos:7', 'RUN yum clean all'),
      joinLines('FROM centos:7', 'RUN yes | yum install httpd'),
    ],
  },
  {
    code: 'RpmInstallMissingYes',
    hadolint: 'DL3038: Use the -y switch to avoid manual input `dnf install -y <package>` (dnf and microdnf)',
    text: joinLines('FROM registry.access.redhat.com/ubi9/ubi-minimal', 'RUN microdnf install nginx && microdnf clean all'),
    at: range(1, 4, 20),
    says: /`microdnf install` without `-y`/,
    fixed: joinLines('FROM registry.access.redhat.com/ubi9/ubi-minimal', 'RUN microdnf install -y nginx && microdnf clean all'),
    misses: [joinLines('FROM fedora:41', 'RUN dnf -qy install nginx'), joinLines('FROM fedora:41', 'RUN dnf upgrade-minimal')],
  },
  {
    code: 'PipeWithoutPipefail',
    hadolint: 'DL4006: Set the SHELL option -o pipefail before RUN with a pipe in it',
    text: joinLines('FROM debian:12', 'RUN curl -fsSL https://example.com/app.tgz | tar xz'),
    at: range(1, 4, 48),
    says: /only `tar` decides.*if `curl` fails/,
    misses: [
      joinLines('FROM debian:12', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', 'RUN curl -fsSL https://example.com/app.tgz | tar xz'),
      joinLines('FROM debian:12', 'RUN set -eo pipefail && curl -fsSL https://example.com/app.tgz | tar xz'),
      joinLines('FROM debian:12', 'RUN curl -fsSL -o app.tgz https://example.com/app.tgz || exit 1'),
      joinLines('FROM debian:12', 'RUN ["sh", "-c", "curl x | tar xz"]'),
      joinLines('FROM debian:12', 'RUN echo "$SHA256 *go.tgz" | sha256sum -c -'),
      joinLines('FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'SHELL ["powershell", "-Command"]', 'RUN Get-Item x | Remove-Item'),
      joinLines('FROM debian:12 AS base', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', 'FROM base', 'RUN curl x | tar xz'),
    ],
  },
  {
    code: 'AptInScript',
    hadolint: 'DL3027: Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead',
    text: joinLines('FROM ubuntu:24.04', 'RUN apt install -y curl # tools'),
    at: range(1, 4, 15),
    says: /meant for a terminal/,
    fixed: joinLines('FROM ubuntu:24.04', 'RUN apt-get install -y curl # tools'),
    misses: [
      joinLines('FROM ubuntu:24.04', 'RUN apt-get update && apt-get install -y curl'),
      joinLines('FROM ubuntu:24.04', 'RUN apt-cache policy curl'),
      joinLines('FROM ubuntu:24.04', 'RUN echo apt install'),
      joinLines('FROM ubuntu:24.04', 'RUN ["apt", "install", "-y", "curl"]'),
    ],
  },
  {
    code: 'ZypperMissingNonInteractive',
    hadolint: 'DL3034: Non-interactive switch missing from `zypper` command: `zypper install -y`',
    text: joinLines('FROM opensuse/leap:15.6', 'RUN zypper install curl && zypper clean --all'),
    at: range(1, 4, 18),
    says: /Continue\? \[y\/n/,
    fixed: joinLines('FROM opensuse/leap:15.6', 'RUN zypper -n install curl && zypper clean --all'),
    misses: [
      joinLines('FROM opensuse/leap:15.6', 'RUN zypper -n install curl'),
      joinLines('FROM opensuse/leap:15.6', 'RUN zypper --non-interactive in curl'),
      joinLines('FROM opensuse/leap:15.6', 'RUN zypper install -y curl'),
      joinLines('FROM opensuse/leap:15.6', 'RUN zypper refresh'),
    ],
  },
  {
    code: 'RpmCacheNotCleaned',
    hadolint: 'DL3040: `dnf clean all` missing after dnf command',
    text: joinLines('FROM fedora:41', 'RUN dnf install -y nginx # web server'),
    at: range(1, 4, 15),
    says: /does not run `dnf clean all` after it/,
    fixed: joinLines('FROM fedora:41', 'RUN dnf install -y nginx \\', '    && dnf clean all # web server'),
    misses: [
      joinLines('FROM fedora:41', 'RUN dnf install -y nginx && dnf clean all'),
      joinLines('FROM fedora:41', 'RUN dnf install -y nginx && rm -rf /var/cache/dnf'),
      joinLines('FROM fedora:41', 'RUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y nginx'),
      joinLines('FROM fedora:41 AS build', 'RUN dnf install -y gcc', 'FROM fedora:41', 'COPY --from=build /a /a'),
      joinLines('FROM fedora:41', 'RUN dnf remove -y nginx'),
    ],
  },
  {
    code: 'RpmCacheNotCleaned',
    hadolint: 'DL3032: `yum clean all` missing after yum command',
    text: joinLines('FROM centos:7', 'RUN yum clean all && yum install -y httpd'),
    at: range(1, 21, 32),
    says: /`yum install` leaves its download cache/,
    fixed: joinLines('FROM centos:7', 'RUN yum clean all && yum install -y httpd \\', '    && yum clean all'),
    misses: [joinLines('FROM centos:7', 'RUN yum install -y httpd && yum clean all')],
  },
  {
    code: 'RpmCacheNotCleaned',
    hadolint: 'DL3036: `zypper clean` missing after zypper use',
    text: joinLines('FROM opensuse/leap:15.6', 'RUN zypper -n in curl'),
    at: range(1, 4, 16),
    says: /`zypper clean --all`/,
    fixed: joinLines('FROM opensuse/leap:15.6', 'RUN zypper -n in curl \\', '    && zypper clean --all'),
    misses: [joinLines('FROM opensuse/leap:15.6', 'RUN zypper -n in curl && zypper cc -a')],
  },
  {
    code: 'YarnCacheNotCleaned',
    hadolint: 'DL3060: `yarn cache clean` missing after `yarn install` was run',
    text: joinLines('FROM node:22', 'WORKDIR /app', 'RUN yarn install --frozen-lockfile'),
    at: range(2, 4, 16),
    says: /does not run `yarn cache clean`/,
    misses: [
      joinLines('FROM node:22', 'RUN yarn install --frozen-lockfile && yarn cache clean'),
      joinLines('FROM node:22', 'RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install'),
      joinLines('FROM node:22 AS build', 'RUN yarn install', 'FROM nginx:1.27', 'COPY --from=build /app/dist /usr/share/nginx/html'),
      joinLines('FROM node:22', 'RUN yarn build'),
    ],
  },
  {
    code: 'AptGetUpgrade',
    hadolint: 'DL3035: Do not use `zypper dist-upgrade`',
    text: joinLines('FROM opensuse/leap:15.6', 'RUN zypper -n dup'),
    at: range(1, 4, 17),
    says: /`zypper dup` makes this image depend on the day it was built/,
    misses: [joinLines('FROM opensuse/leap:15.6', 'RUN zypper -n install curl && zypper clean --all')],
  },
  {
    code: 'BinShReplaced',
    hadolint: 'DL4005: Use SHELL to change the default shell',
    text: joinLines('FROM debian:12', 'RUN ln -sf /bin/bash /bin/sh'),
    at: range(1, 4, 28),
    says: /`SHELL` instruction/,
    misses: [
      joinLines('FROM debian:12', 'SHELL ["/bin/bash", "-c"]'),
      joinLines('FROM debian:12', 'RUN ln -sf /usr/bin/python3 /usr/bin/python'),
      joinLines('FROM debian:12', 'RUN test -x /bin/sh'),
    ],
  },
];

describe('package manager and shell rules (hadolint DL3019, DL3027, DL3030, DL3032, DL3034, DL3035, DL3036, DL3038, DL3040, DL3060, DL4005, DL4006)', () => {
  for (const c of cases) {
    it(`${c.code}: reports ${JSON.stringify(c.text.split('\n').slice(-1)[0])} (hadolint ${c.hadolint})`, () => {
      const [d] = found(c.text, c.code);
      assert.ok(d, `${c.code} did not fire on:\n${c.text}`);
      assert.deepStrictEqual(d.range, c.at, d.message);
      assert.match(d.message, c.says);
      if (c.fixed === undefined) return assert.strictEqual(d.fixes, undefined);
      const after = applyFix(c.text, d.fixes![0]);
      assert.strictEqual(after, c.fixed);
      assert.deepStrictEqual(found(after, c.code), []);
    });
    c.misses.forEach((miss, i) => {
      it(`${c.code}: stays silent on near miss ${i + 1}`, () => {
        assert.deepStrictEqual(found(miss, c.code).map(d => d.message), []);
      });
    });
  }
});
