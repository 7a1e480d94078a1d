// SPDX-License-Identifier: MIT
// Where the test host lives. Everything it installs or writes stays under `.vscode-test/` (git-ignored),
// the folder @vscode/test-electron also uses for its download.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const hostDir = path.join(repoRoot, '.vscode-test');

/** code-server 4.139.1 bundles VS Code 1.139.1; `engines.vscode` must stay at or below it. */
export const codeServerVersion = '4.139.1';
/** code-server's postinstall refuses any Node but 24. */
export const nodeMajor = 24;

export const node24Prefix = path.join(hostDir, 'node24');
export const node24Dir = path.join(node24Prefix, 'node_modules', `node-${process.platform}-${process.arch}`);
export const node24Bin = path.join(node24Dir, 'bin', 'node');

export const codeServerPrefix = path.join(hostDir, 'code-server');
export const codeServerPkg = path.join(codeServerPrefix, 'node_modules', 'code-server');
export const codeServerEntry = path.join(codeServerPkg, 'out', 'node', 'entry.js');
/** Written only after an install was checked to work, so a half-finished install is redone. */
export const codeServerStamp = path.join(codeServerPrefix, `.verified-${codeServerVersion}`);

export const logsDir = path.join(hostDir, 'logs');
export const runsDir = path.join(hostDir, 'runs');
export const xdgDirs = {
  XDG_CONFIG_HOME: path.join(hostDir, 'xdg', 'config'),
  XDG_DATA_HOME: path.join(hostDir, 'xdg', 'data'),
  XDG_CACHE_HOME: path.join(hostDir, 'xdg', 'cache'),
};
/**
 * TMPDIR for code-server, its extension host and Chromium. They put Unix sockets there (vscode-ipc-….sock,
 * Chromium's SingletonSocket), and a socket path may hold at most 107 bytes: a clone in a deep folder made
 * Chromium abort with "Socket path too long". So a long checkout path gets a short folder in /tmp instead,
 * the same one on every run (named by a hash of the checkout's path).
 */
const tmpInRepo = path.join(hostDir, 'tmp');
export const tmpDir = Buffer.byteLength(tmpInRepo) <= 40 ? tmpInRepo
  : path.join('/tmp', `docker-coach-${process.getuid?.() ?? 0}-${createHash('sha256').update(hostDir).digest('hex').slice(0, 10)}`);

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const samplesDir = path.join(repoRoot, 'samples');
export const vsixPath = path.join(repoRoot, 'docker-coach.vsix');
