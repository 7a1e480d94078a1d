// SPDX-License-Identifier: MIT
// .ci/run's Docker engine step (.ci/dockerd.sh) on a machine where dockerd cannot start: it must fail and say
// why, not carry on without an engine. Stand-ins on PATH play docker, dockerd and the network tools that
// stop_dockerd calls, so the host's own engine and firewall are never touched.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'mocha';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Runs start_dockerd with `fakes` (name → shell script body) first on a PATH without /usr/sbin. */
function startDockerd(work, fakes) {
  const bin = fs.mkdtempSync(path.join(work, 'bin-'));
  // The tools stop_dockerd would run as root on a real host: here they do nothing.
  for (const name of ['ip', 'iptables', 'ip6tables', 'sysctl']) fakes = { [name]: 'exit 0', ...fakes };
  for (const [name, body] of Object.entries(fakes)) fs.writeFileSync(path.join(bin, name), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  const logfile = path.join(work, 'dockerd.log');
  const script = `log() { printf '[ci] %s\\n' "$*"; }; . .ci/dockerd.sh; rc=0; start_dockerd "$1" || rc=$?; echo "returned $rc"; stop_dockerd`;
  const res = spawnSync('bash', ['-c', script, 'bash', logfile], {
    cwd: repoRoot, encoding: 'utf8', timeout: 30000,
    env: { PATH: `${bin}:/usr/bin:/bin`, DOCKERD_WAIT_STEPS: '25', HOME: work },
  });
  assert.equal(res.error, undefined, String(res.error));
  return res.stdout + res.stderr;
}

describe('.ci/run: the Docker engine step', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-ci-dockerd-'));
  after(() => fs.rmSync(work, { recursive: true, force: true }));
  const noEngine = 'exit 1'; // `docker info` finds no engine

  it('fails and says why when dockerd exits at once', () => {
    const out = startDockerd(work, { docker: noEngine, dockerd: 'echo "failed to start daemon: iptables unavailable" >&2; exit 1' });
    assert.match(out, /dockerd did not come up: it exited with status 1/);
    assert.match(out, /failed to start daemon: iptables unavailable/, 'the log tail is shown');
    assert.match(out, /CI stops here/);
    assert.match(out, /returned 1$/m);
    assert.doesNotMatch(out, /continuing without/);
  });

  it('fails and says why when there is no dockerd at all', () => {
    const out = startDockerd(work, { docker: noEngine });
    assert.match(out, /no dockerd on this machine \(apt-get install docker\.io\)/);
    assert.match(out, /returned 1$/m);
  });

  it('uses an engine that already answers', () => {
    const out = startDockerd(work, { docker: 'exit 0', dockerd: 'exit 1' });
    assert.match(out, /a Docker engine is already running; using it/);
    assert.match(out, /returned 0$/m);
  });

  it('waits for a dockerd that comes up late, then uses it', () => {
    const ready = path.join(work, 'ready');
    const out = startDockerd(work, { docker: `[ -e '${ready}' ]`, dockerd: `sleep 0.5; touch '${ready}'; sleep 30` });
    assert.match(out, /dockerd started \(pid \d+\)/);
    assert.match(out, /returned 0$/m);
    assert.match(out, /stopping dockerd/, 'the test stops its stand-in dockerd');
  });
});
