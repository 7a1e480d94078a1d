// SPDX-License-Identifier: MIT
// Hover on `# syntax=`, `# escape=`, `# check=`: a parser directive at the top of the file, or a plain
// comment that only looks like one, and why.
import { buildCheckNames, dockerfileDirectives, isDirectiveName, type DirectiveDoc, type DirectiveName } from '../knowledge/dockerfileDirectives';
import { code } from '../render';
import type { Position } from '../text';
import type { DockerfileHit } from './hit';
import type { DockerfileModel } from './model';

// The value is taken whole, then its trailing blanks cut (directiveOf): `(.*?)\s*$` read the blanks again from
// every character of a value with a long run of them inside.
const DIRECTIVE = /^(\s*#\s*)([A-Za-z_][\w-]*)(\s*=\s*)(.*)\s*$/;

function directiveOf(line: string): RegExpExecArray | null {
  const m = DIRECTIVE.exec(line);
  if (m) m[4] = m[4].trimEnd();
  return m;
}
/** Directives sit in the first few lines; a longer run is not a directive block. */
const MAX_DIRECTIVES = 16;

interface Header {
  /** Lines 0..count-1 are directives. */
  count: number;
  /** Why directive parsing stopped at line `count`. */
  stop: 'blank' | 'comment' | 'instruction' | 'duplicate' | 'unknown' | 'end';
}

/** Reads the directive block at the top the way BuildKit does: stop at the first line that is not a new, known directive. */
function headerOf(model: DockerfileModel): Header {
  const seen = new Set<string>();
  for (let line = 0; line < Math.min(model.lines.lineCount, MAX_DIRECTIVES); line++) {
    const text = model.lines.lineText(line).replace(/^\uFEFF/, '');
    const m = directiveOf(text);
    if (!m) {
      return { count: line, stop: !text.trim() ? 'blank' : /^\s*#/.test(text) ? 'comment' : 'instruction' };
    }
    const name = m[2].toLowerCase();
    if (!isDirectiveName(name)) return { count: line, stop: 'unknown' };
    if (seen.has(name)) return { count: line, stop: 'duplicate' };
    seen.add(name);
  }
  return { count: Math.min(model.lines.lineCount, MAX_DIRECTIVES), stop: 'end' };
}

export function explainDirective(model: DockerfileModel, pos: Position): DockerfileHit | undefined {
  const text = model.lines.lineText(pos.line).replace(/^\uFEFF/, '');
  const m = directiveOf(text);
  if (!m || !isDirectiveName(m[2])) return undefined;
  const bom = model.lines.lineText(pos.line).length - text.length;
  const name = m[2].toLowerCase() as DirectiveName;
  const value = m[4];
  const doc: DirectiveDoc = dockerfileDirectives[name];
  const start = bom + m[1].length;
  const range = { start: { line: pos.line, character: start }, end: { line: pos.line, character: start + m[2].length + m[3].length + value.length } };
  if (pos.character < start || pos.character > range.end.character) return undefined;
  const header = headerOf(model);
  if (pos.line < header.count) {
    return {
      range,
      content: {
        title: `# ${name}=${value}`,
        tags: ['parser directive', ...(doc.since ? [`since ${doc.since}`] : [])],
        what: doc.summary,
        inThisLine: valueFacts(name, value),
        watchOut: ['Directives count only at the very top of the file, before any instruction, blank line or ordinary comment.'],
        docsUrl: doc.docsUrl,
      },
    };
  }
  return {
    range,
    content: {
      title: `# ${name}=${value}`,
      tags: ['plain comment', 'not a directive'],
      what: `This looks like the ${code(name)} parser directive, but here it is only a comment: BuildKit reads directives at the very top of the file only, and ignores this line.`,
      inThisLine: [whyNot(header, pos.line)],
      watchOut: [`Move it to the first lines of the file, above everything else, for it to take effect.`],
      docsUrl: doc.docsUrl,
    },
  };
}

function whyNot(header: Header, line: number): string {
  const at = `line ${header.count + 1}`;
  if (line === header.count) {
    if (header.stop === 'duplicate') return 'The same directive already appears above it; each directive may be used only once.';
    if (header.stop === 'unknown') return 'An unknown directive above it ends the directive block.';
  }
  switch (header.stop) {
    case 'blank': return `Directive reading stops at the first blank line (${at}), and this line comes after it.`;
    case 'comment': return `Directive reading stops at the first ordinary comment (${at}), and this line comes after it.`;
    case 'instruction': return `Directive reading stops at the first instruction (${at}), and this line comes after it.`;
    case 'duplicate': return `The directive on ${at} repeats an earlier one, which ends the directive block before this line.`;
    case 'unknown': return `The unknown directive on ${at} ends the directive block before this line.`;
    case 'end': return 'It is too far down the file to be read as a directive.';
  }
}

function valueFacts(name: DirectiveName, value: string): string[] {
  switch (name) {
    case 'syntax': {
      const facts = [`Builds this file with the frontend image ${code(value)}.`];
      if (/^docker\/dockerfile:1$/.test(value)) facts.push('`:1` means the latest stable 1.x release, fetched before each build.');
      else if (/-labs$/.test(value)) facts.push('A `labs` release: it adds experimental features such as `RUN --device`.');
      else if (/^docker\/dockerfile-upstream:/.test(value)) facts.push('`dockerfile-upstream` is the pre-release channel, with features not yet in a stable release.');
      else if (/^docker\/dockerfile:\d+\.\d+\.\d+/.test(value)) facts.push('A fully pinned version: the same frontend builds this file even when newer releases come out.');
      else if (/^docker\/dockerfile:\d+\.\d+/.test(value)) facts.push('Pinned to a minor version: newer 1.x features stay out, but patch releases (bug fixes) still arrive.');
      return facts;
    }
    case 'escape':
      if (value === '\\') return ['`\\` is the default escape character, so this line changes nothing.'];
      if (value === '`') return ['Backtick becomes the escape character: a line ending in `` ` `` continues on the next line, and `\\` is an ordinary character (handy for `C:\\` paths).'];
      return [`${code(value)} is not allowed: the escape character must be a backslash or a backtick.`];
    case 'check': {
      const facts: string[] = [];
      for (const part of value.split(';')) {
        const [k, v = ''] = part.split('=').map(s => s.trim());
        if (k === 'skip') facts.push(...skipFacts(v));
        else if (k === 'error') facts.push(v === 'true' ? 'A failing check fails the build, instead of only warning.' : 'Failing checks only warn (the default).');
        else facts.push(`${code(k)} is not a \`check\` option; use \`skip\` or \`error\`.`);
      }
      return facts;
    }
  }
}

/** `skip=JSONArgsRecommended,StageNameCasing`: names must be written exactly as BuildKit spells them. */
function skipFacts(v: string): string[] {
  if (v === 'all') return ['Skips every build check.'];
  const names = v.split(',').map(c => c.trim()).filter(Boolean);
  const known = names.filter(n => buildCheckNames.includes(n));
  const facts = known.length ? [`Skips the checks ${known.map(c => code(c)).join(', ')}.`] : [];
  for (const n of names.filter(x => !buildCheckNames.includes(x))) {
    const right = buildCheckNames.find(c => c.toLowerCase() === n.toLowerCase());
    // ref: buildkit-dockerfile-docs/reference.md#parser-directives (directive values are case-sensitive)
    facts.push(right
      ? `${code(n)} is invalid, so this line does not skip that check: check names are case-sensitive and must be written in Pascal case, ${code(right)}.`
      : `${code(n)} is not a build check name, so nothing is skipped for it.`);
  }
  return facts;
}
