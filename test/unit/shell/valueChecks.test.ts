// SPDX-License-Identifier: MIT
// Issue 25, item 3: values the CLI or the engine refuses are warned about in the hover, before the line
// runs. Each case carries Docker's own message, copied from its source (named beside it), and checks that
// the terminal coach, given that message after the run, explains the same mistake in the same words.
import * as assert from 'node:assert';
import { explainDockerFailure, explainShell } from '../../../src/core/index';

interface Case { line: string; at: string; error: string; source: string }

const cases: Case[] = [
  // docker/go-connections nat/nat.go:199 errors.New("invalid containerPort: " + containerPort)
  { line: 'docker run -p 8080:99999 web', at: '-p', error: 'invalid containerPort: 99999', source: 'go-connections nat/nat.go:199' },
  // nat/nat.go:206 errors.New("invalid hostPort: " + hostPort)
  { line: 'docker run -p 70000:80 web', at: '-p', error: 'invalid hostPort: 70000', source: 'go-connections nat/nat.go:206' },
  // moby api/types/container/hostconfig.go (v28): invalid restart policy: unknown policy '%s'; use one of ...
  { line: 'docker run --restart sometimes web', at: '--restart', error: 'invalid restart policy: unknown policy \'sometimes\'', source: 'moby hostconfig.go' },
  // docker/cli opts/parse.go:96 errors.New("invalid restart policy format: maximum retry count must be an integer")
  { line: 'docker run --restart on-failure:x web', at: '--restart', error: 'invalid restart policy format: maximum retry count must be an integer', source: 'docker/cli opts/parse.go:96' },
  // spf13/pflag flag.go:478 through go-units size.go: invalid argument "512x" for "-m, --memory" flag: invalid size: '512x'
  { line: 'docker run --memory 512x web', at: '--memory', error: 'invalid argument "512x" for "-m, --memory" flag: invalid size: \'512x\'', source: 'pflag flag.go:478, go-units size.go' },
  // moby daemon/daemon_unix.go (v28.0.0 :419): Minimum memory limit allowed is 6MB
  { line: 'docker run --memory 512 web', at: '--memory', error: 'Minimum memory limit allowed is 6MB', source: 'moby daemon/daemon_unix.go:419' },
  // docker/cli opts/opts.go:402 (v28.0.0): failed to parse %v as a rational number
  { line: 'docker run --cpus abc web', at: '--cpus', error: 'failed to parse abc as a rational number', source: 'docker/cli opts/opts.go:402' },
  // Go time.ParseDuration through pflag: time: missing unit in duration "5"
  { line: 'docker run --health-interval 5 web', at: '--health-interval', error: 'invalid argument "5" for "--health-interval" flag: time: missing unit in duration "5"', source: 'Go time/format.go ParseDuration via pflag' },
  { line: 'docker run --health-timeout 10sec web', at: '--health-timeout', error: 'invalid argument "10sec" for "--health-timeout" flag: time: unknown unit "sec" in duration "10sec"', source: 'Go time/format.go ParseDuration via pflag' },
  // moby volume/local/local.go:259 (v28.0.0): "%s" includes invalid characters for a local volume name
  { line: 'docker run -v data/x:/data web', at: '-v', error: '"data/x" includes invalid characters for a local volume name', source: 'moby volume/local/local.go:259' },
  // docker/cli cli/command/container/opts.go:716 errors.New("conflicting options: cannot specify both --restart and --rm")
  { line: 'docker run --rm --restart always web', at: 'docker', error: 'conflicting options: cannot specify both --restart and --rm', source: 'docker/cli container/opts.go:716' },
  // docker/cli cli/command/container/run.go:134 errors.New("conflicting options: cannot specify both --attach and --detach")
  { line: 'docker run -d --attach stdout web', at: 'docker', error: 'conflicting options: cannot specify both --attach and --detach', source: 'docker/cli container/run.go:134' },
  // distribution/reference: invalid reference format: repository name (MyApp) must be lowercase
  { line: 'docker run MyApp', at: 'docker', error: 'invalid reference format: repository name (MyApp) must be lowercase', source: 'distribution/reference reference.go' },
];

const hoverAt = (line: string, word: string) => explainShell(line, { line: 0, character: line.indexOf(word) + 1 })?.markdown ?? '';

describe('explainShell: values Docker refuses, said before the line runs', () => {
  for (const c of cases) {
    it(`${c.line}: ${c.error} (${c.source})`, () => {
      const md = hoverAt(c.line, c.at);
      assert.ok(md.includes(c.error), md);
      // The terminal coach knows the same message after the run, and says the same sentence.
      const after = explainDockerFailure({ commandLine: c.line, output: `docker: Error response from daemon: ${c.error}.\n`, exitCode: 125 });
      assert.ok(after, `the terminal coach does not know ${c.error}`);
      const warning = md.split('\n').find(l => l.includes(c.error))!;
      const said = warning.slice(warning.indexOf('`.') + 3).trim();
      if (said) assert.ok(after.markdown.includes(said.split(':')[0].slice(0, 40)), `after the run: ${after.markdown}\n\nbefore: ${said}`);
    });
  }

  it('says nothing about values Docker accepts', () => {
    for (const [line, at] of [['docker run -p 127.0.0.1:8080:80/udp web', '-p'], ['docker run --restart on-failure:3 web', '--restart'], ['docker run --memory 1.5g web', '--memory'],
      ['docker run --cpus 0.5 web', '--cpus'], ['docker run --health-interval 1m30s web', '--health-interval'],
      // Go's unit table has both micro signs (U+00B5 and the Greek U+03BC), and a number may end in its point.
      ['docker run --health-interval 500μs web', '--health-interval'], ['docker run --health-interval 500µs web', '--health-interval'], ['docker run --health-timeout 9.s web', '--health-timeout'], ['docker run --health-timeout .5s web', '--health-timeout'], ['docker run -v ./data:/data web', '-v'], ['docker run registry.example.com:5000/team/app:1.0', 'docker']]) {
      const md = hoverAt(line, at);
      assert.ok(md.length > 40, line);
      assert.ok(!md.includes('Docker refuses this'), `${line}\n${md}`);
    }
  });
});
