// SPDX-License-Identifier: MIT
// Reads the words of one simple command as a `docker`, `docker compose` or `docker-compose` call: the
// subcommand, each flag with its value, the arguments, and the command given to the container.
import { cliTables } from '../knowledge/cliAccess';
import type { CliCommandSet } from '../knowledge/cli/cliTables';
import type { CliArgDoc, CliCommandDoc } from '../knowledge/dockerCliCommands';
import type { CliFlagDoc } from '../knowledge/dockerCliFlags';
import type { Word } from './words';

/** One flag as used: `-p 80:80`, `--rm`, or one letter of a combined `-dit`. */
export interface FlagUse {
  /** The flag's name as written, for a combined group the single letter: `-p`, `--publish`, `-i`. */
  name: string;
  doc?: CliFlagDoc;
  /** The word holding the flag (for a combined group, the whole `-dit`). */
  word: Word;
  /** Set when this flag is one letter of a combined group such as `-it`. */
  grouped?: boolean;
  value?: string;
  /** The separate word holding the value (`-p 80:80`), when it is not inside `word` (`--publish=80:80`). */
  valueWord?: Word;
}

export interface DockerInvocation {
  /** `docker`, or `docker-compose` for the standalone Compose v1 program. */
  program: 'docker' | 'docker-compose';
  /** True for `docker compose` and `docker-compose`. */
  compose: boolean;
  programWord: Word;
  /** The `compose` of `docker compose`. */
  composeWord?: Word;
  /** The subcommand, when it is one we know. */
  command?: { key: string; doc: CliCommandDoc; words: Word[] };
  /** The word where a subcommand was expected but which we do not know (`docker imgaes`). */
  unknownCommand?: Word;
  flags: FlagUse[];
  args: { word: Word; doc: CliArgDoc }[];
  /** The words after the image, container or service: the command for the container. */
  containerCommand: Word[];
}

/** Words that may come before the program on a line: shell keywords, wrappers, `sudo`. */
const PREFIX_WORDS = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', 'time', '!', '{', 'exec', 'command', 'nohup', 'env']);
const SUDO_VALUE_OPTIONS = new Set(['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/** Reads `words` as a docker call, or undefined when the command is not one. */
export function dockerInvocation(words: readonly Word[]): DockerInvocation | undefined {
  let i = skipPrefix(words);
  const programWord = words[i];
  if (!programWord) return undefined;
  // Makefile recipes may start with `@` (silent) or `-` (ignore errors); a path such as /usr/bin/docker is fine too.
  const program = programWord.value.replace(/^[@+-]+/, '').replace(/^.*\//, '');
  if (program !== 'docker' && program !== 'docker-compose') return undefined;
  const inv: DockerInvocation = { program, compose: program === 'docker-compose', programWord, flags: [], args: [], containerCommand: [] };
  const tables = cliTables();
  i++;
  if (program === 'docker') {
    i = readLeadingFlags(words, i, inv, tables.dockerGlobalFlags, NO_NAMES);
    if (words[i]?.value === 'compose') { inv.compose = true; inv.composeWord = words[i++]; }
  }
  if (inv.compose) i = readLeadingFlags(words, i, inv, tables.composeGlobalFlags, NO_NAMES);
  i = readCommand(words, i, inv);
  if (inv.command) readArguments(words, i, inv, inv.command.doc);
  return inv;
}

function skipPrefix(words: readonly Word[]): number {
  let i = 0;
  while (i < words.length) {
    const v = words[i].value;
    if (PREFIX_WORDS.has(v) || ASSIGNMENT.test(v)) { i++; continue; }
    if (v === 'sudo') {
      i++;
      while (i < words.length && words[i].value.startsWith('-')) i += SUDO_VALUE_OPTIONS.has(words[i].value) ? 2 : 1;
      continue;
    }
    break;
  }
  return i;
}

const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * Reads the command: the longest run of words that names one (`volume ls`, `bridge transformations ls`),
 * so a group word alone (`docker volume`) is the group's own command.
 */
function readCommand(words: readonly Word[], i: number, inv: DockerInvocation): number {
  const first = words[i];
  if (!first) return i;
  const set: CliCommandSet = inv.compose ? cliTables().compose : cliTables().docker;
  let n = 1;
  while (set.groups.has(words.slice(i, i + n).map(w => w.value).join(' ')) && words[i + n]) n++;
  for (; n >= 1; n--) {
    const key = set.names.get(words.slice(i, i + n).map(w => w.value).join(' '));
    if (key) {
      inv.command = { key, doc: set.commands[key], words: words.slice(i, i + n) };
      return i + n;
    }
  }
  inv.unknownCommand = first;
  return i + 1;
}

/** Reads the arguments after the subcommand; docker accepts flags between them, except after an image or container. */
function readArguments(words: readonly Word[], i: number, inv: DockerInvocation, doc: CliCommandDoc): void {
  const valueOptions = new Set(doc.otherValueOptions ?? []);
  const args = doc.args ?? [];
  let flagsAllowed = true;
  while (i < words.length) {
    const w = words[i];
    if (flagsAllowed && w.value === '--') { flagsAllowed = false; i++; continue; }
    if (flagsAllowed && isFlag(w.value)) { i = readFlag(words, i, inv, doc.flags, valueOptions); continue; }
    const argDoc = args[Math.min(inv.args.length, args.length - 1)];
    if (!argDoc || (inv.args.length >= args.length && !argDoc.repeats)) break;
    inv.args.push({ word: w, doc: argDoc });
    i++;
    if (doc.command && inv.args.length === args.length) {
      inv.containerCommand = words.slice(i);
      return;
    }
  }
}

/** Reads the options of `docker` or `docker compose` itself: flags up to the first other word. */
function readLeadingFlags(words: readonly Word[], i: number, inv: DockerInvocation, docs: readonly CliFlagDoc[], valueOptions: ReadonlySet<string>): number {
  while (i < words.length && isFlag(words[i].value)) i = readFlag(words, i, inv, docs, valueOptions);
  return i;
}

function isFlag(v: string): boolean {
  return v.length > 1 && v.startsWith('-') && v !== '--';
}

/** Reads the flag at `i` (and its value word, if it takes one); returns the index after them. */
function readFlag(words: readonly Word[], i: number, inv: DockerInvocation, docs: readonly CliFlagDoc[], valueOptions: ReadonlySet<string>): number {
  const word = words[i];
  const v = word.value;
  const find = (name: string) => docs.find(d => d.names.includes(name));
  const takesValue = (name: string, doc?: CliFlagDoc) => !!doc?.value || valueOptions.has(name);
  if (v.startsWith('--')) {
    const eq = v.indexOf('=');
    const name = eq < 0 ? v : v.slice(0, eq);
    const doc = find(name);
    if (eq >= 0) { inv.flags.push({ name, doc, word, value: v.slice(eq + 1) }); return i + 1; }
    if (takesValue(name, doc) && words[i + 1]) { inv.flags.push({ name, doc, word, value: words[i + 1].value, valueWord: words[i + 1] }); return i + 2; }
    inv.flags.push({ name, doc, word });
    return i + 1;
  }
  // Short flags may be combined (`-dit`); a letter that takes a value takes the rest of the word (`-p80:80`) or the next word.
  const grouped = v.length > 2;
  for (let k = 1; k < v.length; k++) {
    const name = `-${v[k]}`;
    const doc = find(name);
    if (takesValue(name, doc)) {
      const rest = v.slice(k + 1).replace(/^=/, '');
      if (rest) { inv.flags.push({ name, doc, word, grouped: k > 1, value: rest }); return i + 1; }
      if (words[i + 1]) { inv.flags.push({ name, doc, word, grouped, value: words[i + 1].value, valueWord: words[i + 1] }); return i + 2; }
    }
    inv.flags.push({ name, doc, word, grouped });
  }
  return i + 1;
}
