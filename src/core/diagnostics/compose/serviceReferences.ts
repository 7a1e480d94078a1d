// SPDX-License-Identifier: MIT
// Every name a service uses that should be defined in the file: dependencies, `extends`, networks,
// named volumes, secrets and configs, each with the node to underline.
import { isMap, isNode, isScalar, isSeq, visit, type Node } from 'yaml';
import { hasSection, type ComposeModel } from '../../compose/composeDocument';
import type { Section } from '../../compose/references';
import { parseVolume } from '../../compose/volumes';
import { isHostPath } from '../../hostPath';
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
    // `required: false` excuses a service that a profile leaves out, not one defined nowhere: compose-go
    // (loader/validate.go checkConsistency) refuses that too. A service under `profiles:` is still defined here.
    if (isMap(deps)) for (const p of deps.items) add(s, 'services', scalarText(p.key), p.key);
    // Compose also starts these first and refuses the file when they name no service (compose-go normalize.go).
    for (const it of itemsOf(model, setting(model, svc, 'links'))) add(s, 'services', scalarText(it)?.split(':')[0], it);
    for (const key of ['network_mode', 'ipc', 'pid', 'uts', 'cgroup']) {
      const n = setting(model, svc, key);
      const v = scalarText(n);
      if (v?.startsWith('service:')) add(s, 'services', v.slice('service:'.length), n);
    }
    for (const it of itemsOf(model, setting(model, svc, 'volumes_from'))) {
      const v = scalarText(it);
      if (v && !v.startsWith('container:')) add(s, 'services', v.split(':')[0], it);
    }
    const ext = setting(model, svc, 'extends');
    if (isScalar(ext)) add(s, 'services', scalarText(ext), ext);
    else if (isMap(ext) && !setting(model, ext, 'file')) { const n = setting(model, ext, 'service'); add(s, 'services', scalarText(n), n); }
    const nets = setting(model, svc, 'networks');
    if (isSeq(nets)) for (const it of nets.items) add(s, 'networks', scalarText(it), it);
    if (isMap(nets)) for (const p of nets.items) add(s, 'networks', scalarText(p.key), p.key);
    for (const it of itemsOf(model, setting(model, svc, 'volumes'))) {
      if (isScalar(it)) {
        const source = parseVolume(scalarText(it) ?? '')?.source;
        // `data/x` is no name a volume can have: InvalidVolumeMount says so, with the `./` fix.
        if (source && !isHostPath(source) && !/[/\\]/.test(source)) add(s, 'volumes', source, it);
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

/** The names `docker compose` reads without `-f`; any other name is usually combined with others via `-f`. */
const defaultName = /^(docker-)?compose\.ya?ml$/i;

/** The override files Compose merges onto a default-named file when they sit next to it. */
export function overrideSiblings(filePath: string): string[] {
  const base = filePath.slice(folderOf(filePath).length);
  if (!defaultName.test(base)) return [];
  const stem = base.replace(/\.ya?ml$/i, '');
  return ['yaml', 'yml'].map(ext => `${folderOf(filePath)}${stem}.override.${ext}`);
}

/** The folder part of a path with its trailing separator (`/proj/`, `C:\\proj\\`), or '' for a bare name. */
function folderOf(filePath: string): string {
  return filePath.slice(0, Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\')) + 1);
}

/** The main compose files `docker compose` would read in the same folder as `filePath`. */
export function mainSiblings(filePath: string): string[] {
  return ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'].map(n => `${folderOf(filePath)}${n}`);
}

const mergeTagged = new WeakMap<ComposeModel, boolean>();

/**
 * True when a value is tagged `!reset` or `!override`, which only mean something in a file merged onto
 * another one (compose-spec-docs/13-merge.md). Read from the parsed tags, so a `!reset` in a comment or a
 * string does not count; once per model.
 */
export function usesMergeTags(model: ComposeModel): boolean {
  let found = mergeTagged.get(model);
  if (found === undefined) {
    found = false;
    visit(model.doc, (_key, node) => {
      if (isNode(node) && (node.tag === '!reset' || node.tag === '!override')) { found = true; return visit.BREAK; }
      return undefined;
    });
    mergeTagged.set(model, found);
  }
  return found;
}

/**
 * True when names may be defined outside this file, so "not defined" would be a guess: the file pulls in
 * others with `include:`; it is an override file (by name, or because it uses `!reset` / `!override`); an
 * override file sits next to it; or it has a name
 * `docker compose` does not read by itself (so it is passed with `-f`) and a main compose file sits next to
 * it, or the adapter could not tell (no `paths`), so it may be added onto one (`-f compose.yaml -f this.yaml`).
 * A file with another name alone in its folder, like an exercise, is a project by itself: checked in full.
 */
export function namesMayComeFromElsewhere(model: ComposeModel, filePath: string | undefined, paths?: ReadonlyMap<string, string>): boolean {
  if (hasSection(model, 'include') || usesMergeTags(model)) return true;
  if (!filePath) return false;
  const base = filePath.split(/[\\/]/).pop() ?? '';
  if (/override/i.test(base)) return true;
  if (defaultName.test(base)) return overrideSiblings(filePath).some(p => paths?.get(p) === 'file');
  return mainSiblings(filePath).some(p => paths?.get(p) !== 'missing');
}

export { isTrue };
