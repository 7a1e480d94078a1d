// SPDX-License-Identifier: MIT
// Environment values: `environment` in list (`KEY=value`) and map (`KEY: value`) form, `env_file`,
// and the other free-form maps whose keys you choose (build args, labels, sysctls...).
import { isScalar, type Node } from 'yaml';
import { code, type HoverContent } from '../render';
import { keyContent, scalarText, type ExplainContext } from './content';
import { describeInterpolations } from './interpolation';

const secretish = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY)/i;

/** `plainSource`: the value as written when it is a plain (unquoted) scalar, else undefined. */
function variableLines(name: string, value: string | undefined, plainSource: string | undefined): { lines: string[]; warnings: string[] } {
  const lines: string[] = [];
  const warnings: string[] = [];
  if (value === undefined) {
    lines.push(`${code(name)} has no value here, so Compose copies it from the shell that runs \`docker compose\`; if it is unset there, the container does not get it.`);
  } else {
    // With `${...}` in it, the container sees the filled-in result, not the text as written.
    const shown = value === '' ? 'an empty string' : /\$\{|\$[A-Za-z_]/.test(value.replace(/\$\$/g, '')) ? `${code(value)} once Compose fills in the variables` : code(value);
    lines.push(`Inside the container, ${code(name)} is set to ${shown}.`);
    lines.push(...describeInterpolations(value));
  }
  // The spec asks for quotes on true/false/yes/no: some YAML readers turn them into booleans.
  if (plainSource !== undefined && /^(true|false|yes|no|on|off)$/i.test(plainSource)) {
    warnings.push(`Some YAML readers turn an unquoted \`${plainSource}\` into a boolean; quote it (\`"${plainSource}"\`) so the app gets exactly that text.`);
  }
  // A `${VAR}` value already keeps the secret out of the file; only literal values get the warning.
  if (secretish.test(name) && value && !value.includes('$')) {
    warnings.push('Anyone who can run `docker inspect` sees this value. For real secrets use `secrets:` or keep it out of the file with `${VAR}`.');
  }
  return { lines, warnings };
}

/** Hover for a list entry `KEY=value` (or a bare `KEY`) under `environment:`. */
export function explainEnvListItem(ctx: ExplainContext): HoverContent | undefined {
  const text = scalarText(ctx.loc.node);
  if (text === undefined) return undefined;
  const eq = text.indexOf('=');
  const name = eq < 0 ? text : text.slice(0, eq);
  const { lines, warnings } = variableLines(name, eq < 0 ? undefined : text.slice(eq + 1), undefined);
  return keyContent('services/*/environment', name, lines, warnings);
}

/** Hover for a variable in map form: its name (key) or its value. */
export function explainEnvMapEntry(ctx: ExplainContext, name: string): HoverContent | undefined {
  const valueNode = ctx.loc.pair?.value as Node | null | undefined;
  return envEntryContent(name, scalarText(valueNode), isScalar(valueNode) && valueNode.type === 'PLAIN' ? valueNode.source ?? '' : undefined);
}

/** A variable in map form, from its name, its value as Compose reads it, and the value as written when unquoted. */
export function envEntryContent(name: string, value: string | undefined, plainSource: string | undefined): HoverContent | undefined {
  const { lines, warnings } = variableLines(name, value, plainSource);
  return keyContent('services/*/environment', name, lines, warnings);
}

/** Hover for an `env_file` path. */
export function explainEnvFile(ctx: ExplainContext, pattern: string): HoverContent | undefined {
  const text = scalarText(ctx.loc.node);
  if (text === undefined) return undefined;
  const lines = [`Each \`KEY=value\` line of ${code(text)} (relative to the compose file's folder) becomes a variable inside the container.`];
  if (/(^|\/)\.env$/.test(text)) lines.push('If this is the `.env` in the project folder, it is also the file Compose reads by itself to fill `${VAR}` in the compose file; listing it here additionally hands every line to the container.');
  return keyContent(pattern, text, lines);
}

const entryWords: Record<string, (name: string, value: string | undefined) => string> = {
  'services/*/build/args': (n, v) => `Build argument ${code(n)}${v !== undefined ? ` = ${code(v)}` : ' taken from your shell'}; the Dockerfile reads it with \`ARG ${n}\`, only while building.`,
  'services/*/labels': (n, v) => `Label ${code(n)}${v !== undefined ? ` = ${code(v)}` : ''} on the container (\`docker inspect\` shows it).`,
  'services/*/build/labels': (n, v) => `Label ${code(n)}${v !== undefined ? ` = ${code(v)}` : ''} stored on the built image.`,
  'services/*/sysctls': (n, v) => `Kernel setting ${code(n)} becomes ${code(v ?? '')} for this container only.`,
  'services/*/extra_hosts': (n, v) => `Inside the container, the host name ${code(n)} resolves to ${code(v ?? '')}${v === 'host-gateway' ? ' (your machine)' : ''}.`,
  'services/*/logging/options': (n, v) => `Logging option ${code(n)} = ${code(v ?? '')}${n === 'max-size' ? ': each log file is rotated at this size' : n === 'max-file' ? ': how many rotated files are kept' : ''}.`,
};

/** Hover for a `KEY=value` list item of a free-form setting written as a list (`args`, `labels`, `sysctls`...). */
export function explainFreeListItem(ctx: ExplainContext, pattern: string): HoverContent | undefined {
  const text = scalarText(ctx.loc.node);
  if (text === undefined || !entryWords[pattern]) return undefined;
  const eq = text.indexOf('=');
  return explainFreeEntry(ctx, pattern, eq < 0 ? text : text.slice(0, eq), eq < 0 ? undefined : text.slice(eq + 1));
}

/** Hover for a key you chose inside a free-form mapping (other than `environment`), or its value. */
export function explainFreeEntry(ctx: ExplainContext, pattern: string, name: string, listValue?: string): HoverContent | undefined {
  return freeEntryContent(pattern, name, listValue ?? scalarText(ctx.loc.pair?.value));
}

/** A key you chose inside a free-form mapping, from its name and its value as Compose reads it (undefined for none). */
export function freeEntryContent(pattern: string, name: string, value: string | undefined): HoverContent | undefined {
  const words = entryWords[pattern];
  const lines = words ? [words(name, value)] : [`${code(name)}${value !== undefined ? ` = ${code(value)}` : ''}: one entry of \`${pattern.split('/').pop()}\`.`];
  if (value !== undefined) lines.push(...describeInterpolations(value));
  return keyContent(pattern, name, lines);
}
