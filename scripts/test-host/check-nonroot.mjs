// SPDX-License-Identifier: MIT
// `npm run test:nonroot` (run by .ci/run): the test-host install as a person without root on a machine
// that lacks the Debian packages. It must stop at once with one message naming the one command to run,
// and never wait for a password. As root it switches to `nobody` (setpriv) for the check; as anyone else it
// runs as itself. The install scripts run from a copy in a temporary folder with a space in its path, with:
// - a `dpkg-query` first on PATH that reports every package missing (a bare machine),
// - a `sudo` and an `apt-get` that leave a trace and then hang for ten minutes if anything calls them,
// - standard input closed, a new session (no terminal to prompt on), and no SUDO_ASKPASS.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { debianPackages } from './install.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const deadlineMs = 30000;
const log = (msg) => console.log(`[nonroot] ${msg}`);

function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'docker-coach nonroot '));
  try {
    const scripts = path.join(tmp, 'a clone', 'scripts', 'test-host');
    const bin = path.join(tmp, 'bin');
    fs.mkdirSync(scripts, { recursive: true });
    fs.mkdirSync(bin);
    // install.mjs needs only paths.mjs beside it.
    for (const f of ['install.mjs', 'paths.mjs']) fs.copyFileSync(path.join(here, f), path.join(scripts, f));
    fs.writeFileSync(path.join(bin, 'dpkg-query'), '#!/bin/sh\necho "dpkg-query: no packages found matching $3" >&2\nexit 1\n', { mode: 0o755 });
    for (const name of ['sudo', 'apt-get', 'apt', 'su', 'pkexec']) {
      fs.writeFileSync(path.join(bin, name), `#!/bin/sh\necho "$0 $*" >> "${tmp}/called"\nsleep 600\n`, { mode: 0o755 });
    }
    const asRoot = process.getuid?.() === 0;
    if (asRoot) spawnSync('chown', ['-R', 'nobody', tmp]);
    fs.chmodSync(tmp, 0o777); // `nobody` writes the host folder and the trace there
    const env = { PATH: `${bin}:/usr/local/bin:/usr/bin:/bin`, HOME: tmp, LANG: 'C.UTF-8' };
    const node = process.execPath;
    const run = (args) => {
      const argv = [node, path.join(scripts, 'install.mjs'), ...args];
      const [cmd, ...rest] = asRoot
        ? ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups', 'setsid', ...argv]
        : ['setsid', ...argv];
      const t = Date.now();
      const res = spawnSync(cmd, rest, { env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: deadlineMs, killSignal: 'SIGKILL' });
      return { ...res, ms: Date.now() - t };
    };

    const problems = [];
    const missing = [...debianPackages.build, ...debianPackages.tests];
    const strict = run([]);
    const out = `${strict.stdout}${strict.stderr}`;
    if (strict.error || strict.signal) problems.push(`install.mjs did not finish within ${deadlineMs / 1000} s (${strict.error?.message ?? strict.signal}): it waits for something`);
    if (strict.status !== 1) problems.push(`install.mjs exited ${strict.status}, not 1`);
    const commands = out.split('\n').filter((l) => /apt-get install/.test(l));
    if (commands.length !== 1) problems.push(`expected one line with the command to run, found ${commands.length}`);
    else if (!missing.every((p) => commands[0].includes(` ${p}`))) problems.push(`the command does not name every missing package: ${commands[0].trim()}`);
    if (/\bat [^\n]*\.mjs:\d+/.test(out)) problems.push('the message comes with a stack trace');
    const prepare = run(['--prepare']);
    if (prepare.status !== 0) problems.push(`install.mjs --prepare exited ${prepare.status}, not 0: npm test would stop before the unit tests`);
    if (prepare.stdout.trim().split('\n').length !== 1) problems.push(`install.mjs --prepare printed more than one line:\n${prepare.stdout}`);
    if (fs.existsSync(path.join(tmp, 'called'))) problems.push(`it called: ${fs.readFileSync(path.join(tmp, 'called'), 'utf8').trim()}`);

    log(`as ${asRoot ? 'nobody (setpriv from root)' : os.userInfo().username}, stdin closed, no terminal: install.mjs stopped in ${strict.ms} ms with:`);
    for (const line of strict.stderr.trim().split('\n')) console.log(`  | ${line}`);
    log(`install.mjs --prepare: exit ${prepare.status} in ${prepare.ms} ms: ${prepare.stdout.trim()}`);
    if (problems.length) {
      console.error(`[nonroot] FAILED:\n- ${problems.join('\n- ')}`);
      return 1;
    }
    log('passed: one message with one command, no sudo or apt-get called, nothing waited for input');
    return 0;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

process.exit(main());
