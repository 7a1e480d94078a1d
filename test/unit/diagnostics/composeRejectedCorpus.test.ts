// SPDX-License-Identifier: MIT
// Property over the real-world corpus (../shared/corpus/compose): the rules for values Docker refuses
// (issue 23) fire only on files that Docker really refuses. Each file where one fires is listed below with
// the reason, checked by hand against compose-go; anything else firing is a false alarm and fails.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { composeDiagnostics } from '../../../src/core/diagnostics/composeDiagnostics';
import { originalPaths, corpusDir, corpusFiles } from '../corpusGuards';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

/** The rules of issue 23 (the ones that say Docker refuses a value). */
const refusing = ['MissingImageOrBuild', 'InvalidImageReference', 'InvalidRestartPolicy', 'InvalidPortMapping', 'InvalidVolumeMount',
  'InvalidDuration', 'InvalidByteSize', 'InvalidCpus', 'DependencyCycle', 'ExtendsCycle', 'NetworkModeWithNetworks', 'InvalidHealthcheckTest',
  'DuplicateMountTarget', 'ConflictingDeployValues', 'InvalidContainerName', 'SecretWithoutSource',
  'DockerfileWithInline', 'RelativeWorkingDir', 'SwapWithoutMemory', 'ValueOutOfRange', 'ExtraHostWithoutIp', 'BuildContextServiceUnknown',
  'BuildPlatformsMissPlatform', 'WatchWithoutTarget', 'UnsupportedDriver', 'ExternalNameConflict', 'InvalidDevice', 'InvalidAddress', 'IncludeItself', 'UndefinedModel'];
/** Their softer companions: Docker accepts the file but ignores or rewrites a value. */
const softer = ['IgnoredVolumeOption', 'PortsWithHostNetwork', 'ProjectNameNormalized'];

/**
 * Corpus file → what fires there, and why Docker refuses that file.
 * - TestLocalComposeConfigNoConsistency: Compose's own test file for `config --no-consistency`; `incomplete`
 *   has no image or build, and so does `gated`, once its profile `extra` is on (compose-go loader/validate.go).
 * - zulip ci/settings/compose.yaml: an overlay CI passes after the main file with `-f`; on its own, service
 *   `zulip` has no image or build, and Compose refuses it. Its name is the default one, so nothing tells it apart.
 * - compose-service-platform-not-in-build-platforms.yaml: Compose's own fixture for this refusal; its e2e test
 *   (docker/compose pkg/e2e/build_test.go:447-450) expects exit 1 and
 *   `service.build.platforms MUST include service.platform "linux/riscv64"`.
 */
const expected: Record<string, string[]> = {
  'docker__compose__pkg__e2e__fixtures__build-test__platforms__compose-service-platform-not-in-build-platforms.yaml': ['BuildPlatformsMissPlatform'],
  'docker__compose__pkg__e2e__testdata__TestLocalComposeConfigNoConsistency__compose.yaml': ['MissingImageOrBuild', 'MissingImageOrBuild'],
  'zulip__docker-zulip__ci__settings__compose.yaml': ['MissingImageOrBuild'],
};

describe('rules for values Docker refuses, over the real-world corpus', function () {
  this.timeout(120000);

  it('fire only on the files Docker refuses, and the softer ones nowhere', function () {
    const dir = corpusDir('compose', repoRoot);
    if (!dir) {
      console.log(`    corpus not found next to ${repoRoot} (../shared/corpus/compose): skipping the corpus run`);
      this.skip();
    }
    const names = originalPaths(dir, 'compose');
    const fired: Record<string, string[]> = {};
    for (const f of corpusFiles(dir)) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const codes = composeDiagnostics(text, { file: { path: names.get(f) ?? path.join(dir, f) } })
        .map(d => d.code).filter(c => refusing.includes(c) || softer.includes(c));
      if (codes.length) fired[f] = codes;
    }
    assert.deepStrictEqual(fired, expected);
  });

  it('stay quiet on the samples (the exercise plants no mistake of this kind)', () => {
    for (const rel of ['samples/docker-compose.yml', 'samples/exercises/compose.mistakes.yaml']) {
      const text = fs.readFileSync(path.join(repoRoot, rel), 'utf8');
      // Checked under both its own name and a default one, which widens the checks that skip overlays.
      for (const name of [rel, 'samples/compose.yaml']) {
        const codes = composeDiagnostics(text, { file: { path: path.join(repoRoot, name) } }).map(d => d.code).filter(c => refusing.includes(c) || softer.includes(c));
        assert.deepStrictEqual(codes, [], `${rel} as ${name}`);
      }
    }
  });
});
