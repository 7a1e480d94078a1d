// SPDX-License-Identifier: MIT
// Installs the real-VS-Code test host into .vscode-test/ and reuses it on later runs:
// Debian packages (when root), Node 24 and code-server from the npm registry.
// Usage: node scripts/test-host/install.mjs [--for=tests|start] [--prepare]
// As root on Debian it installs the Debian packages too. Anyone else gets one message naming the one command
// to run (apt-get as root); nothing here calls sudo or reads standard input, so it never waits for a password.
// `--prepare` (the step `npm test` runs before the unit tests) does not stop when Debian packages are
// missing: it says so in one line and installs nothing, so the tests that need no VS Code still run; the
// first VS Code test run then stops with the message.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  chromiumPath, codeServerEntry, codeServerPkg, codeServerPrefix, codeServerStamp, codeServerVersion,
  hostDir, logsDir, node24Bin, node24Dir, node24Prefix, nodeMajor, tmpDir, xdgDirs,
} from './paths.mjs';

/** Debian packages per purpose. The tests of other areas need the shells (quoting round trip) and a Docker engine. */
export const debianPackages = {
  // libkrb5-dev: Kerberos headers for code-server's native `kerberos` module; the rest is node-gyp's toolchain.
  build: ['libkrb5-dev', 'build-essential', 'python3', 'pkg-config'],
  // neovim: the real editor that drives the language server in `npm run test:server`.
  tests: ['chromium', 'bash', 'dash', 'zsh', 'fish', 'ksh', 'docker.io', 'busybox-static', 'neovim'],
};

const log = (msg) => console.log(`[test-host] ${msg}`);

function run(cmd, args, { env, logFile, cwd } = {}) {
  const out = logFile ? fs.openSync(logFile, 'a') : 'inherit';
  const res = spawnSync(cmd, args, { cwd, env: env ?? process.env, stdio: ['ignore', out, out] });
  if (logFile) fs.closeSync(out);
  return res.status === 0;
}

function missingDebianPackages(names) {
  return names.filter((name) => {
    const res = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return res.status !== 0 || !res.stdout.includes('install ok installed');
  });
}

/** The one command that installs `missing` (as root; `sudo` is only named, never run). */
export function aptCommand(missing) {
  return `sudo sh -c 'apt-get update && apt-get install -y ${missing.join(' ')}'`;
}

/** Thrown when the machine lacks Debian packages and this process may not install them. */
export class MissingPackagesError extends Error {
  constructor(missing) {
    super(`Missing Debian packages: ${missing.join(', ')}. Install them once (as root), then run npm test again:\n\n  ${aptCommand(missing)}\n`);
    this.missing = missing;
  }
}

/** Installs missing Debian packages as root, or throws MissingPackagesError naming the one command to run. */
function ensureDebianPackages(names) {
  if (!fs.existsSync('/etc/debian_version')) {
    if (!fs.existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath}; install it or set CHROMIUM_PATH.`);
    return; // not Debian: trust the machine and let the later checks say what is wrong
  }
  const missing = missingDebianPackages(names);
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) throw new MissingPackagesError(missing);
  const t = Date.now();
  log(`installing Debian packages: ${missing.join(' ')}`);
  const logFile = path.join(logsDir, 'apt.log');
  // Another apt may hold the dpkg lock (a colleague, unattended-upgrades): wait for it instead of failing.
  const lock = ['-o', 'DPkg::Lock::Timeout=600'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!run('apt-get', [...lock, 'update', '-qq'], { env, logFile })
      || !run('apt-get', [...lock, 'install', '-y', '-qq', ...missing], { env, logFile })) {
    throw new Error(`apt-get failed, see ${logFile}. By hand: ${command}`);
  }
  log(`Debian packages installed in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

function nodeVersion(bin) {
  const res = spawnSync(bin, ['-v'], { encoding: 'utf8' });
  return res.status === 0 ? res.stdout.trim() : '';
}

function ensureNode24() {
  if (nodeVersion(node24Bin).startsWith(`v${nodeMajor}.`)) return;
  const t = Date.now();
  log(`installing Node ${nodeMajor} (node-${process.platform}-${process.arch}@${nodeMajor} from npm)`);
  fs.mkdirSync(node24Prefix, { recursive: true });
  const ok = run('npm', ['install', '--prefix', node24Prefix, `node-${process.platform}-${process.arch}@${nodeMajor}`,
    '--no-audit', '--no-fund'], { logFile: path.join(logsDir, 'node24.log') });
  if (!ok || !nodeVersion(node24Bin).startsWith(`v${nodeMajor}.`)) {
    throw new Error(`Node ${nodeMajor} install failed, see ${path.join(logsDir, 'node24.log')}`);
  }
  log(`Node ${nodeVersion(node24Bin)} installed in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

/** Environment every code-server process gets: Node 24 first on PATH, and all state under .vscode-test/. */
export function hostEnv(extra = {}) {
  // Drop the npm_* variables of an enclosing `npm run`: a nested npm reads npm_config_user_agent as its own
  // config, and code-server's postinstall would then see the outer npm's Node 20 and refuse to build.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return {
    ...inherited,
    PATH: `${path.dirname(node24Bin)}${path.delimiter}${process.env.PATH ?? ''}`,
    ...xdgDirs,
    TMPDIR: tmpDir,
    ...extra,
  };
}

/** Checks that the install really works: the CLI answers and the native modules load under Node 24. */
function verifyCodeServer() {
  const env = hostEnv();
  const version = spawnSync(node24Bin, [codeServerEntry, '--version'], { encoding: 'utf8', env });
  if (version.status !== 0 || !version.stdout.includes(codeServerVersion)) return `code-server --version failed: ${version.stderr}`;
  // npm 11 may skip dependency install scripts silently; these modules only exist if the postinstall ran.
  const modules = path.join(codeServerPkg, 'lib', 'vscode', 'node_modules');
  const probe = ['node-pty', 'kerberos', '@vscode/spdlog', '@parcel/watcher']
    .map((m) => `require(${JSON.stringify(path.join(modules, m))});`).join('');
  const load = spawnSync(node24Bin, ['-e', probe], { encoding: 'utf8', env });
  if (load.status !== 0) return `native modules do not load (postinstall did not run?): ${load.stderr.split('\n').slice(0, 5).join(' ')}`;
  // The first run also prints a line about the config file it wrote; keep the version line.
  return version.stdout.split('\n').find((l) => l.startsWith(codeServerVersion))?.trim() ?? version.stdout.trim();
}

/**
 * node-gyp writes include and library paths into its Makefiles unquoted, so under a path with spaces
 * code-server's native modules fail to build ("node_api.h: No such file or directory", "linker input file
 * not found"). Such a path gets the build in a space-free folder in /tmp, with the Node headers reached
 * through a link there; the built folder is moved into place afterwards (the modules do not record where
 * they were built). Returns where to build, the nodedir to use, and `finish()` to move and clean up.
 */
function spaceFreeBuild() {
  if (!/\s/.test(codeServerPrefix) && !/\s/.test(node24Dir)) {
    return { dir: codeServerPrefix, nodedir: node24Dir, env: {}, finish: () => {} };
  }
  const tmp = fs.mkdtempSync(path.join('/tmp', 'docker-coach-code-server-'));
  const dir = path.join(tmp, 'code-server');
  fs.mkdirSync(dir);
  fs.symlinkSync(node24Dir, path.join(tmp, 'node'));
  log(`${hostDir} has a space in its path, which node-gyp cannot build in: building in ${dir}, then moving it here`);
  return {
    dir, nodedir: path.join(tmp, 'node'), env: { TMPDIR: tmp },
    finish(ok) {
      if (ok) {
        fs.rmSync(codeServerPrefix, { recursive: true, force: true });
        try {
          fs.renameSync(dir, codeServerPrefix);
        } catch {
          // Another file system (EXDEV): copy, keeping node_modules/.bin's relative links as they are.
          fs.cpSync(dir, codeServerPrefix, { recursive: true, verbatimSymlinks: true });
        }
      }
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

function ensureCodeServer() {
  if (fs.existsSync(codeServerStamp) && fs.existsSync(codeServerEntry)) return;
  if (fs.existsSync(codeServerEntry)) {
    // Installed but never checked (an interrupted run): keep it if it works.
    const verdict = verifyCodeServer();
    if (verdict.startsWith(codeServerVersion)) {
      fs.writeFileSync(codeServerStamp, `${verdict}\n`);
      return;
    }
    log(`the code-server in ${codeServerPrefix} does not work (${verdict}); installing it again`);
  }
  const t = Date.now();
  log(`installing code-server@${codeServerVersion} (about 2 min, 620 MB)`);
  // Start clean: npm does not rerun the postinstall of a package that is already in node_modules.
  fs.rmSync(codeServerPrefix, { recursive: true, force: true });
  fs.mkdirSync(codeServerPrefix, { recursive: true });
  const build = spaceFreeBuild();
  // npm 11 runs dependency install scripts only when package.json allows them: code-server's postinstall
  // builds VS Code's native modules (its own lib/vscode/package.json allows theirs), argon2 builds its binding.
  fs.writeFileSync(path.join(build.dir, 'package.json'), JSON.stringify({
    private: true,
    name: 'docker-coach-test-host',
    description: 'code-server for the Docker Coach tests, installed by scripts/test-host/install.mjs',
    dependencies: { 'code-server': codeServerVersion },
    allowScripts: { [`code-server@${codeServerVersion}`]: true, argon2: true },
  }, null, 2) + '\n');
  const logFile = path.join(logsDir, 'code-server-install.log');
  fs.writeFileSync(logFile, '');
  // The image's npmrc points node-gyp at Node 20's headers (nodedir=/usr); native modules must build for Node 24.
  // npm itself runs under Node 24 too, since code-server's postinstall reads the Node version from npm's user agent.
  const ok = run('npm', ['install', '--no-audit', '--no-fund'], {
    cwd: build.dir, logFile, env: { ...hostEnv(build.env), npm_config_nodedir: build.nodedir },
  });
  build.finish(ok);
  const verdict = ok ? verifyCodeServer() : 'npm install failed';
  if (!verdict.startsWith(codeServerVersion)) throw new Error(`code-server install failed: ${verdict}. See ${logFile}`);
  fs.writeFileSync(codeServerStamp, `${verdict}\n`);
  log(`${verdict} installed in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

/**
 * Makes sure the test host is installed. `purpose` "tests" also needs Chromium, shells and a Docker engine;
 * "start" only needs what code-server builds with.
 */
export function ensureInstalled(purpose = 'tests') {
  const t = Date.now();
  for (const dir of [hostDir, logsDir, tmpDir, ...Object.values(xdgDirs)]) fs.mkdirSync(dir, { recursive: true });
  ensureDebianPackages(purpose === 'start' ? debianPackages.build : [...debianPackages.build, ...debianPackages.tests]);
  ensureNode24();
  ensureCodeServer();
  return Date.now() - t;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const purpose = process.argv.find((a) => a.startsWith('--for='))?.slice('--for='.length) ?? 'tests';
  try {
    const ms = ensureInstalled(purpose);
    log(`ready in ${(ms / 1000).toFixed(1)} s: ${fs.readFileSync(codeServerStamp, 'utf8').trim()}, Node ${nodeVersion(node24Bin)}`);
  } catch (err) {
    if (err instanceof MissingPackagesError && process.argv.includes('--prepare')) {
      log(`not installed yet (${err.missing.join(', ')} missing): the tests that need no VS Code run first; the VS Code tests will stop and say how to install them`);
    } else {
      console.error(`[test-host] ${err instanceof Error ? err.message : err}`);
      process.exit(1);
    }
  }
}
