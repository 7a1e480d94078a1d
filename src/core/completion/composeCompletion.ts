// SPDX-License-Identifier: MIT
// completeCompose: keys valid at the cursor's key path (from the Compose schema and our key table), the
// values of enum and boolean keys, names declared in the file where a key refers to them, and snippets
// for the long syntax of ports, volumes and depends_on items. Works on block and flow YAML and on files
// that do not parse: the context comes from composeLines.ts, never from a full parse.
import { keysUnder, matchKeyPath } from '../compose/keyPaths';
import { orderComposeKeys } from '../knowledge/composeKeyOrder';
import { composeKeys } from '../knowledge/composeKeys';
import { isTooLarge } from '../largeFile';
import { range, type Position, type Range } from '../text';
import { rank } from './docCache';
import { mergeSnippets } from './snippetMerge';
import { pathItems } from './pathCompletion';
import { booleanDoc, keyDoc, referenceDoc, valueDoc, valueMeanings, type ReferenceSection } from './composeDocs';
import { composeLines, parentPath, shapeOf, siblingKeys, type ComposeLines } from './composeLines';
import { schemaKeys, schemaTakesNames, schemaValues } from './composeSchema';
import { withoutRepeatedHeader } from './repeatedHeader';
import type { CompletionItem, CompletionOptions } from './types';

/** Keys whose list items (or map keys) name something declared at the top of the file. */
const REFERENCES: Readonly<Record<string, ReferenceSection>> = {
  'services/*/depends_on': 'services',
  'services/*/links': 'services',
  'services/*/networks': 'networks',
  'services/*/secrets': 'secrets',
  'services/*/configs': 'configs',
  'services/*/volumes': 'volumes',
  'services/*/build/secrets': 'secrets',
};

/** Keys whose value is a path relative to the compose file's folder: the files and folders there are offered. */
const PATH_KEYS: Readonly<Record<string, { foldersOnly: boolean; what: string }>> = {
  'services/*/build': { foldersOnly: true, what: 'the folder to build (with its Dockerfile)' },
  'services/*/build/context': { foldersOnly: true, what: 'the folder to build (with its Dockerfile)' },
  'services/*/env_file': { foldersOnly: false, what: 'a file of KEY=value lines' },
};

/** Scalar values that name a service. */
const SERVICE_VALUES = new Set(['services/*/extends/service']);

type Path = (string | number)[];

/**
 * The completions at `position` of a compose file. Each item's documentation is the hover for that key or
 * value at that place. Half-typed keys, empty lines, `key: ` and flow collections all work; a file that
 * does not parse gives the same answers, as only the lines above the cursor are read.
 */
/**
 * The part of a value being typed: back to a blank or a quote. The lookbehind starts it only where that run
 * starts; `/[^\s'"]*$/` read on from every character of a long value that ends in a quote (5 s at 32 KB).
 */
const VALUE_WORD = /(?<![^\s'"])[^\s'"]*$/;

export function completeCompose(text: string, position: Position, options: CompletionOptions = {}): CompletionItem[] {
  return withoutRepeatedHeader(composeItems(text, position, options));
}

function composeItems(text: string, position: Position, options: CompletionOptions = {}): CompletionItem[] {
  if (isTooLarge(text, options.maxFileChars)) return [];
  const c = composeLines(text);
  const lineText = c.lines[position.line];
  if (lineText === undefined) return [];
  const ch = Math.min(position.character, lineText.length);
  const cur = lineText.slice(0, ch);
  if (/(^|\s)#/.test(cur.replace(/"[^"]*"|'[^']*'/g, ''))) return [];
  const word = (re: RegExp): Range => {
    const m = re.exec(cur);
    return range(position.line, ch - (m ? m[0].length : 0), position.line, ch);
  };
  const flow = flowContext(cur);
  if (flow) {
    const owner = shapeOf(cur.slice(0, flow.open));
    const base = [...(owner?.key !== undefined ? [...blockParent(c, position.line, owner), owner.key] : []), ...flow.inner];
    const replace = word(/(?<![^\s,[{:])[^\s,[{:]*$/);
    if (flow.kind === '[') return itemValues(c, base, replace, false);
    if (flow.innerKey !== undefined) return values(c, [...base, flow.innerKey], replace);
    return keys(c, base, flow.written, replace, '');
  }
  const keyLine = /^(\s*)(-\s+)?([\w.-]*)$/.exec(cur);
  if (keyLine) {
    const dash = keyLine[2] !== undefined;
    const col = keyLine[1].length + (keyLine[2]?.length ?? 0);
    const replace = word(/(?<![\w.-])[\w.-]*$/);
    if (dash) {
      const seq = parentPath(c.lines, position.line, keyLine[1].length);
      const paths = PATH_KEYS[patternOf(seq) ?? ''];
      if (paths) return pathItems(keyLine[3], replace, options.listFolder, paths.foldersOnly, paths.what);
      const items = itemValues(c, seq, replace, false);
      return [...items, ...keys(c, [...seq, 0], new Set(), replace, '', true)];
    }
    const path = parentPath(c.lines, position.line, col);
    const written = siblingKeys(c.lines, position.line, col);
    const listItems = itemValues(c, path, replace, true);
    return [...mergeSnippets('dockercompose', keys(c, path, written, replace, '')), ...listItems];
  }
  const valueLine = /^(\s*)(-\s+)?([\w.-]+|"[^"]*"|'[^']*')\s*:\s+([^#]*)$/.exec(cur);
  if (valueLine) {
    const shape = shapeOf(cur)!;
    const key = valueLine[3].replace(/^["']|["']$/g, '');
    const path = [...blockParent(c, position.line, shape), key];
    const paths = PATH_KEYS[patternOf(path) ?? ''];
    if (paths) return pathItems(valueLine[4].replace(/^["']/, ''), word(VALUE_WORD), options.listFolder, paths.foldersOnly, paths.what);
    return values(c, path, word(VALUE_WORD));
  }
  return [];
}

/** The path of the mapping a line's key belongs to. */
function blockParent(c: ComposeLines, line: number, s: { dash?: number; keyCol?: number; indent: number }): Path {
  if (s.dash !== undefined) return [...parentPath(c.lines, line, s.dash), 0];
  return parentPath(c.lines, line, s.keyCol ?? s.indent);
}

function patternOf(path: Path): string | undefined {
  const m = matchKeyPath(path);
  return m.kind === 'spec' ? m.pattern : undefined;
}

/**
 * The unclosed `[` and `{` before the cursor on this line: where the outermost opens, the keys and items
 * between it and the innermost (`{web: {ports: [` gives web, ports, 0), and what is typed inside it.
 */
function flowContext(cur: string): { kind: '[' | '{'; open: number; inner: Path; innerKey?: string; written: Set<string> } | undefined {
  const stack: number[] = [];
  let quote = '';
  for (let i = 0; i < cur.length; i++) {
    const ch = cur[i];
    if (quote) { if (ch === quote) quote = ''; continue; }
    if (ch === '"' || ch === '\'') quote = ch;
    else if (ch === '[' || ch === '{') stack.push(i);
    else if ((ch === ']' || ch === '}') && stack.length) stack.pop();
    else if (ch === '#' && (i === 0 || /\s/.test(cur[i - 1]))) return undefined;
  }
  if (!stack.length) return undefined;
  const inner: Path = [];
  for (let k = 1; k < stack.length; k++) {
    const between = cur.slice(stack[k - 1] + 1, stack[k]);
    const key = /([\w.-]+)\s*:\s*$/.exec(between.slice(between.lastIndexOf(',') + 1));
    if (cur[stack[k - 1]] === '[') inner.push(0);
    else if (key) inner.push(key[1]);
  }
  const last = stack[stack.length - 1];
  const kind = cur[last] as '[' | '{';
  const body = cur.slice(last + 1);
  const segment = body.slice(body.lastIndexOf(',') + 1);
  const colon = /^\s*([\w.-]+)\s*:\s*\S*$/.exec(segment);
  const written = new Set([...body.matchAll(/(?:^|,)\s*([\w.-]+)\s*:/g)].map(m => m[1]));
  return { kind, open: stack[0], inner, innerKey: colon?.[1], written };
}

function keys(c: ComposeLines, parent: Path, written: Set<string>, replace: Range, prefix: string, inItem = false): CompletionItem[] {
  const pattern = parent.length ? patternOf(parent) : '';
  if (pattern === undefined) return [];
  const out: CompletionItem[] = [];
  const fromSchema = schemaKeys(pattern);
  const names = new Set([...keysUnder(pattern), ...fromSchema.keys()]);
  if (inItem && names.size === 0) return [];
  const title = parent.filter(s => typeof s === 'string').join('.');
  const keyPattern = (name: string) => (pattern ? `${pattern}/${name}` : name);
  const obsolete = (name: string) => (composeKeys[keyPattern(name)]?.tags ?? []).some(t => t === 'obsolete' || t === 'deprecated');
  orderComposeKeys(pattern, names, obsolete).forEach(name => {
    if (written.has(name)) return;
    const deprecated = obsolete(name);
    out.push({
      label: name, kind: 'property', detail: deprecated ? 'obsolete: leave it out' : title ? `key of ${title}` : 'top-level key', documentation: keyDoc(keyPattern(name), title ? `${title}.${name}` : name, fromSchema.get(name)),
      insertText: `${prefix}${name}: `, range: replace, sortText: rank(100 + out.length), filterText: name, retrigger: true, ...(deprecated ? { deprecated } : {}),
    });
  });
  // A map of references (`depends_on:` long syntax, `networks:` with options): the declared names as keys.
  const section = REFERENCES[pattern];
  if (section && schemaTakesNames(pattern)) {
    const service = serviceOf(parent);
    namesIn(c, section).filter(n => n.name !== service && !written.has(n.name)).forEach((n, i) => out.push(
      longSyntax(pattern, n.name, c, replace) ?? { label: n.name, kind: 'reference', detail: `${section} entry`, documentation: referenceDoc(section, n.name, n.line, pattern), insertText: `${n.name}:`, range: replace, sortText: rank(i) },
    ));
  }
  return out;
}

/** Values for list items under `path` (`- db`, `[db, redis]`), with a `- ` prefix when the line has no dash yet. */
function itemValues(c: ComposeLines, path: Path, replace: Range, needDash: boolean): CompletionItem[] {
  const pattern = patternOf(path);
  // Inside an item (`- target: 80` and the lines under it) keys follow, not new items.
  if (pattern === undefined || (needDash && typeof path[path.length - 1] === 'number')) return [];
  const out: CompletionItem[] = [];
  const dash = needDash ? '- ' : '';
  const section = REFERENCES[pattern];
  if (section) {
    const service = serviceOf(path);
    namesIn(c, section).filter(n => n.name !== service).forEach((n, i) => {
      const insert = section === 'volumes' ? `${n.name}:` : n.name;
      out.push({ label: `${dash}${n.name}`, kind: 'reference', detail: `${section} entry, line ${n.line + 1}`, documentation: referenceDoc(section, n.name, n.line, pattern), insertText: `${dash}${insert}`, range: replace, sortText: rank(i), filterText: `${dash}${n.name}` });
    });
  }
  const snippet = LONG_SYNTAX[pattern];
  if (snippet && pattern !== 'services/*/depends_on') {
    out.push({ label: `${dash}${snippet.label}`, kind: 'value', detail: 'long syntax', documentation: keyDoc(pattern, pattern.replace(/\*/g, '…').replace(/\//g, '.')), insertText: dash + snippet.body.replace(/\n/g, '\n  '), snippet: true, range: replace, sortText: rank(50), filterText: `${dash}${snippet.label}` });
  }
  return out;
}

/** Long-syntax snippets for list items; continuation lines are indented under the item's first key. */
const LONG_SYNTAX: Readonly<Record<string, { label: string; body: string }>> = {
  'services/*/ports': { label: 'target: (long syntax)', body: 'target: ${1:80}\npublished: "${2:8080}"\nprotocol: ${3|tcp,udp|}' },
  'services/*/volumes': { label: 'type: (long syntax)', body: 'type: ${1|volume,bind,tmpfs|}\nsource: ${2:data}\ntarget: ${3:/data}' },
  'services/*/depends_on': { label: 'condition: (long syntax)', body: 'condition: ${2|service_started,service_healthy,service_completed_successfully|}' },
};

function longSyntax(pattern: string, name: string, c: ComposeLines, replace: Range): CompletionItem | undefined {
  if (pattern !== 'services/*/depends_on') return undefined;
  const n = namesIn(c, 'services').find(x => x.name === name)!;
  return {
    label: name, kind: 'reference', detail: 'service, long syntax', documentation: referenceDoc('services', name, n.line, pattern),
    insertText: `${name}:\n  ${LONG_SYNTAX[pattern].body}`, snippet: true, range: replace, sortText: rank(0),
  };
}

function values(c: ComposeLines, path: Path, replace: Range): CompletionItem[] {
  const pattern = patternOf(path);
  if (pattern === undefined) return [];
  const key = String(path[path.length - 1]);
  const out: CompletionItem[] = [];
  const meanings = valueMeanings(pattern);
  const { enumValues, boolean } = schemaValues(pattern);
  const service = serviceOf(path);
  const choices = [...new Set([...Object.keys(meanings), ...enumValues])];
  choices.forEach(v => {
    if (v === 'service' || v === 'container' || v === 'every') return; // prefixes, offered below with names
    out.push({ label: v, kind: 'value', detail: `${key} value`, documentation: valueDoc(pattern, key, v, choices), insertText: /^(no|yes|on|off|true|false)$/.test(v) ? `"${v}"` : v, range: replace, sortText: rank(out.length), filterText: v });
  });
  if (pattern === 'services/*/network_mode') {
    namesIn(c, 'services').filter(n => n.name !== service).forEach(n => out.push({
      label: `service:${n.name}`, kind: 'reference', detail: 'shares that service\'s network', documentation: valueDoc(pattern, key, 'service', choices, n.name),
      insertText: `service:${n.name}`, range: replace, sortText: rank(out.length),
    }));
  }
  if (SERVICE_VALUES.has(pattern)) {
    namesIn(c, 'services').filter(n => n.name !== service).forEach(n => out.push({
      label: n.name, kind: 'reference', detail: `service, line ${n.line + 1}`, documentation: referenceDoc('services', n.name, n.line, pattern), insertText: n.name, range: replace, sortText: rank(out.length),
    }));
  }
  if (boolean && !choices.length) {
    ['true', 'false'].forEach(v => out.push({ label: v, kind: 'value', detail: `${key}: boolean`, documentation: booleanDoc(pattern, key, v), insertText: v, range: replace, sortText: rank(out.length) }));
  }
  return out;
}

function namesIn(c: ComposeLines, section: ReferenceSection): { name: string; line: number }[] {
  return c.names.get(section) ?? [];
}

function serviceOf(path: Path): string | undefined {
  return path[0] === 'services' && typeof path[1] === 'string' ? path[1] : undefined;
}
