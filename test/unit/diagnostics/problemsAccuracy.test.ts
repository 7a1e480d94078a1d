// SPDX-License-Identifier: MIT
// The Problems findings of the third accuracy review (issue 22, P1–P12 and P15), one case each, with
// the near cases that must keep working. The corpus-wide guards are in fixGuards and rootUserGuards.
import * as assert from 'assert';
import { composeDiagnostics, dockerfileDiagnostics, ruleDoc, type Diagnostic } from '../../../src/core/index';
import { joinLines } from '../helpers';
import { applyFix } from './applyFix';

const found = (text: string, code: string): Diagnostic[] => dockerfileDiagnostics(text).filter(d => d.code === code);
const one = (text: string, code: string): Diagnostic => {
  const list = found(text, code);
  assert.strictEqual(list.length, 1, `${code} on:\n${text}\ngave ${JSON.stringify(list)}`);
  return list[0];
};

describe('Problems accuracy (issue 22)', () => {
  describe('RootUser (P1, P2, P11, P12)', () => {
    it('P1: is silent on images that already run as non-root', () => {
      for (const from of ['gcr.io/distroless/static-debian12:nonroot', 'gcr.io/distroless/nodejs24-debian13:nonroot@sha256:' + 'a'.repeat(64),
        'grafana/grafana:7.5.16', 'docker.io/grafana/k6:2.2.0-with-browser', 'nginxinc/nginx-unprivileged:1.27-alpine', 'postgres:16']) {
        assert.deepStrictEqual(found(joinLines(`FROM ${from}`, 'COPY app /app', 'CMD ["/app"]'), 'RootUser'), [], from);
      }
    });

    it('P2: offers no switch to a daemon service account, and no fix when an entrypoint script starts the image', () => {
      const nginx = joinLines('FROM debian:bookworm-slim', 'RUN groupadd --system nginx && useradd --system -g nginx nginx', 'CMD ["nginx", "-g", "daemon off;"]');
      assert.strictEqual(one(nginx, 'RootUser').fixes, undefined);
      const dind = joinLines('FROM docker:29-cli', 'RUN addgroup -S dockremap && adduser -S -G dockremap dockremap', 'ENTRYPOINT ["dockerd-entrypoint.sh"]', 'CMD []');
      assert.strictEqual(one(dind, 'RootUser').fixes, undefined);
      const script = joinLines('FROM python:3.12-slim', 'WORKDIR /app', 'RUN useradd app && chown -R app /app', 'ENTRYPOINT ["/entrypoint.sh"]');
      assert.strictEqual(one(script, 'RootUser').fixes, undefined);
    });

    it('P2: switches to a created user only when the file shows it is the app user', () => {
      const chowned = joinLines('FROM python:3.12-slim', 'WORKDIR /app', 'RUN useradd --create-home app && chown -R app:app /app', 'CMD ["python", "app.py"]');
      assert.strictEqual(applyFix(chowned, one(chowned, 'RootUser').fixes![0]),
        joinLines('FROM python:3.12-slim', 'WORKDIR /app', 'RUN useradd --create-home app && chown -R app:app /app', 'USER app', 'CMD ["python", "app.py"]'));
      const home = joinLines('FROM alpine:3.20', 'RUN adduser -D -h /srv/app app', 'WORKDIR /srv/app', 'CMD ["./run"]');
      assert.match(one(home, 'RootUser').fixes![0].title, /user `app` created on line 2/);
      // Created, but nothing gives it the app: the pair the rule recommends first (issue 24), the numeric
      // nobody user, which needs no setup, second.
      const bare = joinLines('FROM python:3.12-slim', 'RUN useradd tools', 'COPY . /app', 'CMD ["python", "/app/app.py"]');
      assert.match(one(bare, 'RootUser').fixes![0].title, /^Create the user `app` \(`useradd --create-home app`\)/);
      assert.match(one(bare, 'RootUser').fixes![1].title, /^Run as user 65534/);
    });

    it('P2: warns on an nginx base without a fix, and points to the unprivileged image', () => {
      const d = one(joinLines('FROM nginx:alpine', 'COPY site /usr/share/nginx/html'), 'RootUser');
      assert.strictEqual(d.fixes, undefined);
      assert.match(d.message, /nginxinc\/nginx-unprivileged/);
    });

    it('P11: names the image the chain starts from, not the stage', () => {
      const d = one(joinLines('FROM python:3.7-alpine AS builder', 'RUN pip install flask', 'FROM builder AS dev-envs', 'CMD ["flask", "run"]'), 'RootUser');
      assert.match(d.message, /from stage `builder`, which starts from `python:3\.7-alpine`/);
      assert.doesNotMatch(d.message, /such as `builder`/);
    });

    it('P12: the why allows for a USER line in the base image', () => {
      assert.match(ruleDoc('RootUser')!.why, /^Unless a `USER` line \(here or in the base image\) says otherwise/);
    });
  });

  it('P3: SecretCopied leaves public signing keys alone, and still reports private keys', () => {
    for (const src of ['nodesource.gpg.key', 'Release.key', 'docker.asc', 'repo.gpg', 'public.key', 'signing-pub.key']) {
      assert.deepStrictEqual(found(joinLines('FROM debian:12', `COPY ${src} /tmp/`), 'SecretCopied'), [], src);
    }
    for (const src of ['server.key', 'private-gpg.key']) assert.strictEqual(found(joinLines('FROM debian:12', `COPY ${src} /tmp/`), 'SecretCopied').length, 1, src);
  });

  describe('NpmInstallWithLock (P4, P8)', () => {
    it('P4: after a wildcard COPY, says "if your project has a package-lock.json" and offers no fix', () => {
      for (const copy of ['COPY package*.json ./', 'COPY package.json package-lock.json* ./']) {
        const d = one(joinLines('FROM node:20', 'WORKDIR /app', copy, 'RUN npm install'), 'NpmInstallWithLock');
        assert.match(d.message, /^If your project has a `package-lock\.json`/);
        assert.strictEqual(d.fixes, undefined);
      }
    });

    it('P4: with the lock named, states it and offers npm ci', () => {
      const d = one(joinLines('FROM node:20', 'COPY package.json npm-shrinkwrap.json ./', 'RUN npm install'), 'NpmInstallWithLock');
      assert.match(d.message, /`npm-shrinkwrap\.json` \(copied on line 2\)/);
      assert.strictEqual(d.fixes![0].title, 'Use npm ci');
    });

    it('P8: the why says npm install changes the lock only when it and package.json disagree', () => {
      const why = ruleDoc('NpmInstallWithLock')!.why;
      assert.match(why, /when the lock and `package\.json` disagree/);
      assert.doesNotMatch(why, /starting point/);
    });
  });

  it('P5: the apt-lists fix goes before a trailing # comment, and is not offered when a comment hides the end', () => {
    const text = joinLines('FROM debian:12', 'RUN apt-get update && apt-get install -y curl # install curl', 'USER nobody');
    const d = one(text, 'AptListsNotCleaned');
    assert.strictEqual(applyFix(text, d.fixes![0]),
      joinLines('FROM debian:12', 'RUN apt-get update && apt-get install -y curl \\', '    && rm -rf /var/lib/apt/lists/* # install curl', 'USER nobody'));
    const hidden = joinLines('FROM debian:12', 'RUN apt-get update # refresh \\', '  && apt-get install -y curl', 'USER nobody');
    assert.strictEqual(one(hidden, 'AptListsNotCleaned').fixes, undefined);
  });

  it('P6: UndefinedVar reports a name inside ${X:+…} as BuildKit does, and a bare ARG declares it', () => {
    const env = 'ENV LD_LIBRARY_PATH=${LD_LIBRARY_PATH:+$LD_LIBRARY_PATH:}/opt/lib';
    assert.strictEqual(one(joinLines('FROM alpine:3.20', env), 'UndefinedVar').message, "Usage of undefined variable '$LD_LIBRARY_PATH'");
    assert.deepStrictEqual(found(joinLines('FROM alpine:3.20', 'ARG LD_LIBRARY_PATH', env), 'UndefinedVar'), []);
  });

  it('P7: AptGetMissingYes says apt aborts, not that the build waits', () => {
    const d = one(joinLines('FROM debian:12', 'RUN apt-get update && apt-get install curl'), 'AptGetMissingYes');
    assert.match(d.message, /aborts/);
    assert.doesNotMatch(d.message, /waiting|never comes/);
  });

  it('P9, P10: ReservedStageName and JSONArgsRecommended say only what the docs support', () => {
    assert.match(ruleDoc('ReservedStageName')!.why, /reserved words in BuildKit/);
    assert.doesNotMatch(ruleDoc('ReservedStageName')!.why, /context` means your build folder/);
    assert.match(ruleDoc('JSONArgsRecommended')!.why, /The shell often stays the main process/);
  });

  it('P15: CurlPipeShell reads -e as an inline script only for Perl, Ruby and Node, and a named script file as no pipe', () => {
    for (const run of ['curl -fsSL https://get.example.com | bash -e', 'curl -fsSL https://get.example.com | python3 -', 'curl -fsSL https://x | sh -s -- --yes']) {
      assert.strictEqual(found(joinLines('FROM debian:12', `RUN ${run}`), 'CurlPipeShell').length, 1, run);
    }
    for (const run of ['curl -s https://x/data | perl -ne "print"', 'curl -s https://x/data.json | node -e "process.stdin.pipe(process.stdout)"',
      'curl -s https://x/data | sh -ec "cat > /tmp/data"', 'curl -s https://x/data.json | python3 -m json.tool', 'curl -s https://x/data | python3 tools/import.py']) {
      assert.deepStrictEqual(found(joinLines('FROM debian:12', `RUN ${run}`), 'CurlPipeShell'), [], run);
    }
  });

  describe('name suggestions never create another problem', () => {
    it('CopyFromUnknownStage suggests only a stage defined above this one', () => {
      const self = one(joinLines('FROM alpine:3.20 AS build', 'COPY --from=buid /a /a'), 'CopyFromUnknownStage');
      assert.strictEqual(self.fixes, undefined);
      assert.doesNotMatch(self.message, /did you mean/);
      const later = one(joinLines('FROM alpine:3.20 AS first', 'COPY --from=secnd /a /a', 'FROM alpine:3.20 AS second'), 'CopyFromUnknownStage');
      assert.strictEqual(later.fixes, undefined);
      const earlier = one(joinLines('FROM alpine:3.20 AS build', 'FROM alpine:3.20', 'COPY --from=buid /a /a'), 'CopyFromUnknownStage');
      assert.strictEqual(earlier.fixes![0].title, 'Change to build');
    });

    it('UnknownKey does not rename to a key the block already has', () => {
      const d = composeDiagnostics(joinLines('services:', '  web:', '    imge: nginx', '    image: nginx:1.27')).find(x => x.code === 'UnknownKey');
      assert.ok(d);
      assert.strictEqual(d.fixes, undefined);
      assert.match(d.message, /`image` is already set here/);
      const typo = composeDiagnostics(joinLines('services:', '  web:', '    imge: nginx:1.27')).find(x => x.code === 'UnknownKey');
      assert.strictEqual(typo?.fixes?.[0].title, 'Rename to `image`');
    });
  });
});
