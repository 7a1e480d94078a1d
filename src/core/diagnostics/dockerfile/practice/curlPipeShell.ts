// SPDX-License-Identifier: MIT
// CurlPipeShell: `curl … | sh` runs whatever the server sends, unchecked, as root, in the build.
// Also `sh -c "$(curl …)"` and `bash <(curl …)`, which do the same without a pipe. `-e` is an inline
// script only for Perl, Ruby and Node; `bash -e` still reads the script from the pipe.
// Reference: buildkit-dockerfile-docs/reference.md, "ADD --checksum" (Docker's own way to pin a download).
import type { DockerfileRule } from '../../types';
import { instructionsWith } from './byKeyword';
import { rangeAt } from './ranges';
import { baseName, commandName, programWords, runScript, type ShellCommand } from './shellScript';

// Interpreters that run a script read from their input: `curl … | python3 -` is the same risk.
const SHELL = /^(sh|bash|ash|dash|zsh|ksh|python[0-9.]*|perl|node|ruby)$/;

/**
 * True when the words give the program its script on the command line, so piped input is only data:
 * `-c` for the shells and Python (`sh -ec '…'` too), `-e` for Perl, Ruby and Node (`node --eval`, `-p`).
 * For `sh` and `bash`, `-e` is "stop at the first error" and the piped download is still the script.
 */
function hasInlineScript(program: string, options: string[]): boolean {
  if (/^(perl|ruby)$/.test(program)) return options.some(o => /^-[a-zA-Z]*[eE]$/.test(o));
  if (program === 'node') return options.some(o => /^(-e|-p|--eval|--print)$/.test(o) || /^--(eval|print)=/.test(o));
  return options.some(o => /^-[a-z]*c$/.test(o));
}
const FETCH = /^(curl|wget)$/;

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
        // With `-c '…'` (Perl, Ruby, Node: `-e`) the script is on the command line and the download is only data.
        const inlineScript = hasInlineScript(shell, words.slice(1).map(w => w.value).filter(v => v.startsWith('-')));
        if (fetch && !inlineScript) {
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
