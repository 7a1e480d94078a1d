// SPDX-License-Identifier: MIT
// K7 of the 2026-12-06 walkthrough, "Smaller gaps", in the terminal coach: the registry explanation names the
// image and points at its FROM line; a failed RUN step says how to try the command by hand, with the command;
// the "not running" advice covers a container whose command ends by itself. Outputs are the walkthrough's own
// (screenshots 13 and 15) or quoted with their source. The compose gap is in diagnostics/undefinedHints.test.ts.
import * as assert from 'assert';
import { explainDockerFailure } from '../../../src/core/index';
import { joinLines } from '../helpers';

const cwd = '/home/learner/cruddur';
const dockerfile = { path: `${cwd}/backend-flask/Dockerfile`, text: joinLines('FROM python:3.10-slim-buster', '', 'WORKDIR /backend-flask', 'RUN pip3 install --no-cache-dir -r requirements.txt') };
const lensBuild = 'docker build -t backend-flask:dev -f backend-flask/Dockerfile backend-flask';

describe('K7: the registry explanation names the image and its line', () => {
  it('the old builder (screenshot 13): "Step 1/8 : FROM ..." names the image; Go to line goes to the FROM', () => {
    // moby daemon/builder/dockerfile/builder.go ("Step %d/%d : %v"); Go's resolver through the engine's registry client.
    const output = 'Sending build context to Docker daemon  4.608kB\nStep 1/8 : FROM python:3.10-slim-buster\nGet "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 10.255.255.53:53: no such host\n';
    const f = explainDockerFailure({ commandLine: lensBuild, output, exitCode: 1, cwd, files: [dockerfile] });
    assert.strictEqual(f?.code, 'RegistryUnreachable');
    assert.match(f.markdown, /could not reach the registry at `https:\/\/registry-1\.docker\.io` to download `python:3\.10-slim-buster`/);
    assert.deepStrictEqual(f.location, { path: dockerfile.path, line: 0 });
  });

  it('BuildKit: "failed to resolve source metadata for docker.io/library/..." names it by its short name', () => {
    // moby/buildkit client/llb/sourceresolver/imageresolver.go ("failed to resolve source metadata for %s").
    const output = 'ERROR: failed to solve: python:3.10-slim-buster: failed to resolve source metadata for docker.io/library/python:3.10-slim-buster: failed to do request: Head "https://registry-1.docker.io/v2/library/python/manifests/3.10-slim-buster": dial tcp: lookup registry-1.docker.io: no such host\n';
    const f = explainDockerFailure({ commandLine: lensBuild, output, exitCode: 1, cwd, files: [dockerfile] });
    assert.strictEqual(f?.code, 'RegistryUnreachable');
    assert.match(f.markdown, /to download `python:3\.10-slim-buster`/);
    assert.deepStrictEqual(f.location, { path: dockerfile.path, line: 0 });
  });
});

describe('K7: a failed RUN step says how to try the command by hand', () => {
  it('the old builder: the last " ---> <id>" is the image before the step, with a shell fix', () => {
    const output = 'Step 1/4 : FROM local/busybox:1\n ---> 0f4a2b1c3d5e\nStep 2/4 : WORKDIR /backend-flask\n ---> Using cache\n ---> 9a8b7c6d5e4f\nStep 3/4 : RUN pip3 install --no-cache-dir -r requirements.txt\n ---> Running in 1122aabbccdd\n/bin/sh: pip3: not found\nThe command \'/bin/sh -c pip3 install --no-cache-dir -r requirements.txt\' returned a non-zero code: 127\n';
    const f = explainDockerFailure({ commandLine: lensBuild, output, exitCode: 1, cwd, files: [dockerfile] });
    assert.strictEqual(f?.code, 'RunStepFailed');
    // `--entrypoint sh`: an ENTRYPOINT of an earlier step would take a trailing `sh` as its argument.
    assert.match(f.markdown, /`docker run --rm -it --entrypoint sh 9a8b7c6d5e4f`, then type `pip3 install --no-cache-dir -r requirements.txt`/);
    assert.deepStrictEqual(f.fixes.map((x) => x.argv.join(' ')), ['docker run --rm -it --entrypoint sh 9a8b7c6d5e4f']);
  });

  it('BuildKit keeps no such image: the steps to make one, with the commands', () => {
    // moby/buildkit solver/llbsolver/ops/exec.go: process "..." did not complete successfully: exit code: 127
    const output = ' > [3/4] RUN pip3 install --no-cache-dir -r requirements.txt:\n0.321 /bin/sh: 1: pip3: not found\n------\nERROR: failed to solve: process "/bin/sh -c pip3 install --no-cache-dir -r requirements.txt" did not complete successfully: exit code: 127\n';
    const f = explainDockerFailure({ commandLine: lensBuild, output, exitCode: 1, cwd, files: [dockerfile] });
    assert.strictEqual(f?.code, 'RunStepFailed');
    assert.match(f.markdown, /put `#` before this `RUN` and the lines after it, run your build command again with `-t debug` added, open a shell with `docker run --rm -it --entrypoint sh debug`/);
    assert.deepStrictEqual(f.fixes, []);
  });

  it('under Compose, the folder to build is the failed service\'s build:, its dockerfile: read inside it', () => {
    const compose = { path: `${cwd}/docker-compose.yml`, text: 'services:\n  frontend:\n    build: ./frontend-react-js\n  backend:\n    build:\n      context: ./backend flask\n      dockerfile: Dockerfile.dev\n' };
    const output = ' > [backend 3/4] RUN pip3 install -r requirements.txt:\n0.321 /bin/sh: 1: pip3: not found\n------\nERROR: failed to solve: process "/bin/sh -c pip3 install -r requirements.txt" did not complete successfully: exit code: 127\n';
    const f = explainDockerFailure({ commandLine: 'docker compose up --build', output, exitCode: 1, cwd, files: [compose] });
    assert.strictEqual(f?.code, 'RunStepFailed');
    assert.match(f.markdown, /build the folder of `backend` \(its `build:`\) with `docker build -t debug -f 'backend flask\/Dockerfile\.dev' '\.\/backend flask'`/);
  });
});

describe('K7: a container whose command ends by itself', () => {
  it('exec into it: the advice says why start does not help, and how to get a shell in its image', () => {
    // moby daemon/exec.go: "container %s is not running"
    const f = explainDockerFailure({ commandLine: 'docker exec -it week1-stopped sh', exitCode: 1, cwd, output: 'Error response from daemon: container 3f1e2d4c5b6a is not running\n' });
    assert.strictEqual(f?.code, 'ContainerNotRunning');
    assert.match(f.markdown, /`docker start` runs it again and it stops again at once/);
    assert.match(f.markdown, /`docker run --rm -it --entrypoint sh IMAGE`/);
    assert.deepStrictEqual(f.fixes.map((x) => x.argv.join(' ')), ['docker logs --tail 50 week1-stopped', 'docker start week1-stopped', 'docker inspect --format {{.Config.Image}} week1-stopped']);
  });
});
