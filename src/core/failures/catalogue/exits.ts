// SPDX-License-Identifier: MIT
// A container that ended: a `docker ps -a` row that shows it stopped right after it was started, or the
// `exited with code N` line of an attached `docker compose up`. What the code means comes from the
// exit-code table, so a signal (137, 143) is never called the program's own error.
import { code } from '../../render';
import { exitCodeMeaning } from '../../knowledge/exitCodes';
import { exitCodeSourceOf } from '../commandContext';
import type { CommandContext, FailureKind, FailureStory } from '../types';
import { dockerFix, repeatWith, validContainer, validService } from '../fixes';

/**
 * The exit code of the command explained by the table, for the codes it gives a meaning (125 to 127 from
 * docker, signals); nothing for 0, 1 and codes only the program knows.
 */
export function exitCodeNote(ctx: CommandContext): string[] {
  if (ctx.exitCode === undefined || ctx.exitCode <= 1) return [];
  const meaning = exitCodeMeaning(ctx.exitCode, exitCodeSourceOf(ctx));
  return meaning.own ? [] : [meaning.text];
}

/** `docker ps` prints ages with go-units HumanDuration; each as the range of seconds it stands for. */
function ageRange(age: string): [number, number] | undefined {
  const m = /^(?:(Less than a second)|(About a minute)|(About an hour)|(\d+) (second|minute|hour|day|week|month|year)s?)$/.exec(age);
  if (!m) return undefined;
  if (m[1]) return [0, 1];
  if (m[2]) return [60, 120];
  if (m[3]) return [3600, 5400];
  const unit = { second: 1, minute: 60, hour: 3600, day: 86400, week: 604800, month: 2592000, year: 31536000 }[m[5]]!;
  const n = Number(m[4]);
  return [n * unit, (n + 1) * unit];
}

/** At most how many seconds a container listed as created `created` ago and exited `exited` ago ran. */
function ranAtMost(created: string, exited: string): number | undefined {
  const c = ageRange(created);
  const e = ageRange(exited);
  return c && e ? Math.max(0, c[1] - e[0]) : undefined;
}

/** What to do about a container that ended with `exit`, by what the code says. */
function todoFor(exit: number, logs: string): string[] {
  const meaning = exitCodeMeaning(exit);
  if (exit === 137) return [`If it ran out of memory, give it more (\`--memory\`, or \`mem_limit\` in compose) or make it use less; if someone stopped or killed it, nothing is wrong.`, `Read what it printed before it ended: ${logs}.`];
  if (meaning.signal === 'SIGTERM' || meaning.signal === 'SIGINT') return ['It was asked to stop. If nobody meant to, `docker events --since 1h` lists the recent `stop`, `kill` and `oom` events of every container.'];
  return [`Read what it printed before it stopped: ${logs}.`, 'Fix that, then start it again.'];
}

/** The compose `exited with code` lines worth explaining: before Compose itself began stopping the containers. */
function composeExit(ctx: CommandContext): RegExpExecArray | undefined {
  // docker/compose pkg/compose/up.go: "Gracefully Stopping... press Ctrl+C again to force" (older: "Gracefully stopping...
  // (press Ctrl+C again to force)") and "Aborting on container exit...": the exits after them are Compose's own stopping.
  const stop = ctx.output.search(/Gracefully [Ss]topping\.\.\.|Aborting on container exit\.\.\./);
  const before = stop < 0 ? ctx.output : ctx.output.slice(0, stop);
  const line = /^(?:\S+ \| )?(\S+?)(?:-\d+)? exited with code (\d+)( \(restarting\))?\s*$/gm;
  for (let m = line.exec(before); m; m = line.exec(before)) if (m[2] !== '0') return m;
  return undefined;
}

function explainCompose(ctx: CommandContext): FailureStory | undefined {
  const m = composeExit(ctx);
  if (!m) return undefined;
  const name = validService(m[1]);
  const exit = Number(m[2]);
  const restarting = !!m[3];
  const meaning = exitCodeMeaning(exit);
  const logs = name ? repeatWith(ctx, 'composeLogs', `Logs of ${name}`, (args) => { const i = args.indexOf(ctx.command!.split(' ')[1]); return i < 0 ? undefined : [...args.slice(0, i), 'logs', name]; }) : undefined;
  return {
    title: restarting ? `Container ${m[1]} keeps restarting` : `Container ${m[1]} exited with code ${exit}`,
    what: `${name ? code(name) : 'A container'} ended with exit code ${exit}${meaning.short ? ` (${meaning.short})` : ''}.`,
    why: [
      'A container lives only as long as its main command. Its own output, above this line (prefixed with its name), says why it ended.',
      meaning.text,
      ...(restarting ? ['`(restarting)`: its restart policy starts it again, so it keeps ending the same way until the cause is fixed.'] : []),
    ],
    todo: todoFor(exit, name ? code(`docker compose logs ${name}`) : '`docker compose logs <service>`'),
    fixes: [logs],
  };
}

/** A `docker ps -a` row: ID, IMAGE, "COMMAND", CREATED, STATUS, PORTS, NAMES. */
const psRow = /^[0-9a-f]{6,}\s+\S+\s+".*?"\s+(.+?) ago\s+Exited \((\d+)\) (.+?) ago\s+(?:\S.*?\s+)?(\S+)\s*$/gm;

function explainPs(ctx: CommandContext): FailureStory | undefined {
  const rows = ctx.output.matchAll(new RegExp(psRow.source, psRow.flags));
  // CREATED tells how long it lived: a container created days ago that exited just now did not stop "at once".
  const row = [...rows].map((m) => ({ m, ran: ranAtMost(m[1], m[3]) })).find((r) => r.ran !== undefined && r.ran <= 60);
  if (!row) return undefined;
  const [, , exitText, , rawName] = row.m;
  const ran = row.ran!;
  const name = validContainer(rawName);
  const exit = Number(exitText);
  const meaning = exitCodeMeaning(exit, exitCodeSourceOf(ctx));
  const logs = name ? code(`docker logs ${name}`) : '`docker logs <name>`';
  return {
    what: `${name ? code(name) : 'A container'} stopped within ${ran <= 10 ? 'seconds' : 'a minute'} of being created, with exit code ${exit}${meaning.short ? ` (${meaning.short})` : ''}.`,
    why: [
      'A container lives only as long as its main command. Started with `-d`, its output goes to its log instead of your terminal, so a crash at start-up looks like nothing happened.',
      exit === 0 ? `${meaning.text} A container needs a long-running command (a server), not one that ends, like \`bash\` without \`-it\`.` : meaning.text,
    ],
    todo: exit === 0 ? ['Give it a command that keeps running, or run it with `-it` if it is a shell.'] : todoFor(exit, logs),
    fixes: [
      name ? dockerFix(ctx, 'logs', `Logs of ${name}`, ['logs', name]) : undefined,
      name && exit === 137 ? dockerFix(ctx, 'oomKilled', 'Was it out of memory?', ['inspect', '--format', '{{.State.OOMKilled}}', name], 'Prints true when the kernel killed it for using too much memory.') : undefined,
    ],
  };
}

export const exitedAtOnce: FailureKind = {
  code: 'ExitedAtOnce',
  title: 'The container stopped right after it started',
  patterns: [
    // `docker ps -a` row: 72713c2a03db   web:dev   "sh -c 'echo …"   1 second ago   Exited (3) Less than a second ago      web
    new RegExp(psRow.source, 'm'),
    // `docker compose up` (attached): "web-1 exited with code 1", docker/compose pkg/compose/printer.go
    /^(?:\S+ \| )?\S+? exited with code \d+/m,
  ],
  evenOnSuccess: true,
  commands: ['ps', 'compose up', 'compose start'],
  docsUrl: 'https://docs.docker.com/reference/cli/docker/container/logs/',
  topics: ['command:docker logs'],
  explain(ctx) {
    return ctx.command?.startsWith('compose') ? explainCompose(ctx) : explainPs(ctx);
  },
};
