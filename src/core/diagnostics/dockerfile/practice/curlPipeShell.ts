// SPDX-License-Identifier: MIT
// CurlPipeShell: `curl … | sh` runs whatever the server sends, unchecked, as root, in the build.
// Also `sh -c "$(curl …)"` and `bash <(curl …)`, which do the same without a pipe. Only a program
// that reads its script from the pipe counts: not `python3 -c '…'` or `python3 tool.py`, which read
// the download as data. `-e` is an inline script only for Perl, Ruby and Node; `bash -e` still reads
// the script from the pipe.
// Reference: buildkit-dockerfile-docs/reference.md, "ADD --checksum" (Docker's own way to pin a download).
import type { DockerfileRule } from '../../types';
import { instructionsWith } from './byKeyword';
import { rangeAt } from './ranges';
import { baseName, commandName, programWords, runScript, type ShellCommand } from './shellScript';

// Interpreters that run a script read from their input: `curl … | python3 -` is the same risk.
const SHELL = /^(sh|bash|ash|dash|zsh|ksh|python[0-9.]*|perl|node|ruby)$/;
const FETCH = /^(curl|wget)$/;

// Options that take the next word as their value, so that word is not the script's file name.
const VALUE_OPTIONS = new Set(['-o', '-O', '--rcfile', '--init-file', '-W', '-X', '-I', '-r', '--require', '--import']);

/**
 * True when the program reads its script from the pipe. Not so when the script is on the command
 * line (`-c` for the shells and Python, `-e` for Perl, Ruby and Node, `python -m module`) or in a
 * file named as the first operand (`python3 tool.py`): then the download is only data. `-s`, a `-`
 * operand or no operand at all means the script comes from the pipe. For `sh` and `bash`, `-e` is
 * "stop at the first error", not an inline script.
 */
function readsScriptFromPipe(program: string, args: string[]): boolean {
  const inline = /^(perl|ruby)$/.test(program) ? /^-[a-zA-Z]*[eE]$/
    : program === 'node' ? /^(-e|-p|--eval|--print)(=.*)?$/
      : /^python/.test(program) ? /^-[a-zA-Z]*[cm]$/ : /^-[a-z]*c$/;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') return i + 1 >= args.length || args[i + 1] === '-' || args[i + 1] === '/dev/stdin';
    if (a === '-' || a === '/dev/stdin') return true;
    if (!a.startsWith('-')) return false;
    if (inline.test(a)) return false;
    if (/^-[a-z]*s[a-z]*$/.test(a) && !/^(perl|ruby|node|python)/.test(program)) return true;
    if (VALUE_OPTIONS.has(a)) i++;
  }
  return true;
}

export const curlPipeShell: DockerfileRule = {
  code: 'CurlPipeShell',
  source: 'coach',
  severity: 'warning',
  title: 'Downloaded script piped straight into a shell',
  why: 'Piping a download into `sh` runs whatever the server sends at that moment, unseen and unchecked. If the site is hacked, the file changes, or the download stops halfway, your build runs it anyway.',
  fix: 'Download to a file, check it against a known checksum (`echo "<sha256>  install.sh" | sha256sum -c -`), then run it. `ADD --checksum=sha256:… <url> /tmp/` does the download and the check in one step.',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#add---checksum',
  reference: 'buildkit-dockerfile-docs/reference.md#add---checksum',
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'RUN')) {
      for (const cmd of runScript(model, inst).commands) {
        const shell = commandName(cmd);
        if (!SHELL.test(shell)) continue;
        const words = programWords(cmd);
        const fetch = fetcherPiped(cmd);
        if (fetch && readsScriptFromPipe(shell, words.slice(1).map(w => w.value))) {
          report({
            range: rangeAt(model, fetch.words[0].start, words[0].end),
            message: `\`${baseName(programWords(fetch)[0].value)} … | ${shell}\` runs a downloaded script without checking what was downloaded.`,
          });
          continue;
        }
        // `sh -c "$(curl …)"`: the download is the script.
        const inline = words.find(w => /^(\$\(|`)\s*(curl|wget)\b/.test(w.value));
        if (inline) {
          report({
            range: rangeAt(model, words[0].start, inline.end),
            message: `\`${shell} ${/^(perl|ruby|node)$/.test(shell) ? '-e' : '-c'} "$(${/wget/.test(inline.value) ? 'wget' : 'curl'} …)"\` runs a downloaded script without checking what was downloaded.`,
          });
        }
      }
      // `bash <(curl …)`: process substitution, which the core splitter reads as a redirection.
      const r = inst.getRange();
      const text = model.text.slice(model.lines.offsetAt(r.start), model.lines.offsetAt(r.end));
      const sub = /\b(sh|bash|zsh)\s+<\(\s*(curl|wget)\b/.exec(text);
      if (sub) {
        const at = model.lines.offsetAt(r.start) + sub.index;
        report({ range: rangeAt(model, at, at + sub[0].length), message: `\`${sub[1]} <(${sub[2]} …)\` runs a downloaded script without checking what was downloaded.` });
      }
    }
  },
};

/** The `curl`/`wget` command earlier in the same pipeline, if any (`curl | tee x | sh` included). */
function fetcherPiped(cmd: ShellCommand): ShellCommand | undefined {
  for (let c = cmd.pipedFrom; c; c = c.pipedFrom) if (FETCH.test(commandName(c))) return c;
  return undefined;
}
