// SPDX-License-Identifier: MIT
// Hovers warn, before the command runs, about the two mistakes that make it fail: a docker flag after the
// image, and `docker build` without its context. In scripts and in markdown shell blocks alike.
import * as assert from 'assert';
import { explainShell } from '../../../src/core/index';
import { joinLines, positionOf } from '../helpers';

function hoverAt(text: string, needle: string, offset = 0, markdown = false): string | undefined {
  return explainShell(text, positionOf(text, needle, offset), { markdown })?.markdown;
}

describe('Shell hovers warn about lines that will fail', () => {
  it('docker run img -p 80:80: on the command, on the image and on the late flag', () => {
    const text = 'docker run web:dev -p 8080:80';
    const warning = /`-p` comes after the image `web:dev`, so the container gets it as its command and docker never sees it: the run fails with `executable file not found`. Move it before `web:dev`/;
    assert.match(hoverAt(text, 'run', 1)!, warning);
    assert.match(hoverAt(text, '-p', 1)!, warning);
    assert.match(hoverAt(text, 'web:dev', 1)!, /`-p` comes after the image, so the container's command gets it, not docker/);
  });

  it('several late flags are named together', () => {
    assert.match(hoverAt('docker run --rm web -p 80:80 --name w', 'run', 1)!, /`-p`, `--name` come after the image `web`/);
  });

  it('no warning for a real container command with its own flags', () => {
    const text = 'docker run --rm web python3 -m flask run';
    assert.doesNotMatch(hoverAt(text, 'run', 1)!, /after the image/);
    assert.doesNotMatch(hoverAt(text, 'web', 1)!, /after the image/);
    assert.doesNotMatch(hoverAt(text, 'python3', 1)!, /comes after the image/);
  });

  it('docker build without a context', () => {
    assert.match(hoverAt('docker build -t web', 'build', 1)!, /The build context is missing: `docker build` needs a folder at the end, usually `\.`/);
    assert.doesNotMatch(hoverAt('docker build -t web .', 'build', 1)!, /context is missing/);
    assert.doesNotMatch(hoverAt('docker compose build web', 'build', 1)!, /context is missing/);
  });

  it('in a markdown shell block too', () => {
    const md = joinLines('# Week 1', '', '```sh', 'docker build -t backend-flask', 'docker run backend-flask -p 4567:4567', '```');
    assert.match(hoverAt(md, 'build', 1, true)!, /context is missing/);
    assert.match(hoverAt(md, 'run', 1, true)!, /`-p` comes after the image `backend-flask`/);
  });
  it('docker compose up flags that exclude each other', () => {
    // docker/compose v5.5.0 cmd/compose/up.go:213: "--detach cannot be combined with --abort-on-container-exit, --abort-on-container-failure, --attach, --attach-dependencies or --watch"
    assert.match(hoverAt('docker compose up -d --abort-on-container-exit', 'up', 1)!, /`--detach` and `--abort-on-container-exit` cannot go together: Compose stops before it starts anything, with "--detach cannot be combined with --abort-on-container-exit/);
    // up.go:194: --exit-code-from implies --abort-on-container-exit.
    assert.match(hoverAt('docker compose up -d --exit-code-from tests', 'up', 1)!, /"--detach cannot be combined with/);
    // up.go:207: "--build and --no-build are incompatible"; :220 "--force-recreate and --no-recreate are incompatible"
    assert.match(hoverAt('docker compose up --build --no-build', 'up', 1)!, /"--build and --no-build are incompatible"/);
    assert.match(hoverAt('docker-compose up --force-recreate --no-recreate', 'up', 1)!, /"--force-recreate and --no-recreate are incompatible"/);
    // up.go:202: --wait with an attaching flag.
    assert.match(hoverAt('docker compose up --wait --attach web', 'up', 1)!, /"--wait cannot be combined with --abort-on-container-exit, --attach or --attach-dependencies"/);
    // Near misses: each flag alone, --wait with -d (it implies it), and another command with the same flags.
    for (const ok of ['docker compose up -d', 'docker compose up --abort-on-container-exit', 'docker compose up --wait -d', 'docker compose up --build -d', 'docker compose up --exit-code-from tests --abort-on-container-failure --build']) {
      assert.doesNotMatch(hoverAt(ok, 'up', 1)!, /cannot go together/, ok);
    }
    assert.doesNotMatch(hoverAt('docker compose run -d --build web', 'run', 1)!, /cannot go together/);
  });
});
