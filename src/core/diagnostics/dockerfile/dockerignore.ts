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
  /** Whether a whole path matches the pattern. */
  matcher: PathMatcher;
}

/** Tests whole paths against one pattern. */
export interface PathMatcher {
  test(path: string): boolean;
  /** True when the pattern matches the path or one of its parent folders (`a`, `a/b` for `a/b/c`), in one read. */
  testWithParents(path: string): boolean;
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
    const matcher = compile(p);
    if (matcher) patterns.push({ text: p, exception, matcher });
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

/**
 * One piece of a pattern: a character test (a literal, `?` or a class), `*` (a run of anything but `/`), `**` at
 * the end or glued to a leading name (a run of anything), or `**\/` (any number of whole folders, none included).
 */
type Piece = { kind: 'char'; test: (c: string) => boolean } | { kind: 'star' } | { kind: 'any' } | { kind: 'folders' };

/**
 * The pattern as a matcher, or undefined when it is malformed (e.g. `[a`). It runs as an automaton, in time
 * proportional to the path's length times the pattern's, as Docker's own matcher (Go's regexp) does:
 * JavaScript's backtracking took exponential time on a failing path with many wildcards (`*a*a*a…b`
 * against `aaaa…`: minutes), and quadratic time with two (`**\/a/**\/b` on a 4 KB path: seconds), paid
 * again for each parent folder. The regular expression the pattern also makes decides which patterns are
 * malformed, and a test holds the two to the same answers.
 */
function compile(pattern: string): PathMatcher | undefined {
  return patternMatchers(pattern)?.automaton;
}

/** Both ways to match `pattern`, which answer alike (a test compares them), and how many wildcards it has. */
export function patternMatchers(pattern: string): { regex: RegExp; automaton: PathMatcher; wildcards: number } | undefined {
  let re = '^';
  const pieces: Piece[] = [];
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
        const any = i + 1 >= pattern.length || (first && !slash);
        // `**/**/` reads as `**/`: any number of folders, twice, is any number of folders.
        if (!any && pieces[pieces.length - 1]?.kind === 'folders') continue;
        re += any ? '.*' : '(?:.*/)?';
        pieces.push({ kind: any ? 'any' : 'folders' });
      } else {
        re += '[^/]*';
        pieces.push({ kind: 'star' });
      }
    } else if (c === '?') {
      re += '[^/]';
      pieces.push({ kind: 'char', test: ch => ch !== '/' });
    } else if (c === '\\') {
      const literal = i + 1 < pattern.length ? pattern[++i] : '\\';
      re += escapeRegex(literal);
      pieces.push({ kind: 'char', test: ch => ch === literal });
    } else if (c === '[') {
      const end = classEnd(pattern, i);
      if (end < 0) return undefined;
      let body = pattern.slice(i + 1, end);
      // filepath.Match negates a class with `^`, as regular expressions do.
      body = body.replace(/\\(.)/g, (_m, ch: string) => escapeRegex(ch));
      re += `[${body}]`;
      let oneClass: RegExp;
      try { oneClass = new RegExp(`^[${body}]$`, 's'); } catch { return undefined; }
      pieces.push({ kind: 'char', test: ch => oneClass.test(ch) });
      i = end;
    } else {
      re += escapeRegex(c);
      pieces.push({ kind: 'char', test: ch => ch === c });
    }
  }
  let regex: RegExp;
  try {
    regex = new RegExp(`${re}$`, 's');
  } catch {
    return undefined;
  }
  return { regex, automaton: automaton(pieces), wildcards: pieces.filter(p => p.kind !== 'char').length };
}

/**
 * The pieces run as a set of states over the path, one character at a time: state k is "the first k pieces
 * matched"; a `**\/` piece k also has a state of its own while it reads folders (numbered after the others).
 */
function automaton(pieces: readonly Piece[]): PathMatcher {
  const m = pieces.length;
  const states = 2 * m + 1;
  // The states reached so far, as a list, and for each state the stamp of the step that last reached it. Kept
  // between reads (a file's patterns are tried on every source of every COPY): each read stamps its steps past
  // the last read's, so nothing is cleared.
  let current = new Int32Array(states), next = new Int32Array(states);
  const reached = new Int32Array(states).fill(-1);
  const stack: number[] = [];
  let stamps = 0;
  /** Reads `path`; true when it matches, or, with `parents`, when a part of it before a `/` does. */
  const run = (path: string, parents: boolean): boolean => {
    if (stamps > 0x3fffffff - path.length) { reached.fill(-1); stamps = 0; }
    const base = stamps;
    stamps += path.length + 1;
    /** Adds `state` at `step`, and all it reaches without reading a character; returns the list's new length. */
    const add = (list: Int32Array, length: number, state: number, step: number): number => {
      stack.push(state);
      while (stack.length) {
        const s = stack.pop()!;
        if (reached[s] === step) continue;
        reached[s] = step;
        list[length++] = s;
        if (s >= m) continue;
        const piece = pieces[s];
        if (piece.kind === 'star' || piece.kind === 'any') stack.push(s + 1);
        else if (piece.kind === 'folders') stack.push(s + 1, m + 1 + s);
      }
      return length;
    };
    let count = add(current, 0, 0, base);
    // By UTF-16 unit, as the regular expressions read paths.
    for (let i = 0; i < path.length; i++) {
      const c = path[i];
      // The part read so far is a parent folder of the path: its match counts too.
      if (parents && c === '/' && reached[m] === base + i) return true;
      const step = base + i + 1;
      let nextCount = 0;
      for (let n = 0; n < count; n++) {
        const s = current[n];
        if (s > m) {
          // Inside `**\/`: any character, and a `/` may end the folders read so far.
          nextCount = add(next, nextCount, s, step);
          if (c === '/') nextCount = add(next, nextCount, s - m, step);
          continue;
        }
        if (s === m) continue;
        const piece = pieces[s];
        if (piece.kind === 'char') { if (piece.test(c)) nextCount = add(next, nextCount, s + 1, step); }
        else if (piece.kind === 'star') { if (c !== '/') nextCount = add(next, nextCount, s, step); }
        else if (piece.kind === 'any') nextCount = add(next, nextCount, s, step);
      }
      if (!nextCount) return false;
      const read = current;
      current = next;
      next = read;
      count = nextCount;
    }
    return reached[m] === base + path.length;
  };
  return { test: path => run(path, false), testWithParents: path => run(path, true) };
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
  let ignored = false;
  for (const pattern of patterns) {
    // Only a pattern that could change the answer matters: exceptions when ignored, others when not.
    if (pattern.exception !== ignored) continue;
    if (pattern.matcher.testWithParents(p)) ignored = !pattern.exception;
  }
  return ignored;
}
