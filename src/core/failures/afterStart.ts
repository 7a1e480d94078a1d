// SPDX-License-Identifier: MIT
// A container that exits at once. `docker run -d` and `docker compose up -d` succeed as soon as the container
// has started; if its command then ends, the terminal shows nothing wrong. So after such a command the adapter
// looks once, a few seconds later: this module decides whether and how (argv built here, never a shell
// string), reads what `docker inspect` or `docker compose ps -a --format json` said, and words the
// explanation with the container's last log lines. The exit codes' meanings come from the exit-code table.
import { code } from '../render';
import { exitCodeMeaning, exitCodeWords } from '../knowledge/exitCodes';
import { exitedAtOnce } from './catalogue/exits';
import { commandContext, dockerPrefix, hasFlag, plainOutput } from './commandContext';
import type { CommandContext, Failure, FailureInput } from './types';
import { dockerFix, repeatWith, validContainer } from './fixes';
import type { Action } from '../types';

/** How long after the command ends the adapter looks: long enough for a start-up crash, short enough to still matter. */
export const afterStartDelayMs = 3000;

/** How many log lines the explanation shows (and asks `docker logs --tail` for). */
export const afterStartLogLines = 20;

/** What to look at, and how: built from the command that just succeeded. */
export interface AfterStartLook {
  /** `run` for `docker run -d`, `compose` for `docker compose up -d`. */
  kind: 'run' | 'compose';
  /** The one command to run: `docker inspect <id>` or `docker compose … ps -a --format json`. */
  argv: string[];
  /** The folder to run it in (compose finds its files from there), '' when unknown. */
  cwd: string;
  /** The command that started the container(s), as the failure explanation needs it. */
  input: FailureInput;
}

/** A container the look found stopped, or caught by its restart policy. */
export interface StoppedContainer {
  id: string;
  /** Its name (without the leading `/` inspect gives), or the ID when it has none we can use. */
  name: string;
  /** The last exit code, when the engine still shows it (a container running again after a restart shows 0). */
  exitCode?: number;
  /** True when its restart policy has started it again, or is about to. */
  restarting: boolean;
  /** True when the kernel killed it for using more memory than it may. */
  oomKilled: boolean;
  /** True for `run --rm`: the container ended and the engine already removed it, logs and all. */
  removed: boolean;
}

/** `docker run -d` prints the new container's full ID, 64 hex digits, on a line of its own (docker/cli run.go). */
const fullId = /^[0-9a-f]{64}$/;

/** The compose options that choose the project; `ps` must get the same ones to see the same containers. */
const projectOptions = new Set(['-f', '--file', '-p', '--project-name', '--project-directory', '--env-file', '--profile']);

/** The docker options that choose the engine; the look must ask the same one. */
const engineOptions = new Set(['-H', '--host', '-c', '--context', '--config']);

/** Variables set in front of the command that choose another engine or project, which the look would not see. */
const ENGINE_VARIABLE = /(?:^|[\s;&|(])(?:DOCKER|COMPOSE)_[A-Z_]+=/;

/** The options of `names` as written, or undefined when a value is not a literal word (`$FILE`) the look could repeat. */
function optionsOf(ctx: CommandContext, names: ReadonlySet<string>): string[] | undefined {
  const used = (ctx.inv?.flags ?? []).filter((f) => names.has(f.name) && f.value !== undefined);
  return used.every((f) => !/[$`*?[\]{}~]/.test(f.value!)) ? used.flatMap((f) => [f.name, f.value!]) : undefined;
}

/**
 * Whether to look at the container(s) a command started, and with which command; undefined for anything but a
 * `docker run -d` or `docker compose up -d` that exited 0, and for `sudo` (a look would ask for a password).
 */
export function afterStartLook(input: FailureInput): AfterStartLook | undefined {
  if (!input || typeof input !== 'object' || input.exitCode !== 0) return undefined;
  const ctx = commandContext(input);
  if (!ctx.program || ctx.programAt !== 0 || !hasFlag(ctx, '-d', '--detach') || ENGINE_VARIABLE.test(input.commandLine)) return undefined;
  const engine = optionsOf(ctx, engineOptions);
  if (!engine) return undefined;
  if (ctx.command === 'run' && ctx.program !== 'docker-compose') {
    const id = ctx.output.split('\n').map((l) => l.trim()).reverse().find((l) => fullId.test(l));
    return id ? { kind: 'run', argv: [...dockerPrefix(ctx), ...engine, 'inspect', id], cwd: ctx.cwd, input } : undefined;
  }
  const project = optionsOf(ctx, projectOptions);
  if (ctx.command === 'compose up' && ctx.program !== 'podman' && project) {
    const head = ctx.program === 'docker-compose' ? ['docker-compose'] : ['docker', ...engine, 'compose'];
    return { kind: 'compose', argv: [...head, ...project, 'ps', '-a', '--format', 'json'], cwd: ctx.cwd, input };
  }
  return undefined;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function fromInspect(stdout: string, removeOnExit: boolean): StoppedContainer | undefined {
  let parsed: unknown;
  try { parsed = JSON.parse(stdout); } catch { return undefined; }
  if (!Array.isArray(parsed)) return undefined;
  // An empty list: the container is gone. Only `--rm` removes it that fast on its own.
  if (parsed.length === 0) return removeOnExit ? { id: '', name: '', restarting: false, oomKilled: false, removed: true } : undefined;
  const c = record(parsed[0]);
  const state = record(c?.State);
  if (!c || !state || typeof c.Id !== 'string') return undefined;
  const restarts = typeof c.RestartCount === 'number' ? c.RestartCount : 0;
  const status = state.Status;
  // Running with restarts behind it, seconds after the start, is a crash loop between two attempts.
  const restarting = state.Restarting === true || status === 'restarting' || (status === 'running' && restarts > 0);
  if (!restarting && status !== 'exited' && status !== 'dead') return undefined;
  const name = typeof c.Name === 'string' ? c.Name.replace(/^\//, '') : '';
  const exit = typeof state.ExitCode === 'number' && status !== 'running' ? state.ExitCode : undefined;
  return { id: c.Id, name: validContainer(name) ?? c.Id, ...(exit !== undefined ? { exitCode: exit } : {}), restarting, oomKilled: state.OOMKilled === true, removed: false };
}

/** Compose v2.21 and later print one JSON object per line; earlier v2 releases printed one JSON array. */
function composeRows(stdout: string): Record<string, unknown>[] {
  try {
    const whole: unknown = JSON.parse(stdout);
    return (Array.isArray(whole) ? whole : [whole]).map(record).filter((r): r is Record<string, unknown> => !!r);
  } catch {
    return stdout.split('\n').flatMap((line) => {
      try { const r = record(JSON.parse(line)); return r ? [r] : []; } catch { return []; }
    });
  }
}

/** Seconds in a `Status` age such as `Exited (1) 3 seconds ago` (go-units HumanDuration); undefined past a minute. */
function recentSeconds(status: string): number | undefined {
  const m = /(Less than a second|About a minute|(\d+) seconds?) ago$/.exec(status.trim());
  if (!m) return undefined;
  return m[1] === 'Less than a second' ? 0 : m[1] === 'About a minute' ? 60 : Number(m[2]);
}

function fromComposePs(stdout: string, services: readonly string[]): StoppedContainer | undefined {
  for (const row of composeRows(stdout)) {
    const state = String(row.State ?? '');
    const status = String(row.Status ?? '');
    if (services.length && !services.includes(String(row.Service ?? ''))) continue;
    const restarting = state === 'restarting';
    // An exit minutes old belongs to an earlier run (a service this `up` did not start again), not to this one.
    if (!restarting && !((state === 'exited' || state === 'dead') && recentSeconds(status) !== undefined)) continue;
    const id = typeof row.ID === 'string' ? row.ID : '';
    const name = validContainer(typeof row.Name === 'string' ? row.Name : undefined) ?? validContainer(id);
    if (!name) continue;
    const exit = typeof row.ExitCode === 'number' ? row.ExitCode : undefined;
    return { id: id || name, name, ...(exit !== undefined ? { exitCode: exit } : {}), restarting, oomKilled: false, removed: false };
  }
  return undefined;
}

/** The services an `up` names (`docker compose up -d web db`); empty for all of them. */
function servicesOf(ctx: CommandContext): string[] {
  return (ctx.inv?.args ?? []).map((a) => a.word.value);
}

/**
 * Reads what the look printed: the container that stopped (or keeps restarting), or undefined when all are
 * still running, or the output is not what the look asks for.
 */
export function stoppedAfterStart(look: AfterStartLook, stdout: string): StoppedContainer | undefined {
  if (typeof stdout !== 'string') return undefined;
  const ctx = commandContext(look.input);
  return look.kind === 'run' ? fromInspect(stdout, hasFlag(ctx, '--rm')) : fromComposePs(stdout, servicesOf(ctx));
}

/** The command that reads the stopped container's last log lines; undefined when it is gone. */
export function afterStartLogsArgv(look: AfterStartLook, stopped: StoppedContainer): string[] | undefined {
  if (stopped.removed || !stopped.id) return undefined;
  const ctx = commandContext(look.input);
  return [...dockerPrefix(ctx), ...(optionsOf(ctx, engineOptions) ?? []), 'logs', '--tail', String(afterStartLogLines), stopped.id];
}

/** The last lines of a log as a fenced block, with a fence the log itself does not hold. */
function logBlock(logs: string): string {
  const lines = plainOutput(logs).replace(/\n+$/, '').split('\n').slice(-afterStartLogLines).map((l) => (l.length > 300 ? l.slice(0, 300) + '…' : l));
  let fence = '```';
  while (lines.some((l) => l.includes(fence))) fence += '`';
  return `${fence}text\n${lines.join('\n')}\n${fence}`;
}

/** What to do, by what the exit code says. */
function todoFor(stopped: StoppedContainer, kind: AfterStartLook['kind'], logs: string): string[] {
  const exit = stopped.exitCode;
  const meaning = exit === undefined ? undefined : exitCodeMeaning(exit);
  const out: string[] = [];
  if (exit === 0) {
    out.push('Give it a command that keeps running, such as a server in the foreground; for a shell to type into, use `docker run -it` instead of `-d`.');
    if (kind === 'compose') out.push('If this service is a one-off job (a migration, a seed), ending with 0 is just what it should do.');
  } else if (stopped.oomKilled || exit === 137) {
    out.push(stopped.oomKilled ? 'Give it more memory (`--memory`, or `mem_limit` in compose) or make it use less.' : 'If it ran out of memory, give it more (`--memory`, or `mem_limit` in compose); if someone stopped or killed it, nothing is wrong.');
  } else if (meaning?.signal === 'SIGTERM' || meaning?.signal === 'SIGINT') {
    out.push('Something asked it to stop. If nobody meant to, `docker events --since 10m` lists the recent `stop` and `kill` events of every container.');
  } else if (exit === 126) {
    out.push('Make the file executable: `RUN chmod +x <file>` in the Dockerfile, or `COPY --chmod=755`; or start it through its interpreter (`sh start.sh`).');
  } else if (exit === 127) {
    out.push('Check the spelling of the command, and that the image has that program: a slim or alpine image has far fewer than your machine.');
  } else {
    out.push(logs.trim() ? 'Its last log lines above say why it stopped: fix that, then start it again.' : 'It printed nothing; `docker logs` shows all it wrote, and `docker inspect` its settings.');
  }
  if (stopped.restarting) out.push(`Its restart policy starts it again each time, so it keeps ending the same way until the cause is fixed; ${code(`docker stop ${stopped.name}`)} ends the loop.`);
  return out;
}

/** The fixes: **Show logs**, and for a kill, whether memory ran out; for `--rm`, the same run in the foreground. */
function fixesFor(ctx: CommandContext, stopped: StoppedContainer): Action[] {
  const engine = optionsOf(ctx, engineOptions) ?? [];
  const fixes = stopped.removed
    ? [repeatWith(ctx, 'runForeground', 'Run it in the foreground', (args) => (args.includes('-d') || args.includes('--detach') ? args.filter((a) => a !== '-d' && a !== '--detach') : undefined), 'The same command without -d: its output shows in the terminal.')]
    : [
      dockerFix(ctx, 'showLogs', 'Show logs', [...engine, 'logs', stopped.name]),
      stopped.exitCode === 137 ? dockerFix(ctx, 'oomKilled', 'Was it out of memory?', [...engine, 'inspect', '--format', '{{.State.OOMKilled}}', stopped.name], 'Prints true when the kernel killed it for using too much memory.') : undefined,
    ];
  return fixes.filter((f): f is Action => f !== undefined);
}

/**
 * The explanation of a container the look found stopped, from its exit code and its last log lines (`logs`:
 * what `docker logs --tail 20` printed, stdout and stderr together). Always a Failure of kind `ExitedAtOnce`.
 */
export function explainAfterStart(look: AfterStartLook, stopped: StoppedContainer, logs = ''): Failure {
  const ctx = commandContext(look.input);
  const program = ctx.argv[ctx.programAt] ?? 'docker';
  const shown = look.kind === 'run' ? `${program} run -d` : program === 'docker-compose' ? 'docker-compose up -d' : 'docker compose up -d';
  const exit = stopped.exitCode;
  const meaning = exit === undefined ? undefined : exitCodeMeaning(exit);
  const who = stopped.removed ? 'The container' : code(stopped.name);
  const title = stopped.removed ? 'The container ended at once, and --rm removed it'
    : stopped.restarting ? `Container ${stopped.name} keeps restarting`
      : `Container ${stopped.name} exited right after it started (code ${exit})`;
  const what = stopped.removed ? `${who} started, ended within seconds, and \`--rm\` removed it, with its logs.`
    : stopped.restarting ? `${who} keeps ending within seconds of starting, and its restart policy keeps starting it again${exit !== undefined ? `; the last time it ended with exit code ${exit}` : ''}.`
      : `${who} stopped within seconds of ${code(shown)} starting it, with exit code ${exit}${meaning?.short ? ` (${meaning.short})` : ''}.`;
  const why = [
    `A container lives only as long as its main command. With \`-d\` its output goes to its log, not to your terminal, so ${code(shown)} looked fine.`,
    ...(meaning ? [exit === 0 ? `${meaning.text} A container whose command has finished has nothing left to do, so it stops.` : meaning.text] : []),
    ...(stopped.oomKilled ? ['The engine says the kernel killed it for using more memory than it may (`OOMKilled` is true).'] : []),
  ];
  const fixes = fixesFor(ctx, stopped);
  const tags = [code(shown), ...(exit !== undefined ? [exitCodeWords(exit)] : [])];
  const out = [`**${title}** · ${tags.join(' · ')}`, what, '**Why**\n\n' + why.map((b) => `- ${b}`).join('\n')];
  if (!stopped.removed) out.push(logs.trim() ? `**Its last log lines**\n\n${logBlock(logs)}` : '**Its last log lines**\n\nIt printed nothing before it stopped.');
  const todo = stopped.removed ? ['Run the same command without `-d` (or without `--rm`) to see what it prints before it ends.'] : todoFor(stopped, look.kind, logs);
  out.push('**What to do**\n\n' + todo.map((b) => `- ${b}`).join('\n'));
  if (fixes.length) out.push('**Fixes** (each runs only when you click it, in the terminal)\n\n' + fixes.map((f) => `- ${f.title}: ${code(f.tooltip.split('\n')[0])}`).join('\n'));
  out.push(`[Reference](${exitedAtOnce.docsUrl})`);
  return { code: exitedAtOnce.code, title, markdown: out.join('\n\n'), fixes };
}
