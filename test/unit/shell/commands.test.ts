// SPDX-License-Identifier: MIT
import * as assert from 'assert';
import { explainShell, range } from '../../../src/core/index';
import { dockerCommands } from '../../../src/core/knowledge/dockerCliCommands';
import { composeCommands } from '../../../src/core/knowledge/dockerCliCompose';
import { positionOf } from '../helpers';

/** The hover markdown at the `nth` occurrence of `needle` (plus `offset`) in `text`. */
function hoverAt(text: string, needle: string, offset = 0, nth = 0): string | undefined {
  return explainShell(text, positionOf(text, needle, offset, nth))?.markdown;
}

const DOCKER_LINES: Record<string, string> = {
  build: 'docker build -t api:1 .',
  run: 'docker run --rm api:1',
  exec: 'docker exec -it api sh',
  ps: 'docker ps -a',
  images: 'docker images',
  rmi: 'docker rmi api:1',
  rm: 'docker rm api',
  stop: 'docker stop api',
  start: 'docker start api',
  logs: 'docker logs api',
  pull: 'docker pull nginx:1.27',
  push: 'docker push me/api:1',
  tag: 'docker tag api:1 me/api:1',
  login: 'docker login',
  'volume ls': 'docker volume ls',
  'volume create': 'docker volume create db-data',
  'volume rm': 'docker volume rm db-data',
  'volume prune': 'docker volume prune',
  'network ls': 'docker network ls',
  'network create': 'docker network create cruddur',
  'network inspect': 'docker network inspect cruddur',
  'system prune': 'docker system prune',
};

describe('explainShell: docker subcommands', () => {
  it('explains each listed subcommand on the subcommand word, distinctly, with a docs.docker.com link', () => {
    const summaries = new Set<string>();
    for (const [name, line] of Object.entries(DOCKER_LINES)) {
      const last = name.split(' ').pop()!;
      const hover = explainShell(line, { line: 0, character: line.indexOf(` ${last}`) + 2 }); // inside the last command word
      assert.ok(hover, `no hover for docker ${name}`);
      assert.ok(hover.markdown.startsWith(`\`docker ${name}\``), `${name}: ${hover.markdown.slice(0, 40)}`);
      assert.match(hover.markdown, /\[Reference\]\(https:\/\/docs\.docker\.com\/reference\/cli\/docker\//);
      const summary = hover.markdown.split('\n\n')[1];
      assert.ok(!summaries.has(summary), `${name} repeats another summary`);
      summaries.add(summary);
    }
    assert.strictEqual(summaries.size, Object.keys(dockerCommands).length);
  });

  it('spans `docker run` when hovering either word, and reads the long forms `docker container run`, `docker image ls`', () => {
    const text = 'docker run --rm api:1';
    assert.deepStrictEqual(explainShell(text, { line: 0, character: 2 })?.range, range(0, 0, 0, 10));
    assert.deepStrictEqual(explainShell(text, { line: 0, character: 8 })?.range, range(0, 0, 0, 10));
    assert.match(hoverAt('docker container run -d api', 'run', 1)!, /^`docker run`/);
    assert.match(hoverAt('docker image ls', 'ls', 1)!, /^`docker images`/);
    assert.match(hoverAt('docker buildx build -t x .', 'build', 1, 1)!, /^`docker build`/);
  });

  it('says what this run line does: the image, the command that replaces CMD, the flags', () => {
    const md = hoverAt('docker run --rm -it -p 8080:80 nginx:1.27 sh -c "echo hi"', 'run', 1)!;
    assert.match(md, /Starts a container from `nginx:1\.27`/);
    assert.match(md, /Runs `sh -c "echo hi"` instead of the image's `CMD`/);
    assert.match(md, /Flags: `--rm`, `-it`, `-p 8080:80`/);
  });

  it('says where the build context and Dockerfile are', () => {
    const md = hoverAt('docker build -t backend-flask:1.0.0 ./backend-flask', 'build', 1)!;
    assert.match(md, /Sends the folder `\.\/backend-flask` as the build context, and reads `\.\/backend-flask\/Dockerfile`/);
    assert.match(md, /Names the result `backend-flask:1\.0\.0`/);
  });

  it('suggests the command meant by a typo, and says nothing about commands it does not know', () => {
    assert.match(hoverAt('docker imgaes', 'imgaes', 1)!, /Did you mean `docker images`\?/);
    // Every command of the reference is known now (issue 25); a word far from all of them gets nothing.
    assert.strictEqual(hoverAt('docker frobnicate', 'frobnicate', 1), undefined);
    assert.strictEqual(hoverAt('docker frobnicate', 'docker', 1), undefined);
  });
});

describe('explainShell: docker compose and docker-compose', () => {
  it('explains each listed compose subcommand, with both spellings', () => {
    for (const name of Object.keys(composeCommands)) {
      for (const program of ['docker compose', 'docker-compose']) {
        const line = `${program} ${name}`;
        const hover = explainShell(line, { line: 0, character: line.length - 1 });
        assert.ok(hover, `no hover for ${line}`);
        assert.ok(hover.markdown.startsWith(`\`${line}\``), hover.markdown.slice(0, 40));
        assert.match(hover.markdown, /docs\.docker\.com\/reference\/cli\/docker\/compose\//);
      }
    }
  });

  it('tells the v2 plugin `docker compose` from the old standalone v1 `docker-compose`', () => {
    const plugin = hoverAt('docker compose up -d', 'compose', 2)!;
    assert.match(plugin, /^`docker compose` · Compose v2 · plugin/);
    assert.match(plugin, /`docker-compose` with a dash is the old standalone v1 program/);
    const standalone = hoverAt('docker-compose', 'compose', 2)!;
    assert.match(standalone, /^`docker-compose` · Compose v1 · standalone program/);
    const upV1 = hoverAt('docker-compose up -d', 'up', 1)!;
    assert.match(upV1, /^`docker-compose up`/);
    assert.match(upV1, /Compose v1 is no longer updated/);
  });

  it('reads the compose options before the subcommand', () => {
    const text = 'docker compose -f compose.dev.yaml -p shop up --build';
    assert.match(hoverAt(text, 'up', 1)!, /^`docker compose up`/);
    assert.match(hoverAt(text, '-f', 1)!, /Reads `compose\.dev\.yaml` as the Compose file/);
    const p = hoverAt(text, '-p', 1)!;
    assert.match(p, /project name/);
    assert.match(p, /`shop-<service>-1`/);
    assert.doesNotMatch(p, /host:container/);
  });
});
