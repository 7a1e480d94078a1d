// SPDX-License-Identifier: MIT
// What the user can set for lens actions, the defaults, and the helpers every action builder shares:
// the working folder, paths written relative to it, and the finishing of an action (tooltip or refusal).
import * as path from 'path';
import { CommandLineError, toCommandSequence } from '../commandLine';
import type { Range } from '../text';
import type { Action, FileContext, ShellKind } from '../types';

/** The two ways to call Compose: the v2 CLI plugin, or the old standalone binary. */
export type ComposeProgram = 'docker compose' | 'docker-compose';

/** The setting: one of the two programs, or `auto`, which asks the machine once which one works. */
export type ComposeCommand = 'auto' | ComposeProgram;

/** What the `auto` probe found: a program that answered `version`, or `none` when neither did. */
export type ComposeFound = ComposeProgram | 'none';

/** What the user can set; every field reaches a shell, so all are restricted in untrusted workspaces. */
export interface ActionSettings {
  /** The docker executable: a name looked up on PATH, or a full path. */
  dockerPath: string;
  /**
   * `docker compose` (argv: dockerPath, "compose"), `docker-compose` (argv: "docker-compose"), or `auto`:
   * whatever `composeFound` says, and `docker compose` until the probe has answered.
   */
  composeCommand: ComposeCommand;
  /** The answer of the `auto` probe (see `probeCompose`), filled in by the adapter; unset until it ran. */
  composeFound?: ComposeFound;
  /** The learner's platform (Node's `process.platform`), filled in by the adapter: the missing-Compose text says how to install for it. */
  platform?: string;
  /** Image tags known to be missing from the local engine: Run on such a tag becomes Build & Run. */
  missingImages?: readonly string[];
  /** The image tag; `${folder}` becomes the build context's folder name, made a valid image name. */
  tagTemplate: string;
  /** The build context. Empty means the Dockerfile's folder; relative paths start at the workspace folder. */
  buildContext: string;
  /** Extra `docker run` arguments, one argv element each, placed before `--name`. */
  runArgs: string[];
  /** The program `exec` starts in the container, split on spaces (no quoting): `sh`, `bash -l`. */
  execShell: string;
  /** Which shell the tooltip's command line is written for. */
  shell: ShellKind;
}

/** The defaults; `package.json` declares the same ones for the Settings UI. */
export const defaultActionSettings: Readonly<ActionSettings> = Object.freeze({
  dockerPath: 'docker',
  composeCommand: 'auto',
  tagTemplate: '${folder}:dev',
  buildContext: '',
  runArgs: [],
  execShell: 'sh',
  shell: 'posix',
});

/**
 * The VS Code setting (under `dockerCoach.`) behind each field. Every one of them reaches a shell,
 * so `package.json` lists them all in `restrictedConfigurations`; a unit test holds the two together.
 */
export const actionSettingKeys = {
  dockerPath: 'docker.path',
  composeCommand: 'compose.command',
  tagTemplate: 'build.tagTemplate',
  buildContext: 'build.context',
  runArgs: 'run.extraArgs',
  execShell: 'exec.shell',
} as const satisfies Record<Exclude<keyof ActionSettings, 'shell' | 'composeFound' | 'platform' | 'missingImages'>, string>;

/** A trimmed string setting, or the default when it is missing, empty or not a string (hand-edited JSON). */
function text(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : fallback;
}

/** Settings with every missing, empty or mistyped field filled from the defaults. */
export function resolveSettings(partial: Partial<ActionSettings> = {}): ActionSettings {
  const d = defaultActionSettings;
  const p = partial as Partial<Record<keyof ActionSettings, unknown>>;
  return {
    dockerPath: text(p.dockerPath, d.dockerPath),
    composeCommand: p.composeCommand === 'docker-compose' || p.composeCommand === 'docker compose' ? p.composeCommand : 'auto',
    composeFound: p.composeFound === 'docker compose' || p.composeFound === 'docker-compose' || p.composeFound === 'none' ? p.composeFound : undefined,
    platform: typeof p.platform === 'string' ? p.platform : undefined,
    missingImages: Array.isArray(p.missingImages) ? p.missingImages.filter((a): a is string => typeof a === 'string') : [],
    tagTemplate: text(p.tagTemplate, d.tagTemplate),
    buildContext: text(p.buildContext, ''),
    runArgs: Array.isArray(p.runArgs) ? p.runArgs.filter((a): a is string => typeof a === 'string') : [],
    execShell: text(p.execShell, d.execShell),
    shell: p.shell === 'fish' || p.shell === 'pwsh' || p.shell === 'cmd' ? p.shell : 'posix',
  };
}

/** Which lens toggle (`dockerCoach.codeLens.<group>`) an action belongs to. */
export type ActionGroup = 'build' | 'run' | 'shell' | 'compose';

/**
 * An action as this module builds it: the DESIGN's `Action` plus its toggle group, and `error`
 * when it must not run. A refused action has an empty `argv`; its title and tooltip say why.
 */
export interface DockerAction extends Action {
  group: ActionGroup;
  error?: string;
  /** A second command that runs only when `argv` succeeded, on the same line (Build & Run). */
  then?: string[];
  /**
   * Set for commands that stay in the foreground (`run -it`, an attached `up`, `logs -f`): the name of the
   * terminal of their own they run in, such as "logs db" (short, so the terminal tab list shows it whole). Unset for short commands, which
   * use the folder's shared "Docker Coach" terminal when it is idle.
   */
  terminal?: string;
  /** True when the command may keep its terminal busy after it starts (the above, and `exec -it`). */
  holdsTerminal?: boolean;
  /** The image tag a Dockerfile's Build makes and Run starts, so the adapter can ask whether it exists. */
  image?: string;
  /** Set on a refusal because a program is missing (`compose`): the adapter offers to check again. */
  missing?: 'compose';
}

/** Where commands for `file` run: its workspace folder when it lies inside one, else its own folder. */
export function workingFolder(file: FileContext): string {
  const ws = file.workspaceFolder;
  if (ws) {
    const rel = path.relative(ws, file.path);
    if (rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)) return ws;
  }
  return path.dirname(file.path);
}

/**
 * `target` as an argument for a command run in `cwd`: relative when it lies inside, `.` for cwd
 * itself, and prefixed with `./` when it would otherwise start with "-" and read as an option.
 */
export function pathArg(target: string, cwd: string): string {
  const rel = path.relative(cwd, target);
  if (rel === '') return '.';
  if (rel.startsWith('..') || path.isAbsolute(rel)) return target;
  return rel.startsWith('-') ? `.${path.sep}${rel}` : rel;
}

/** The pieces of an action before its tooltip is written. */
export interface ActionDraft {
  kind: string;
  group: ActionGroup;
  label: string;
  icon: string;
  range: Range;
  cwd: string;
  argv: string[];
  /** Set when a name failed its grammar: the action is refused with this message. */
  problem?: string;
  /** Which program's absence `problem` is about, if that is the reason. */
  missing?: 'compose';
  /** A second argv joined to the first with the shell's "and then" (see `toCommandSequence`). */
  then?: string[];
  /** A sentence for the tooltip, below the command line. */
  note?: string;
  /** What the command does to its terminal (see `DockerAction`). */
  terminal?: string;
  holdsTerminal?: boolean;
  image?: string;
}

/** Writes the tooltip (the exact command line), or turns the draft into a refusal. */
export function finishAction(d: ActionDraft, shell: ShellKind): DockerAction {
  let problem = d.problem;
  let tooltip = '';
  if (!problem) {
    try {
      tooltip = toCommandSequence(d.then ? [d.argv, d.then] : [d.argv], shell);
    } catch (err) {
      if (!(err instanceof CommandLineError)) throw err;
      problem = err.message;
    }
  }
  if (problem) {
    const refused: DockerAction = { kind: d.kind, group: d.group, title: `$(warning) ${d.label}: cannot run`, tooltip: problem, range: d.range, argv: [], cwd: d.cwd, error: problem };
    if (d.missing && problem === d.problem) refused.missing = d.missing;
    return refused;
  }
  const action: DockerAction = {
    kind: d.kind, group: d.group, title: `$(${d.icon}) ${d.label}`, tooltip: d.note ? `${tooltip}\n\n${d.note}` : tooltip,
    range: d.range, argv: d.argv, cwd: d.cwd,
  };
  if (d.then) action.then = d.then;
  if (d.terminal) action.terminal = d.terminal;
  if (d.holdsTerminal) action.holdsTerminal = true;
  if (d.image) action.image = d.image;
  return action;
}
