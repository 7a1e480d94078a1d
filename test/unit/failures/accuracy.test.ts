// SPDX-License-Identifier: MIT
// The failure findings of the accuracy audit of 2026-12-06 (F1 to F14), each with the audit's own input, and
// the classes they stand for: no "Build X here" that would hide an official image, no example command built
// around a name it does not fit, no text that depends on `--rm` or Compose when they change the story.
import * as assert from 'assert';
import { explainDockerFailure, type FailureInput } from '../../../src/core/index';

const cwd = '/home/learner/app';
const explain = (commandLine: string, output: string, exitCode: number, extra: Partial<FailureInput> = {}) =>
  explainDockerFailure({ commandLine, output, exitCode, cwd, ...extra });
const argvs = (f: ReturnType<typeof explain>) => (f?.fixes ?? []).map((x) => x.argv.join(' '));

describe('Failure explanations: accuracy audit of 2026-12-06', () => {
  it('F1: a lower-case dockerfile is accepted; Dockerfile.txt is not', () => {
    const f = explain('docker build -t web .', 'ERROR: failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory\n', 1);
    assert.strictEqual(f?.code, 'DockerfileNotFound');
    assert.match(f!.markdown, /lower-case `dockerfile` is accepted/);
    assert.match(f!.markdown, /`Dockerfile\.txt`/);
    assert.doesNotMatch(f!.markdown, /`dockerfile` or `Dockerfile\.txt` do not count/);
  });

  it('F2: no Windows clause; git update-index --chmod=+x and COPY --chmod=755', () => {
    const f = explain('docker run web', 'docker: Error response from daemon: failed to create task for container: OCI runtime create failed: runc create failed: unable to start container process: exec: "/start.sh": permission denied: unknown\n', 126);
    assert.strictEqual(f?.code, 'NotExecutable');
    assert.doesNotMatch(f!.markdown, /Windows/);
    assert.match(f!.markdown, /git update-index --chmod=\+x start\.sh/);
    assert.match(f!.markdown, /COPY --chmod=755/);
  });

  it('F3: exec format error names the BOM, and leaves CRLF to "no such file or directory"', () => {
    const f = explain('docker run --rm myapp:arm64', 'exec /app/start.sh: exec format error\n', 1);
    assert.strictEqual(f?.code, 'ExecFormatError');
    assert.match(f!.markdown, /byte-order mark/);
    assert.doesNotMatch(f!.markdown, /or one saved with Windows line ends/);
    const crlf = explain('docker run web', 'exec /app/start.sh: no such file or directory\n', 1);
    assert.match(crlf!.markdown, /CRLF/);
  });

  it('F4: Compose stopping on Ctrl+C is not a crash, and a container that ran for days did not stop at once', () => {
    assert.strictEqual(explain('docker compose up', 'web-1  | listening\nGracefully stopping... (press Ctrl+C again to force)\nweb-1 exited with code 137\n', 130), undefined);
    assert.strictEqual(explain('docker ps -a', 'CONTAINER ID   IMAGE   COMMAND       CREATED      STATUS                       PORTS   NAMES\n4f3c2a1b9d8e   web     "npm start"   3 days ago   Exited (137) 2 seconds ago           web\n', 0), undefined);
  });

  it('F4: 137 is SIGKILL (memory, docker kill, docker stop), with a fix that asks whether it was out of memory', () => {
    const f = explain('docker ps -a', 'CONTAINER ID   IMAGE   COMMAND       CREATED          STATUS                       PORTS   NAMES\n4f3c2a1b9d8e   web     "npm start"   12 seconds ago   Exited (137) 8 seconds ago           web\n', 0);
    assert.strictEqual(f?.code, 'ExitedAtOnce');
    assert.match(f!.markdown, /SIGKILL/);
    assert.match(f!.markdown, /memory/);
    assert.doesNotMatch(f!.markdown, /app's own/);
    assert.ok(argvs(f).includes('docker inspect --format {{.State.OOMKilled}} web'), argvs(f).join('\n'));
  });

  it('F4: a Compose container that exited with 137 is explained by the signal, not timed', () => {
    const f = explain('docker compose up', 'Attaching to web-1\nweb-1  | building\nweb-1 exited with code 137\n', 1);
    assert.strictEqual(f?.code, 'ExitedAtOnce');
    assert.match(f!.markdown, /SIGKILL/);
    assert.doesNotMatch(f!.markdown, /within seconds|right after it started/);
    // The first failing container counts, not the ones Compose stops after it (--abort-on-container-exit).
    const abort = explain('docker compose up --abort-on-container-exit', 'api-1 exited with code 3\nAborting on container exit...\ndb-1 exited with code 137\n', 3);
    assert.match(abort!.markdown, /exit code 3\b/);
    assert.doesNotMatch(abort!.markdown, /SIGKILL/);
  });

  it('F5: plain prune removes unused build cache; -a removes all of it', () => {
    const f = explain('docker build -t web .', 'ERROR: failed to solve: write /var/lib/docker/tmp/x: no space left on device\n', 1);
    assert.strictEqual(f?.code, 'NoSpaceLeft');
    assert.match(f!.markdown, /dangling images \(untagged leftovers\), and unused build cache/);
    assert.match(f!.markdown, /With `-a` it also removes every image no container uses \([^)]*\) and all build cache/);
  });

  it('F6: docker pull always asks the registry; no "Build nginx here"', () => {
    const output = 'Using default tag: latest\nError response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: server misbehaving\n';
    const files = [{ path: `${cwd}/Dockerfile`, text: 'FROM python:3.12-slim\n' }];
    const f = explain('docker pull nginx', output, 1, { files });
    assert.strictEqual(f?.code, 'RegistryUnreachable');
    assert.match(f!.markdown, /always asks the registry/);
    assert.doesNotMatch(f!.markdown, /only downloads/);
    assert.deepStrictEqual(argvs(f).filter((a) => a.includes('build')), []);
  });

  it('F6 class: "Build X here" only for run/create, and never under an official image name', () => {
    const files = [{ path: `${cwd}/Dockerfile`, text: 'FROM python:3.12-slim\n' }];
    const offline = (ref: string) => `Unable to find image '${ref}' locally\ndocker: Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io: no such host\n`;
    assert.deepStrictEqual(argvs(explain('docker run nginx', offline('nginx:latest'), 125, { files })).filter((a) => a.includes('build')), []);
    assert.deepStrictEqual(argvs(explain('docker run python:3.12', offline('python:3.12'), 125, { files })).filter((a) => a.includes('build')), []);
    assert.ok(argvs(explain('docker run backend-flask', offline('backend-flask:latest'), 125, { files })).includes('docker build -t backend-flask .'));
    const denied = 'Error response from daemon: pull access denied for myapp, repository does not exist or may require \'docker login\'\n';
    assert.deepStrictEqual(argvs(explain('docker pull myapp', denied, 1, { files })).filter((a) => a.includes('build')), []);
    assert.ok(argvs(explain('docker run myapp', denied, 125, { files })).includes('docker build -t myapp .'));
  });

  it('F7: a restarting container is in a crash loop; stop it, do not start it', () => {
    const f = explain('docker exec -it web sh', 'Error response from daemon: Container 4f3c2a1b9d8e is restarting, wait until the container is running\n', 1);
    assert.strictEqual(f?.code, 'ContainerNotRunning');
    assert.match(f!.markdown, /keeps crashing/);
    assert.match(f!.markdown, /restart policy/);
    assert.doesNotMatch(f!.markdown, /has stopped/);
    assert.deepStrictEqual(argvs(f), ['docker logs --tail 50 web', 'docker stop web']);
  });

  it('F8: docker exec names a container, replaces nothing, and sh is the fix', () => {
    const f = explain('docker exec -it web bash', 'OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown\n', 126);
    assert.strictEqual(f?.code, 'ExecutableNotFound');
    assert.match(f!.markdown, /running container `web`/);
    assert.doesNotMatch(f!.markdown, /replaces the image's `CMD`|after the image/);
    assert.doesNotMatch(f!.markdown, /found but could not be run/);
    assert.deepStrictEqual(argvs(f), ['docker exec -it web sh']);
  });

  it('issue 24: exec without bash is titled for the running container, offers Use sh, and keeps 126 and 127 apart', () => {
    const out = 'OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown\n';
    const at126 = explain('docker exec -it backend-flask-dev bash', out, 126)!;
    const at127 = explain('docker exec -it backend-flask-dev bash', out, 127)!;
    assert.strictEqual(at126.title, 'Command not found in the running container');
    assert.deepStrictEqual(at126.fixes.map((x) => x.title), ['Use sh']);
    // docker exec gives 126 when it could not start the program (moby daemon/exec.go); 127 is the shell's "not found".
    assert.match(at126.markdown, /exit code 126[^\n]*could not run/);
    assert.match(at126.markdown, /could not start the program at all/);
    assert.match(at127.markdown, /exit code 127[^\n]*command not found/);
    assert.doesNotMatch(at127.markdown, /could not start the program at all/);
  });

  it('F9: a name conflict under Compose points at container_name, and says nothing of docker run --rm', () => {
    const files = [{ path: `${cwd}/compose.yaml`, text: 'services:\n  db:\n    image: postgres:16\n    container_name: mydb\n' }];
    const f = explain('docker compose up -d', 'Error response from daemon: Conflict. The container name "/mydb" is already in use by container "0123456789ab". You have to remove (or rename) that container to be able to reuse that name.\n', 1, { files });
    assert.strictEqual(f?.code, 'NameConflict');
    assert.match(f!.markdown, /container_name: mydb/);
    assert.doesNotMatch(f!.markdown, /--rm|Every `docker run`/);
    assert.deepStrictEqual(f!.location, { path: `${cwd}/compose.yaml`, line: 3 });
    assert.deepStrictEqual(argvs(f), ['docker rm -f mydb']);
  });

  it('F9 class: docker run advice does not reach Compose: compose exec turns its terminal off with -T', () => {
    const f = explain('docker compose exec web sh -c "ls"', 'the input device is not a TTY\n', 1);
    assert.strictEqual(f?.code, 'NotATty');
    assert.match(f!.markdown, /Add `-T`/);
    assert.doesNotMatch(f!.markdown, /`-it` becomes `-i`/);
    assert.deepStrictEqual(argvs(f), ['docker compose exec -T web sh -c ls']);
  });

  it('F10 class: a generator command only for the file it makes', () => {
    const missing = (file: string) => explain('docker build -t web .', `ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref abc::def: "/${file}": not found\n`, 1)!.markdown;
    for (const file of ['app.py', 'package.json', 'src/index.js', 'config.yaml', 'Dockerfile']) {
      assert.doesNotMatch(missing(file), /pip freeze|npm install|yarn install|go mod tidy|bundle install/, file);
    }
    assert.match(missing('requirements.txt'), /`pip freeze > requirements\.txt`/);
    assert.doesNotMatch(missing('requirements.txt'), /npm install/);
    assert.match(missing('package-lock.json'), /`npm install` creates it/);
    assert.doesNotMatch(missing('package-lock.json'), /pip freeze/);
  });

  it('F10 class: the "other name" advice of a missing program fits that program', () => {
    const notFound = (program: string) => explain(`docker run web ${program}`, `docker: Error response from daemon: failed to create task for container: OCI runtime create failed: runc create failed: unable to start container process: exec: "${program}": executable file not found in $PATH: unknown\n`, 127)!.markdown;
    assert.match(notFound('python'), /`python3`/);
    assert.doesNotMatch(notFound('node'), /python3|`sh`, which/);
    assert.doesNotMatch(notFound('/app/run.sh'), /python3/);
    assert.doesNotMatch(notFound('uvicorn'), /python:3\.12-slim|alpine/);
  });

  it('F11: MissingArgument names the missing capital word of the usage line', () => {
    const f = explain('docker exec web', 'docker: \'docker exec\' requires at least 2 arguments\n\nUsage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]\n\nSee \'docker exec --help\' for more information\n', 1);
    assert.strictEqual(f?.code, 'MissingArgument');
    assert.match(f!.markdown, /Add the missing `COMMAND`/);
    assert.doesNotMatch(f!.markdown, /`CONTAINER` \(/);
    const none = explain('docker exec -it', 'docker: \'docker exec\' requires at least 2 arguments\n\nUsage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]\n', 1);
    assert.match(none!.markdown, /Add the missing `CONTAINER` \([^)]*\) and `COMMAND`/);
    // A usage word that is no single name (`CONTAINER:SRC_PATH`): no guess, so no miscount.
    const cp = explain('docker cp web:/x', 'docker: \'docker cp\' requires 2 arguments\n\nUsage:  docker cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n', 1);
    assert.match(cp!.markdown, /Add the missing arguments, in the order the form shows/);
  });

  it('F12: with --rm nothing is left behind and no "docker rm" fix; under Compose neither', () => {
    const bind = 'docker: Error response from daemon: driver failed programming external connectivity on endpoint web (abc): Bind for 0.0.0.0:8080 failed: port is already allocated\n';
    const rm = explain('docker run --rm --name web -p 8080:80 nginx:1.27', bind, 125);
    assert.strictEqual(rm?.code, 'PortAllocated');
    assert.doesNotMatch(rm!.markdown, /was created but not started/);
    assert.match(rm!.markdown, /removed the container/);
    assert.ok(!argvs(rm).includes('docker rm web'), argvs(rm).join('\n'));
    const keep = explain('docker run --name web -p 8080:80 nginx:1.27', bind, 125);
    assert.ok(argvs(keep).includes('docker rm web'));
    const compose = explain('docker compose up -d', bind, 1);
    assert.doesNotMatch(compose!.markdown, /until you remove it/);
    assert.ok(!argvs(compose).some((a) => a.startsWith('docker rm')));
  });

  it('F13: docker images gets the familiar name', () => {
    const f = explain('docker build -t web .', 'ERROR: failed to solve: python:3.99-slim: failed to resolve source metadata for docker.io/library/python:3.99-slim: docker.io/library/python:3.99-slim: not found\n', 1);
    assert.strictEqual(f?.code, 'ManifestUnknown');
    assert.deepStrictEqual(argvs(f), ['docker images python']);
    assert.doesNotMatch(f!.markdown, /`3\.12` instead of `3\.12\.99`/);
  });

  it('F14: a path program may exist with a #! interpreter the image lacks', () => {
    const f = explain('docker run web', 'exec /app/entrypoint.sh: no such file or directory\n', 1);
    assert.strictEqual(f?.code, 'ExecutableNotFound');
    assert.match(f!.markdown, /`#!\/bin\/bash` on Alpine/);
    assert.doesNotMatch(f!.markdown, /use the name it has in this image/);
  });
});
