// SPDX-License-Identifier: MIT
// The shell that shell-form lines of a stage run through: the default `/bin/sh -c`, or what the last
// SHELL line before them set (in this stage or a stage it builds on). Every hover that says "runs
// through ..." asks here, so SHELL and RUN/CMD/ENTRYPOINT never disagree (issue 11).
import type { Instruction } from 'dockerfile-ast';
import { code } from '../render';
import type { DockerfileModel } from './model';
import { argumentsText } from './words';
import { instructionsIn, lastBefore, lineOf, parentStage } from './stageIndex';
import { stageOf, type Stage } from './stages';
import { expandValue } from './variables';

/** How the shell reads `$NAME`, `&&` and pipes. */
export type ShellKind = 'posix' | 'powershell' | 'cmd' | 'other';

export interface ActiveShell {
  /** The shell and its options, as the SHELL array lists them: `["/bin/bash", "-o", "pipefail", "-c"]`. */
  argv: readonly string[];
  kind: ShellKind;
  /** The SHELL line that set it; undefined for the default. */
  setBy?: Instruction;
  /**
   * True when the stage runs on Windows: a Windows base image along its chain, or a file written for
   * Windows (`# escape=` followed by a backtick) whose shell is `cmd` or PowerShell.
   */
  windows?: boolean;
}

// ref: buildkit-dockerfile-docs/reference.md#shell (default ["/bin/sh", "-c"] on Linux, ["cmd", "/S", "/C"] on Windows)
const LINUX_DEFAULT: ActiveShell = { argv: ['/bin/sh', '-c'], kind: 'posix' };
const WINDOWS_DEFAULT: ActiveShell = { argv: ['cmd', '/S', '/C'], kind: 'cmd', windows: true };

/** The kind of shell an executable is, from its name. */
export function shellKindOf(executable: string): ShellKind {
  const base = executable.replace(/^.*[\\/]/, '').replace(/\.exe$/i, '').toLowerCase();
  if (base === 'powershell' || base === 'pwsh') return 'powershell';
  if (base === 'cmd') return 'cmd';
  if (/^(sh|bash|dash|ash|zsh|ksh|mksh|busybox)$/.test(base)) return 'posix';
  return 'other';
}

/** The shell in effect for the shell-form command of `inst`. */
export function activeShell(model: DockerfileModel, inst: Instruction): ActiveShell {
  let stage: Stage | undefined = stageOf(model, inst);
  let before: number | undefined = inst.getRange().start.line;
  let set: ActiveShell | undefined;
  let windows = false;
  for (let depth = 0; stage && depth < 64; depth++) {
    if (!set) {
      const list = instructionsIn(model, stage, 'SHELL');
      const found = before === undefined ? list[list.length - 1] : lastBefore(list, before);
      const argv = found && shellArray(model, found);
      if (argv) set = { argv, kind: shellKindOf(argv[0]), setBy: found };
    }
    windows ||= isWindowsImage(stage.image) || (stage.image.includes('$') && !!stage.from && isWindowsImage(expandValue(model, stage.image, stage.from) ?? ''));
    const parent = parentStage(model, stage);
    if (!parent) break;
    stage = parent;
    before = undefined;
  }
  if (!set) return windows ? WINDOWS_DEFAULT : LINUX_DEFAULT;
  const windowsShell = model.ast.getEscapeCharacter() === '`' && (set.kind === 'cmd' || set.kind === 'powershell');
  return windows || windowsShell ? { ...set, windows: true } : set;
}

/** `mcr.microsoft.com/windows/servercore:ltsc2022`, `...nanoserver...`: Windows images, whose default shell is cmd. */
function isWindowsImage(image: string): boolean {
  return /(^|[/:-])(windows|windowsservercore|servercore|nanoserver)([/:-]|$)/i.test(image);
}

function shellArray(model: DockerfileModel, inst: Instruction): string[] | undefined {
  try {
    const parsed: unknown = JSON.parse(argumentsText(model, inst));
    return Array.isArray(parsed) && parsed.length && parsed.every(a => typeof a === 'string') ? parsed as string[] : undefined;
  } catch {
    return undefined;
  }
}

/** `/bin/bash -o pipefail -c` as inline code, plus where it was set: "(from `SHELL` on line 3)". */
export function describeShell(shell: ActiveShell): string {
  const where = shell.setBy ? ` (set by \`SHELL\` on line ${lineOf(shell.setBy)})` : '';
  return `${code(shell.argv.join(' '))}${where}`;
}

/** What the shell does for you, in its own syntax: variables, chaining and pipes. */
export function shellFeatures(shell: ActiveShell): string {
  switch (shell.kind) {
    case 'posix': return '`&&`, pipes and `$VARIABLES` work';
    case 'powershell': return 'PowerShell syntax works: `$env:NAME` for environment variables, `;` between commands, pipes';
    case 'cmd': return 'cmd syntax works: `%NAME%` for environment variables, `&&` between commands';
    case 'other': return 'the command text is handed to that program';
  }
}

/**
 * Who reads `$NAME` in a shell step: a POSIX shell, PowerShell (the stage's SHELL, or a `powershell
 * -Command` the step starts under `cmd`), or `cmd`, which leaves `$` text alone. `inShell` is false where
 * no shell reads the text (the builder expands it, or exec form passes it on).
 */
export type Interpreter = 'posix' | 'powershell' | 'cmd';

export function stepInterpreter(model: DockerfileModel, inst: Instruction, inShell: boolean): Interpreter {
  if (!inShell) return 'posix';
  const kind = activeShell(model, inst).kind;
  if (kind === 'powershell') return 'powershell';
  if (kind !== 'cmd') return 'posix';
  return startsPowerShell(model, inst) ? 'powershell' : 'cmd';
}

/** `RUN powershell -Command ...` or `pwsh -c ...` run through `cmd`: the script is PowerShell's, `cmd` passes `$` on. */
export function startsPowerShell(model: DockerfileModel, inst: Instruction): boolean {
  // Leading `--mount=...`-style flags are not part of the command (read here, not with locate.ts, to avoid an import cycle).
  const command = argumentsText(model, inst).replace(/^(?:--\S+\s+)*/, '');
  return /^(?:[\w:\\/.-]*[\\/])?(powershell|pwsh)(\.exe)?(\s|$)/i.test(command.trim());
}
