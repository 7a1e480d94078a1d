// SPDX-License-Identifier: MIT
// Shared by the quick-fix guard tests (issue 22, item 3): the files to run over (../shared/corpus and
// samples/), the settings that turn every rule on, and small readers written here on purpose, apart
// from the code under test: where an edit moves an offset, and where a `#` comment starts on a line.
import * as fs from 'fs';
import * as path from 'path';
import { DockerfileParser } from 'dockerfile-ast';
import { isMap, isScalar, parseDocument } from 'yaml';
import { composeRules, dockerfileRules, LineIndex, type Diagnostic, type DiagnosticSettings, type Fix, type RuleSetting } from '../../../src/core/index';
import { corpusDir, corpusFiles } from '../corpusGuards';

export type Kind = 'dockerfile' | 'compose';
export interface GuardFile { kind: Kind; path: string; name: string }

/** Every rule on, default-off ones included, at its own severity. */
export const allRulesOn: DiagnosticSettings = {
  rules: Object.fromEntries([...dockerfileRules, ...composeRules].map(r => [r.code, r.severity as RuleSetting])),
};

/** The corpus files (when ../shared/corpus is there) and the samples, with their kind. */
export function guardFiles(repoRoot: string): { files: GuardFile[]; corpusFound: boolean } {
  const files: GuardFile[] = [];
  let corpusFound = false;
  for (const kind of ['dockerfile', 'compose'] as const) {
    const dir = corpusDir(kind, repoRoot);
    if (!dir) continue;
    corpusFound = true;
    for (const f of corpusFiles(dir)) files.push({ kind, path: path.join(dir, f), name: `${kind}/${f}` });
  }
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) { if (entry.name !== 'node_modules') walk(p); continue; }
      const kind: Kind | undefined = /dockerfile/i.test(entry.name) ? 'dockerfile' : /compose.*\.ya?ml$/i.test(entry.name) ? 'compose' : undefined;
      if (kind) files.push({ kind, path: p, name: path.relative(repoRoot, p) });
    }
  };
  walk(path.join(repoRoot, 'samples'));
  return { files, corpusFound };
}

/** Where `offset` of the old text lands after the fix's edits (edits before it shift it). */
export function mapOffset(text: string, fix: Fix, offset: number): number {
  const lines = new LineIndex(text);
  let shift = 0;
  for (const e of fix.edits) {
    const start = lines.offsetAt(e.range.start);
    const end = lines.offsetAt(e.range.end);
    if (end <= offset && !(start === end && start === offset)) shift += e.newText.length - (end - start);
  }
  return offset + shift;
}

/**
 * The column where a `#` comment starts on one line (shell or YAML), or -1: a `#` at the start of a
 * word, outside quotes. A line that starts with `#` is a comment from column 0.
 */
export function commentColumn(line: string): number {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) { if (c === quote) quote = ''; else if (c === '\\' && quote === '"') i++; continue; }
    if (c === '\\') { i++; continue; }
    if (c === '"' || c === "'") { quote = c; continue; }
    if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) return i;
  }
  return -1;
}

/** The edits of a fix that insert text after a `#` comment on their line. */
export function editsAfterComment(text: string, fix: Fix): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  for (const e of fix.edits) {
    if (!e.newText) continue;
    const line = lines[e.range.start.line] ?? '';
    // Text that starts a new line at the end of a line is not inside that line's comment.
    if (e.newText.startsWith('\n') && e.range.start.character >= line.replace(/\r$/, '').length) continue;
    const hash = commentColumn(line);
    if (hash >= 0 && e.range.start.character > hash) out.push(`line ${e.range.start.line + 1}: ${JSON.stringify(line)}`);
  }
  return out;
}

/** How many problems of each code at `severity`. */
export function countBy(found: Diagnostic[], severity: Diagnostic['severity']): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of found) if (d.severity === severity) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  return counts;
}

/**
 * The file with a trailing ` # note` comment on the last line of every shell-form RUN (Dockerfile),
 * or after every plain `key: value` and `- value` line (compose), as people write them. Undefined
 * when nothing could be marked, or when the marks change what a compose file means.
 */
export function withTrailingComments(kind: Kind, text: string): string | undefined {
  const lines = text.split('\n');
  let marked = 0;
  if (kind === 'dockerfile') {
    for (const inst of DockerfileParser.parse(text).getInstructions()) {
      if (inst.getKeyword() !== 'RUN') continue;
      const r = inst.getRange();
      const body = lines.slice(r.start.line, r.end.line + 1).join('\n');
      if (body.includes('<<') || /^\s*RUN\s+(--\S+\s+)*\[/i.test(body)) continue;
      const last = r.end.line;
      if (commentColumn(lines[last]) >= 0 || /\\\s*$/.test(lines[last])) continue;
      lines[last] += ' # note';
      marked++;
    }
    return marked ? lines.join('\n') : undefined;
  }
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*(- )?([\w.-]+:\s+)?[\w./:@${}=-][^#|>]*$/.test(lines[i]) || /:\s*$/.test(lines[i]) || commentColumn(lines[i]) >= 0) continue;
    lines[i] += ' # note';
    marked++;
  }
  const out = lines.join('\n');
  if (!marked || parseDocument(out).errors.length) return undefined;
  return JSON.stringify(parseDocument(out).toJS()) === JSON.stringify(parseDocument(text).toJS()) ? out : undefined;
}

/** `builder` → `builer`: one letter dropped from the middle, the kind of typo a "did you mean" is for. */
export function misspell(name: string): string {
  const at = Math.floor(name.length / 2);
  return name.slice(0, at) + name.slice(at + 1);
}

/**
 * Variants of a Dockerfile with `COPY --from=<misspelt stage name>` added at the end of every stage,
 * one variant per stage and name: the name of an earlier stage, of this stage, and of a later one.
 * Only an earlier stage is a correct suggestion; the other two would copy from itself or out of order.
 */
export function misspeltStageVariants(text: string, limit = 6): string[] {
  const instructions = DockerfileParser.parse(text).getInstructions();
  const froms = instructions.filter(i => i.getKeyword() === 'FROM');
  const names = froms.map(f => /\bAS\s+(\S+)/i.exec(f.getTextContent() ?? '')?.[1]).filter((n): n is string => !!n && n.length >= 4);
  const lines = text.split('\n');
  const variants: string[] = [];
  for (let s = 0; s < froms.length && variants.length < limit; s++) {
    const next = froms[s + 1];
    const lastLine = next ? next.getRange().start.line - 1 : lines.length - 1;
    for (const name of names) {
      if (variants.length >= limit) break;
      const copy = lines.slice();
      copy.splice(lastLine + 1, 0, `COPY --from=${misspell(name)} /guard /guard`);
      variants.push(copy.join('\n'));
    }
  }
  return variants;
}

/**
 * Variants of a compose file with one service key misspelt: once renamed in place (`image` →
 * `imge`), once added next to the real key, where renaming it back would make a duplicate key.
 */
export function misspeltKeyVariants(text: string, limit = 4): string[] {
  const doc = parseDocument(text);
  const services = doc.get('services', true);
  if (!isMap(services)) return [];
  const variants: string[] = [];
  for (const service of services.items) {
    if (variants.length >= limit || !isMap(service.value)) continue;
    const pair = service.value.items.find(p => isScalar(p.key) && String(p.key.value).length >= 5 && p.key.range);
    if (!pair || !isScalar(pair.key) || !pair.key.range) continue;
    const [start, end] = pair.key.range;
    const typo = misspell(String(pair.key.value));
    variants.push(text.slice(0, start) + typo + text.slice(end));
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const indent = text.slice(lineStart, start);
    if (/^\s*$/.test(indent)) variants.push(`${text.slice(0, lineStart)}${indent}${typo}: guard\n${text.slice(lineStart)}`);
  }
  return variants;
}
