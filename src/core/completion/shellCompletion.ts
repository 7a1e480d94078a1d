// SPDX-License-Identifier: MIT
// completeShell: the `docker` and `docker compose` subcommands, and the flags of the subcommand at the
// cursor, in shell scripts, Makefiles and the sh/bash/shell/console fences of markdown.
import { cliTables } from '../knowledge/cliAccess';
import type { CliCommandSet } from '../knowledge/cli/cliTables';
import { commandValueSets, flagValueSets, type ValueChoice } from '../knowledge/cli/valueSets';
import { watchOutFor, type CliCommandDoc } from '../knowledge/dockerCliCommands';
import type { CliFlagDoc } from '../knowledge/dockerCliFlags';
import { isTooLarge } from '../largeFile';
import { markdownShellText, shellFenceAt } from '../shell/markdownFences';
import { flagWhat } from '../shell/hover';
import { LineIndex, ParseCache, range, type Position, type Range } from '../text';
import { cachedDoc, rank } from './docCache';
import { withoutRepeatedHeader } from './repeatedHeader';
import type { CompletionItem, CompletionOptions } from './types';

const lineIndexes = new ParseCache(text => new LineIndex(text));

/** Words that may stand before `docker` on a line. */
const PREFIX = new Set(['sudo', 'exec', 'command', 'nohup', 'time', 'then', 'do', 'else', '!', '{', '-E']);


/**
 * The completions at `position` of a shell script or Makefile (or, with `markdown`, a markdown file's
 * shell fences): after `docker`, its subcommands; after `docker compose`, Compose's; after a subcommand and
 * a `-`, that subcommand's flags. Each item carries the hover of the command or flag.
 */
export function completeShell(text: string, position: Position, options: CompletionOptions & { markdown?: boolean } = {}): CompletionItem[] {
  return withoutRepeatedHeader(shellItems(text, position, options));
}

function shellItems(text: string, position: Position, options: CompletionOptions & { markdown?: boolean } = {}): CompletionItem[] {
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
  // Makefile recipes may start with `@` (silent) or `-` (ignore errors), as dockerInvocation reads them too.
  const program = words[i]?.replace(/^[@+-]+/, '').replace(/^.*\//, '');
  if (program !== 'docker' && program !== 'docker-compose') return [];
  let after = words.slice(i + 1);
  const compose = program === 'docker-compose' || after.find(w => !w.startsWith('-')) === 'compose';
  if (program === 'docker' && compose) after = after.slice(after.indexOf('compose') + 1);
  const tables = cliTables();
  const set = compose ? tables.compose : tables.docker;
  const rest = after.filter(w => !w.startsWith('-'));
  // The command: the longest run of leading words that names one. Only a run whose shorter parts are command
  // groups (`volume`, `buildx imagetools`) can, as dockerInvocation reads it: a line of 30,000 words is not
  // joined 30,000 times over.
  let most = 1;
  while (most < rest.length && set.groups.has(rest.slice(0, most).join(' '))) most++;
  let n = 0;
  for (let k = Math.min(rest.length, most); k >= 1 && !n; k--) if (set.names.has(rest.slice(0, k).join(' '))) n = k;
  const key = n ? set.names.get(rest.slice(0, n).join(' '))! : undefined;
  const doc = key ? set.commands[key] : undefined;
  const flagsOf = doc ? doc.flags : compose ? tables.composeGlobalFlags : tables.dockerGlobalFlags;
  const where = doc?.title ?? (compose ? 'docker compose' : 'docker');
  // A value after `--flag ` or in `--flag=`.
  const eq = partial.indexOf('=');
  const networks = () => composeNetworkItems(options, key);
  if (partial.startsWith('--') && eq > 0) {
    const flag = flagsOf.find(f => f.names.includes(partial.slice(0, eq)));
    const at = range(position.line, ch - partial.length + eq + 1, position.line, ch);
    if (flag) return [...valueItems(flag, key, compose, at), ...(isNetworkFlag(flag) ? networks()(at, 100) : [])];
    return !compose && partial.slice(0, eq) === '--net' ? networks()(at, 0) : [];
  }
  const prev = after[after.length - 1];
  if (prev?.startsWith('-') && !partial.startsWith('-') && !prev.includes('=')) {
    const flag = flagsOf.find(f => f.names.includes(prev));
    if (flag?.value) return [...valueItems(flag, key, compose, replace), ...(isNetworkFlag(flag) ? networks()(replace, 100) : [])];
    if (!compose && prev === '--net') return networks()(replace, 0);
  }
  // `docker network connect NETWORK CONTAINER`, `docker network inspect|rm NETWORK...`: the compose networks.
  if (!compose && key && !partial.startsWith('-') && networkArgCommands[key] !== undefined && rest.length - n <= networkArgCommands[key]) {
    return networks()(replace, 0);
  }
  if (partial.startsWith('-')) return flagItems(flagsOf, where, replace);
  const typed = rest.join(' ');
  // After `docker` or `docker volume`: the command names that continue what is written.
  if (!rest.length || set.groups.has(typed)) return commandItems(set, rest.length ? `${typed} ` : '', replace, !compose && !rest.length);
  return [];
}

/** The command names (aliases too) that start with `prefix`, each with its command's hover. */
function commandItems(set: CliCommandSet, prefix: string, replace: Range, withCompose: boolean): CompletionItem[] {
  const out: CompletionItem[] = [];
  for (const [name, key] of set.names) {
    if (!name.startsWith(prefix)) continue;
    const doc = set.commands[key];
    const label = name.slice(prefix.length);
    out.push({
      label, kind: 'command', detail: doc.usage, insertText: label.includes(' ') ? label : `${label} `, range: replace,
      // Commands a first month needs before Swarm and friends; the table's order within each.
      sortText: rank((set.entries[key]?.later ? 500 : 0) + out.length), filterText: label,
      documentation: cachedDoc(`sh:cmd:${doc.title}`, () => commandHover(doc, set.entries[key]?.aka)),
    });
  }
  if (withCompose) {
    out.push({
      label: 'compose', kind: 'command', detail: 'docker compose COMMAND', insertText: 'compose ', range: replace, sortText: rank(out.length),
      documentation: cachedDoc('sh:cmd:compose', () => ({ title: 'docker compose', tags: ['Compose v2', 'plugin'], what: 'Compose v2: runs a whole multi-container app from a Compose file. It is a plugin of the `docker` command, so it is written with a space.', docsUrl: 'https://docs.docker.com/reference/cli/docker/compose/' })),
    });
  }
  return out;
}

function commandHover(doc: CliCommandDoc, aka: readonly string[] | undefined) {
  const program = doc.title.startsWith('docker compose') ? 'docker compose' : 'docker';
  const tags = [...(doc.tags ?? []), ...(aka?.length ? [`also ${aka.map(a => `${program} ${a}`).join(', ')}`] : [])];
  return { title: doc.title, tags, what: doc.summary, watchOut: watchOutFor(doc), docsUrl: doc.docsUrl };
}

/** The flags of one command, the ones a learner meets first (`rank`) first, long spelling first. */
function flagItems(flags: readonly CliFlagDoc[], where: string, replace: Range): CompletionItem[] {
  const rankOf = (f: CliFlagDoc) => f.rank ?? Number.MAX_SAFE_INTEGER;
  const order = flags.map((f, i) => ({ f, i })).sort((a, b) => rankOf(a.f) - rankOf(b.f) || a.i - b.i);
  return order.flatMap(({ f }, i) => f.names.map(name => ({
    label: name, kind: 'flag' as const, detail: f.value ? `${name} ${f.value.placeholder}` : where, insertText: f.value ? `${name} ` : name, range: replace,
    sortText: rank(i * 2 + (name.startsWith('--') ? 0 : 1)),
    documentation: cachedDoc(`sh:flag:${where}:${f.names.join(',')}`, () => ({
      title: f.names.join(', '), tags: [where, ...(f.value ? [`takes ${f.value.placeholder}`] : [])], what: flagWhat(f), watchOut: f.watchOut, docsUrl: f.docsUrl,
    })),
  })));
}

/** Commands whose arguments are network names: how many arguments before the network may stand (Infinity: all). */
const networkArgCommands: Readonly<Record<string, number>> = {
  'network connect': 0, 'network disconnect': 0, 'network inspect': Infinity, 'network rm': Infinity,
};

/** `--network` (of run, create and the like; composeNetworkItems leaves out the build's, which is for RUN steps). */
function isNetworkFlag(flag: CliFlagDoc): boolean {
  return flag.names.includes('--network');
}

/** The networks of the workspace's compose files, asked only here (the adapter reads the files lazily). */
function composeNetworkItems(options: CompletionOptions, key: string | undefined): (replace: Range, first: number) => CompletionItem[] {
  return (replace, first) => {
    if (key && /(^|\s)build$|buildx/.test(key)) return [];
    const found = typeof options.composeNetworks === 'function' ? options.composeNetworks() : options.composeNetworks ?? [];
    return found.map((n, i) => ({
      label: n.name, kind: 'value' as const, detail: n.detail, insertText: n.name, range: replace, sortText: rank(first + i), filterText: n.name,
      documentation: `Network \`${n.name}\`, ${n.detail}. It exists once \`docker compose up\` made it (an external one must be made by you first).`,
    }));
  };
}

/** The known values of a flag, for this command when it has its own set. */
function valueItems(flag: CliFlagDoc, key: string | undefined, compose: boolean, replace: Range): CompletionItem[] {
  const long = flag.names[flag.names.length - 1];
  const choices: readonly ValueChoice[] | undefined = (key ? commandValueSets[`${key} ${long}`] : undefined) ?? (compose ? commandValueSets[`compose ${long}`] : undefined) ?? flagValueSets[long];
  return (choices ?? []).map(([value, what], i) => ({
    label: value, kind: 'value' as const, detail: what || long, insertText: value, range: replace, sortText: rank(i), filterText: value,
    documentation: what ? `${'`'}${long} ${value}${'`'}: ${what}.` : `${'`'}${long} ${value}${'`'}`,
  }));
}
