// SPDX-License-Identifier: MIT
// The terminal's silent misses (issue 24, C5 of the 2026-12-06 walkthrough): three failing commands the learner
// typed got no word from the coach. Each output below is what the walkthrough's terminal showed (screenshots 20
// and 23, and the v1 run), checked against the source that prints it today; the expected fixes are written by hand.
import * as assert from 'assert';
import { explainDockerFailure } from '../../../src/core/index';

const cwd = '/home/learner/cruddur';

describe('C5: failures the terminal coach used to miss', () => {
  it('-v with a relative host path: read as a volume name, with the ./ form as the fix', () => {
    // moby docker-v29.7.2 daemon/volume/local/local.go:287 (v28.0.0 volume/local/local.go:259), as printed by CLI 28.2.2.
    const output = 'docker: Error response from daemon: create data/x: "data/x" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path\n\nRun \'docker run --help\' for more information\n';
    const f = explainDockerFailure({ commandLine: 'docker run -v data/x:/data local/busybox:1 true', exitCode: 125, cwd, output });
    assert.strictEqual(f?.code, 'InvalidVolumeName');
    assert.match(f.markdown, /`data\/x` has no leading `\/` or `\.\/`, so it was taken for a volume name/);
    // docker/cli v23.0.0 cli/command/container/opts.go makes a source starting with ./ absolute (ab35e3fac3).
    assert.match(f.markdown, /`\.\/data\/x` \(docker 23 and later\)/);
    assert.deepStrictEqual(f.fixes.map((x) => x.argv.join(' ')), ['docker run -v ./data/x:/data local/busybox:1 true']);
  });

  it('an unknown --network: names it, says when a compose network exists and what it is called, offers ls and create', () => {
    // moby docker-v29.7.2 daemon/libnetwork/error.go:12 ("network %s not found").
    const output = 'docker: Error response from daemon: network cruddur not found\n\nRun \'docker run --help\' for more information\n';
    const f = explainDockerFailure({ commandLine: 'docker run --rm --network cruddur local/busybox:1 true', exitCode: 125, cwd, output });
    assert.strictEqual(f?.code, 'NetworkNotFound');
    assert.match(f.markdown, /There is no network `cruddur`\./);
    // Its own name in the pattern, not a fixed example; and an external network keeps its key as its name.
    assert.match(f.markdown, /If `cruddur` is a network of a compose file: `docker compose up` creates it and `down` removes it/);
    assert.match(f.markdown, /`<project>_cruddur`/);
    assert.match(f.markdown, /unless the file gives it a `name:` or marks it `external: true`/);
    assert.deepStrictEqual(f.fixes.map((x) => x.argv.join(' ')), ['docker network ls', 'docker network create cruddur']);
  });

  it('docker-compose (v1) with no compose file: the v1 wording, colours and all, is a missing compose file', () => {
    // docker/compose 1.29.2 compose/config/errors.py:42 (ComposeFileNotFound), logged by compose/cli/main.py:145
    // after compose/cli/formatter.py:44's red "ERROR: ".
    const output = "\u001b[31mERROR\u001b[0m: \n        Can't find a suitable configuration file in this directory or any\n        parent. Are you in the right directory?\n\n        Supported filenames: docker-compose.yml, docker-compose.yaml, compose.yml, compose.yaml\n        \n";
    for (const commandLine of ['docker-compose up', 'docker-compose up -d', 'docker-compose logs']) {
      const f = explainDockerFailure({ commandLine, exitCode: 1, cwd, output });
      assert.strictEqual(f?.code, 'ComposeNoConfigFile', commandLine);
      assert.match(f.markdown, /`docker-compose (up|logs)/);
      assert.match(f.markdown, /`docker-compose\.yml` in `\/home\/learner\/cruddur` and the folders above it/);
      assert.match(f.markdown, /name the file with `-f`/);
    }
  });

  it('the v2 wording still gives the same kind (compose-go v2.13.0 loader/loader.go:303)', () => {
    const f = explainDockerFailure({ commandLine: 'docker compose up', exitCode: 1, cwd, output: 'no configuration file provided: not found\n' });
    assert.strictEqual(f?.code, 'ComposeNoConfigFile');
  });

  it('the v1 words printed by a program in a container are not a compose failure', () => {
    const f = explainDockerFailure({ commandLine: 'docker run --rm tool', exitCode: 1, cwd, output: "Can't find a suitable configuration file in this directory or any\nparent.\n" });
    assert.ok(f?.code !== 'ComposeNoConfigFile', `gave ${f?.code}`);
  });
});
