// SPDX-License-Identifier: MIT
// The allow-list of docker commands an exercise may run: only commands that read, never one that changes the
// engine or writes a file. Every probe passes this check before it is returned, and the adapter checks again.

/** Flags each read-only command accepts: `true` when the flag takes a value in the next argument. */
type Flags = Record<string, boolean>;

const listFlags: Flags = { '--format': true, '--filter': true, '--no-trunc': false, '-q': false, '--quiet': false };
const inspectFlags: Flags = { '--format': true };

/** The commands, as their words after `docker`, with the flags each may carry. */
const readOnly: { words: string[]; flags: Flags; required?: string }[] = [
  { words: ['ps'], flags: { ...listFlags, '-a': false, '--all': false } },
  { words: ['inspect'], flags: { ...inspectFlags, '--type': true, '--size': false } },
  { words: ['image', 'ls'], flags: listFlags },
  { words: ['image', 'inspect'], flags: inspectFlags },
  { words: ['volume', 'ls'], flags: listFlags },
  { words: ['volume', 'inspect'], flags: inspectFlags },
  { words: ['network', 'ls'], flags: listFlags },
  { words: ['network', 'inspect'], flags: inspectFlags },
  // `compose config --output` would write a file: it is not on the list.
  { words: ['compose', 'ps'], flags: { '--format': true, '-a': false, '--all': false } },
  { words: ['compose', 'config'], flags: { '--quiet': false, '-q': false, '--services': false, '--volumes': false, '--format': true } },
  { words: ['logs'], flags: { '--tail': true }, required: '--tail' },
  { words: ['top'], flags: {} },
];

/** Options compose takes before its subcommand (which file, which project). */
const composeGlobal: Flags = { '-f': true, '--file': true, '-p': true, '--project-name': true, '--project-directory': true };

/** Walks `args` against `flags`; false at the first flag not allowed. Positional words (names, ids) pass. */
function flagsAllowed(args: readonly string[], flags: Flags, seen: Set<string>): boolean {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('-')) continue;
    const name = arg.includes('=') ? arg.slice(0, arg.indexOf('=')) : arg;
    if (!(name in flags)) return false;
    seen.add(name);
    if (flags[name] && !arg.includes('=')) i++;
  }
  return true;
}

/**
 * True when `argv` (docker executable first) is one of the read-only commands, with only the flags listed for it.
 * A word from a file that starts with `-` would be read as a flag, so it fails here too.
 */
export function isReadOnlyProbe(argv: readonly string[]): boolean {
  if (argv.length < 2) return false;
  let rest = argv.slice(1);
  if (rest[0] === 'compose') {
    // Skip compose's own options up to its subcommand.
    let i = 1;
    while (i < rest.length && rest[i].startsWith('-')) {
      const name = rest[i].includes('=') ? rest[i].slice(0, rest[i].indexOf('=')) : rest[i];
      if (!(name in composeGlobal)) return false;
      i += composeGlobal[name] && !rest[i].includes('=') ? 2 : 1;
    }
    rest = ['compose', ...rest.slice(i)];
  }
  const command = readOnly.find((c) => c.words.every((w, i) => rest[i] === w));
  if (!command) return false;
  const seen = new Set<string>();
  if (!flagsAllowed(rest.slice(command.words.length), command.flags, seen)) return false;
  return command.required === undefined || seen.has(command.required);
}

/** The key an observation is stored under: the probe's argv joined with spaces. */
export function probeKey(argv: readonly string[]): string {
  return argv.join(' ');
}

/** Only the probes that pass the allow-list (a builder bug must not reach the engine). */
export function readOnlyProbes(probes: string[][]): string[][] {
  return probes.filter((p) => isReadOnlyProbe(p));
}
