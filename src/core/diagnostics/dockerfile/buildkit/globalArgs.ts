// SPDX-License-Identifier: MIT
// The build arguments a FROM line can use: the global ARGs (before the first FROM) and the platform
// arguments BuildKit defines for every build. Also a small expander for FROM words that tells which
// names it found and which it could not, as BuildKit's ProcessWordWithMatches does.
import type { DockerfileModel } from '../../../dockerfile/model';
import { stagesOf } from '../../../dockerfile/stages';
import { assignmentsOf } from '../../../dockerfile/variables';
import { unquoted } from './fromParts';

/** Defined by BuildKit in the global scope of every build, with the values a linux/amd64 build gets. */
export const automaticArgs: ReadonlyMap<string, string> = new Map([
  ['BUILDPLATFORM', 'linux/amd64'], ['BUILDOS', 'linux'], ['BUILDOSVERSION', ''], ['BUILDARCH', 'amd64'], ['BUILDVARIANT', ''],
  ['TARGETPLATFORM', 'linux/amd64'], ['TARGETOS', 'linux'], ['TARGETOSVERSION', ''], ['TARGETARCH', 'amd64'], ['TARGETVARIANT', ''],
  ['TARGETSTAGE', 'default'],
]);

/** Global ARG names in file order (automatic ones first), each with its default expanded, or undefined without one. */
const cache = new WeakMap<DockerfileModel, Map<string, string | undefined>>();

export function globalArgs(model: DockerfileModel): ReadonlyMap<string, string | undefined> {
  let args = cache.get(model);
  if (args) return args;
  args = new Map<string, string | undefined>(automaticArgs);
  for (const inst of stagesOf(model)[0].instructions) {
    if (inst.getKeyword() !== 'ARG') continue;
    for (const [name, value] of assignmentsOf(model, inst)) {
      // `ARG TARGETARCH` without a value keeps the automatic value; a default is read with the ARGs before it.
      if (value === undefined) { if (!args.has(name)) args.set(name, undefined); continue; }
      args.set(name, expandWord(value, args)?.result);
    }
  }
  cache.set(model, args);
  return args;
}

export interface Expansion {
  result: string;
  /** Names that had a value. */
  matched: Set<string>;
  /** Names without a value (unset), in order of appearance. */
  unmatched: Set<string>;
}

/**
 * Expands `$NAME`, `${NAME}` and `${NAME:-word}`, `-`, `:+`, `+` in a word, quotes removed. Returns
 * undefined for forms this small reader does not handle (`${A%x}`, `${A/x/y}`...), so callers stay quiet.
 */
export function expandWord(word: string, values: ReadonlyMap<string, string | undefined>): Expansion | undefined {
  const out: Expansion = { result: '', matched: new Set(), unmatched: new Set() };
  const text = unquoted(word);
  const lookup = (name: string): string | undefined => {
    const v = values.get(name);
    (v === undefined ? out.unmatched : out.matched).add(name);
    return v;
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) { out.result += text[i + 1]; i += 2; continue; }
    if (c !== '$') { out.result += c; i++; continue; }
    const bare = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(text.slice(i));
    if (bare) { out.result += lookup(bare[1]) ?? ''; i += bare[0].length; continue; }
    const braced = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(:?[-+])?/.exec(text.slice(i));
    // `${` that is not a substitution we read is a syntax error or a form we leave alone.
    if (!braced) { if (text[i + 1] === '{') return undefined; out.result += c; i++; continue; }
    // Find the closing brace, counting nested `${`.
    let j = i + braced[0].length, depth = 1;
    for (; j < text.length && depth; j++) { if (text[j] === '{') depth++; else if (text[j] === '}') depth--; }
    if (depth) return undefined;
    const inner = text.slice(i + braced[0].length, j - 1);
    const mod = braced[2];
    if (!mod && inner) return undefined;
    const v = lookup(braced[1]);
    const set = v !== undefined && (v !== '' || !mod?.startsWith(':'));
    if (!mod) out.result += v ?? '';
    else {
      const alt = mod.endsWith('-') ? !set : set;
      if (alt) {
        const sub = expandWord(inner, values);
        if (!sub) return undefined;
        sub.matched.forEach(n => out.matched.add(n));
        sub.unmatched.forEach(n => out.unmatched.add(n));
        out.result += sub.result;
      } else if (mod.endsWith('-')) out.result += v;
    }
    i = j;
  }
  return out;
}
