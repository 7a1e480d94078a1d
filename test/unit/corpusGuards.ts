// SPDX-License-Identifier: MIT
// Shared by the corpus guard tests (issue 11): hover every word of a real file, then check each
// distinct hover for values it borrowed from somewhere else, for repeated bullets, and so on.
// Kept free of mocha so a script can run the same measure against an older build.
import * as fs from 'fs';
import * as path from 'path';

export interface Pos { line: number; character: number }
export type Explain = (text: string, pos: Pos) => { markdown: string; range: { start: Pos; end: Pos } } | undefined;

/** One distinct hover of one file: the same range and text at several positions counts once. */
export interface FileHover { file: string; pos: Pos; lineText: string; markdown: string; positions: number }

/** The corpus folder (`../shared/corpus/<kind>` next to the repository), or undefined when absent. */
export function corpusDir(kind: 'dockerfile' | 'compose', repoRoot: string): string | undefined {
  const dir = process.env.DOCKER_COACH_CORPUS
    ? path.join(process.env.DOCKER_COACH_CORPUS, kind)
    : path.resolve(repoRoot, '..', 'shared', 'corpus', kind);
  return fs.existsSync(dir) ? dir : undefined;
}

/** Corpus compose file → its path in its own repository, as `/corpus/<owner>/<repo>/<path>` (from SOURCES.tsv). */
export function composeOriginalNames(dir: string): Map<string, string> {
  const tsv = path.join(dir, '..', 'SOURCES.tsv');
  if (!fs.existsSync(tsv)) return new Map();
  return new Map(fs.readFileSync(tsv, 'utf8').split('\n').map(l => l.split('\t'))
    .filter(c => c[0]?.startsWith('compose/') && c[2]).map(c => [c[0].slice('compose/'.length), `/corpus/${c[1]}/${c[2]}`]));
}

export function corpusFiles(dir: string): string[] {
  return fs.readdirSync(dir).filter(f => fs.statSync(path.join(dir, f)).isFile()).sort();
}

/**
 * Hovers the first character of every word (a run of letters, digits, `_` or `$`) of `text`.
 * Returns the distinct hovers and how many positions answered at all.
 */
export function hoverEveryWord(file: string, text: string, explain: Explain): { positions: number; answered: number; hovers: FileHover[] } {
  const lines = text.split('\n');
  const seen = new Map<string, FileHover>();
  let positions = 0;
  let answered = 0;
  for (let line = 0; line < lines.length; line++) {
    const words = /[\w$]+/g;
    for (let m = words.exec(lines[line]); m; m = words.exec(lines[line])) {
      positions++;
      const pos = { line, character: m.index };
      const h = explain(text, pos);
      if (!h) continue;
      answered++;
      const r = h.range;
      const key = `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}\n${h.markdown}`;
      const known = seen.get(key);
      if (known) known.positions++;
      else seen.set(key, { file, pos, lineText: lines[line], markdown: h.markdown, positions: 1 });
    }
  }
  return { positions, answered, hovers: [...seen.values()] };
}

/** The bullets of one section ("In this line", "Watch out") of a rendered hover. */
export function bulletsOf(markdown: string, section: 'In this line' | 'Watch out'): string[] {
  const start = markdown.indexOf(`**${section}**\n\n`);
  if (start < 0) return [];
  const body = markdown.slice(start + section.length + 6);
  const end = body.search(/\n\n(\*\*|\[Reference\])/);
  return (end < 0 ? body : body.slice(0, end)).split('\n').filter(l => l.startsWith('- ')).map(l => l.slice(2));
}

/**
 * Values the knowledge may name although the file does not: the default shells, the addresses
 * every learner meets, the exit codes and signals Docker itself uses, and well-known Docker paths.
 * Each entry says why it is not a borrowed sample value.
 */
export const allowedValues: ReadonlySet<string> = new Set([
  '/bin/sh', // the default shell of shell-form RUN/CMD/ENTRYPOINT on Linux
  '0.0.0.0', '127.0.0.1', '::', 'localhost', // what a published port binds to, and where to reach it
  '/var/run/docker.sock', // the daemon's socket, named when warning about mounting it
  '/etc/passwd', '/etc/group', // where USER and --chown look names up
  '/run/secrets', '/run/buildkit/ssh_agent.', // the documented default targets of secret and ssh mounts
  '0400', '0600', '0644', '0755', // the documented default modes of secret, ssh, config and cache mounts
  '0', '1', '2', // exit codes and the smallest counts, named by every hover about them
  '137', '143', // the exit codes of a container killed by SIGKILL or stopped by SIGTERM
  '30', '3', // the HEALTHCHECK defaults: interval and timeout 30s, 3 retries
  '$VAR', '$VARIABLES', '$NAME', // placeholders that stand for any variable, not a sample value
  '$TARGETPLATFORM', '$BUILDPLATFORM', '$TARGETARCH', '$TARGETOS', // BuildKit's own predefined ARGs
  '$env', 'env:NAME', // PowerShell's way to read an environment variable, named under a PowerShell SHELL
  'docker/dockerfile-upstream:master', // the pre-release frontend, named for features that need it
]);

export interface Borrowed { value: string; bullet: string }

/**
 * The values a hover's "In this line" and "Watch out" bullets name in code spans that appear
 * nowhere in the file: ports and counts, absolute paths, `$VARIABLES`, `image:tag` references,
 * and `USER name` / `user: name`.
 */
export function borrowedValues(markdown: string, fileText: string): Borrowed[] {
  const out: Borrowed[] = [];
  const bullets = [...bulletsOf(markdown, 'In this line'), ...bulletsOf(markdown, 'Watch out')];
  for (const bullet of bullets) {
    for (const span of codeSpans(bullet)) {
      for (const value of valuesIn(span)) {
        if (allowedValues.has(value) || inFile(value, fileText)) continue;
        out.push({ value, bullet });
      }
    }
  }
  return out;
}

function codeSpans(text: string): string[] {
  const spans: string[] = [];
  const re = /(`+)([\s\S]*?)\1/g;
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push(m[2].trim());
  return spans;
}

/** The value-like tokens of one code span. Placeholders such as `<port>` and `VAR` are not values. */
function valuesIn(span: string): string[] {
  const values = new Set<string>();
  const s = span.replace(/<[^<>]*>/g, ' ');
  for (const m of s.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) values.add('$' + m[1]);
  for (const m of s.matchAll(/(?:^|[\s=:"'(,[])(\/[A-Za-z0-9_.@%+-]+(?:\/[A-Za-z0-9_.@%+-]*)*)/g)) {
    const p = m[1].replace(/\/+$/, '');
    if (p.length > 1) values.add(p);
  }
  for (const m of s.matchAll(/(?<![\w.$-])(\d+)(?![\w.])/g)) values.add(m[1]);
  for (const m of s.matchAll(/(?<![\w./:-])([a-z0-9][a-z0-9._-]*(?:\/[a-z0-9._-]+)*(?::[A-Za-z0-9_][\w.-]*|@sha256:[0-9a-f]+))(?![\w:])/g)) {
    if (/[a-z]/.test(m[1].split(/[:@]/)[0])) values.add(m[1]);
  }
  for (const m of s.matchAll(/^(?:USER|user:)\s+([^\s:]+)/g)) values.add(m[1]);
  return [...values];
}

let lastText = '';
let lastWords = new Set<string>();

/**
 * True when `value` occurs in the file: a number or name as a whole word, anything else as text.
 * A path or image built from the file's own parts (a WORKDIR joined to a relative path, an image
 * whose tag comes from an ARG default) passes when each of its parts occurs in the file.
 */
function inFile(value: string, fileText: string): boolean {
  if (value.startsWith('$')) return wordsOf(fileText).has(value.slice(1));
  if (/^\d+$/.test(value)) return wordsOf(fileText).has(value);
  if (fileText.includes(value)) return true;
  for (const prefix of ['/run/secrets/', '/run/buildkit/ssh_agent.', 'localhost:']) {
    if (value.startsWith(prefix)) value = value.slice(prefix.length);
  }
  // `alpine` said as `alpine:latest`: the default tag Docker fills in, not a borrowed value.
  value = value.replace(/:latest$/, '');
  if (fileText.includes(value)) return true;
  const pieces = value.match(/[A-Za-z]+|\d+(?:\.\d+)*/g) ?? [];
  return pieces.length > 0 && pieces.every(p => fileText.includes(p));
}

function wordsOf(text: string): Set<string> {
  if (text !== lastText) {
    lastText = text;
    lastWords = new Set(text.match(/\w+/g) ?? []);
  }
  return lastWords;
}

/** Bullets that occur twice in one hover, or two bullets that say the same thing in other words. */
export function repeatedBullets(markdown: string): string[] {
  const out: string[] = [];
  for (const section of ['In this line', 'Watch out'] as const) {
    const seen = new Set<string>();
    for (const b of bulletsOf(markdown, section)) {
      const key = b.replace(/`[^`]*`/g, '`x`').replace(/\b\d+\b/g, 'N').trim();
      if (seen.has(key)) out.push(b);
      seen.add(key);
    }
  }
  // A bullet shown in both sections repeats itself too.
  const first = new Set(bulletsOf(markdown, 'In this line'));
  for (const b of bulletsOf(markdown, 'Watch out')) if (first.has(b)) out.push(b);
  return out;
}
