// SPDX-License-Identifier: MIT
// Up, Up --build and Down on `services:`, and Up, Logs and Shell on each service of a compose file.
import { isTooLarge } from '../largeFile';
import { isMap, isScalar, type LineCounter } from 'yaml';
import { cachedComposeModel, composeModel } from '../compose/composeDocument';
import { composeOutline, outlineServiceKeys } from '../compose/outline';
import { CommandLineError, toCommandLine } from '../commandLine';
import { range, type Range } from '../text';
import type { FileContext } from '../types';
import {
  finishAction, pathArg, resolveSettings, workingFolder,
  type ActionDraft, type ActionSettings, type DockerAction,
} from './actionSettings';
import { composeMissingText, composeProgramOf } from './engineQueries';
import { serviceNameProblem } from './names';

/** The range of a node's source text, in zero-based lines and UTF-16 columns. */
function rangeOf(lines: LineCounter, span: readonly number[] | undefined): Range | undefined {
  if (!span) return undefined;
  const start = lines.linePos(span[0]);
  const end = lines.linePos(span[1]);
  return range(start.line - 1, start.col - 1, end.line - 1, end.col - 1);
}

/** A key, if it is a plain string scalar, with its range. */
function keyOf(lines: LineCounter, key: unknown): { name: string; range: Range } | undefined {
  if (!isScalar(key) || typeof key.value !== 'string') return undefined;
  const r = rangeOf(lines, key.range ?? undefined);
  return r && { name: key.value, range: r };
}

/** From this size the lenses read the service keys off the outline; below it the whole parse is cheap and shared. */
const OUTLINE_LENSES_FROM = 128 * 1024;

/**
 * The `services:` key and each service key with its range. A large plain file is read off its outline,
 * so lenses on a 5,000-service file cost a line scan, not a full YAML parse on every edit.
 */
function serviceKeys(text: string): { services: { range: Range }; entries: { name: string; range: Range }[] } | undefined {
  const outline = text.length >= OUTLINE_LENSES_FROM && !cachedComposeModel(text) ? composeOutline(text) : undefined;
  const fromOutline = outline && outlineServiceKeys(outline);
  if (fromOutline) {
    if (fromOutline.entries.length === 0) return undefined;
    const toRange = (k: { line: number; start: number; end: number }) => range(k.line, k.start, k.line, k.end);
    return { services: { range: toRange(fromOutline.services) }, entries: fromOutline.entries.map(e => ({ name: e.name, range: toRange(e) })) };
  }
  // The same cached parse the compose hovers use: one parse per text for hovers and lenses alike.
  const { doc, lines } = composeModel(text);
  if (!isMap(doc.contents)) return undefined;
  const servicesPair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'services');
  const servicesKey = servicesPair && keyOf(lines, servicesPair.key);
  if (!servicesPair || !servicesKey || !isMap(servicesPair.value) || servicesPair.value.items.length === 0) return undefined;
  const entries = servicesPair.value.items.map(pair => keyOf(lines, pair.key)).filter((k): k is { name: string; range: Range } => !!k);
  return { services: servicesKey, entries };
}

/** The compose program's argv prefix (`docker compose` runs as the docker CLI plugin), or undefined when none was found. */
function composePrefix(s: ActionSettings): string[] | undefined {
  const program = composeProgramOf(s.composeCommand, s.composeFound);
  if (!program) return undefined;
  return program === 'docker-compose' ? ['docker-compose'] : [s.dockerPath, 'compose'];
}

/** The tooltip line naming the program that `auto` picked, so the learner knows which one runs. */
function detectedNote(s: ActionSettings): string | undefined {
  if (s.composeCommand !== 'auto' || !s.composeFound || s.composeFound === 'none') return undefined;
  return `Compose: ${s.composeFound} (found on this machine; dockerCoach.compose.command is auto).`;
}

function joinNotes(...notes: (string | undefined)[]): string | undefined {
  const some = notes.filter((n): n is string => !!n);
  return some.length ? some.join('\n\n') : undefined;
}

/**
 * The actions a compose file offers. On the `services:` key: Up (detached, `up -d`), Up (attached) in a
 * terminal of its own, Up --build and Down. On each service key: Up that service (detached), Logs
 * (`logs -f`, in a terminal of its own) and Shell. When `auto` found no Compose program, every action is
 * refused with the v1/v2 explanation. Each command passes `-f <file>`. A file without a
 * services map (or with an empty one) offers nothing; a service whose name fails the compose
 * grammar gets refused actions with `error` set.
 */
export function composeActions(text: string, file: FileContext, settings?: Partial<ActionSettings> & { maxFileChars?: number }): DockerAction[] {
  if (isTooLarge(text, settings?.maxFileChars)) return [];
  const s = resolveSettings(settings);
  const keys = serviceKeys(text);
  if (!keys) return [];

  const cwd = workingFolder(file);
  const prefix = composePrefix(s);
  // Neither program answered: every lens stays, refused with the reason, so the learner sees why.
  const missing = prefix ? undefined : composeMissingText(s.platform);
  const base = [...(prefix ?? ['docker', 'compose']), '-f', pathArg(file.path, cwd)];
  const found = detectedNote(s);
  const logsCommand = (svc?: string): string => {
    try {
      return toCommandLine([...base, 'logs', '-f', ...(svc ? [svc] : [])], s.shell);
    } catch (err) {
      // The action itself is refused for the same reason by finishAction; the note only needs to not throw.
      if (err instanceof CommandLineError) return 'logs -f';
      throw err;
    }
  };
  const at = keys.services.range;
  const drafts: ActionDraft[] = [
    {
      kind: 'compose.up', group: 'compose', label: 'Up', icon: 'run-all', range: at, cwd, problem: missing, argv: [...base, 'up', '-d'],
      note: joinNotes(`Starts every service in the background (-d) and gives the terminal back. Follow their output with the Logs lens on a service, or: ${logsCommand()}`, found),
    },
    {
      kind: 'compose.upAttached', group: 'compose', label: 'Up (attached)', icon: 'debug-console', range: at, cwd, problem: missing, argv: [...base, 'up'],
      note: joinNotes('Stays attached: every service\'s output streams into a terminal of its own, and Ctrl+C stops them.', found),
      terminal: 'up (attached)', holdsTerminal: true,
    },
    { kind: 'compose.upBuild', group: 'compose', label: 'Up --build', icon: 'tools', range: at, cwd, problem: missing, argv: [...base, 'up', '-d', '--build'], note: found },
    { kind: 'compose.down', group: 'compose', label: 'Down', icon: 'debug-stop', range: at, cwd, problem: missing, argv: [...base, 'down'], note: found },
  ];
  const shell = s.execShell.split(/\s+/);
  for (const key of keys.entries) {
    const svc = key.name;
    const problem = missing ?? serviceNameProblem(svc);
    // A bad name cannot be quoted into a note either; the refusal says why.
    const follow = problem ? undefined : `Starts ${svc} (and what it depends on) in the background. Follow its output with Logs: ${logsCommand(svc)}`;
    drafts.push(
      { kind: 'compose.upService', group: 'compose', label: `Up ${svc}`, icon: 'play', range: key.range, cwd, problem, argv: [...base, 'up', '-d', svc], note: joinNotes(follow, found) },
      {
        kind: 'compose.logs', group: 'compose', label: 'Logs', icon: 'output', range: key.range, cwd, problem, argv: [...base, 'logs', '-f', svc], note: found,
        terminal: `logs ${svc}`, holdsTerminal: true,
      },
      { kind: 'compose.shell', group: 'shell', label: 'Shell', icon: 'terminal', range: key.range, cwd, problem, argv: [...base, 'exec', svc, ...shell], note: found, holdsTerminal: true },
    );
  }
  return drafts.map((d) => finishAction(missing && d.problem === missing ? { ...d, missing: 'compose' } : d, s.shell));
}
