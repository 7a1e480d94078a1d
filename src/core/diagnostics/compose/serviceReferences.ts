// SPDX-License-Identifier: MIT
// Every name a service uses that should be defined in the file: dependencies, `extends`, networks,
// named volumes, secrets and configs, each with the node to underline.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { hasSection, type ComposeModel } from '../../compose/composeDocument';
import type { Section } from '../../compose/names';
import { isHostPath, parseVolume } from '../../compose/volumes';
import { isTrue, itemsOf, scalarText, services, setting } from './nodes';

/** One use of a name by a service. */
export interface NameUse { service: string; section: Section; name: string; node: Node }

const usable = (name: string | undefined): name is string => !!name && !name.includes('$');

const cache = new WeakMap<ComposeModel, NameUse[]>();

/** The names every service uses, in file order (once per model). Names filled in from `${...}` are left out. */
export function serviceReferences(model: ComposeModel): NameUse[] {
  let found = cache.get(model);
  if (!found) cache.set(model, found = collectReferences(model));
  return found;
}

function collectReferences(model: ComposeModel): NameUse[] {
  const out: NameUse[] = [];
  const add = (service: string, section: Section, name: string | undefined, node: unknown): void => {
    if (usable(name) && node) out.push({ service, section, name, node: node as Node });
  };
  for (const svc of services(model)) {
    const s = svc.name;
    const deps = setting(model, svc, 'depends_on');
    if (isSeq(deps)) for (const it of deps.items) add(s, 'services', scalarText(it), it);
    // `required: false` tells Compose to carry on without that service.
    if (isMap(deps)) for (const p of deps.items) if (!isFalse(setting(model, p.value as Node, 'required'))) add(s, 'services', scalarText(p.key), p.key);
    const ext = setting(model, svc, 'extends');
    if (isScalar(ext)) add(s, 'services', scalarText(ext), ext);
    else if (isMap(ext) && !setting(model, ext, 'file')) { const n = setting(model, ext, 'service'); add(s, 'services', scalarText(n), n); }
    const nets = setting(model, svc, 'networks');
    if (isSeq(nets)) for (const it of nets.items) add(s, 'networks', scalarText(it), it);
    if (isMap(nets)) for (const p of nets.items) add(s, 'networks', scalarText(p.key), p.key);
    for (const it of itemsOf(model, setting(model, svc, 'volumes'))) {
      if (isScalar(it)) {
        const source = parseVolume(scalarText(it) ?? '')?.source;
        if (source && !isHostPath(source)) add(s, 'volumes', source, it);
      } else if (isMap(it) && scalarText(setting(model, it, 'type')) === 'volume') {
        const src = setting(model, it, 'source');
        add(s, 'volumes', scalarText(src), src);
      }
    }
    for (const section of ['secrets', 'configs'] as const) {
      for (const it of itemsOf(model, setting(model, svc, section))) {
        const n = isScalar(it) ? it : setting(model, it, 'source');
        add(s, section, scalarText(n), n);
      }
    }
  }
  return out;
}

function isFalse(n: Node | undefined): boolean {
  return isScalar(n) && (n.value === false || (typeof n.value === 'string' && /^false$/i.test(n.value)));
}

/** The names `docker compose` reads without `-f`; any other name is usually combined with others via `-f`. */
const defaultName = /^(docker-)?compose\.ya?ml$/i;

/** The override files Compose merges onto a default-named file when they sit next to it. */
export function overrideSiblings(filePath: string): string[] {
  const sep = /\\/.test(filePath) && !filePath.includes('/') ? '\\' : '/';
  const cut = Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\'));
  const base = filePath.slice(cut + 1);
  if (!defaultName.test(base)) return [];
  const stem = base.replace(/\.ya?ml$/i, '');
  return ['yaml', 'yml'].map(ext => `${filePath.slice(0, cut)}${sep}${stem}.override.${ext}`);
}

/**
 * True when names may be defined outside this file, so "not defined" would be a guess: the file pulls in
 * others with `include:`; it is an override file; it has a name `docker compose` does not read by itself
 * (so it is passed with `-f`, usually after a main file); or an override file sits next to it.
 */
export function namesMayComeFromElsewhere(model: ComposeModel, filePath: string | undefined, paths?: ReadonlyMap<string, string>): boolean {
  if (hasSection(model, 'include')) return true;
  if (!filePath) return false;
  const base = filePath.split(/[\\/]/).pop() ?? '';
  if (/override/i.test(base) || !defaultName.test(base)) return true;
  return overrideSiblings(filePath).some(p => paths?.get(p) === 'file');
}

export { isTrue };
