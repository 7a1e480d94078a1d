// SPDX-License-Identifier: MIT
// A missing Compose program in the terminal (issue 24, C2 of the 2026-12-06 walkthrough): with neither
// `docker compose` nor `docker-compose` on the machine, no fix sends the learner to the other one; the
// explanation says Compose is missing and how to get it on their platform.
// Outputs: docker/cli 28 ("docker: unknown command: docker compose") and bash ("docker-compose: command not found").
import * as assert from 'assert';
import { explainDockerFailure } from '../../../src/core/index';

const pluginMissing = { commandLine: 'docker compose up', exitCode: 1, cwd: '/home/learner/app', output: "docker: unknown command: docker compose\n\nRun 'docker --help' for more information\n" };
const standaloneMissing = { commandLine: 'docker-compose up', exitCode: 127, cwd: '/home/learner/app', output: 'bash: docker-compose: command not found\n' };

describe('Compose missing, as the machine answered', () => {
  it('with neither program: no fix, the title says Compose is missing, and Linux advice names the plugin package', () => {
    for (const input of [pluginMissing, standaloneMissing]) {
      const f = explainDockerFailure({ ...input, composeFound: 'none', platform: 'linux' });
      assert.strictEqual(f?.code, 'ComposeVersionMismatch');
      assert.strictEqual(f.title, 'Compose is not installed');
      assert.deepStrictEqual(f.fixes, [], `${input.commandLine} offers no fix`);
      assert.match(f.markdown, /docker-compose-plugin/);
      assert.doesNotMatch(f.markdown, /Use docker-compose|Use docker compose/);
    }
  });

  it('on macOS and Windows the advice is Docker Desktop', () => {
    for (const platform of ['darwin', 'win32']) {
      const f = explainDockerFailure({ ...pluginMissing, composeFound: 'none', platform });
      assert.match(f?.markdown ?? '', /install Docker Desktop/);
      assert.doesNotMatch(f?.markdown ?? '', /docker-compose-plugin/);
    }
  });

  it('offers the other program only when it answers', () => {
    const v1Here = explainDockerFailure({ ...pluginMissing, composeFound: 'docker-compose' });
    assert.deepStrictEqual(v1Here?.fixes.map((x) => x.argv), [['docker-compose', 'up']]);
    const v2Here = explainDockerFailure({ ...standaloneMissing, composeFound: 'docker compose' });
    assert.deepStrictEqual(v2Here?.fixes.map((x) => x.argv), [['docker', 'compose', 'up']]);
    // The probe says the program that failed answers (another PATH, say): the other one is not offered blindly.
    const same = explainDockerFailure({ ...pluginMissing, composeFound: 'docker compose' });
    assert.strictEqual(same?.code, 'ComposeVersionMismatch');
    assert.deepStrictEqual(same.fixes, []);
  });

  it('without an answer from the machine (another editor), the other program is still offered', () => {
    const f = explainDockerFailure(pluginMissing);
    assert.deepStrictEqual(f?.fixes.map((x) => x.argv), [['docker-compose', 'up']]);
  });
});
