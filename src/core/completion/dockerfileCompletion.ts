// SPDX-License-Identifier: MIT
// completeDockerfile: what may be typed at the cursor of a Dockerfile, each item with its hover. Reads the
// line under the cursor (continuations joined) and, for names, the line index of dockerfileLines.ts.
import { buildCheckNames, dockerfileDirectives, type DirectiveName } from '../knowledge/dockerfileDirectives';
import { flagDocsOf } from '../knowledge/dockerfileFlags';
import { dockerfileInstructions, type InstructionName } from '../knowledge/dockerfileInstructions';
import { canonicalMountOption, isMountType, mountOptions, mountTypes, type MountOptionName, type MountType } from '../knowledge/dockerfileMounts';
import { isTooLarge } from '../largeFile';
import { range, type Position } from '../text';
import { rank } from './docCache';
import { mergeSnippets } from './snippetMerge';
import { continues, dockerfileLines, previousKeyword, stagesBefore, variablesBefore, type DockerfileLines } from './dockerfileLines';
import { baseImageItems, imageWordInProgress } from './baseImageItems';
import { pathItems } from './pathCompletion';
import { directiveDoc, flagDoc, instructionDoc, mountOptionDoc, mountTypeDoc, stageDoc, variableDoc } from './dockerfileDocs';
import { withoutRepeatedHeader } from './repeatedHeader';
import type { CompletionItem, CompletionOptions } from './types';

/** The usual order of instructions, used after any instruction the table below does not name. */
const COMMON: readonly InstructionName[] = ['FROM', 'RUN', 'COPY', 'WORKDIR', 'ENV', 'ARG', 'EXPOSE', 'CMD', 'ENTRYPOINT', 'USER', 'LABEL', 'ADD', 'VOLUME', 'HEALTHCHECK', 'SHELL', 'STOPSIGNAL', 'ONBUILD', 'MAINTAINER'];

/** What usually comes next after each instruction (a learner's Dockerfile, top to bottom). */
const NEXT: Partial<Record<InstructionName | '', readonly InstructionName[]>> = {
  '': ['FROM', 'ARG'],
  FROM: ['WORKDIR', 'RUN', 'COPY', 'ENV', 'ARG', 'USER'],
  ARG: ['FROM', 'ARG', 'ENV', 'RUN'],
  WORKDIR: ['COPY', 'RUN'],
  COPY: ['RUN', 'COPY', 'EXPOSE', 'CMD', 'ENTRYPOINT'],
  ADD: ['RUN', 'COPY', 'EXPOSE', 'CMD'],
  RUN: ['RUN', 'COPY', 'WORKDIR', 'ENV', 'EXPOSE', 'USER', 'CMD'],
  ENV: ['ENV', 'RUN', 'WORKDIR', 'COPY', 'EXPOSE'],
  EXPOSE: ['CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'USER'],
  USER: ['WORKDIR', 'COPY', 'RUN', 'CMD', 'ENTRYPOINT'],
  HEALTHCHECK: ['CMD', 'ENTRYPOINT'],
  ENTRYPOINT: ['CMD'],
  CMD: ['FROM'],
  LABEL: ['LABEL', 'WORKDIR', 'RUN', 'COPY'],
};

/** Small snippets where the form matters; the others insert the keyword and a space. */
const INSERT: Partial<Record<InstructionName, string>> = {
  CMD: 'CMD ["${1:executable}", "${2:arg}"]',
  ENTRYPOINT: 'ENTRYPOINT ["${1:executable}", "${2:arg}"]',
  COPY: 'COPY ${1:source} ${2:destination}',
  ENV: 'ENV ${1:NAME}=${2:value}',
  LABEL: 'LABEL ${1:key}="${2:value}"',
  HEALTHCHECK: 'HEALTHCHECK CMD ${1:command}',
  SHELL: 'SHELL ["${1:/bin/bash}", "${2:-c}"]',
};

/** Instructions ONBUILD may not wrap (Dockerfile reference, ONBUILD). */
const NOT_IN_ONBUILD = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

/**
 * The completions at `position` of a Dockerfile: instructions at the start of a line, the flags of the
 * instruction at the cursor, `--mount` types and options, stage names, the variables in scope, and the
 * parser directives at the top. Each item's documentation is the hover for that item there.
 * Half-typed and broken lines give what fits, or nothing.
 */
/**
 * The word that ends a text. Each pattern that reads back from the end has a lookbehind, so it starts only where
 * its run of characters starts: `/\S*$/` tried every character of a long word that ends in a space, reading on
 * to the space each time (13 s for `COPY <32 KB word> `).
 */
const LAST_WORD = /(?<!\S)\S*$/;

export function completeDockerfile(text: string, position: Position, options: CompletionOptions = {}): CompletionItem[] {
  return withoutRepeatedHeader(dockerfileItems(text, position, options));
}

function dockerfileItems(text: string, position: Position, options: CompletionOptions = {}): CompletionItem[] {
  if (isTooLarge(text, options.maxFileChars)) return [];
  const d = dockerfileLines(text);
  const lineText = d.lines[position.line];
  if (lineText === undefined) return [];
  const ch = Math.min(position.character, lineText.length);
  const cur = lineText.slice(0, ch);
  const word = (re: RegExp) => {
    const m = re.exec(cur);
    return m ? range(position.line, ch - m[0].length, position.line, ch) : range(position.line, ch, position.line, ch);
  };
  // Inside `$NAME` or `${NAME`: the variables in scope.
  const variable = /(?:^|[^\\$])\$\{?([A-Za-z_]\w*)?$/.exec(cur);
  if (variable) return variables(d, position.line, range(position.line, ch - (variable[1]?.length ?? 0), position.line, ch));
  const start = logicalStart(d.lines, position.line);
  if (start === position.line && /^\s*#/.test(cur)) return directives(d, position.line, cur, word);
  const before = d.lines.slice(start, position.line).map(l => l.replace(/\\\s*$/, ' ')).join('') + cur;
  const keyword = /^\s*([A-Za-z]*)$/.exec(before);
  if (keyword) return alignForms(mergeSnippets('dockerfile', instructions(d, start, word(/(?<![A-Za-z])[A-Za-z]*$/), false)));
  const onbuild = /^\s*ONBUILD\s+([A-Za-z]*)$/i.exec(before);
  if (onbuild) return instructions(d, start, word(/(?<![A-Za-z])[A-Za-z]*$/), true);
  const m = /^\s*(?:ONBUILD\s+)?([A-Za-z]+)\s+(.*)$/i.exec(before);
  if (!m) return [];
  const name = m[1].toUpperCase();
  const args = m[2];
  if (name === 'RUN') {
    const mount = /(?:^|\s)--mount=(\S*)$/.exec(args);
    if (mount) return mountCompletions(d, start, mount[1], word(/(?<![^,=\s])[^,=\s]*$/));
  }
  const flagValue = /(?:^|\s)(--[\w-]+)=(\S*)$/.exec(args);
  if (flagValue) return flagValues(d, start, name, flagValue[1], word(/(?<![^=\s])[^=\s]*$/));
  const flagsOnly = /^(?:--\S*\s+)*(-{1,2}[\w-]*)$/.exec(args);
  if (flagsOnly && flagDocsOf(name)) return flags(name, args, word(/(?<![\w-])-{1,2}[\w-]*$/));
  if ((name === 'COPY' || name === 'ADD') && !/(?:^|\s)--from[=\s]/.test(args) && !args.includes('<<')) {
    const typed = LAST_WORD.exec(args)![0];
    if (!typed.startsWith('-') && !typed.startsWith('[')) return pathItems(typed, word(LAST_WORD), options.listFolder, false, 'in the build context');
  }
  if (name === 'FROM' && imageWordInProgress(args)) {
    const stages: CompletionItem[] = stagesBefore(d, start).map((s, i) => ({
      label: s.name, kind: 'reference', detail: `stage from line ${s.line + 1}`, insertText: s.name, range: word(LAST_WORD), sortText: rank(i),
      documentation: stageDoc(s, `\`FROM ${s.name}\` starts this stage from the result of that earlier stage, not from an image in a registry.`),
    }));
    const typed = LAST_WORD.exec(args)![0];
    // A finished stage name is kept as typed, as a finished image name is (baseImageItems).
    if (stages.some(s => s.label === typed)) return [];
    return [...stages, ...baseImageItems(options.localImages ?? [], word(LAST_WORD), stages.length, typed)];
  }
  return [];
}

/** The first line of the instruction `line` belongs to (following `\` continuations up). */
function logicalStart(lines: readonly string[], line: number): number {
  let start = line;
  while (start > 0 && line - start < 400 && continues(lines[start - 1])) start--;
  return start;
}

function instructions(d: DockerfileLines, line: number, replace: CompletionItem['range'], inOnbuild: boolean): CompletionItem[] {
  const prev = previousKeyword(d.lines, line);
  const order = [...(NEXT[prev as InstructionName] ?? []), ...COMMON.filter(n => n !== 'MAINTAINER'), 'MAINTAINER'];
  const ranked = [...new Set(order)] as InstructionName[];
  const items: CompletionItem[] = [];
  ranked.forEach((name, i) => {
    if (inOnbuild && NOT_IN_ONBUILD.has(name)) return;
    const doc = dockerfileInstructions[name];
    const insert = INSERT[name];
    const deprecated = name === 'MAINTAINER';
    items.push({
      label: name, kind: 'keyword', detail: deprecated ? 'deprecated: use LABEL' : doc.tags.join(' · '), documentation: instructionDoc(name),
      insertText: insert ?? `${name} `, snippet: insert !== undefined, range: replace, sortText: rank(i * 2), deprecated,
    });
    if (name === 'CMD' || name === 'ENTRYPOINT') {
      // The exec form comes first; the shell form stays one step below it.
      items.push({
        label: `${name} (shell form)`, kind: 'keyword', detail: 'runs through /bin/sh -c', documentation: instructionDoc(name),
        insertText: `${name} \${1:command}`, snippet: true, range: replace, sortText: rank(i * 2 + 1), filterText: name, alternativeTo: name,
      });
    }
  });
  return items;
}

/**
 * Gives each other-form item the filter text of its recommended item as the editor shows it: a snippet's
 * lowercase prefix (`cmd`) when a snippet was merged in. Editors score a case-exact match higher, so `CM`
 * would otherwise rank `CMD (shell form)` above the exec form that shows as `cmd`; with equal filter texts
 * the sort order decides, and the recommended form stays first.
 */
function alignForms(items: CompletionItem[]): CompletionItem[] {
  for (const item of items) {
    if (!item.alternativeTo) continue;
    const recommended = items.find((r) => r.label === item.alternativeTo);
    if (recommended) item.filterText = recommended.snippetOf?.prefix ?? recommended.filterText ?? recommended.label;
  }
  return items;
}

function flags(keyword: string, args: string, replace: CompletionItem['range']): CompletionItem[] {
  const docs = flagDocsOf(keyword)!;
  const written = new Set([...args.matchAll(/(?:^|\s)(--[\w-]+)/g)].map(m => m[1]));
  const repeatable = new Set(['--mount', '--exclude']);
  return Object.entries(docs).filter(([name]) => repeatable.has(name) || !written.has(name) || args.trimEnd().endsWith(name)).map(([name, doc], i) => {
    const takesValue = !/^--[\w-]+(\[=|$)/.test(doc.syntax);
    return {
      label: name, kind: 'flag', detail: doc.syntax, documentation: flagDoc(keyword, name),
      insertText: takesValue ? `${name}=` : name, range: replace, sortText: rank(i), retrigger: takesValue,
    };
  });
}

function flagValues(d: DockerfileLines, line: number, keyword: string, flag: string, replace: CompletionItem['range']): CompletionItem[] {
  if (flag === '--from' && (keyword === 'COPY' || keyword === 'ADD')) return stageItems(d, line, replace, 'COPY --from');
  const doc = flagDocsOf(keyword)?.[flag];
  if (!doc?.values) return [];
  return Object.keys(doc.values).map((v, i) => ({
    label: v, kind: 'value', detail: `${flag} value`, documentation: flagDoc(keyword, flag, v), insertText: v, range: replace, sortText: rank(i),
  }));
}

function stageItems(d: DockerfileLines, line: number, replace: CompletionItem['range'], use: string): CompletionItem[] {
  return stagesBefore(d, line).map((s, i) => ({
    label: s.name, kind: 'reference', detail: `stage from line ${s.line + 1}`, insertText: s.name, range: replace, sortText: rank(i),
    documentation: stageDoc(s, `\`${use}=${s.name}\` takes files from that stage's result instead of the build context.`),
  }));
}

function mountCompletions(d: DockerfileLines, line: number, value: string, replace: CompletionItem['range']): CompletionItem[] {
  const parts = value.split(',');
  const last = parts.pop()!;
  const given = new Map<string, string>();
  for (const p of parts) {
    const eq = p.indexOf('=');
    given.set((canonicalMountOption(eq < 0 ? p : p.slice(0, eq)) ?? p).toLowerCase(), eq < 0 ? '' : p.slice(eq + 1));
  }
  const typed = given.get('type') ?? 'bind';
  // An unknown type has no options to offer; the hover and the diagnostics say what is wrong with it.
  if (!isMountType(typed)) return [];
  const type: MountType = typed;
  const eq = last.indexOf('=');
  if (eq >= 0) {
    const option = last.slice(0, eq).toLowerCase();
    if (option === 'type') {
      return (Object.keys(mountTypes) as MountType[]).map((t, i) => ({
        label: t, kind: 'value', detail: 'mount type', documentation: mountTypeDoc(t), insertText: t, range: replace, sortText: rank(i),
      }));
    }
    const name = canonicalMountOption(option);
    if (name === 'from') return stageItems(d, line, replace, '--mount=from');
    const values: Readonly<Record<string, string>> | undefined = name ? (mountOptions[name] as { values?: Record<string, string> }).values : undefined;
    if (!name || !values || !(mountTypes[type].options as readonly MountOptionName[]).includes(name)) return [];
    return Object.keys(values).map((v, i) => ({
      label: v, kind: 'value', detail: `${name} value`, documentation: mountOptionDoc(type, name, v), insertText: v, range: replace, sortText: rank(i),
    }));
  }
  const items: CompletionItem[] = [];
  if (!given.has('type')) {
    items.push({ label: 'type', kind: 'option', detail: 'bind | cache | tmpfs | secret | ssh', documentation: mountOptionDoc(type, 'type'), insertText: 'type=', range: replace, sortText: rank(0), retrigger: true });
  }
  const own = mountTypes[type].options as readonly MountOptionName[];
  own.filter(o => !given.has(o)).forEach((o, i) => {
    const bare = o === 'ro' || o === 'rw';
    items.push({
      label: o, kind: 'option', detail: `${type} mount option`, documentation: mountOptionDoc(type, o),
      insertText: bare ? o : `${o}=`, range: replace, sortText: rank(i + 1), retrigger: !bare,
    });
  });
  return items;
}

function variables(d: DockerfileLines, line: number, replace: CompletionItem['range']): CompletionItem[] {
  return variablesBefore(d, line).map((v, i) => ({
    label: v.name, kind: 'variable', detail: v.value === undefined ? `${v.via}, no default` : `${v.via} = ${v.value}`,
    documentation: variableDoc(v), insertText: v.name, range: replace, sortText: rank(i),
  }));
}

const DIRECTIVE_VALUES: Record<DirectiveName, readonly string[]> = {
  syntax: ['docker/dockerfile:1', 'docker/dockerfile:1-labs'],
  escape: ['\\', '`'],
  check: ['skip=all', 'error=true', ...buildCheckNames.map(n => `skip=${n}`)],
};

function directives(d: DockerfileLines, line: number, cur: string, word: (re: RegExp) => CompletionItem['range']): CompletionItem[] {
  // Directives only count above every instruction, blank line and ordinary comment.
  for (let i = 0; i < line; i++) if (!/^\s*#\s*[A-Za-z_][\w-]*\s*=/.test(d.lines[i])) return [];
  const value = /^\s*#\s*(syntax|escape|check)\s*=\s*(\S*)$/i.exec(cur);
  if (value) {
    const name = value[1].toLowerCase() as DirectiveName;
    return DIRECTIVE_VALUES[name].map((v, i) => ({
      label: v, kind: 'value', detail: `# ${name}= value`, documentation: directiveDoc(name, v), insertText: v, range: word(LAST_WORD), sortText: rank(i),
    }));
  }
  if (!/^\s*#\s*[A-Za-z]*$/.test(cur)) return [];
  const present = new Set(d.lines.slice(0, line).map(l => /^\s*#\s*([A-Za-z]+)/.exec(l)?.[1].toLowerCase()));
  return (Object.keys(dockerfileDirectives) as DirectiveName[]).filter(n => !present.has(n)).map((n, i) => ({
    label: `${n}=`, kind: 'directive', detail: 'parser directive', documentation: directiveDoc(n), insertText: `${n}=`, range: word(/(?<![A-Za-z])[A-Za-z]*$/), sortText: rank(i), retrigger: true,
  }));
}
