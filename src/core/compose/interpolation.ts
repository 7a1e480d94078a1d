// SPDX-License-Identifier: MIT
// `${VAR}` interpolation in compose values: what each form means. Compose fills these in from the shell
// and the `.env` file next to the compose file when it reads the file, before anything runs.
import { code } from '../render';

/** One `$` expression found in a value. */
export interface Interpolation { text: string; name?: string; op?: string; arg?: string }

/** Finds the `$VAR`, `${...}` and `$$` expressions in one value (a bounded scan of that value only). */
export function findInterpolations(value: string, max = 8): Interpolation[] {
  const found: Interpolation[] = [];
  for (let i = value.indexOf('$'); i >= 0 && found.length < max; i = value.indexOf('$', i + 1)) {
    if (value[i + 1] === '$') { found.push({ text: '$$' }); i++; continue; }
    if (value[i + 1] === '{') {
      // Match braces so nested defaults like ${A:-${B}} stay one expression.
      let depth = 0, j = i + 1;
      for (; j < value.length; j++) {
        if (value[j] === '{') depth++;
        else if (value[j] === '}' && --depth === 0) break;
      }
      const text = value.slice(i, Math.min(j + 1, value.length));
      const m = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(:?[-?+])?([\s\S]*)\}$/.exec(text);
      found.push(m ? { text, name: m[1], op: m[2], arg: m[3] } : { text });
      i = j;
      continue;
    }
    const m = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(value.slice(i));
    if (m) { found.push({ text: m[0], name: m[1] }); i += m[0].length - 1; }
  }
  return found;
}

/** One sentence per expression, for the "In this line" list. */
export function describeInterpolations(value: string): string[] {
  const found = findInterpolations(value);
  // One bullet per kind of expression: `$$` ×8 or three plain `${VAR}` say one thing once (issue 11).
  const dollars = found.filter(x => x.text === '$$').length;
  const plain = [...new Set(found.filter(x => x.name && !x.op && !x.arg).map(x => x.text))];
  const defaults = [...new Map(found.filter(x => x.name && x.op === ':-').map(x => [x.text, x])).values()];
  const rest = [...new Set(found.filter(x => x.text !== '$$' && !(x.name && !x.op && !x.arg) && !(defaults.length > 1 && x.op === ':-')).map(describeOne))];
  const out: string[] = [];
  if (plain.length > 1) {
    // ref: compose-spec-docs/12-interpolation.md (values from the shell environment or the .env file)
    out.push(`${plain.map(t => code(t)).join(', ')}: each is replaced by the value of that variable from your shell or the \`.env\` file next to the compose file when Compose reads the file; empty (with a warning) if it is not set.`);
  } else if (plain.length === 1) {
    out.push(describeOne(found.find(x => x.text === plain[0])!));
  }
  if (defaults.length > 1) {
    // ref: compose-spec-docs/12-interpolation.md (${VAR:-default}: default when unset or empty)
    out.push(`${defaults.map(x => `${code(x.text)} (default ${alt(x.arg)})`).join(', ')}: each takes the value of its variable from your shell or the \`.env\` file next to the compose file, or its default if the variable is unset or empty.`);
  }
  out.push(...rest);
  // ref: compose-spec-docs/12-interpolation.md ("$$" for a literal dollar sign)
  if (dollars) out.push(`\`$$\` is a literal \`$\`${dollars > 1 ? ` (${dollars} times here)` : ''}: Compose turns it into one \`$\` and fills in no variable there, so the container (or its shell) sees \`$\`.`);
  return out;
}

function describeOne(x: Interpolation): string {
  if (x.text === '$$') return '`$$` is a literal `$`: Compose turns it into one `$` and fills in no variable there, so the container (or its shell) sees `$`.';
  // `${VAR/foo/bar}` and other shell extras have a name but no operator Compose knows.
  if (!x.name || (!x.op && x.arg)) return `${code(x.text)} is not a form Compose understands: it takes \`\${VAR}\`, optionally followed by \`:-\`/\`-\` (default), \`:?\`/\`?\` (required) or \`:+\`/\`+\` (replacement) and a text.`;
  const v = code(x.name);
  const from = 'from your shell or the `.env` file next to the compose file';
  switch (x.op) {
    case ':-': return `${code(x.text)}: the value of ${v} ${from}, or ${alt(x.arg)} if it is unset or empty.`;
    case '-': return `${code(x.text)}: the value of ${v} ${from}, or ${alt(x.arg)} only if it is unset (an empty value is kept).`;
    case ':?': return `${code(x.text)}: the value of ${v} ${from}; if it is unset or empty Compose stops with ${stop(x.arg)}.`;
    case '?': return `${code(x.text)}: the value of ${v} ${from}; if it is unset Compose stops with ${stop(x.arg)}.`;
    case ':+': return `${code(x.text)}: gives ${alt(x.arg)} when ${v} (${from}) is set and not empty, otherwise an empty string.`;
    case '+': return `${code(x.text)}: gives ${alt(x.arg)} when ${v} (${from}) is set, even to an empty value; otherwise an empty string.`;
    default: return `${code(x.text)}: replaced by the value of ${v} ${from} when Compose reads the file; empty (with a warning) if it is not set.`;
  }
}

/** The error for `${VAR:?err}`: the message written after `?`, if any. */
function stop(arg: string | undefined): string {
  return arg ? `the error ${code(arg)}` : 'an error';
}

/** A default value in words: `x`, or "an empty string" where `${VAR:-}` gives none. */
function alt(arg: string | undefined): string {
  return arg ? code(arg) : 'an empty string';
}

/**
 * Hides `${...}` while a value is split on `:` (`${PORT:-8080}` holds a colon that is not a separator).
 * Returns the masked text and a function that puts the expressions back into any piece of it.
 */
export function maskInterpolations(value: string): { masked: string; restore: (piece: string) => string } {
  const hidden: string[] = [];
  const masked = value.replace(/\$\{[^}]*\}/g, m => `\uE000${hidden.push(m) - 1}\uE000`);
  return { masked, restore: piece => piece.replace(/\uE000(\d+)\uE000/g, (_, i: string) => hidden[Number(i)]) };
}
