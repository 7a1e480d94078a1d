// SPDX-License-Identifier: MIT
// explainCompose: what the key, value, name or YAML feature under the cursor means in a compose file.
import { explainComposeKeyOnly, isTooLarge } from '../largeFile';
import { isAlias, isMap, isScalar, isSeq, type Node } from 'yaml';
import { code, renderHover, type HoverContent } from '../render';
import { notesAbout, type Notes } from '../notes/notes';
import type { Position } from '../text';
import type { Explanation } from '../types';
import { anchorsOf, locate, mapGet, offsetAt, rangeOf, type ComposeModel, type Located, type PathSegment } from './composeDocument';
import { hostNetworkWarning, hostNetworkWarningFor, portValueContent } from './ports';
import { composeModelAt, plainServiceKeyAt, serviceModelAt } from './partialModel';
import { scalarOfLine } from './simpleBlock';
import { buildFormLine, commandFormLine } from './commands';
import { composeKeys } from '../knowledge/composeKeys';
import { dotted, keyContent, scalarText, type ExplainContext } from './content';
import { envEntryContent, explainEnvMapEntry, explainFreeEntry, freeEntryContent } from './environment';
import { isSpecKey, matchKeyPath, type PathMatch } from './keyPaths';
import { explainUnknownKey, halfTypedServiceKey, unknownKeyAt } from './unknownKey';
import { explainDefinitionName, explainReference, explainServiceName } from './names';
import type { Section } from './references';
import { explainScalarText, explainValueAt, readsOnlyItsText, withInterpolation } from './valueHover';
import { explainAlias, explainExtensionKey, explainMergeKey, explainProp } from './yamlFeatures';

/** Extra inputs for a compose hover. */
export interface ComposeHoverOptions {
  /** Absolute path of the compose file, so bind-mount paths can be shown resolved. */
  file?: string;
  /** The learner's notes; quotes about the hovered key are added to the hover. */
  notes?: Notes;
  /** Text length from which a hover inside one service parses only that part of the file (default 128 KB). */
  partialFrom?: number;
  /**
   * A part answers only once every block it leaves out is known to parse cleanly. Past this many blocks
   * not known yet, one whole parse settles them (default 8); tests pass `Infinity` to check them one by one.
   */
  checkBlocksUpTo?: number;
  /** Parts parsed for one version before the whole parse answers instead (default 2); tests pass `Infinity`. */
  partsPerVersion?: number;
  /** Past this many characters only the key under the cursor is explained (see largeFile.ts). */
  maxFileChars?: number;
}

/** `docker run` flags a learner meets before the compose key that does the same job. */
const flagOfKey: Record<string, string> = { ports: 'flag:-p', volumes: 'flag:-v', environment: 'flag:-e', env_file: 'flag:--env-file', container_name: 'flag:--name', restart: 'flag:--restart' };

/** Note topics for a hover: the spec key it is about (`ports` for a port value) and its `docker run` flag. */
function noteTopics(path: readonly PathSegment[]): string[] {
  const match = matchKeyPath(path);
  const pattern = match.kind === 'spec' || match.kind === 'entry' ? match.pattern : '';
  const key = pattern.split('/').filter(s => s !== '*').pop();
  if (!key) return [];
  return [`key:${key.toLowerCase()}`, ...(flagOfKey[key] ? [flagOfKey[key]] : [])];
}

/**
 * On a one-word value (`bridge` of `driver: bridge`, `always` of `restart:`), that word as a topic too: a learner's
 * note that opens with "a bridge network" is about the value, and is quoted on it as notes about the key are.
 */
function valueTopic(loc: Located): string[] {
  const value = loc.kind === 'value' && isScalar(loc.node) ? loc.node.value : undefined;
  return typeof value === 'string' && /^[A-Za-z][\w-]{2,}$/.test(value) ? [`key:${value.toLowerCase()}`] : [];
}

/**
 * Explains the compose item at `position`: a key of the Compose Specification (for the place it stands),
 * a value (ports, volumes, environment, image, references...), a service or definition name, or a YAML
 * anchor, alias, merge key or tag. Returns undefined where there is nothing specific to say. Never throws.
 */
export function explainCompose(text: string, position: Position, options: ComposeHoverOptions = {}): Explanation | undefined {
  try {
    if (isTooLarge(text, options.maxFileChars)) return explainComposeKeyOnly(text, position, options.maxFileChars);
    const byLines = explainPlainKey(text, position, options);
    if (byLines) return byLines.explanation;
    const alone = serviceModelAt(text, position, options.partialFrom);
    if (alone) {
      try {
        return explainWith(alone, position, options);
      } catch {
        // The answer needs more than the hovered service (OutsideService): the part or the whole file gives it.
      }
    }
    return explainWith(composeModelAt(text, position, options.partialFrom, options.checkBlocksUpTo, options.partsPerVersion), position, options);
  } catch {
    // Broken or hostile input must never break the editor's hover.
    return undefined;
  }
}

// Key hovers that say more than the key's place: they read the value, other services or other sections.
const readsMore = new Set(['services/*/depends_on/*', 'services/*/networks/*', 'services/*/models/*', 'services/*/ulimits/*', 'services/*/build/ulimits/*',
  'services/*/ports', 'services/*/network_mode', 'services/*/command', 'services/*/entrypoint', 'services/*/build']);

let linesOnly = 0;

/** How many hovers were answered from the lines alone, with no parse (tests read it). */
export function linesOnlyHoverCount(): number {
  return linesOnly;
}

/** Plain words YAML 1.1 or 1.2 reads as a boolean: their value is not a string, so no note topic comes from it. */
const BOOLEAN_WORDS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;

/**
 * A hover on a key, or on its one-line value, answered from the lines alone (simpleBlock.ts), where the answer
 * depends on the key's place and at most on that value: an unknown key, a spec key that holds a block or
 * nothing, one whose scalar value is explained from its text alone (`restart: always`, `mem_limit: 512m`), or
 * an entry you named (`environment`, `labels`...). Undefined when a parse is needed.
 */
function explainPlainKey(text: string, position: Position, options: ComposeHoverOptions): { explanation: Explanation | undefined } | undefined {
  const found = plainServiceKeyAt(text, position, options.partialFrom);
  if (!found) return undefined;
  const { key, value, quoted } = found;
  const { onValue } = key;
  const topics = noteTopics(key.path);
  if (onValue && value !== undefined) {
    // A plain word YAML may read as a boolean is left to the parser; other one-word values are note topics (valueTopic).
    if (!quoted && BOOLEAN_WORDS.test(value)) return undefined;
    if (/^[A-Za-z][\w-]{2,}$/.test(value)) topics.push(`key:${value.toLowerCase()}`);
  }
  const content = plainKeyContent(found);
  if (content === NEEDS_PARSE) return undefined;
  linesOnly++;
  if (!content) return { explanation: undefined };
  const notes = notesAbout(options.notes, topics);
  const span = onValue ?? key;
  const range = { start: { line: position.line, character: span.start }, end: { line: position.line, character: span.end } };
  return { explanation: { markdown: renderHover(notes.length ? { ...content, notes } : content), range } };
}

/** plainKeyContent's answer when the lines alone cannot tell: the caller parses. */
const NEEDS_PARSE = Symbol('needs a parse');

/** What a hover read off the lines says (nothing, for a key Docker Coach does not explain), or NEEDS_PARSE. */
function plainKeyContent({ key, value, quoted }: NonNullable<ReturnType<typeof plainServiceKeyAt>>): HoverContent | undefined | typeof NEEDS_PARSE {
  const { onValue } = key;
  const match = matchKeyPath(key.path);
  const name = key.path[key.path.length - 1];
  // What `ports` reads besides itself: the service's `network_mode` (hostNetworkWarning), here off the lines.
  const networkMode = () => { const m = key.serviceValues.get('network_mode'); return m === undefined ? undefined : scalarOfLine(m); };
  if (key.item !== undefined) {
    // A list item: a short-syntax `ports` entry, as explainValueAt reads it; any other list is left to the parser.
    const mode = networkMode();
    if (match.kind !== 'spec' || match.pattern !== 'services/*/ports' || value === undefined || mode === false) return NEEDS_PARSE;
    const port = portValueContent(value, !quoted, mode);
    return port ? withInterpolation(port, value) : explainScalarText(undefined, match.pattern, 'ports', value);
  }
  if (match.kind === 'spec' && match.pattern === 'services/*/ports' && !onValue && value === undefined) {
    // The `ports:` key over its list, with the warning explainKey gives beside `network_mode: host`.
    const mode = networkMode();
    return mode === false ? NEEDS_PARSE : keyContent(match.pattern, dotted(key.path), [], hostNetworkWarningFor(mode));
  }
  if (match.kind === 'entry') {
    if (match.depth !== 1 || !isSpecKey(match.pattern)) return onValue ? NEEDS_PARSE : undefined;
    // As explainEntry reads it, on the name and on the value alike.
    return match.pattern === 'services/*/environment' ? envEntryContent(name, value, value !== undefined && !quoted ? value : undefined) : freeEntryContent(match.pattern, name, value);
  }
  if (onValue) {
    // As explainValue reads a scalar value, with its text read off the line.
    if (match.kind !== 'spec' || match.pattern === 'services/*' || !isSpecKey(match.pattern) || value === undefined || !readsOnlyItsText(match.pattern, value)) return NEEDS_PARSE;
    return explainScalarText(undefined, match.pattern, name, value);
  }
  if (match.kind === 'unknown') {
    const unknown = unknownKeyAt(key.path);
    return unknown && explainUnknownKey(unknown, key.path);
  }
  if (match.kind !== 'spec' || readsMore.has(match.pattern) || match.pattern === 'services/*' || definitionSections.has(match.pattern)) return NEEDS_PARSE;
  const { pattern } = match;
  if (!isSpecKey(pattern)) return undefined;
  if (value === undefined) return keyContent(pattern, dotted(key.path), [], []);
  if (!readsOnlyItsText(pattern, value)) return NEEDS_PARSE;
  // As explainKey does for a key whose value is a scalar, with the value read off the line.
  return keyWithValue(pattern, dotted(key.path), [], [], explainScalarText(undefined, pattern, name, value));
}

function explainWith(model: ComposeModel, position: Position, options: ComposeHoverOptions): Explanation | undefined {
  const loc = locate(model, offsetAt(model, position));
  if (!loc) return undefined;
  const content = explainLocated({ model, loc, file: options.file });
  if (!content) return undefined;
  const notes = notesAbout(options.notes, [...noteTopics(loc.path), ...valueTopic(loc)]);
  return { markdown: renderHover(notes.length ? { ...content, notes } : content), range: rangeOf(model, loc.start, loc.end) };
}

const definitionSections = new Set<string>(['networks/*', 'volumes/*', 'secrets/*', 'configs/*', 'models/*']);

/** Paths to try, in order, for a key written inside an `x-` field: most fragments are service settings. */
const extensionBases: readonly PathSegment[][] = [
  ['services', '_'], ['services', '_', 'logging'], ['services', '_', 'deploy'], ['services', '_', 'healthcheck'],
  ['services', '_', 'build'], ['services'], ['networks', '_'], ['volumes', '_'],
];

/**
 * Where a key inside an `x-` field would mean something once pulled in, if anywhere. First where an alias
 * of the enclosing anchor is used (`environment: *env`, `<<: *common`), then the usual places fragments go.
 */
function extensionMeaning(ctx: ExplainContext, rest: readonly string[]): PathMatch | undefined {
  if (!rest.length) return undefined;
  const { model, loc } = ctx;
  anchorsOf(model);
  for (let i = loc.parents.length - 1; i >= 1; i--) {
    const anchor = loc.parents[i].anchor;
    const site = anchor !== undefined ? model.aliasSites?.get(anchor) : undefined;
    if (site === undefined) continue;
    const used = locate(model, site);
    if (!used) break;
    // `<<: *a` merges into the mapping that holds the `<<`; a plain alias stands where it is written.
    const base = used.path[used.path.length - 1] === '<<' ? used.path.slice(0, -1) : used.path;
    const below = loc.path.slice(i).filter((s): s is string => typeof s === 'string');
    const m = matchKeyPath([...base, ...below]);
    if (m.kind === 'spec' || m.kind === 'entry') return m;
    break;
  }
  for (const base of extensionBases) {
    const m = matchKeyPath([...base, ...rest]);
    if (m.kind === 'spec' || m.kind === 'entry') return m;
  }
  return undefined;
}

function explainLocated(ctx: ExplainContext): HoverContent | undefined {
  const { loc } = ctx;
  if (loc.kind === 'prop') return explainProp(ctx);
  if (isAlias(loc.node)) return explainAlias(ctx);
  const match = matchKeyPath(loc.path);
  if (match.kind === 'extension') {
    if (loc.kind === 'key' && !match.rest.length) return explainExtensionKey(ctx, match.field);
    const meaning = extensionMeaning(ctx, match.rest);
    if (!meaning) return undefined;
    const c = explainMatch(ctx, meaning);
    const note = `Inside ${code(match.field)}, which Compose ignores by itself: this takes effect where a service pulls it in with an alias or \`<<:\`.`;
    return c && { ...c, inThisLine: [...(c.inThisLine ?? []), note] };
  }
  return explainMatch(ctx, match);
}

function explainMatch(ctx: ExplainContext, match: PathMatch): HoverContent | undefined {
  const { loc } = ctx;
  switch (match.kind) {
    case 'merge': return loc.kind === 'key' ? explainMergeKey(ctx) : undefined;
    case 'unknown': {
      const unknown = loc.kind === 'key' ? unknownKeyAt(loc.path) : undefined;
      return unknown && explainUnknownKey(unknown, loc.path);
    }
    case 'entry': return explainEntry(ctx, match.pattern, match.name, match.depth);
    case 'extension': return undefined;
    case 'spec': return loc.kind === 'key' ? explainKey(ctx, match.pattern) : explainValue(ctx, match.pattern);
  }
}

function explainKey(ctx: ExplainContext, pattern: string): HoverContent | undefined {
  const { model, loc } = ctx;
  const name = String(loc.path[loc.path.length - 1]);
  const value = loc.pair?.value as Node | null | undefined;
  if (pattern === 'services/*') return explainServiceName(model, name, loc.pair);
  if (definitionSections.has(pattern)) return explainDefinitionName(model, pattern.split('/')[0] as Section, name, loc.pair);
  if (pattern === 'services/*/depends_on/*') {
    const cond = scalarText(isMap(value) ? value.items.find(p => isScalar(p.key) && p.key.value === 'condition')?.value : undefined);
    return explainReference(model, 'services', name, `This service waits for ${code(name)}${cond ? ` until \`${cond}\`` : ''} before it starts.`);
  }
  if (pattern === 'services/*/networks/*') return explainReference(model, 'networks', name, `This service joins the network ${code(name)}.`);
  if (pattern === 'services/*/models/*') return explainReference(model, 'models', name, `This service uses the model ${code(name)}.`);
  if (pattern === 'services/*/ulimits/*' || pattern === 'services/*/build/ulimits/*') {
    return keyContent(pattern.replace(/\/\*$/, ''), name, [ulimitWords[name] ?? `Sets the ${code(name)} limit.`]);
  }
  if (!isSpecKey(pattern)) return undefined;
  const title = dotted(loc.path);
  const lines: string[] = [];
  const service = loc.parents[loc.parents.length - 1];
  // The ports and network_mode hovers both say when the two clash (issue 11: not only one of them).
  const clash = pattern === 'services/*/ports' || pattern === 'services/*/network_mode' ? hostNetworkWarning(model, service) : [];
  if (clash.length && pattern === 'services/*/network_mode' && !mapGet(model, service, 'ports')) clash.length = 0;
  if ((pattern === 'services/*/command' || pattern === 'services/*/entrypoint') && isSeq(value)) {
    lines.push(commandFormLine(value.items.map(i => scalarText(i) ?? ''), 'list'));
  }
  if (pattern === 'services/*/build') {
    const form = buildFormLine(value);
    if (form) lines.push(form);
  }
  const text = scalarText(value);
  if (text !== undefined) return keyWithValue(pattern, title, lines, clash, explainValue({ ...ctx, loc: { ...loc, kind: 'value', node: value as Node } }, pattern));
  return keyContent(pattern, title, lines, clash);
}

/** A key with a scalar value: the key, and what this particular value does, as the value's own hover says it. */
function keyWithValue(pattern: string, title: string, lines: string[], clash: readonly string[], v: HoverContent | undefined): HoverContent | undefined {
  lines.push(...(v?.inThisLine ?? []));
  const general = composeKeys[pattern]?.watchOut ?? [];
  return keyContent(pattern, title, lines, [...clash, ...(v?.watchOut?.filter(w => !general.includes(w) && !clash.includes(w)) ?? [])]);
}

const ulimitWords: Record<string, string> = {
  nofile: '`nofile`: how many files and sockets a process may have open at once.',
  nproc: '`nproc`: how many processes the container\'s user may run.',
  core: '`core`: the largest crash dump (core file) a process may write.',
  memlock: '`memlock`: how much memory a process may lock so it is never swapped out.',
  stack: '`stack`: the stack size of each process.',
};

function explainValue(ctx: ExplainContext, pattern: string): HoverContent | undefined {
  const { loc } = ctx;
  if (pattern === 'services/*' && isScalar(loc.node)) return halfTypedServiceKey(loc.node);
  // `db-data: null` (or `~`): a definition that keeps every default.
  if (definitionSections.has(pattern) && isScalar(loc.node) && loc.node.value === null) {
    return explainDefinitionName(ctx.model, pattern.split('/')[0] as Section, String(loc.path[loc.path.length - 1]), loc.pair);
  }
  if (!isSpecKey(pattern)) return undefined;
  return explainValueAt(ctx, pattern);
}

function explainEntry(ctx: ExplainContext, pattern: string, name: string, depth: number): HoverContent | undefined {
  if (depth !== 1 || !isSpecKey(pattern)) return undefined;
  if (pattern === 'services/*/environment') return explainEnvMapEntry(ctx, name);
  return explainFreeEntry(ctx, pattern, name);
}
