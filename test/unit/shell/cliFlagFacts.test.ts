// SPDX-License-Identifier: MIT
// Issue 25, item 2: a flag's hover says what this line's value means, the default, where learners trip,
// the Dockerfile or Compose equivalent, and the reference page. Expected facts come from
// docker-cli-docs/container_run.md (units, restart policies, --network host), buildkit-dockerfile-docs
// (ARG only at build time), compose-spec-docs (the service keys) and docker/cli pkg/kvfile/kvfile.go.
import * as assert from 'node:assert';
import { explainShell } from '../../../src/core/index';

const hoverAt = (line: string, word: string) => explainShell(line, { line: 0, character: line.indexOf(word) + 1 })?.markdown ?? '';

const cases: [line: string, at: string, facts: RegExp[]][] = [
  ['docker run --memory 512m web', '--memory', [/512 MiB/, /Compose: `mem_limit:`/, /Default: `0`/, /reference\/cli\/docker\/container\/run/]],
  ['docker run --memory 512 web', '--memory', [/512 bytes/]],
  ['docker run --cpus 1.5 web', '--cpus', [/one and a half cores/]],
  ['docker run --restart unless-stopped web', '--restart', [/once you stop it, it stays stopped, even after the daemon restarts/, /Default: `no`/, /Compose: `restart:`/]],
  ['docker run --network host -p 80:80 web', '--network', [/`-p` is not needed \(Docker ignores it\)/]],
  ['docker run --mount type=bind,src=./site,dst=/usr/share/nginx/html,readonly nginx', '--mount', [/Bind mount/, /Read-only/]],
  ['docker run --pull always web', '--pull', [/downloads the image every time/]],
  ['docker run --platform linux/amd64 web', '--platform', [/emulation/]],
  ['docker run --env-file .env web', '--env-file', [/Quotes are kept/]],
  ['docker run -e API_KEY web', '-e', [/copies `API_KEY` from the environment of the shell/, /Dockerfile: `ENV`/]],
  ['docker run --rm -d web', '--rm', [/its logs with it/]],
  ['docker run --entrypoint sh web', '--entrypoint', [/`ENTRYPOINT`/]],
  ['docker run -w /app web', '-w', [/overrides `WORKDIR`/]],
  ['docker run -u 1000 web', '-u', [/overrides `USER`/]],
  ['docker build --build-arg VERSION=2 .', '--build-arg', [/`ARG`, during the build only; the running container never sees it/]],
  ['docker run -p 8080:80 web', '-p', [/Compose: `ports:`/]],
  ['docker run --health-cmd "curl -f localhost" web', '--health-cmd', [/`HEALTHCHECK CMD`/]],
  ['docker run --health-interval 30s web', '--health-interval', [/`HEALTHCHECK --interval`/, /Default: `0s`/]],
];

describe('explainShell: what each flag\'s value means in this line (issue 25)', () => {
  for (const [line, at, facts] of cases) {
    it(`${line}: ${at}`, () => {
      const md = hoverAt(line, at);
      for (const fact of facts) assert.match(md, fact);
    });
  }
});
