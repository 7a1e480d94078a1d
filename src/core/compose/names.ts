// SPDX-License-Identifier: MIT
// Names and references: a service name summarises the service; a name used under depends_on, networks,
// volumes, secrets or configs points to its definition (line and summary) or says it is missing.
import { isMap, isSeq, type Node, type Pair } from 'yaml';
import { code, type HoverContent } from '../render';
import { pageUrl, servicesUrl } from '../knowledge/composeKeyDoc';
import { hasSection, lineOf, mapGet, sectionEntries, type ComposeModel } from './composeDocument';
import { listNames, preview, scalarText } from './content';
import { referenceStatus, type Section } from './references';

const sectionWord: Record<Section, string> = {
  services: 'service', networks: 'network', volumes: 'volume', secrets: 'secret', configs: 'config', models: 'model',
};

/** One-line facts about a service: image or build, published ports, dependencies. */
export function serviceFacts(model: ComposeModel, service: Node | null | undefined): string[] {
  const facts: string[] = [];
  const image = scalarText(mapGet(model, service, 'image'));
  const build = mapGet(model, service, 'build');
  const context = scalarText(build) ?? scalarText(mapGet(model, build, 'context'));
  if (build !== undefined) facts.push(`Built from ${code(context ?? '.')}${image ? `, tagged ${code(image)}` : ''}.`);
  else if (image) facts.push(`Runs the image ${code(image)}.`);
  const ports = mapGet(model, service, 'ports');
  if (isSeq(ports) && ports.items.length) {
    const shown = ports.items.slice(0, 4).map(p => code(scalarText(p) ?? preview(model, p as Node, 30)));
    facts.push(`Publishes ${shown.join(', ')}${ports.items.length > 4 ? ' and more' : ''}.`);
  }
  const deps = dependencyNames(mapGet(model, service, 'depends_on'));
  if (deps.length) facts.push(`Starts after ${listNames(deps)}.`);
  const mode = scalarText(mapGet(model, service, 'network_mode'));
  if (mode) facts.push(`Network mode ${code(mode)}.`);
  const profiles = mapGet(model, service, 'profiles');
  if (isSeq(profiles) && profiles.items.length) {
    const names = profiles.items.map(scalarText).filter((s): s is string => !!s);
    facts.push(`Only starts when profile ${names.map(n => code(n)).join(' or ')} is enabled (\`--profile\`) or when named on the command line.`);
  }
  return facts;
}

/** The service names listed under a `depends_on`, in either form. */
export function dependencyNames(dependsOn: Node | undefined): string[] {
  if (isSeq(dependsOn)) return dependsOn.items.map(scalarText).filter((s): s is string => !!s);
  if (isMap(dependsOn)) return dependsOn.items.map(p => scalarText(p.key)).filter((s): s is string => !!s);
  return [];
}

/** Hover for a service's own name under `services:`. */
export function explainServiceName(model: ComposeModel, name: string, pair: Pair | undefined): HoverContent {
  const facts = serviceFacts(model, pair?.value as Node | undefined);
  if (!scalarText(mapGet(model, pair?.value, 'network_mode'))) facts.push(`Other services on the same network reach it at the host name ${code(name)}.`);
  return {
    title: name,
    tags: ['service'],
    what: 'A service: one part of your app that runs as a container (or several, if scaled). Its name is also its address on the Compose network.',
    inThisLine: facts,
    docsUrl: pageUrl('services/'),
  };
}

function definitionSummary(model: ComposeModel, section: Section, pair: Pair): string {
  const v = pair.value as Node | undefined;
  if (section === 'services') return serviceFacts(model, v).join(' ') || 'A service with no image or build yet.';
  const bits: string[] = [];
  for (const k of ['driver', 'name', 'external', 'file', 'environment', 'model']) {
    const t = scalarText(mapGet(model, v, k));
    if (t) bits.push(`${k}: ${code(t)}`);
  }
  if (bits.length) return bits.join(', ') + '.';
  if (section === 'volumes') return 'All defaults: a `local` volume stored by Docker on this machine.';
  if (section === 'networks') return 'All defaults: a `bridge` network on this machine.';
  return 'No settings.';
}

/** Per model: section → referenced name → services that use it. Built on first use with one pass. */
const usageIndex = new WeakMap<ComposeModel, Map<Section, Map<string, string[]>>>();

/** Which services use a network, volume, secret or config (or depend on a service). */
function usersOf(model: ComposeModel, section: Section, name: string): string[] {
  let bySection = usageIndex.get(model);
  if (!bySection) usageIndex.set(model, bySection = new Map());
  let index = bySection.get(section);
  if (!index) {
    index = new Map();
    for (const [svc, pair] of sectionEntries(model, 'services')) {
      const list = mapGet(model, pair.value, section === 'services' ? 'depends_on' : section);
      const names = isMap(list) ? list.items.map(p => scalarText(p.key)) : isSeq(list)
        ? list.items.map(it => refName(section, scalarText(it) ?? scalarText(mapGet(model, it, 'source'))))
        : [];
      for (const n of new Set(names)) {
        if (n === undefined) continue;
        const users = index.get(n);
        if (users) users.push(svc); else index.set(n, [svc]);
      }
    }
    bySection.set(section, index);
  }
  return index.get(name) ?? [];
}

/** The referenced name in a list entry: for volumes the part before the first `:`. */
function refName(section: Section, entry: string | undefined): string | undefined {
  if (entry === undefined) return undefined;
  return section === 'volumes' ? entry.split(':')[0] : entry;
}

/** Hover for the name of a definition under `networks:`, `volumes:`, `secrets:`, `configs:` or `models:`. */
export function explainDefinitionName(model: ComposeModel, section: Section, name: string, pair: Pair | undefined): HoverContent {
  const word = sectionWord[section];
  const lines = [pair ? definitionSummary(model, section, pair) : ''].filter(Boolean);
  const users = usersOf(model, section, name);
  lines.push(users.length ? `Used by ${listNames(users)}.` : `No service in this file uses it yet.`);
  const what: Record<Section, string> = {
    services: '',
    networks: 'A network you define. Services that list it can reach each other on it by service name.',
    volumes: 'A named volume: storage Docker keeps outside any container. Its data survives `docker compose down`; only `down -v` removes it.',
    secrets: 'A secret you define. Only services that list it under their own `secrets:` can read it, as a file in `/run/secrets/`.',
    configs: 'A config you define. Only services that list it under their own `configs:` get it as a file.',
    models: 'An AI model you define; services that list it under `models:` get its address.',
  };
  return { title: name, tags: [word], what: what[section], inThisLine: lines, docsUrl: pageUrl(`${section}/`) };
}

/**
 * The watch-out for a name this file does not define. Included files (compose-spec-docs/14-include.md) and
 * files combined with `-f` or an override file (13-merge.md) add their own definitions, so the sentence names
 * them, the way the Undefined* Problems stay quiet for such files.
 */
function missingReference(model: ComposeModel, word: string, section: Section, name: string): string {
  const missing = `There is no ${word} ${code(name)} under the top-level \`${section}:\` of this file`;
  if (hasSection(model, 'include')) return `${missing}. It may come from a file listed under \`include:\` (or from one added with \`-f\`): their ${section} join this project.`;
  return `${missing}, so Compose refuses it, unless another compose file combined with it (with \`-f\`, or an override file) defines it.`;
}

/** Hover for a name used as a reference, pointing at its definition or saying it is missing. */
export function explainReference(model: ComposeModel, section: Section, name: string, how: string, extra: readonly string[] = []): HoverContent {
  const word = sectionWord[section];
  const status = referenceStatus(model, section, name);
  const lines: string[] = [how];
  const watchOut: string[] = [];
  if (status.kind === 'declared') {
    const pair = status.pair;
    lines.push(`Defined on line ${lineOf(model, (pair.key as Node).range?.[0] ?? 0) + 1}: ${definitionSummary(model, section, pair)}`);
  } else if (status.kind === 'implicit') {
    lines.push('`default` is the network Compose creates for every project; it needs no definition.');
  } else {
    watchOut.push(missingReference(model, word, section, name));
  }
  return {
    title: name,
    tags: [`${word} reference`],
    what: `The name of a ${word} defined under the top-level \`${section}:\` key.`,
    inThisLine: [...lines, ...extra],
    watchOut: watchOut.length ? watchOut : undefined,
    docsUrl: section === 'services' ? servicesUrl('depends_on') : pageUrl(`${section}/`),
  };
}

