// SPDX-License-Identifier: MIT
// A failure kind built on one of Docker's messages (knowledge/dockerErrors.ts): Docker's wordings and our one
// sentence about them come from there, so the terminal coach and an editor Problem for the same mistake say it
// with the same words. The kind adds what only a finished command knows: which value, which file, which fix.
import { dockerErrors, type DockerErrorId } from '../../knowledge/dockerErrors';
import type { CommandContext, FailureKind, FailureStory } from '../types';
import { repeatWith } from '../fixes';
import type { Action } from '../../types';

/** What a message kind words for one match; `lead` goes before Docker's sentence and `tail` after it, in the story's first line. */
export interface MessageStory extends Omit<FailureStory, 'what'> { lead?: string; tail?: string }

export interface MessageKindSpec {
  code: string;
  title: string;
  message: DockerErrorId;
  commands?: readonly string[];
  docsUrl: string;
  topics?: readonly string[];
  explain(ctx: CommandContext, match: RegExpExecArray): MessageStory | undefined;
}

/** The kind for `spec.message`: its patterns are the message's wordings, its first line the message's sentence. */
export function messageKind(spec: MessageKindSpec): FailureKind {
  const message = dockerErrors[spec.message];
  return {
    code: spec.code,
    title: spec.title,
    patterns: message.patterns,
    ...(spec.commands ? { commands: spec.commands } : {}),
    docsUrl: spec.docsUrl,
    ...(spec.topics ? { topics: spec.topics } : {}),
    explain(ctx, m) {
      const story = spec.explain(ctx, m);
      if (!story) return undefined;
      const { lead, tail, ...rest } = story;
      return { ...rest, what: [lead, message.says, tail].filter(Boolean).join(' ') };
    },
  };
}

/** The failed command again without the flag `names` (and its value, when `takesValue`). */
export function withoutFlag(ctx: CommandContext, name: string, title: string, names: readonly string[], takesValue: boolean): Action | undefined {
  return repeatWith(ctx, name, title, (args) => {
    const out: string[] = [];
    let removed = false;
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (names.includes(a)) { removed = true; if (takesValue) i++; continue; }
      if (names.some((n) => n.startsWith('--') && a.startsWith(`${n}=`))) { removed = true; continue; }
      out.push(a);
    }
    return removed ? out : undefined;
  });
}

/** The failed command again with the value `from` of one of the flags `names` changed to `to`. */
export function withFlagValue(ctx: CommandContext, name: string, title: string, names: readonly string[], from: string, to: string): Action | undefined {
  return repeatWith(ctx, name, title, (args) => {
    for (let i = 0; i < args.length; i++) {
      if (names.includes(args[i]) && args[i + 1] === from) return [...args.slice(0, i + 1), to, ...args.slice(i + 2)];
      const eq = names.find((n) => n.startsWith('--') && args[i] === `${n}=${from}`);
      if (eq) return [...args.slice(0, i), `${eq}=${to}`, ...args.slice(i + 1)];
    }
    return undefined;
  });
}
