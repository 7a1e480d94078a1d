// SPDX-License-Identifier: MIT
// Reads `apt-get` and `apt` command lines: which subcommand runs, which options are set, and where
// a fix can insert an option. Shared by the four apt rules.
import type { Word } from '../../../shell/words';
import { commandName, programWords, type RunScript, type ShellCommand } from './shellScript';

/** One `apt-get …` or `apt …` command of a RUN. */
export interface AptCommand {
  cmd: ShellCommand;
  /** `apt-get` or `apt`. */
  tool: string;
  /** The subcommand word: `install`, `update`, `upgrade`… */
  sub?: Word;
  /** Every option word, with the values of `-o`, `-c`, `-t` joined as `-o=value`. */
  options: string[];
  /** The program word through the subcommand, for the range of a finding. */
  head: { start: number; end: number };
}

// Options whose value is the next word.
const WITH_VALUE = new Set(['-o', '-c', '-t', '--option', '--config-file', '--target-release', '--default-release']);

const cache = new WeakMap<RunScript, AptCommand[]>();

/** The apt commands of a RUN, in order; read once per RUN for the four apt rules. */
export function aptCommands(script: RunScript): AptCommand[] {
  let out = cache.get(script);
  if (out) return out;
  out = [];
  cache.set(script, out);
  for (const cmd of script.commands) {
    const tool = commandName(cmd);
    if (tool !== 'apt-get' && tool !== 'apt') continue;
    const words = programWords(cmd);
    const options: string[] = [];
    let sub: Word | undefined;
    for (let i = 1; i < words.length; i++) {
      const v = words[i].value;
      if (v.startsWith('-')) {
        if (WITH_VALUE.has(v) && i + 1 < words.length) options.push(`${v}=${words[++i].value}`);
        else options.push(v);
      } else if (!sub) {
        sub = words[i];
      }
    }
    out.push({ cmd, tool, sub, options, head: { start: words[0].start, end: (sub ?? words[0]).end } });
  }
  return out;
}

/** True when the subcommand is one of `names`. */
export function isSub(apt: AptCommand, ...names: string[]): boolean {
  return !!apt.sub && names.includes(apt.sub.value);
}

/** `-y`, `--yes`, `--assume-yes`, a bundle such as `-qy`, or `-o APT::Get::Assume-Yes=true`. */
export function answersYes(apt: AptCommand): boolean {
  return apt.options.some(o =>
    o === '--yes' || o === '--assume-yes' || o === '--force-yes' || /^--(assume-)?yes=(true|yes|1)$/i.test(o)
    || /^-[a-zA-Z]*y[a-zA-Z]*$/.test(o)
    || /^-(o|-option)=APT::Get::Assume-Yes=(true|yes|1)$/i.test(o));
}

/** `--no-install-recommends` or `-o APT::Install-Recommends=false`. */
export function skipsRecommends(apt: AptCommand): boolean {
  return apt.options.some(o => o === '--no-install-recommends' || /^-(o|-option)=APT::Install-Recommends=("?)(false|no|0)\2$/i.test(o));
}
