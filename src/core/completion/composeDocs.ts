// SPDX-License-Identifier: MIT
// The documentation of each compose completion: the hover's content for that key, value or name, from
// the key table (composeKeys) and value table (composeValues), the schema's description as a fallback.
import { keyContent } from '../compose/content';
import { composeValues } from '../knowledge/composeValues';
import { code, type HoverContent } from '../render';
import { cachedDoc } from './docCache';

export type ReferenceSection = 'services' | 'networks' | 'volumes' | 'secrets' | 'configs';

const SPEC = 'https://docs.docker.com/reference/compose-file/';

/** The meanings of a key's fixed values, by value. */
export function valueMeanings(pattern: string): Readonly<Record<string, string>> {
  return composeValues[pattern] ?? {};
}

/** The hover of a key, titled with its dotted path as the hover is. */
export function keyDoc(pattern: string, title: string, schemaDescription?: string): string {
  return cachedDoc(`co:key:${pattern}:${title}`, (): HoverContent => keyContent(pattern, title)
    ?? { title, tags: ['Compose key'], what: schemaDescription ?? `A key of the Compose Specification.`, docsUrl: SPEC });
}

/** The hover of `key: value` for a fixed value, as the value hover says it. */
export function valueDoc(pattern: string, key: string, value: string, all: readonly string[], name?: string): string {
  return cachedDoc(`co:val:${pattern}:${value}:${name ?? ''}`, (): HoverContent => {
    const meaning = valueMeanings(pattern)[value];
    const written = name ? `${value}:${name}` : value;
    const lines = [meaning ? `${code(written)}: ${meaning}` : `${code(value)} is one of the values the Compose Specification allows: ${all.map(v => code(v)).join(', ')}.`];
    return keyContent(pattern, `${key}: ${written}`, lines) ?? { title: `${key}: ${written}`, what: lines[0], docsUrl: SPEC };
  });
}

/** The hover of `key: true` or `key: false`. */
export function booleanDoc(pattern: string, key: string, value: string): string {
  return cachedDoc(`co:bool:${pattern}:${value}`, (): HoverContent => {
    const line = value === 'true' ? `${code('true')} turns ${code(key)} on.` : `${code('false')} turns ${code(key)} off.`;
    return keyContent(pattern, `${key}: ${value}`, [line]) ?? { title: `${key}: ${value}`, what: line, docsUrl: SPEC };
  });
}

const how: Record<ReferenceSection, (name: string) => string> = {
  services: name => `Names the service ${code(name)} of this file.`,
  networks: name => `This service joins the network ${code(name)}.`,
  volumes: name => `Mounts the named volume ${code(name)}; write \`${name}:/path/in/container\`.`,
  secrets: name => `Gives this service the secret ${code(name)}, as a file under \`/run/secrets/\`.`,
  configs: name => `Gives this service the config ${code(name)}, as a file in the container.`,
};

/** The hover of a name declared in this file, used where a key refers to it. */
export function referenceDoc(section: ReferenceSection, name: string, line: number, pattern: string): string {
  return cachedDoc(`co:ref:${section}:${name}:${line}:${pattern}`, (): HoverContent => {
    const lines = [pattern === 'services/*/depends_on' ? `This service waits for ${code(name)} before it starts.` : how[section](name), `Defined on line ${line + 1}, under the top-level \`${section}:\`.`];
    return keyContent(pattern, name, lines) ?? { title: name, tags: [section], what: lines[0], inThisLine: lines.slice(1), docsUrl: SPEC };
  });
}
