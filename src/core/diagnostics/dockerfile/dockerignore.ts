// SPDX-License-Identifier: MIT
// Docker's .dockerignore rules, for CopyIgnoredFile: one pattern a line, `#` comments, surrounding
// blanks trimmed, each pattern cleaned like Go's filepath.Clean with its leading `/` dropped, `!`
// re-includes, and the last matching pattern wins. Patterns follow Go's filepath.Match (`*`, `?`,
// `[...]`, `\` escapes) plus `**`, which matches any number of folders, none included.
// A path is ignored when it or one of its parent folders is ignored (a folder takes its files along).

export interface IgnorePattern {
  /** The cleaned pattern, without its `!`. */
  text: string;
  /** `!pattern`: re-includes what earlier patterns ignored. */
  exception: boolean;
  regex: RegExp;
}

/** The patterns of a .dockerignore text, in file order. Patterns that do not compile are left out. */
export function parseDockerignore(text: string): IgnorePattern[] {
  const patterns: IgnorePattern[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const raw of lines) {
    // A `#` starts a comment only at the very start of the line, before any trimming.
    if (raw.startsWith('#')) continue;
    let p = raw.trim();
    if (!p) continue;
    const exception = p.startsWith('!');
    if (exception) p = p.slice(1).trim();
    if (!p) continue;
    p = cleanPath(p);
    if (p.length > 1 && p.startsWith('/')) p = p.slice(1);
    const regex = compile(p);
    if (regex) patterns.push({ text: p, exception, regex });
  }
  return patterns;
}

/** Go's path.Clean: no `.` parts, no doubled `/`, `..` resolved, no trailing `/`; `.` when empty. */
export function cleanPath(p: string): string {
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  return rooted ? `/${joined}` : joined || '.';
}

/** The pattern as an anchored regular expression, or undefined when it is malformed (e.g. `[a`). */
function compile(pattern: string): RegExp | undefined {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const first = i === 0;
        i++;
        const slash = pattern[i + 1] === '/';
        if (slash) i++;
        // `**` at the end matches everything below; elsewhere any number of folders, none included.
        // A leading `**` glued to a name (`**foo`) matches any path that ends with it, as Docker's does.
        re += i + 1 >= pattern.length || (first && !slash) ? '.*' : '(?:.*/)?';
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '\\') {
      if (i + 1 < pattern.length) re += escapeRegex(pattern[++i]);
      else re += '\\\\';
    } else if (c === '[') {
      const end = classEnd(pattern, i);
      if (end < 0) return undefined;
      let body = pattern.slice(i + 1, end);
      // filepath.Match negates a class with `^`, as regular expressions do.
      body = body.replace(/\\(.)/g, (_m, ch: string) => escapeRegex(ch));
      re += `[${body}]`;
      i = end;
    } else {
      re += escapeRegex(c);
    }
  }
  try {
    return new RegExp(`${re}$`, 's');
  } catch {
    return undefined;
  }
}

function classEnd(pattern: string, open: number): number {
  let i = open + 1;
  if (pattern[i] === '^') i++;
  if (pattern[i] === ']') return -1; // an empty class is a syntax error in filepath.Match
  for (; i < pattern.length; i++) {
    if (pattern[i] === '\\') { i++; continue; }
    if (pattern[i] === ']') return i;
  }
  return -1;
}

function escapeRegex(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

/**
 * True when `path` (relative to the build context, `/`-separated) is left out of the context:
 * the last pattern that matches it or one of its parent folders is not an exception.
 */
export function isIgnored(patterns: readonly IgnorePattern[], path: string): boolean {
  let p = cleanPath(path.replace(/\\/g, '/'));
  if (p.startsWith('/')) p = p.slice(1) || '.';
  const parents: string[] = [];
  for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) parents.push(p.slice(0, i));
  let ignored = false;
  for (const pattern of patterns) {
    // Only a pattern that could change the answer matters: exceptions when ignored, others when not.
    if (pattern.exception !== ignored) continue;
    if (pattern.regex.test(p) || parents.some(d => pattern.regex.test(d))) ignored = !pattern.exception;
  }
  return ignored;
}
