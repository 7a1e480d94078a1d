// SPDX-License-Identifier: MIT
// Which user RootUser's fix may switch to. A user that exists is not enough: it must be able to run
// the program. A daemon's service account (`nginx`, `www-data`, `dockremap`) exists too, but the
// daemon has to start as root and switch to it itself, so `USER nginx` gives an image that fails at
// start. So the fix names a created user only when the file shows it is the app's user: files in
// the WORKDIR are given to it (`chown`, `COPY --chown`), or its home is the WORKDIR. And no fix at
// all when the file packages a daemon (it creates a service account) or starts through an
// entrypoint script, which may need root for its first steps.
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileModel } from '../../../dockerfile/model';
import { instructionsIn } from '../../../dockerfile/stageIndex';
import type { Stage } from '../../../dockerfile/stages';
import { argumentsText, leadingFlags } from '../../../dockerfile/words';
import { serviceAccounts } from '../../../knowledge/imageUsers';
import { nonFlagWords, placedWords, unquote } from './ranges';
import { commandName, programWords, runScript, type ShellCommand } from './shellScript';

export interface CreatedUser { name: string; inst: Instruction }

export type UserChoice =
  | { kind: 'app'; user: CreatedUser }
  /** Nothing shows which user runs the program: a fix may only use a user that needs no setup. */
  | { kind: 'unclear' }
  /** The file packages a daemon or starts through a script: no USER line is safe to offer. */
  | { kind: 'unsafe' };

/** What the stage chain (final stage first) says about the user a fix may switch to. */
export function userChoice(model: DockerfileModel, chain: readonly Stage[]): UserChoice {
  if (startsThroughScript(model, chain)) return { kind: 'unsafe' };
  const created = createdUsers(model, chain);
  // A service account next to an app user (`nginx` and `app`) still leaves the app user.
  const app = created.find(c => c.evidence && !serviceAccounts.has(c.name));
  if (app) return { kind: 'app', user: app };
  return created.some(c => serviceAccounts.has(c.name)) ? { kind: 'unsafe' } : { kind: 'unclear' };
}

interface Created extends CreatedUser { evidence: boolean }

/** Users made with `useradd`/`adduser` in the chain, the last one first, with whether they are the app's. */
function createdUsers(model: DockerfileModel, chain: readonly Stage[]): Created[] {
  const workdirs = chain.flatMap(s => instructionsIn(model, s, 'WORKDIR').map(w => trimSlash(unquote(argumentsText(model, w)))));
  const chowned = chownedUsers(model, chain, workdirs);
  const out: Created[] = [];
  for (const s of chain) {
    const runs = instructionsIn(model, s, 'RUN');
    for (let r = runs.length - 1; r >= 0; r--) {
      const commands = runScript(model, runs[r]).commands;
      for (let c = commands.length - 1; c >= 0; c--) {
        const made = userAdded(commands[c]);
        if (!made || made.name === 'root' || !/^[a-z_][a-z0-9_-]*\$?$/i.test(made.name)) continue;
        const homeIsWorkdir = made.home !== undefined && workdirs.includes(trimSlash(made.home));
        out.push({ name: made.name, inst: runs[r], evidence: chowned.has(made.name) || homeIsWorkdir });
      }
    }
  }
  return out;
}

// Options of useradd / adduser (Debian and BusyBox) that take a value in the next word.
const VALUE_OPTIONS = new Set(['-u', '-g', '-G', '-d', '-s', '-c', '-k', '-K', '-e', '-f', '-h', '-p', '-Z', '-b',
  '--uid', '--gid', '--groups', '--home', '--home-dir', '--shell', '--comment', '--gecos', '--ingroup', '--skel', '--key',
  '--expiredate', '--inactive', '--password', '--base-dir', '--firstuid', '--lastuid', '--add_extra_groups', '--conf']);
const HOME_OPTIONS = new Set(['-d', '-h', '--home', '--home-dir']);

/** `useradd`/`adduser`: the user name (the first operand: Debian `adduser app group` adds app to group) and its home. */
function userAdded(cmd: ShellCommand): { name: string; home?: string } | undefined {
  const tool = commandName(cmd);
  if (tool !== 'useradd' && tool !== 'adduser') return undefined;
  const args = programWords(cmd).slice(1).map(w => w.value);
  let name: string | undefined;
  let home: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('-')) {
      const eq = a.indexOf('=');
      if (eq > 0 && HOME_OPTIONS.has(a.slice(0, eq))) home = a.slice(eq + 1);
      if (VALUE_OPTIONS.has(a)) { if (HOME_OPTIONS.has(a)) home = args[i + 1]; i++; }
      continue;
    }
    name ??= a;
  }
  return name ? { name, home } : undefined;
}

/** Users given the app's files: `COPY --chown=app`, or `chown app[:group] <the WORKDIR or below>` in a RUN. */
function chownedUsers(model: DockerfileModel, chain: readonly Stage[], workdirs: string[]): Set<string> {
  const users = new Set<string>();
  const ownerOf = (spec: string) => unquote(spec).split(/[:.]/)[0];
  for (const s of chain) {
    for (const keyword of ['COPY', 'ADD']) {
      for (const inst of instructionsIn(model, s, keyword)) {
        const chown = leadingFlags(model, inst).find(f => f.name === 'chown');
        if (chown?.value && nonFlagWords(placedWords(model, inst)).length >= 2) users.add(ownerOf(chown.value));
      }
    }
    for (const run of instructionsIn(model, s, 'RUN')) {
      for (const cmd of runScript(model, run).commands) {
        if (commandName(cmd) !== 'chown') continue;
        const [owner, ...paths] = programWords(cmd).slice(1).map(w => w.value).filter(v => !v.startsWith('-'));
        if (!owner || !paths.length) continue;
        const inWorkdir = paths.some(p => {
          const path = trimSlash(p);
          return path === '.' || workdirs.some(w => w !== '/' && (path === w || path.startsWith(w + '/')));
        });
        if (inWorkdir) users.add(ownerOf(owner));
      }
    }
  }
  return users;
}

/**
 * True when the image starts through a script: `ENTRYPOINT ["docker-entrypoint.sh"]`,
 * `ENTRYPOINT /sbin/entrypoint.sh`. Such scripts often prepare things as root first (daemon
 * images step down to their own user there), which a USER line would break.
 */
function startsThroughScript(model: DockerfileModel, chain: readonly Stage[]): boolean {
  for (const s of chain) {
    const entrypoints = instructionsIn(model, s, 'ENTRYPOINT');
    if (!entrypoints.length) continue;
    const text = argumentsText(model, entrypoints[entrypoints.length - 1]);
    return /(^|[\s"'[/])[\w.-]*(entrypoint[\w.-]*|\.sh)(["'\s,\]]|$)/i.test(text);
  }
  return false;
}

function trimSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}
