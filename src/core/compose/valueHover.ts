// SPDX-License-Identifier: MIT
// Hover on a scalar value: picks the explainer for the spec path the value stands at.
import { code, type HoverContent } from '../render';
import { pageUrl } from '../knowledge/composeKeyDoc';
import { composeValues, prefixedValueKeys } from '../knowledge/composeValues';
import { explainBuildContext, explainCommandValue, explainHealthcheckTest } from './commands';
import { mapGet, type ComposeModel } from './composeDocument';
import { keyContent, lastKey, scalarText, type ExplainContext } from './content';
import { explainEnvFile, explainEnvListItem, explainFreeListItem } from './environment';
import { explainImageValue } from './imageRef';
import { describeInterpolations } from './interpolation';
import { explainReference } from './names';
import type { Section } from './references';
import { explainExposeValue, explainPortField, explainPortValue } from './ports';
import { explainVolumeSource, explainVolumeValue } from './volumes';

type ValueExplainer = (ctx: ExplainContext, pattern: string) => HoverContent | undefined;

/** A value that names something defined elsewhere in the file. */
function reference(section: Section, how: (name: string) => string, strip?: (text: string) => string): ValueExplainer {
  return (ctx) => {
    const text = scalarText(ctx.loc.node);
    if (text === undefined) return undefined;
    const name = strip ? strip(text) : text;
    return explainReference(ctx.model, section, name, how(name));
  };
}

const beforeColon = (t: string): string => t.split(':')[0];

/** Value explainers by spec path. List items are found under the list's own path. */
const valueExplainers: Record<string, ValueExplainer> = {
  'services/*/ports': explainPortValue,
  'services/*/ports/target': explainPortField,
  'services/*/ports/published': explainPortField,
  'services/*/ports/host_ip': explainPortField,
  'services/*/expose': explainExposeValue,
  'services/*/volumes': explainVolumeValue,
  'services/*/volumes/source': explainVolumeSource,
  'services/*/environment': explainEnvListItem,
  'services/*/env_file': explainEnvFile,
  'services/*/env_file/path': explainEnvFile,
  'services/*/image': explainImageValue,
  'services/*/build': explainBuildContext,
  'services/*/build/context': explainBuildContext,
  'services/*/command': explainCommandValue,
  'services/*/entrypoint': explainCommandValue,
  'services/*/healthcheck/test': explainHealthcheckTest,
  'services/*/depends_on': reference('services', n => `This service starts after ${code(n)} has started (short form: Compose does not wait for it to be ready).`),
  'services/*/links': reference('services', n => `Lets this service reach ${code(n)}${n.includes(':') ? '' : ' by its name'}; also starts it first.`, beforeColon),
  'services/*/extends': reference('services', n => `Copies the settings of ${code(n)} as the starting point for this service.`),
  'services/*/extends/service': (ctx, pattern) => {
    const text = scalarText(ctx.loc.node);
    const other = scalarText(mapGet(ctx.model, ctx.loc.parents[ctx.loc.parents.length - 1], 'file'));
    if (text === undefined) return undefined;
    // With `file:`, the service lives in that other file, so this file cannot say whether it exists.
    if (other !== undefined) return keyContent(pattern, text, [`Copies the settings of the service ${code(text)} defined in ${code(other)}, then applies this service's own keys on top.`]);
    return explainReference(ctx.model, 'services', text, `Copies the settings of ${code(text)} as the starting point for this service.`);
  },
  // `name` or `name:ro`; `container:x` names a container outside the project (compose-go normalize.go).
  'services/*/volumes_from': (ctx, pattern) => {
    const text = scalarText(ctx.loc.node);
    if (text?.startsWith('container:')) return keyContent(pattern, text, [`Mounts every volume of the container ${code(text.slice('container:'.length).split(':')[0])}, which Compose does not manage: it must exist already.`]);
    return reference('services', n => `Mounts every volume of ${code(n)} here as well, so Compose starts ${code(n)} first.`, beforeColon)(ctx, pattern);
  },
  'services/*/networks': reference('networks', n => `This service joins the network ${code(n)}; services on it reach each other by service name.`),
  'services/*/secrets': reference('secrets', n => `The secret is readable in the container as ${code('/run/secrets/' + n)}.`),
  'services/*/secrets/source': reference('secrets', n => `Gives this service the secret ${code(n)}.`),
  'services/*/build/secrets': reference('secrets', n => `The build can read ${code(n)} with \`RUN --mount=type=secret,id=${n}\`.`),
  'services/*/build/secrets/source': reference('secrets', n => `Gives the build the secret ${code(n)}.`),
  'services/*/configs': reference('configs', n => `The config appears in the container as the file ${code('/' + n)}.`),
  'services/*/configs/source': reference('configs', n => `Gives this service the config ${code(n)}.`),
  'services/*/credential_spec/config': reference('configs', n => `The credential spec is read from the config ${code(n)}.`),
  'services/*/models': reference('models', n => `This service uses the model ${code(n)}; its address arrives in an environment variable.`),
  'services/*/extra_hosts': (ctx) => {
    const text = scalarText(ctx.loc.node);
    const m = text === undefined ? null : /^([^:=]+)[:=](.+)$/.exec(text);
    if (!m) return undefined;
    const gateway = m[2] === 'host-gateway' ? ' (`host-gateway` is your machine as seen from the container)' : '';
    return keyContent('services/*/extra_hosts', text ?? '', [`Inside the container, the host name ${code(m[1])} resolves to ${code(m[2])}${gateway}.`]);
  },
  'name': (ctx) => {
    const text = scalarText(ctx.loc.node);
    return text === undefined ? undefined : keyContent('name', `name: ${text}`, [`Containers will be named like ${code(`${text}-<service>-1`)} and the default network ${code(`${text}_default`)}.`]);
  },
  'version': () => ({ title: 'version', tags: ['obsolete'], what: 'Compose ignores this value and warns that the attribute is obsolete. It does not pick a file format or enable features.', watchOut: ['Delete the whole `version:` line.'], docsUrl: pageUrl('version-and-name/#version-top-level-element-obsolete') }),
};

/** A value of a key with a fixed set of choices, like `restart: unless-stopped`; `model` is read only for `service:name`. */
function explainChoice(model: ComposeModel | undefined, pattern: string, keyName: string, text: string): HoverContent | undefined {
  const choices = composeValues[pattern];
  if (!choices) return undefined;
  let key = text;
  let arg: string | undefined;
  if (prefixedValueKeys.has(pattern) && text.includes(':')) [key, arg] = [text.slice(0, text.indexOf(':')), text.slice(text.indexOf(':') + 1)];
  if (pattern === 'services/*/pull_policy' && text.startsWith('every_')) key = 'every';
  const meaning = choices[key];
  const title = `${keyName}: ${text}`;
  if (!meaning) {
    if (text.includes('$')) return undefined;
    const known = Object.keys(choices).map(c => code(c)).join(', ');
    // Drivers can come from plugins, so an unknown name is not necessarily a mistake.
    const note = pattern.endsWith('/driver') ? `${code(text)} is not a built-in driver, so it must be a plugin installed on the Docker host. Built-in: ${known}.` : `${code(text)} is not one of the usual values: ${known}.`;
    return keyContent(pattern, title, [note]);
  }
  const lines = [`${code(text)}: ${meaning}`];
  if (pattern === 'services/*/restart' && key === 'on-failure' && arg && /^\d+$/.test(arg)) lines.push(`Here Docker tries at most ${arg} restart${arg === '1' ? '' : 's'}, then leaves the container stopped.`);
  const extra: string[] = [];
  if (arg && key === 'service' && model) {
    const ref = explainReference(model, 'services', arg, '');
    lines.push(...(ref.inThisLine ?? []).filter(Boolean));
    extra.push(...(ref.watchOut ?? []));
  }
  return keyContent(pattern, title, lines, extra);
}

/**
 * True when the hover on the scalar `text` at `pattern` reads nothing but that text and the key's name: no
 * explainer of its own (those look up images, paths, other services and sections), and no `service:name`.
 */
export function readsOnlyItsText(pattern: string, text: string): boolean {
  return !Object.prototype.hasOwnProperty.call(valueExplainers, pattern) && !(prefixedValueKeys.has(pattern) && text.startsWith('service:'));
}

/**
 * A scalar at `pattern`, under the key `keyName`, with no explainer of its own: its meaning when the key has
 * a fixed set of choices, else the key with any `${VAR}` in the value. `model` is read only for `service:name`.
 */
export function explainScalarText(model: ComposeModel | undefined, pattern: string, keyName: string, text: string): HoverContent | undefined {
  const choice = explainChoice(model, pattern, keyName, text);
  if (choice) return choice;
  const vars = describeInterpolations(text);
  return keyContent(pattern, `${keyName}: ${text.length > 60 ? text.slice(0, 59) + '…' : text}`, vars.length ? vars : undefined);
}

/** Hover for a scalar value at a spec path; falls back to the key's explanation with the value. */
export function explainValueAt(ctx: ExplainContext, pattern: string): HoverContent | undefined {
  const text = scalarText(ctx.loc.node);
  const special = valueExplainers[pattern];
  if (special) {
    const c = special(ctx, pattern);
    if (c) return withInterpolation(c, text);
  }
  if (text === undefined) return undefined;
  if (typeof ctx.loc.path[ctx.loc.path.length - 1] === 'number') {
    const item = explainFreeListItem(ctx, pattern);
    if (item) return item;
  }
  return explainScalarText(ctx.model, pattern, lastKey(ctx.loc.path) ?? '', text);
}

/** Adds the `${VAR}` lines to an explainer's answer unless it already explained them. */
export function withInterpolation(c: HoverContent, text: string | undefined): HoverContent {
  const vars = text?.includes('$') ? describeInterpolations(text) : [];
  if (!vars.length || (c.inThisLine ?? []).some(l => vars.includes(l))) return c;
  return { ...c, inThisLine: [...(c.inThisLine ?? []), ...vars] };
}
