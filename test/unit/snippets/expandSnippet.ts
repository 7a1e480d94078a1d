// SPDX-License-Identifier: MIT
// Expands a VS Code snippet body the way accepting every default would: placeholders take their
// default text, mirrors ($1 again) copy it, choices take the first option, variables become ''.
// Written for the tests, so snippets can be parsed and validated as the text a user gets.
import * as assert from 'node:assert';

interface Parsed {
  text: string;
  defaults: Map<string, string>;
}

/** A snippet entry as stored in snippets/*.json. */
export interface SnippetEntry {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

/** Joins a snippet's body lines and expands it with default values. Throws on malformed syntax. */
export function expandSnippet(entry: SnippetEntry): string {
  const body = Array.isArray(entry.body) ? entry.body.join('\n') : entry.body;
  // Two passes: the first learns each placeholder's default, so a bare mirror ($1) placed
  // before its ${1:default} still gets the default, as in the editor.
  const first = parse(body, new Map());
  return parse(body, first.defaults).text;
}

function parse(source: string, knownDefaults: Map<string, string>): Parsed {
  const defaults = new Map<string, string>();
  let pos = 0;

  const readUntil = (stops: string): string => {
    let out = '';
    while (pos < source.length && !stops.includes(source[pos])) {
      const ch = source[pos];
      if (ch === '\\' && pos + 1 < source.length && '\\$}'.includes(source[pos + 1])) {
        out += source[pos + 1];
        pos += 2;
      } else if (ch === '$') {
        out += readDollar();
      } else {
        out += ch;
        pos++;
      }
    }
    return out;
  };

  const readDollar = (): string => {
    pos++; // the $
    const simple = /^(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(source.slice(pos));
    if (simple) {
      pos += simple[0].length;
      return resolve(simple[0]);
    }
    if (source[pos] !== '{') {
      return '$';
    }
    pos++; // the {
    const name = /^(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(source.slice(pos));
    if (!name) {
      throw new Error(`bad placeholder at ${pos} in ${JSON.stringify(source)}`);
    }
    pos += name[0].length;
    const key = name[0];
    if (source[pos] === '}') {
      pos++;
      return resolve(key);
    }
    if (source[pos] === ':') {
      pos++;
      const value = readUntil('}');
      expect('}');
      if (/^\d+$/.test(key) && !defaults.has(key)) {
        defaults.set(key, value);
      }
      return value;
    }
    if (source[pos] === '|') {
      pos++;
      const choices = readChoices();
      expect('}');
      if (!defaults.has(key)) {
        defaults.set(key, choices[0]);
      }
      return choices[0];
    }
    throw new Error(`unexpected ${JSON.stringify(source[pos])} at ${pos} in ${JSON.stringify(source)}`);
  };

  const readChoices = (): string[] => {
    const choices: string[] = [];
    let current = '';
    while (pos < source.length) {
      const ch = source[pos];
      if (ch === '\\' && pos + 1 < source.length && '\\,|$}'.includes(source[pos + 1])) {
        current += source[pos + 1];
        pos += 2;
      } else if (ch === ',') {
        choices.push(current);
        current = '';
        pos++;
      } else if (ch === '|' && source[pos + 1] === '}') {
        choices.push(current);
        pos++;
        return choices;
      } else {
        current += ch;
        pos++;
      }
    }
    throw new Error(`unterminated choice in ${JSON.stringify(source)}`);
  };

  const expect = (ch: string): void => {
    if (source[pos] !== ch) {
      throw new Error(`expected ${ch} at ${pos} in ${JSON.stringify(source)}`);
    }
    pos++;
  };

  const resolve = (key: string): string => {
    if (/^\d+$/.test(key)) {
      return defaults.get(key) ?? knownDefaults.get(key) ?? '';
    }
    return ''; // variables such as TM_FILENAME: none of ours rely on them
  };

  const text = readUntil('');
  return { text, defaults };
}

/** The snippet called `name`, expanded with its defaults; fails the test when there is none. */
export function expandedSnippet(snippets: Record<string, SnippetEntry>, name: string): string {
  const entry = snippets[name];
  assert.ok(entry, `no snippet named ${name}`);
  return expandSnippet(entry);
}

/** At least `min` snippets, each with lowercase prefixes and a description of whole sentences that teaches. */
export function assertTeachingSnippets(snippets: Record<string, SnippetEntry>, min: number): void {
  const names = Object.keys(snippets);
  assert.ok(names.length >= min, `only ${names.length} snippets`);
  for (const name of names) {
    const { prefix, description } = snippets[name];
    const prefixes = Array.isArray(prefix) ? prefix : [prefix];
    assert.ok(prefixes.length > 0 && prefixes.every((p) => /^[a-z][\w.-]*$/.test(p)), `${name}: prefixes ${prefixes}`);
    assert.ok(description && description.length >= 60, `${name}: description too short to teach anything`);
    assert.ok(/[.!?]$/.test(description.trim()), `${name}: description should be sentences`);
  }
}
