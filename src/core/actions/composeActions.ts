// SPDX-License-Identifier: MIT
// Up, Up --build and Down on `services:`, and Up, Logs and Shell on each service of a compose file.
import { isMap, isScalar, type LineCounter } from 'yaml';
import { cachedComposeModel, composeModel } from '../compose/composeDocument';
import { composeOutline, outlineServiceKeys } from '../compose/outline';
import { PARTIAL_FROM } from '../compose/partialModel';
import { range, type Range } from '../text';
import type { FileContext } from '../types';
import {
  finishAction, pathArg, resolveSettings, workingFolder,
  type ActionDraft, type ActionSettings, type DockerAction,
} from './actionSettings';
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

/**
 * The `services:` key and each service key with its range. A large plain file is read off its outline,
 * so lenses on a 5,000-service file cost a line scan, not a full YAML parse on every edit.
 */
function serviceKeys(text: string): { services: { range: Range }; entries: { name: string; range: Range }[] } | undefined {
  const outline = text.length >= PARTIAL_FROM && !cachedComposeModel(text) ? composeOutline(text) : undefined;
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

/** The compose program's argv prefix: `docker compose` runs as the docker CLI plugin. */
function composePrefix(s: ActionSettings): string[] {
  return s.composeCommand === 'docker-compose' ? ['docker-compose'] : [s.dockerPath, 'compose'];
}

/**
 * The actions a compose file offers. On the `services:` key: Up, Up with build, Down. On each
 * service key: Up that service, Logs and Shell. Each command passes `-f <file>`. A file without a
 * services map (or with an empty one) offers nothing; a service whose name fails the compose
 * grammar gets refused actions with `error` set.
 */
export function composeActions(text: string, file: FileContext, settings?: Partial<ActionSettings>): DockerAction[] {
  const s = resolveSettings(settings);
  const keys = serviceKeys(text);
  if (!keys) return [];

  const cwd = workingFolder(file);
  const base = [...composePrefix(s), '-f', pathArg(file.path, cwd)];
  const at = keys.services.range;
  const drafts: ActionDraft[] = [
    { kind: 'compose.up', group: 'compose', label: 'Up', icon: 'run-all', range: at, cwd, argv: [...base, 'up'] },
    { kind: 'compose.upBuild', group: 'compose', label: 'Up --build', icon: 'tools', range: at, cwd, argv: [...base, 'up', '--build'] },
    { kind: 'compose.down', group: 'compose', label: 'Down', icon: 'debug-stop', range: at, cwd, argv: [...base, 'down'] },
  ];
  const shell = s.execShell.split(/\s+/);
  for (const key of keys.entries) {
    const svc = key.name;
    const problem = serviceNameProblem(svc);
    drafts.push(
      { kind: 'compose.upService', group: 'compose', label: `Up ${svc}`, icon: 'play', range: key.range, cwd, problem, argv: [...base, 'up', svc] },
      { kind: 'compose.logs', group: 'compose', label: 'Logs', icon: 'output', range: key.range, cwd, problem, argv: [...base, 'logs', '-f', svc] },
      { kind: 'compose.shell', group: 'shell', label: 'Shell', icon: 'terminal', range: key.range, cwd, problem, argv: [...base, 'exec', svc, ...shell] },
    );
  }
  return drafts.map((d) => finishAction(d, s.shell));
}
