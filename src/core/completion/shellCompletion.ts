// SPDX-License-Identifier: MIT
// completeShell: the `docker` and `docker compose` subcommands, and the flags of the subcommand at the
// cursor, in shell scripts, Makefiles and the sh/bash/shell/console fences of markdown.
import { dockerCommands, dockerManagementCommands, watchOutFor, type CliCommandDoc } from '../knowledge/dockerCliCommands';
import type { CliFlagDoc } from '../knowledge/dockerCliFlags';
import { composeCommands } from '../knowledge/dockerCliCompose';
import { isTooLarge } from '../largeFile';
import { markdownShellText, shellFenceAt } from '../shell/markdownFences';
import { LineIndex, ParseCache, range, type Position, type Range } from '../text';
import { cachedDoc, rank } from './docCache';
import type { CompletionItem, CompletionOptions } from './types';

const lineIndexes = new ParseCache(text => new LineIndex(text));

/** Words that may stand before `docker` on a line. */
const PREFIX = new Set(['sudo', 'exec', 'command', 'nohup', 'time', 'then', 'do', 'else', '!', '{', '-E']);

const commands = dockerCommands as Readonly<Record<string, CliCommandDoc>>;
const composeDocs = composeCommands as Readonly<Record<string, CliCommandDoc>>;

/**
 * The completions at `position` of a shell script or Makefile (or, with `markdown`, a markdown file's
 * shell fences): after `docker`, its subcommands; after `docker compose`, Compose's; after a subcommand and
 * a `-`, that subcommand's flags. Each item carries the hover of the command or flag.
 */
export function completeShell(text: string, position: Position, options: CompletionOptions & { markdown?: boolean } = {}): CompletionItem[] {
  if (isTooLarge(text, options.maxFileChars)) return [];
  let lines: LineIndex;
  let first = 0;
  let prompt = false;
  if (options.markdown) {
    const md = markdownShellText(text);
    const fence = shellFenceAt(md, position.line);
    if (!fence) return [];
    lines = md.lines;
    first = fence.firstLine;
    prompt = true;
  } else {
    lines = lineIndexes.get(text);
  }
  if (position.line >= lines.lineCount) return [];
  const lineText = lines.lineText(position.line);
  const ch = Math.min(position.character, lineText.length);
  let before = lineText.slice(0, ch);
  for (let l = position.line - 1; l >= first && position.line - l < 50; l--) {
    const prev = lines.lineText(l);
    if (!/\\\s*$/.test(prev)) break;
    before = prev.replace(/\\\s*$/, ' ') + before;
  }
  if (prompt) before = before.replace(/^\s*\$\s+/, '');
  const segment = before.split(/&&|\|\||[;|&(`]|\$\(/).pop()!;
  const words = segment.trim().split(/\s+/).filter(Boolean);
  const partial = /\s$/.test(segment) || !words.length ? '' : words.pop()!;
  const replace = range(position.line, ch - partial.length, position.line, ch);
  let i = 0;
  while (i < words.length && (PREFIX.has(words[i]) || /^[A-Za-z_]\w*=/.test(words[i]))) i++;
  const program = words[i];
  if (program !== 'docker' && program !== 'docker-compose') return [];
  let rest = words.slice(i + 1).filter(w => !w.startsWith('-'));
  const compose = program === 'docker-compose' || rest[0] === 'compose';
  if (program === 'docker' && compose) rest = rest.slice(1);
  if (compose) {
    const doc = rest.length ? composeDocs[rest[0]] : undefined;
    if (!rest.length && !partial.startsWith('-')) return commandItems(composeDocs, '', replace);
    return doc && partial.startsWith('-') ? flagItems(doc, replace) : [];
  }
  if (!rest.length && !partial.startsWith('-')) return commandItems(commands, '', replace);
  const key = rest.length >= 2 && commands[`${rest[0]} ${rest[1]}`] ? `${rest[0]} ${rest[1]}` : rest[0];
  if (rest.length === 1 && dockerManagementCommands.has(rest[0]) && !partial.startsWith('-')) return commandItems(commands, `${rest[0]} `, replace);
  const doc = commands[key];
  return doc && partial.startsWith('-') ? flagItems(doc, replace) : [];
}

/** The commands of a table; `prefix` picks the second words of a management command (`volume `). */
function commandItems(table: Readonly<Record<string, CliCommandDoc>>, prefix: string, replace: Range): CompletionItem[] {
  const out: CompletionItem[] = [];
  for (const [key, doc] of Object.entries(table)) {
    if (!key.startsWith(prefix)) continue;
    const label = key.slice(prefix.length);
    out.push({
      label, kind: 'command', detail: doc.usage, insertText: label.includes(' ') ? label : `${label} `, range: replace, sortText: rank(out.length), filterText: label,
      documentation: cachedDoc(`sh:cmd:${doc.title}`, () => ({ title: doc.title, tags: doc.tags, what: doc.summary, watchOut: watchOutFor(doc), docsUrl: doc.docsUrl })),
    });
  }
  if (table === commands && !prefix) {
    out.push({
      label: 'compose', kind: 'command', detail: 'docker compose COMMAND', insertText: 'compose ', range: replace, sortText: rank(out.length),
      documentation: cachedDoc('sh:cmd:compose', () => ({ title: 'docker compose', tags: ['Compose v2', 'plugin'], what: 'Compose v2: runs a whole multi-container app from a Compose file. It is a plugin of the `docker` command, so it is written with a space.', docsUrl: 'https://docs.docker.com/reference/cli/docker/compose/' })),
    });
  }
  return out;
}

/** The flags of one subcommand, long spelling first, each with the flag's hover. */
function flagItems(doc: CliCommandDoc, replace: Range): CompletionItem[] {
  return doc.flags.flatMap((f: CliFlagDoc, i) => f.names.map(name => ({
    label: name, kind: 'flag' as const, detail: f.value ? `${name} ${f.value.placeholder}` : doc.title, insertText: f.value ? `${name} ` : name, range: replace,
    sortText: rank(i * 2 + (name.startsWith('--') ? 0 : 1)),
    documentation: cachedDoc(`sh:flag:${doc.title}:${f.names.join(',')}`, () => ({
      title: f.names.join(', '), tags: [doc.title, ...(f.value ? [`takes ${f.value.placeholder}`] : [])], what: f.summary, watchOut: f.watchOut, docsUrl: f.docsUrl,
    })),
  })));
}
