// SPDX-License-Identifier: MIT
import * as assert from 'assert';
import { explainShell, range } from '../../../src/core/index';
import { joinLines, positionOf } from '../helpers';

function hoverAt(text: string, needle: string, offset = 0, nth = 0): string | undefined {
  return explainShell(text, positionOf(text, needle, offset, nth))?.markdown;
}

/** Each case: a line, the word to hover, and what its hover must say about this line. */
const RUN_FLAGS: [line: string, word: string, says: RegExp][] = [
  ['docker run --rm api', '--rm', /Deletes the container as soon as it stops/],
  ['docker run -p 8080:80 api', '-p', /Port `8080` on your machine leads to port `80` in the container: reach it at `localhost:8080`/],
  ['docker run --publish 127.0.0.1:5432:5432 db', '--publish', /Only this machine can connect/],
  ['docker run -p 80 api', '-p', /Only the container port `80`: Docker picks a free port/],
  ['docker run -i api', '-i', /standard input \(STDIN\) open/],
  ['docker run -t api', '-t', /terminal \(a pseudo-TTY\)/],
  ['docker run -d api', '-d', /in the background/],
  ['docker run -e FRONTEND_URL=http://localhost:3000 api', '-e', /Sets `FRONTEND_URL` to `http:\/\/localhost:3000` in the container/],
  ['docker run --env DEBUG api', '--env', /copies `DEBUG` from the environment of the shell/],
  ['docker run --env-file .env.local api', '--env-file', /Reads the variables from `\.env\.local`/],
  ['docker run --name backend-flask api', '--name', /The container is called `backend-flask`/],
  ['docker run -v ./backend-flask:/backend-flask api', '-v', /Bind mount: your folder `\.\/backend-flask` appears at `\/backend-flask`/],
  ['docker run --volume db-data:/var/lib/postgresql/data:ro db', '--volume', /Named volume `db-data`.*Read-only/],
  ['docker run --mount type=bind,src=/data,dst=/data api', '--mount', /Bind mount: your folder `\/data` appears at `\/data`/],
  ['docker run --mount type=volume,source=cache,target=/cache api', '--mount', /Named volume `cache` at `\/cache`/],
  ['docker run --network cruddur api', '--network', /Joins the network `cruddur`/],
  ['docker run --network host api', '--network', /`host`: the container shares your machine's network/],
  ['docker run -w /app api', '-w', /The command starts in `\/app` inside the container/],
  ['docker run --entrypoint /bin/sh api', '--entrypoint', /runs `\/bin\/sh` instead of the image's `ENTRYPOINT`/],
  ['docker run --user 1000:1000 api', '--user', /Runs as user `1000:1000`/],
  ['docker run --restart on-failure:5 api', '--restart', /only when it exits with an error.*at most 5 times/],
  ['docker run --restart=unless-stopped api', '--restart', /`unless-stopped`: like `always`/],
];

const BUILD_FLAGS: [line: string, word: string, says: RegExp][] = [
  ['docker build -t backend-flask:1.0.0 .', '-t', /Name `backend-flask`, tag `1\.0\.0`/],
  ['docker build --tag api .', '--tag', /no tag, so Docker uses `api:latest`/],
  ['docker build -f docker/Dockerfile.dev .', '-f', /Uses the Dockerfile at `docker\/Dockerfile\.dev`/],
  ['docker build --build-arg PORT=4567 .', '--build-arg', /Sets `PORT` to `4567` for `ARG PORT` in this build/],
  ['docker build --target builder .', '--target', /Stops after the stage `FROM … AS builder`/],
  ['docker build --no-cache .', '--no-cache', /Builds every step again from scratch/],
  ['docker build --platform linux/amd64 .', '--platform', /For `linux\/amd64`: the OS and CPU/],
];

const OTHER_FLAGS: [line: string, word: string, says: RegExp][] = [
  ['docker exec -u root api sh', '-u', /Runs as `root`/],
  ['docker exec -w /app api ls', '-w', /The command starts in `\/app`/],
  ['docker ps -a', '-a', /stopped ones too/],
  ['docker ps -q', '-q', /only the container IDs/],
  ['docker compose -f compose.yaml up', '-f', /Reads `compose\.yaml` as the Compose file/],
  ['docker compose -p shop up', '-p', /Sets the project name/],
  ['docker compose up -d', '-d', /Starts the services in the background/],
  ['docker compose up --build', '--build', /Builds the images of services that have a `build:` section/],
  ['docker compose up --force-recreate', '--force-recreate', /Replaces every container with a new one/],
  ['docker compose down -v', '-v', /Also deletes the named volumes/],
  ['docker compose logs -f web', '-f', /Keeps printing new log lines/],
];

describe('explainShell: flags and their values in this line', () => {
  for (const [line, word, says] of [...RUN_FLAGS, ...BUILD_FLAGS, ...OTHER_FLAGS]) {
    it(`${line}: ${word}`, () => {
      const md = hoverAt(line, ` ${word}`, 2);
      assert.ok(md, `no hover on ${word}`);
      assert.match(md, says);
      assert.match(md, /\[Reference\]\(https:\/\/docs\.docker\.com\//);
    });
  }

  it('covers the flag and its value with one range, hovering either', () => {
    const text = 'docker run -p 4567:4567 api';
    const onFlag = explainShell(text, { line: 0, character: 12 });
    const onValue = explainShell(text, { line: 0, character: 17 });
    assert.deepStrictEqual(onFlag?.range, range(0, 11, 0, 23));
    assert.deepStrictEqual(onValue, onFlag);
    assert.deepStrictEqual(explainShell('docker run --publish=80:80 api', { line: 0, character: 14 })?.range, range(0, 11, 0, 26));
  });

  it('teaches that -t means tag in build but terminal in run, and that compose -p is not a port', () => {
    assert.match(hoverAt('docker build -t x .', '-t', 1)!, /^`-t name:tag` · docker build/);
    assert.match(hoverAt('docker run -t x', '-t', 1)!, /^`-t` · docker run/);
    assert.doesNotMatch(hoverAt('docker compose -p x up', '-p', 1)!, /container port/);
  });

  it('says when a flag that needs a value has none', () => {
    assert.match(hoverAt('docker run --name', '--name', 2)!, /It needs a value \(`name`\), and none follows/);
  });

  it('notes that the shell fills in variables', () => {
    assert.match(hoverAt('docker run -p "${PORT}:${PORT}" api', '-p', 1)!, /holds shell variables or commands/);
  });

  it('returns undefined for a flag it does not explain', () => {
    // Every flag of the reference is explained now (issue 25); one docker does not have gets nothing.
    assert.strictEqual(hoverAt('docker run --no-such-flag api', '--no-such-flag', 3), undefined);
  });
});

describe('explainShell: combined short flags', () => {
  it('splits -it into -i and -t and says what they do together', () => {
    const md = hoverAt('docker run --rm -it api', '-it', 1)!;
    assert.match(md, /^`-it` · docker run · 2 flags in one/);
    assert.match(md, /`-i`: Keeps the container's standard input/);
    assert.match(md, /`-t`: Gives the program a terminal/);
    assert.match(md, /interactive terminal/);
  });

  it('splits -dit into three parts', () => {
    const md = hoverAt('docker run -dit api', '-dit', 2)!;
    assert.match(md, /3 flags in one/);
    assert.match(md, /`-d`: Starts the container in the background/);
    assert.match(md, /`-i`:/);
    assert.match(md, /`-t`:/);
  });

  it('gives a value-taking letter the next word: -dp 8080:80', () => {
    const text = 'docker run -dp 8080:80 api';
    const md = hoverAt(text, '-dp', 1)!;
    assert.match(md, /`-d`: /);
    assert.match(md, /`-p`: /);
    assert.match(md, /Port `8080` on your machine leads to port `80`/);
    assert.match(hoverAt(text, 'api', 1)!, /^`api` · image/);
  });

  it('splits -it in docker exec too', () => {
    const md = hoverAt('docker exec -it backend-flask bash', '-it', 1)!;
    assert.match(md, /^`-it` · docker exec · 2 flags in one/);
  });
});

describe('explainShell: the image position', () => {
  it('says the image comes last, and that nothing after it means the image CMD runs', () => {
    const md = hoverAt('docker run --rm -p 4567:4567 -it backend-flask:1.0.0', 'backend-flask', 3)!;
    assert.match(md, /^`backend-flask:1\.0\.0` · image · docker run/);
    assert.match(md, /It comes after all of docker's own flags/);
    assert.match(md, /Nothing follows it, so the container runs the image's own `CMD`/);
  });

  it('says the words after the image replace CMD, and explains them as the command', () => {
    const text = 'docker run --rm -it backend-flask:1.0.0 python3 -m flask routes';
    assert.match(hoverAt(text, 'backend-flask', 2)!, /`python3 -m flask routes` after it replaces the image's `CMD`/);
    const cmd = explainShell(text, positionOf(text, 'flask routes', 1));
    assert.match(cmd!.markdown, /^`python3 -m flask routes` · command · docker run/);
    assert.match(cmd!.markdown, /Runs instead of the image's `CMD`/);
    assert.deepStrictEqual(cmd!.range, range(0, 40, 0, text.length));
  });

  it('warns when a docker flag is written after the image', () => {
    const text = 'docker run backend-flask:1.0.0 --rm -p 80:80';
    assert.match(hoverAt(text, 'backend-flask', 2)!, /`--rm`, `-p` comes after the image, so the container's command gets it, not docker/);
    // `--rm` here is part of the container's command, not a docker flag.
    assert.match(hoverAt(text, '--rm', 2)!, /^`--rm -p 80:80` · command/);
  });

  it('names the container and the command of docker exec', () => {
    const text = 'docker exec -it backend-flask bash';
    assert.match(hoverAt(text, 'backend-flask', 2)!, /^`backend-flask` · container · docker exec/);
    assert.match(hoverAt(text, 'bash', 1)!, /`bash` runs in the container of `backend-flask`/);
  });

  it('explains the build context, with or without -f', () => {
    assert.match(hoverAt('docker build -t x ./backend-flask', './backend', 2)!, /The Dockerfile is read from `\.\/backend-flask\/Dockerfile`/);
    assert.match(hoverAt('docker build -f ops/Dockerfile .', ' .', 1)!, /The current folder is the build context.*\n.*The Dockerfile comes from `ops\/Dockerfile`/);
  });
});

describe('explainShell: continuations, sudo, environment prefixes and chains', () => {
  const script = joinLines(
    '#!/usr/bin/env bash',
    'docker run --rm -p 4567:4567 -it \\',
    '  -e FRONTEND_URL="http://localhost:3000" \\',
    '  --name backend-flask \\',
    '  backend-flask:1.0.0',
  );

  it('reads a command continued over lines with \\, hovering any of its lines', () => {
    assert.match(hoverAt(script, 'FRONTEND_URL', 1)!, /Sets `FRONTEND_URL` to `http:\/\/localhost:3000`/);
    assert.match(hoverAt(script, '--name', 2)!, /The container is called `backend-flask`/);
    const image = explainShell(script, positionOf(script, 'backend-flask:1.0.0', 1));
    assert.match(image!.markdown, /^`backend-flask:1\.0\.0` · image/);
    assert.deepStrictEqual(image!.range, range(4, 2, 4, 21));
    assert.match(hoverAt(script, 'run', 1)!, /Flags: `--rm`, `-p 4567:4567`, `-it`, `-e FRONTEND_URL="http:\/\/localhost:3000"`, `--name backend-flask`/);
  });

  it('keeps a flag and a value split over a continuation in one range', () => {
    const text = joinLines('docker run -p \\', '  8080:80 api');
    const hover = explainShell(text, { line: 1, character: 4 });
    assert.match(hover!.markdown, /Port `8080`/);
    assert.deepStrictEqual(hover!.range, range(0, 11, 1, 9));
  });

  it('skips sudo (with its options) and environment prefixes', () => {
    assert.match(hoverAt('sudo docker ps -a', '-a', 1)!, /stopped ones too/);
    assert.match(hoverAt('sudo -E docker ps', 'ps', 1)!, /^`docker ps`/);
    assert.match(hoverAt('DOCKER_BUILDKIT=1 docker build -t x .', 'build', 1)!, /^`docker build`/);
    assert.match(hoverAt('sudo -u me env A=b docker images', 'images', 1)!, /^`docker images`/);
  });

  it('finds the docker command among commands chained with &&, ;, | and ||', () => {
    const text = 'cd samples && docker build -t api . && docker run --rm api; docker ps -q | xargs docker stop || true';
    assert.match(hoverAt(text, 'build', 1)!, /^`docker build`/);
    assert.match(hoverAt(text, '--rm', 1)!, /Deletes the container/);
    assert.match(hoverAt(text, 'api;', 1)!, /^`api` · image/);
    assert.match(hoverAt(text, '-q', 1)!, /only the container IDs/);
    assert.strictEqual(hoverAt(text, 'xargs', 1), undefined);
    assert.strictEqual(hoverAt(text, 'samples', 1), undefined);
  });

  it('reads Makefile recipe prefixes and a docker path', () => {
    assert.match(hoverAt('\t@docker compose up -d', 'up', 1)!, /^`docker compose up`/);
    assert.match(hoverAt('/usr/bin/docker ps', 'ps', 1)!, /^`docker ps`/);
  });

  it('skips redirections and their targets', () => {
    assert.match(hoverAt('docker logs api > out.log 2>&1', 'api', 1)!, /^`api` · container · docker logs/);
    assert.strictEqual(hoverAt('docker logs api > out.log 2>&1', 'out.log', 1), undefined);
  });

  it('says nothing on comments, blank space, operators or other programs', () => {
    const text = joinLines('# docker run --rm api', 'echo docker run', 'docker ps   && ls', 'docker run -it api # docker ps');
    assert.strictEqual(hoverAt(text, 'run', 1), undefined);
    assert.strictEqual(hoverAt(text, 'run', 1, 1), undefined);
    assert.strictEqual(explainShell(text, { line: 2, character: 10 }), undefined);
    assert.strictEqual(hoverAt(text, '&&', 1), undefined);
    assert.strictEqual(hoverAt(text, 'ps', 1, 1), undefined); // in the trailing comment
    assert.strictEqual(explainShell(text, { line: 99, character: 0 }), undefined);
  });
});

describe('explainShell: values that change the meaning of a flag', () => {
  it('--network container:<name> shares that container\'s network', () => {
    const text = 'docker run --network container:db alpine\n';
    assert.match(explainShell(text, positionOf(text, 'container:', 2))!.markdown, /Shares the network of the container `db`/);
  });
  it('compose -p names containers the v2 way and mentions the v1 underscores', () => {
    const text = 'docker compose -p shop up\n';
    assert.match(explainShell(text, positionOf(text, 'shop', 1))!.markdown, /`shop-<service>-1` \(the old `docker-compose` v1 wrote `shop_<service>_1`\)/);
  });

  it('-v data/x:/data is a volume name the engine refuses, not a folder (container_run.md, "Mount volume")', () => {
    const md = hoverAt('docker run -v data/x:/data nginx', 'data/x', 1)!;
    assert.doesNotMatch(md, /Bind mount/);
    assert.match(md, /reads `data\/x` as the name of a volume, not a folder/);
  });
});
