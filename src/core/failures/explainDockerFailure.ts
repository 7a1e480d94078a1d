// SPDX-License-Identifier: MIT
// explainDockerFailure: a finished docker, docker-compose or podman command and what it printed, in; the
// catalogue kind that explains it, worded for this command, with its fixes and the line behind it, out.
import { notesAbout } from '../notes/notes';
import { code, renderNote } from '../render';
import type { Action } from '../types';
import { failureKinds } from './catalogue/index';
import { exitCodeWords } from '../knowledge/exitCodes';
import { commandContext, exitCodeSourceOf } from './commandContext';
import type { CommandContext, Failure, FailureInput, FailureKind, FailureStory } from './types';

/** True when the kind is about this command (`compose` covers every `compose ...`). */
function appliesTo(kind: FailureKind, ctx: CommandContext): boolean {
  if (!kind.commands) return true;
  const command = ctx.command ?? '';
  return kind.commands.some((c) => command === c || command.startsWith(c + ' '));
}

function commandTopics(ctx: CommandContext): string[] {
  if (!ctx.command) return [];
  return ctx.command.startsWith('compose') ? [`command:docker ${ctx.command}`, 'command:docker compose'] : [`command:docker ${ctx.command}`];
}

function renderFailure(kind: FailureKind, story: FailureStory, ctx: CommandContext, fixes: Action[], input: FailureInput): string {
  const shown = ctx.program === 'docker-compose' ? `docker-compose ${ctx.command?.replace(/^compose ?/, '') ?? ''}`.trim() : ctx.command ? `${ctx.argv[ctx.programAt] ?? 'docker'} ${ctx.command}` : ctx.program ?? 'docker';
  const tags = [code(shown), ...(ctx.exitCode !== undefined ? [exitCodeWords(ctx.exitCode, exitCodeSourceOf(ctx))] : [])];
  const out = [`**${story.title ?? kind.title}** · ${tags.join(' · ')}`, story.what];
  if (story.why.length) out.push('**Why, for this command**\n\n' + story.why.map((b) => `- ${b}`).join('\n'));
  if (story.location) out.push(`**Where**\n\n- ${code(story.location.path)}, line ${story.location.line + 1}`);
  if (story.todo.length) out.push('**What to do**\n\n' + story.todo.map((b) => `- ${b}`).join('\n'));
  if (fixes.length) out.push('**Fixes** (each runs only when you click it, in the terminal)\n\n' + fixes.map((f) => `- ${f.title}: ${code(f.tooltip.split('\n')[0])}`).join('\n'));
  const notes = notesAbout(input.notes, [...commandTopics(ctx), ...(kind.topics ?? [])]);
  if (notes.length) out.push('**From your notes**\n\n' + notes.map(renderNote).join('\n\n'));
  out.push(`[Reference](${kind.docsUrl})`);
  return out.join('\n\n');
}

/**
 * Explains why a `docker`, `docker-compose` or `podman` command failed, from its command line, exit code and
 * output (recorded, or read from a terminal). Returns undefined for other programs, for output no catalogue kind
 * knows, and for commands that succeeded (except a listing that shows a container which crashed at once).
 * Only the last 64 KB of output are read. Never throws on odd input.
 */
export function explainDockerFailure(input: FailureInput): Failure | undefined {
  if (!input || typeof input !== 'object') return undefined;
  const ctx = commandContext(input);
  if (!ctx.program) return undefined;
  for (const kind of failureKinds) {
    if (ctx.exitCode === 0 && !kind.evenOnSuccess) continue;
    if (!appliesTo(kind, ctx)) continue;
    for (const pattern of kind.patterns) {
      const match = pattern.exec(ctx.output);
      if (!match) continue;
      const story = kind.explain(ctx, match);
      if (!story) continue;
      const fixes = (story.fixes ?? []).filter((f): f is Action => f !== undefined);
      const failure: Failure = { code: kind.code, title: story.title ?? kind.title, markdown: renderFailure(kind, story, ctx, fixes, input), fixes };
      if (story.location) failure.location = story.location;
      return failure;
    }
  }
  return undefined;
}
