// SPDX-License-Identifier: MIT
// Failures of the command line itself, caught by the CLI before any request: an unknown flag, an unknown
// command, a missing argument.
import { dockerCommands } from '../../knowledge/dockerCliCommands';
import { composeCommands } from '../../knowledge/dockerCliCompose';
import { code } from '../../render';
import { closestName } from '../../spelling';
import type { CommandContext, FailureKind } from '../types';
import { repeatWith, replacingWord } from '../fixes';

/** Every long flag name the command's knowledge lists: documented flags and the other value options. */
function knownLongFlags(ctx: CommandContext): string[] {
  const doc = ctx.inv?.command?.doc;
  if (!doc) return [];
  const names = [...doc.flags.flatMap((f) => f.names), ...(doc.otherValueOptions ?? [])];
  return names.filter((n) => n.startsWith('--'));
}

export const unknownFlag: FailureKind = {
  code: 'UnknownFlag',
  title: 'Unknown flag',
  patterns: [
    // spf13/pflag through docker/cli: "unknown flag: --publsh" (one-letter flags are UnknownShorthandFlag)
    /unknown flag: (--[^\s]+)/,
  ],
  docsUrl: 'https://docs.docker.com/reference/cli/docker/',
  explain(ctx, m) {
    const flag = m[1];
    const command = ctx.command ? `docker ${ctx.command}` : 'docker';
    const name = flag.replace(/=.*$/, '');
    const guess = closestName(name, knownLongFlags(ctx));
    const written = m[1];
    return {
      what: `\`${command}\` has no flag ${code(flag)}, so it stopped before doing anything.`,
      why: [
        guess ? `Did you mean ${code(guess)}?` : 'It may be misspelt, belong to another command, or come from a newer Docker than this one.',
        'A flag belongs to the command word right before it: `docker run --rm` and `docker --debug run` are different places.',
      ],
      todo: [`See the flags \`${command}\` has: \`${command} --help\`.`],
      fixes: [guess && written === name ? repeatWith(ctx, 'fixFlag', `Use ${guess}`, replacingWord(name, [guess])) : undefined],
    };
  },
};

/** Words docker knows as commands besides those of the knowledge table: management commands and common plugins. */
const otherCommandWords = ['container', 'image', 'volume', 'network', 'system', 'compose', 'inspect', 'cp', 'restart', 'kill', 'save', 'load', 'info', 'version', 'context', 'buildx'];

/** The word docker did not know as a command, when the line has one that is no known command or plugin. */
function typoedCommand(ctx: CommandContext): string | undefined {
  const word = ctx.inv?.compose ? undefined : ctx.inv?.unknownCommand?.value;
  return word && !word.startsWith('-') && !otherCommandWords.includes(word) ? word : undefined;
}

export const unknownCommand: FailureKind = {
  code: 'UnknownCommand',
  title: 'Unknown docker command',
  patterns: [
    // docker/cli 28: "docker: unknown command: docker imgaes"; older: "docker: 'imgaes' is not a docker command."
    /unknown command: docker ([^\s]+)/,
    /'([^']+)' is not a docker command/,
    // A misspelt command followed by a flag (`docker biuld -t web .`): docker never reaches the command, so its
    // own flags read `-t` and pflag says "unknown shorthand flag: 't' in -t" under docker's top-level usage.
    // The misspelt word is the cause, so this kind sits before the flag kinds.
    /unknown (?:shorthand )?flag: /,
  ],
  docsUrl: 'https://docs.docker.com/reference/cli/docker/',
  explain(ctx, m) {
    const word = m[1] ?? typoedCommand(ctx);
    if (!word) return undefined;
    // A flag error under another usage line (`Usage:  docker buildx build ...`) came from a real command or plugin.
    if (m[1] === undefined && /^Usage:/m.test(ctx.output) && !/^Usage:\s+docker \[OPTIONS\] COMMAND/m.test(ctx.output)) return undefined;
    const names = Object.keys(dockerCommands).filter((n) => !n.includes(' ')).concat(otherCommandWords);
    const guess = closestName(word, names);
    const flagNote = m[1] === undefined ? ['Docker stopped at the first word it did not know, so the flags after it were never read: fix the command and they will work.'] : [];
    return {
      what: `\`docker ${word}\` is not a docker command.`,
      why: [guess ? `Did you mean ${code(`docker ${guess}`)}?` : 'It may be misspelt, or a plugin (like `buildx` or `compose`) that is not installed here.', ...flagNote],
      todo: ['`docker --help` lists the commands this docker has.'],
      fixes: [guess ? repeatWith(ctx, 'fixCommand', `Use docker ${guess}`, replacingWord(word, [guess])) : undefined],
    };
  },
};

/** What the capital words of usage lines stand for. */
const argumentWords: Record<string, string> = {
  CONTAINER: 'the name or ID of a container, as `docker ps -a` lists them',
  COMMAND: 'the program to run in the container, such as `sh`',
  IMAGE: 'the name of an image, as `docker images` lists them',
  PATH: 'a folder, `.` for this one',
  SERVICE: 'the name of a service of the compose file',
  NAME: 'a name',
  NETWORK: 'the name of a network, as `docker network ls` lists them',
  VOLUME: 'the name of a volume, as `docker volume ls` lists them',
  SOURCE_IMAGE: 'the image to tag',
  TARGET_IMAGE: 'the new name for it',
};

/** The words the command line gives after the subcommand and its flags. */
function givenArguments(ctx: CommandContext): number {
  return (ctx.inv?.args.length ?? 0) + (ctx.inv?.containerCommand.length ?? 0);
}

/**
 * The required capital words of a usage line that the command line left out, from the first missing one:
 * `docker exec [OPTIONS] CONTAINER COMMAND [ARG...]` with one argument given misses COMMAND.
 */
function missingWords(usage: string, given: number): string[] {
  const words = usage.replace(/\[[^\]]*\]/g, ' ').split(/\s+/).filter((w) => w && !/^[a-z][a-z-]*$/.test(w)).map((w) => w.replace(/\.\.\.$/, ''));
  // A word such as `CONTAINER:SRC_PATH` or `PATH | URL | -` is no single name: then say nothing rather than miscount.
  if (words.some((w) => !/^[A-Z][A-Z_]*$/.test(w))) return [];
  return words.filter((w) => w !== 'OPTIONS').slice(given);
}

export const missingArgument: FailureKind = {
  code: 'MissingArgument',
  title: 'An argument is missing',
  patterns: [
    // docker/cli 28: "docker: 'docker run' requires at least 1 argument"; older: "\"docker run\" requires at least 1 argument."
    /["']docker ([a-z -]+)["'] requires (?:(at least|exactly|at most) )?(\d+) arguments?/,
  ],
  docsUrl: 'https://docs.docker.com/reference/cli/docker/',
  explain(ctx, m) {
    const usage = /^Usage:\s+(.+)$/m.exec(ctx.output)?.[1].trim();
    const quantity = m[2] ?? 'exactly';
    const doc = (dockerCommands as Record<string, { usage?: string }>)[m[1]] ?? (composeCommands as Record<string, { usage?: string }>)[m[1].replace(/^compose /, '')];
    const form = usage ?? doc?.usage;
    const missing = quantity === 'at most' || !form ? [] : missingWords(form, givenArguments(ctx));
    return {
      what: `\`docker ${m[1]}\` needs ${quantity} ${m[3]} argument${m[3] === '1' ? '' : 's'} after its flags, and ${quantity === 'at most' ? 'got more' : 'this line does not have them'}.`,
      why: [form ? `Its form is ${code(form)}: the words in capitals are the arguments.` : 'Its form is shown by `--help`.',
        'An empty `$VARIABLE` disappears from the line, taking its argument with it.'],
      todo: [quantity === 'at most' ? 'Remove the extra words, or quote a value that holds spaces.'
        : missing.length ? `Add the missing ${missing.map((w) => `${code(w)}${argumentWords[w] ? ` (${argumentWords[w]})` : ''}`).join(' and ')}, in the place the form shows.`
          : 'Add the missing arguments, in the order the form shows.'],
    };
  },
};
