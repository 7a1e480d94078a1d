// SPDX-License-Identifier: MIT
// The one place that turns an argv into a command line a shell reads back as exactly that argv.
// Every lens, palette command and test goes through `toCommandLine`; nothing else quotes.
import type { ShellKind } from './types';

/** Thrown when an argument cannot be written for a shell at all (a NUL byte; a line break for cmd). */
export class CommandLineError extends Error {
  override readonly name = 'CommandLineError';
}

// Words made only of these characters mean themselves in sh, dash, bash, zsh, ksh and fish, anywhere
// in a command. Left out on purpose: `~` and `=` (tilde and zsh's `=cmd` expansion at a word start),
// `%` (fish expands `%self`), `#` (a comment at a word start), `{}`/`,` combos and every glob character.
const plainPosix = /^[A-Za-z0-9_@+:,./-]+$/;

/** POSIX sh single quotes keep every character literally, and a quote cannot appear inside them. */
function quotePosix(arg: string): string {
  if (plainPosix.test(arg)) return arg;
  // Close the quote, add an escaped quote, reopen: ' becomes '\''.
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/**
 * fish single quotes are literal except for two escapes, `\'` and `\\`
 * (fish-shell docs, "Quotes": https://fishshell.com/docs/current/language.html#quotes).
 * A line break inside the quotes stays part of the word.
 */
function quoteFish(arg: string): string {
  if (plainPosix.test(arg)) return arg;
  return `'${arg.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

// In PowerShell, a bare word can still be special: `@` splats, `,` builds an array, `--%` stops
// parsing, `-a.b` is split in two for native commands. So only these shapes stay bare.
const plainPwsh = /^(?:[A-Za-z0-9_/][A-Za-z0-9_./:+-]*|--?[A-Za-z][A-Za-z0-9-]*)$/;

/**
 * PowerShell single-quoted strings are verbatim; a single quote inside is written twice
 * (about_Quoting_Rules: https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_quoting_rules).
 * The language treats the typographic quotes U+2018, U+2019, U+201A and U+201B as single quotes too
 * (PowerShell Language Specification 3.0, section 2.3.5.2, "single-quote-character"), so they are doubled as well.
 * Passing `''` and embedded `"` to a native program intact relies on PowerShell 7.3+
 * (`$PSNativeCommandArgumentPassing`, about_Parsing: https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_parsing).
 */
function quotePwsh(arg: string): string {
  if (plainPwsh.test(arg)) return arg;
  return `'${arg.replace(/['\u2018\u2019\u201A\u201B]/g, (c) => c + c)}'`;
}

/**
 * How a Windows program splits its command line: the Microsoft C runtime rules, which Go (and so
 * docker.exe) follows. Inside double quotes, backslashes are literal unless they come before a `"`;
 * 2n backslashes + `"` give n backslashes and end the quote, 2n+1 backslashes + `"` give n backslashes
 * and a literal quote ("Parsing C command-line arguments":
 * https://learn.microsoft.com/cpp/c-language/parsing-c-command-line-arguments).
 */
export function quoteWindowsArg(arg: string): string {
  if (arg !== '' && !/[\s"]/.test(arg)) return arg;
  let out = '"';
  let slashes = 0;
  for (const c of arg) {
    if (c === '\\') { slashes++; continue; }
    if (c === '"') { out += '\\'.repeat(slashes * 2 + 1) + '"'; slashes = 0; continue; }
    out += '\\'.repeat(slashes) + c;
    slashes = 0;
  }
  return out + '\\'.repeat(slashes * 2) + '"';
}

const plainCmd = /^[A-Za-z0-9_@+:,./\\-]+$/;

/**
 * cmd.exe reads the line first. It expands `%var%` and treats `& | < > ( ) ^` as syntax, and a `"`
 * toggles whether those are live, so an escaped `\"` from the C runtime rules would leave the rest
 * of the argument exposed. The fix is to put `^` before every one of those characters, quotes
 * included, after applying the C runtime rules: cmd removes the carets and hands the program its
 * quoted text (Daniel Colascione, "Everyone quotes command line arguments the wrong way", MSDN blog
 * 2011: https://learn.microsoft.com/archive/blogs/twistylittlepassagesallalike/everyone-quotes-command-line-arguments-the-wrong-way;
 * cmd's own rules: `cmd /?` and https://learn.microsoft.com/windows-server/administration/windows-commands/cmd).
 * A line break cannot be carried inside one cmd command line at all.
 */
function quoteCmd(arg: string, first: boolean): string {
  if (/[\r\n]/.test(arg)) throw new CommandLineError('cmd.exe cannot pass a line break inside an argument');
  // A leading `@` on the first word would only silence cmd's echo and be dropped.
  if (plainCmd.test(arg) && !(first && arg.startsWith('@'))) return arg;
  if (first) {
    // cmd finds the program by the first word, before carets are removed, so the executable is
    // quoted plainly; a Windows path cannot hold `"`, and `%`/`!` would still expand inside quotes.
    if (/["%!]/.test(arg)) throw new CommandLineError('cmd.exe cannot run a program whose path holds ", % or !');
    return `"${arg}"`;
  }
  return quoteWindowsArg(arg).replace(/[()%!^"<>&|]/g, (c) => `^${c}`);
}

/**
 * The command line that makes `shell` run `argv[0]` with exactly the arguments `argv[1..]`,
 * whatever characters they hold: spaces, quotes, `$`, backticks, `\`, `;`, `&`, `|`, line breaks,
 * unicode or nothing at all. `posix` covers sh, dash, bash, zsh and ksh.
 * @throws CommandLineError when an argument cannot be expressed for that shell.
 */
export function toCommandLine(argv: readonly string[], shell: ShellKind): string {
  if (argv.length === 0) throw new CommandLineError('nothing to run');
  if (argv.some((a) => a.includes('\0'))) throw new CommandLineError('an argument holds a NUL character');
  switch (shell) {
    case 'posix': return argv.map(quotePosix).join(' ');
    case 'fish': return argv.map(quoteFish).join(' ');
    // `&` (the call operator) makes the first word a command even when it had to be quoted.
    case 'pwsh': return `& ${argv.map(quotePwsh).join(' ')}`;
    case 'cmd': return argv.map((a, i) => quoteCmd(a, i === 0)).join(' ');
  }
}

/**
 * The quoting a shell needs, from its name or path: VS Code's `TerminalState.shell` ids
 * (`bash`, `zsh`, `fish`, `pwsh`, `cmd`, `gitbash`, `wsl`, ...) or `vscode.env.shell`, a full path.
 * Anything unknown is treated as a POSIX shell, which is what most terminals run.
 */
export function shellKindOf(shell: string | undefined): ShellKind {
  const base = (shell ?? '').split(/[\\/]/).pop()?.toLowerCase().replace(/\.exe$/, '') ?? '';
  if (base === 'fish') return 'fish';
  if (base === 'pwsh' || base === 'powershell' || base === 'pwsh-preview') return 'pwsh';
  if (base === 'cmd') return 'cmd';
  return 'posix';
}

/**
 * One command line that runs each argv in turn, each only when the one before it succeeded, so the
 * learner sees every step on one line: `a && b` for POSIX shells and cmd, `a; and b` for fish (every
 * fish version reads it, where `&&` needs fish 3), and `& a; if ($LASTEXITCODE -eq 0) { & b }` for
 * PowerShell, whose `&&` exists only from PowerShell 7. Each argv is quoted by `toCommandLine`.
 * @throws CommandLineError when an argument cannot be expressed for that shell.
 */
export function toCommandSequence(argvs: readonly (readonly string[])[], shell: ShellKind): string {
  if (argvs.length === 0) throw new CommandLineError('nothing to run');
  const lines = argvs.map((argv) => toCommandLine(argv, shell));
  switch (shell) {
    case 'posix':
    case 'cmd': return lines.join(' && ');
    case 'fish': return lines.join('; and ');
    case 'pwsh': return lines.reduceRight((rest, line) => `${line}; if ($LASTEXITCODE -eq 0) { ${rest} }`);
  }
}
