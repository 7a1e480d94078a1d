// SPDX-License-Identifier: MIT
// explainShell: explain the part of a `docker ...` command line under the cursor, in scripts, Makefiles and
// the shell blocks of markdown.
import { isTooLarge } from '../largeFile';
import { cliTables } from '../knowledge/cliAccess';
import { watchOutFor } from '../knowledge/dockerCliCommands';
import type { CliFlagDoc } from '../knowledge/dockerCliFlags';
import { composeTools } from '../knowledge/dockerCliCompose';
import type { Notes } from '../notes/notes';
import { notesAbout } from '../notes/notes';
import { code, renderHover, type HoverContent } from '../render';
import { closestName } from '../spelling';
import type { Position, Range } from '../text';
import type { Explanation } from '../types';
import { commandAt } from './commandAt';
import { dockerInvocation, type DockerInvocation, type FlagUse } from './dockerInvocation';
import { describeFlagValue, describeImageName } from './flagValues';
import { flagsAfterImage, lineWarnings } from './lineWarnings';
import { describeProblem, flagValueProblems, valueProblems } from './valueChecks';
import { rangeOf, type LogicalLine } from './logicalLine';
import type { Word } from './words';

export interface ShellExplainOptions {
  /** The learner's notes; matching quotes are added to the hover. */
  notes?: Notes;
  /** The text is markdown: only its fenced `sh`, `bash`, `shell` and `console` blocks are read. */
  markdown?: boolean;
  /** Past this many characters (`dockerCoach.maxFileSizeKB`) a script gets no hovers: its lines are not read. */
  maxFileChars?: number;
}

interface ShellHit { range: Range; content: HoverContent; topics?: readonly string[] }

/**
 * Explains the part of a `docker`, `docker compose` or `docker-compose` command line at `position`: the
 * subcommand, a flag with its value, the image, the build context or the command given to the container.
 * Only the command line around the position is read (joined over `\` continuations). Returns undefined
 * anywhere else.
 */
export function explainShell(text: string, position: Position, options: ShellExplainOptions = {}): Explanation | undefined {
  if (isTooLarge(text, options.maxFileChars)) return undefined;
  const at = commandAt(text, position, !!options.markdown);
  if (!at) return undefined;
  const inv = dockerInvocation(at.words);
  if (!inv) return undefined;
  const hit = explainWord(inv, at.word, at.line);
  if (!hit) return undefined;
  const notes = hit.topics ? notesAbout(options.notes, hit.topics) : [];
  return { range: hit.range, markdown: renderHover(notes.length ? { ...hit.content, notes } : hit.content) };
}

function explainWord(inv: DockerInvocation, word: Word, line: LogicalLine): ShellHit | undefined {
  const span = (from: Word, to: Word = from) => rangeOf(line, from.start, to.end);
  if (word === inv.composeWord || (word === inv.programWord && inv.program === 'docker-compose' && !inv.command)) {
    return explainComposeTool(inv, span(word));
  }
  if (word === inv.programWord || inv.command?.words.includes(word)) {
    if (!inv.command) return undefined;
    const words = inv.command.words;
    // `docker run` as one span when nothing stands between the two words.
    const adjacent = !inv.composeWord && inv.programWord.end < words[0].start && !inv.flags.some(f => f.word.start < words[0].start);
    return explainCommand(inv, word === inv.programWord && !adjacent ? span(word) : span(adjacent ? inv.programWord : words[0], words[words.length - 1]));
  }
  if (word === inv.unknownCommand) return explainUnknownCommand(inv, span(word));
  const flags = inv.flags.filter(f => f.word === word || f.valueWord === word);
  if (flags.length) return explainFlags(inv, flags, span(flags[0].word, flags[0].valueWord ?? flags[0].word));
  const arg = inv.args.find(a => a.word === word);
  if (arg) return explainArgument(inv, arg.word, arg.doc, span(word));
  if (inv.containerCommand.includes(word)) return explainContainerCommand(inv, span(inv.containerCommand[0], inv.containerCommand[inv.containerCommand.length - 1]));
  return undefined;
}

function commandTopics(inv: DockerInvocation): string[] {
  const key = inv.command?.key;
  if (!inv.compose) return key ? [`command:docker ${key}`] : [];
  return key ? [`command:docker compose ${key}`, 'command:docker compose'] : ['command:docker compose'];
}

function explainComposeTool(inv: DockerInvocation, range: Range): ShellHit {
  const tool = inv.program === 'docker-compose' ? composeTools.standalone : composeTools.plugin;
  const other = inv.program === 'docker-compose'
    ? 'Written with a dash, this runs the old standalone program; with a space, `docker compose` runs the v2 plugin.'
    : 'Written with a space, this is the v2 plugin of the `docker` command; `docker-compose` with a dash is the old standalone v1 program.';
  return {
    range,
    topics: ['command:docker compose'],
    content: { title: tool.title, tags: tool.tags, what: tool.summary, inThisLine: [other], watchOut: 'watchOut' in tool ? tool.watchOut : undefined, docsUrl: tool.docsUrl },
  };
}

function explainCommand(inv: DockerInvocation, range: Range): ShellHit {
  const { doc } = inv.command!;
  const facts = commandFacts(inv);
  // This line's own mistakes first: they are why the command will fail.
  const watchOut = [...lineWarnings(inv), ...valueProblems(inv).map(describeProblem), ...watchOutFor(doc, name => hasFlag(inv, name))];
  if (inv.program === 'docker-compose') watchOut.push(...composeTools.standalone.watchOut);
  return {
    range,
    topics: commandTopics(inv),
    content: { title: inv.program === 'docker-compose' ? doc.title.replace('docker compose', 'docker-compose') : doc.title, tags: doc.tags, what: doc.summary, inThisLine: facts, watchOut, docsUrl: doc.docsUrl },
  };
}

/** What this particular command line does, from its arguments and flags. */
function commandFacts(inv: DockerInvocation): string[] {
  const { key, doc } = inv.command!;
  const facts: string[] = [];
  const value = (name: string) => inv.flags.find(f => f.doc?.names.includes(name))?.value;
  const image = inv.args.find(a => a.doc.isImage)?.word.value;
  if (image) facts.push(`Starts a container from ${code(image)}.`);
  if (doc.command && inv.args.length && !inv.compose) {
    const target = key === 'exec' ? `inside ${code(inv.args[0].word.value)}` : '';
    const entrypoint = inv.flags.find(f => f.doc?.names.includes('--entrypoint'))?.value;
    // ref: docker-cli-docs/container_run.md (words after the image are the command; with --entrypoint they are its arguments)
    if (inv.containerCommand.length && entrypoint && !target) facts.push(`${code(commandText(inv))} ${inv.containerCommand.length > 1 ? 'are' : 'is'} passed as arguments to ${code(entrypoint)}, the \`--entrypoint\`; they replace the image's \`CMD\`.`);
    else if (inv.containerCommand.length) facts.push(`Runs ${code(commandText(inv))}${target ? ' ' + target : ' instead of the image\'s `CMD`'}.`);
    else if (key === 'run') facts.push('Nothing follows the image, so the container runs the image\'s own `CMD`.');
  }
  if (key === 'build' && !inv.compose) {
    const context = inv.args[0]?.word.value;
    if (context) facts.push(`Sends the folder ${code(context)} as the build context${value('-f') ? '' : `, and reads \`${joinPath(context, 'Dockerfile')}\``}.`);
    const tag = value('-t');
    const multi = (value('--platform') ?? '').includes(',');
    // ref: docker-cli-docs/buildx_build.md#push and #docker (a multi-platform image is not loaded locally)
    if (hasFlag(inv, '--push')) {
      facts.push(tag
        ? `Names the result ${code(tag)} and pushes it to that registry (\`--push\`)${multi ? `; a multi-platform result is not loaded into your local images, so \`docker run ${tag}\` pulls it back from the registry` : ''}.`
        : '`--push` needs a name to push to: add `-t registry/name:tag`.');
    } else if (tag) {
      facts.push(multi && !hasFlag(inv, '--load')
        ? `Names the result ${code(tag)}. A multi-platform result is not loaded into your local images; add \`--push\` to send it to a registry.`
        : `Names the result ${code(tag)}, so \`docker run ${tag}\` starts it.`);
    }
  }
  // Every flag the line has, explained or not: a summary that drops one misreads the line.
  // In the order of the line; a group such as `-af` counts once.
  const words = [...new Set(inv.flags.map(f => f.word))].sort((a, b) => a.start - b.start);
  const shown = words.map(w => {
    const value = inv.flags.find(f => f.word === w && !f.grouped)?.valueWord;
    return value ? `${w.raw} ${value.raw}` : w.raw;
  });
  if (shown.length) facts.push(`Flags: ${shown.map(s => code(s)).join(', ')}. Hover each one for what it does here.`);
  return facts;
}

function commandText(inv: DockerInvocation): string {
  return inv.containerCommand.map(w => w.raw).join(' ');
}

function joinPath(dir: string, file: string): string {
  return dir === '.' ? file : `${dir.replace(/\/+$/, '')}/${file}`;
}

function explainUnknownCommand(inv: DockerInvocation, range: Range): ShellHit | undefined {
  const word = inv.unknownCommand!.value;
  const set = inv.compose ? cliTables().compose : cliTables().docker;
  const names = [...set.names.keys()].filter(n => !n.includes(' ')).concat(inv.compose ? [] : ['compose']);
  const guess = closestName(word, names);
  if (!guess) return undefined;
  const program = inv.compose ? (inv.program === 'docker-compose' ? 'docker-compose' : 'docker compose') : 'docker';
  return {
    range,
    content: { title: word, tags: ['unknown command'], what: `\`${program} ${word}\` is not a command, so it fails with an error.`, inThisLine: [`Did you mean ${code(`${program} ${guess}`)}?`] },
  };
}

function explainFlags(inv: DockerInvocation, flags: FlagUse[], range: Range): ShellHit | undefined {
  const known = flags.filter(f => f.doc);
  if (!known.length) return undefined;
  const where = inv.command?.doc.title ?? (inv.compose ? 'docker compose' : 'docker');
  const grouped = flags.length > 1 || flags[0].grouped;
  // The most specific topic first: notes about `-it` before notes about `-i`.
  const topics = new Set<string>(grouped ? [`flag:${flags[0].word.raw}`] : []);
  for (const f of known) {
    // One letter means different things in different commands (`-t` is tag in build, terminal in run), and
    // compose's `-p` is a project: match notes by the short name only for a single flag outside compose.
    for (const n of f.doc!.names) if (n.startsWith('--') || (!grouped && !inv.compose)) topics.add(`flag:${n}`);
  }
  if (grouped) {
    const group = flags[0].word.raw;
    const inThisLine = flags.map(f => f.doc ? `${code(f.name)}: ${f.doc.summary}` : `${code(f.name)}: not explained here.`);
    const facts = flags.flatMap(f => f.doc?.value && f.value !== undefined ? describeFlagValue(f.doc.value.kind, f.value) : []);
    const names = flags.map(f => f.name).sort().join('');
    if (names === '-i-t') inThisLine.push(detached(inv)
      ? 'Together they would give you an interactive terminal, but `-d` on this line starts the container in the background, so nothing is attached: `docker attach` or `docker exec -it` gets you in later.'
      : 'Together they give you an interactive terminal, as if you had opened a shell inside the container.');
    return {
      range,
      topics: [...topics],
      content: { title: group, tags: [where, `${flags.length} flags in one`], what: `Short flags written together: ${flags.map(f => code(f.name)).join(' + ')}.`, inThisLine: [...inThisLine, ...facts], docsUrl: known[0].doc!.docsUrl },
    };
  }
  const f = flags[0];
  const doc = f.doc!;
  const other = doc.names.filter(n => n !== f.name);
  const inThisLine = doc.value && f.value !== undefined ? describeFlagValue(doc.value.kind, f.value) : [];
  // `docker compose -f x up`: -f and -p belong to `docker compose` itself, not to the subcommand.
  const global = inv.compose && cliTables().composeGlobalFlags.includes(doc);
  if (global && inv.command) inThisLine.push(`It is an option of \`docker compose\` itself, not of \`${inv.command.key}\`, so it goes before the subcommand.`);
  const lineWatch = [...conflicts(inv, doc), ...flagValueProblems(f).map(describeProblem)];
  if (doc.value && f.value === undefined) inThisLine.push(`It needs a value (${code(doc.value.placeholder)}), and none follows.`);
  return {
    range,
    topics: [...topics],
    content: {
      title: f.value !== undefined && doc.value ? `${f.name} ${doc.value.placeholder}` : f.name,
      tags: [global ? 'docker compose' : where, ...other.map(n => `same as ${n}`)],
      what: flagWhat(doc),
      inThisLine,
      watchOut: [...lineWatch, ...(doc.watchOut ?? [])],
      docsUrl: doc.docsUrl,
    },
  };
}

function explainArgument(inv: DockerInvocation, word: Word, doc: { name: string; summary: string; isImage?: boolean }, range: Range): ShellHit {
  const facts: string[] = [];
  const watchOut: string[] = [];
  if (doc.isImage) {
    facts.push(...describeImageName(word.value));
    const entrypoint = inv.flags.find(f => f.doc?.names.includes('--entrypoint'))?.value;
    if (inv.containerCommand.length && entrypoint) facts.push(`${code(commandText(inv))} after it ${inv.containerCommand.length > 1 ? 'are' : 'is'} passed as arguments to ${code(entrypoint)} (the \`--entrypoint\`), in place of the image's \`CMD\`.`);
    else if (inv.containerCommand.length) facts.push(`${code(commandText(inv))} after it replaces the image's \`CMD\`.`);
    else facts.push('Nothing follows it, so the container runs the image\'s own `CMD`.');
    // Only a container command that starts with a flag is the mistake: `python3 -m flask` after the image is fine.
    const late = inv.containerCommand[0]?.value.startsWith('-') ? flagsAfterImage(inv).map(raw => ({ raw })) : [];
    if (late.length) watchOut.push(`${late.map(w => code(w.raw)).join(', ')} comes after the image, so the container's command gets it, not docker. Move it before ${code(word.raw)}.`);
  } else if (inv.command?.key === 'build' && !inv.compose) {
    const file = inv.flags.find(f => f.doc?.names.includes('-f'))?.value;
    facts.push(word.value === '.' ? 'The current folder is the build context.' : `The folder ${code(word.value)} is the build context.`);
    facts.push(file ? `The Dockerfile comes from ${code(file)} (\`-f\`).` : `The Dockerfile is read from ${code(joinPath(word.value, 'Dockerfile'))}.`);
  }
  return {
    range,
    // `TARGET_IMAGE` reads as "target image", `NAME[:TAG]` as "name".
    content: { title: word.value, tags: [doc.name.replace(/\[.*$/, '').replace(/_/g, ' ').toLowerCase(), inv.command?.doc.title ?? 'docker'], what: doc.summary, inThisLine: facts, watchOut, docsUrl: inv.command?.doc.docsUrl },
  };
}

function explainContainerCommand(inv: DockerInvocation, range: Range): ShellHit | undefined {
  const summary = inv.command?.doc.command?.summary;
  if (!summary) return undefined;
  const target = inv.args[0]?.word.value;
  const facts = target ? [`${code(commandText(inv))} runs in the container of ${code(target)}.`] : [];
  return {
    range,
    content: { title: commandText(inv), tags: ['command', inv.command!.doc.title], what: summary, inThisLine: facts, watchOut: lineWarnings(inv), docsUrl: inv.command!.doc.docsUrl },
  };
}

/** What a flag does, then its default and its Dockerfile or Compose equivalent when the tables know them. */
export function flagWhat(doc: CliFlagDoc): string {
  const parts = [doc.summary];
  if (doc.default !== undefined && doc.default !== '') parts.push(`Default: ${code(doc.default)}.`);
  if (doc.equivalent) parts.push(doc.equivalent);
  return parts.join(' ');
}

/** True when the line has the flag `name` (in any of its spellings, alone or in a group). */
function hasFlag(inv: DockerInvocation, name: string): boolean {
  return inv.flags.some(f => f.name === name || f.doc?.names.includes(name));
}

/** True when the line also has `-d`/`--detach`, alone or in a group such as `-itd`. */
function detached(inv: DockerInvocation): boolean {
  return inv.flags.some(f => f.doc?.names.includes('--detach'));
}

/**
 * Flags that cannot go together on one line, said on each of them.
 * ref: docker-cli-docs/container_run.md#restart ("Combining --restart with --rm results in an error")
 */
function conflicts(inv: DockerInvocation, doc: CliFlagDoc): string[] {
  const has = (name: string) => inv.flags.some(f => f.doc?.names.includes(name));
  if ((doc.names.includes('--rm') && has('--restart')) || (doc.names.includes('--restart') && has('--rm'))) {
    return ['`--rm` and `--restart` on the same line is an error: one deletes the container when it stops, the other starts it again. Drop one of them.'];
  }
  // ref: docker-cli-docs/container_run.md#rm: the container and its logs go when it stops.
  if (inv.command?.key === 'run' && ((doc.names.includes('--rm') && has('--detach')) || (doc.names.includes('--detach') && has('--rm')))) {
    return ['With both `--rm` and `-d`, the container is deleted as soon as it stops, and its logs with it: if it crashes at start, `docker logs` has nothing to show. Drop `--rm` while you find out why.'];
  }
  // ref: docker/cli cli/command/container/run.go:134
  if (inv.command?.key === 'run' && ((doc.names.includes('--attach') && has('--detach')) || (doc.names.includes('--detach') && has('--attach')))) {
    return ['`-d` and `--attach` on the same line is an error: a detached container has nothing attached. Drop one of them.'];
  }
  return [];
}
