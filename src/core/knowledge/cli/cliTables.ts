// SPDX-License-Identifier: MIT
// The whole docker CLI as the hovers and completions read it: every command of the catalogues under every
// name, each flag with its explanation. The fuller hand-written entries of ../dockerCliCommands.ts and
// ../dockerCliCompose.ts (arguments, line advice, flags with value readers) win where they exist; the
// catalogues add the rest. Loaded on first need through ../cliAccess.ts, never at activation.
//
// The hand-written entries are the core's (the failure catalogue and the shell hovers read them too), so the
// core hands them in: importing them here would bundle a second copy of them into dist/cliTables.js, to be
// compiled and run again on the first load, and two copies of the same objects.
import type { CliCommandDoc } from '../dockerCliCommands';
import type { CliFlagDoc } from '../dockerCliFlags';
import { buildFlagTexts } from './buildFlagTexts';
import type { CliEntry } from './catalogTypes';
import { composeCatalog } from './composeCatalog';
import { composeFlagOverrides, composeFlagTexts } from './composeFlagTexts';
import { containerFlagTexts } from './containerFlagTexts';
import { dockerCatalog } from './dockerCatalog';
import { dockerCatalogMore } from './dockerCatalogMore';
import { dockerLaterCatalog } from './dockerLaterCatalog';
import { flagEquivalents } from './equivalents';
import { flagTextOverrides, sharedFlagTexts } from './flagTexts';
import type { FlagText } from './flagTextTypes';

/** One command set (`docker` or `docker compose`): the commands by key, and every name that reaches them. */
export interface CliCommandSet {
  commands: Readonly<Record<string, CliCommandDoc>>;
  /** Every name a command answers to, its key included: `container ls` → `ps`. */
  names: ReadonlyMap<string, string>;
  /** First words that need more words to name a command (`volume`, `bridge`). */
  groups: ReadonlySet<string>;
  /** The catalogue entry behind each key. */
  entries: Readonly<Record<string, CliEntry>>;
}

export interface CliTables {
  docker: CliCommandSet;
  compose: CliCommandSet;
  /** The flags of `docker` itself and of `docker compose` itself, before the command. */
  dockerGlobalFlags: readonly CliFlagDoc[];
  composeGlobalFlags: readonly CliFlagDoc[];
}

/** A flag spec of the catalogues, `-n --tail <string> =all`, read apart. */
export interface FlagSpec { names: string[]; type?: string; default?: string }

export function parseFlagSpec(spec: string): FlagSpec {
  const parts = spec.split(' ');
  const names = parts.filter(p => p.startsWith('-'));
  const type = parts.find(p => p.startsWith('<'))?.slice(1, -1);
  const eq = spec.indexOf(' =');
  return { names, type, default: eq < 0 ? undefined : spec.slice(eq + 2) };
}

const docsRoot = 'https://docs.docker.com/reference/cli/docker/';
/** The commands whose flags have a Dockerfile or Compose equivalent worth naming. */
const equivalentsFor = new Set(['run', 'create', 'update', 'build', 'exec']);

function textOf(t: FlagText | undefined): Exclude<FlagText, string> | undefined {
  if (t === undefined) return undefined;
  return typeof t === 'string' ? { what: t } : t;
}

function flagDoc(spec: FlagSpec, key: string, compose: boolean, rich: readonly CliFlagDoc[], url: string): CliFlagDoc {
  const long = spec.names[spec.names.length - 1];
  const found = rich.find(r => r.names.includes(long));
  const equivalent = !compose && equivalentsFor.has(key) ? flagEquivalents[long] : undefined;
  const extra = { type: spec.type, default: spec.default, equivalent };
  if (found) return { ...found, names: spec.names, ...extra, rank: rich.indexOf(found) };
  const text = textOf(compose
    ? composeFlagOverrides[`${key} ${long}`] ?? composeFlagTexts[long] ?? sharedFlagTexts[long]
    : buildFlagTexts[`${key} ${long}`] ?? flagTextOverrides[`${key} ${long}`] ?? containerFlagTexts[long] ?? sharedFlagTexts[long]);
  return {
    names: spec.names,
    value: spec.type ? { placeholder: spec.type, kind: text?.kind ?? 'plain' } : undefined,
    summary: text?.what ?? '',
    watchOut: text?.watch ? [text.watch] : undefined,
    docsUrl: url,
    ...extra,
  };
}

function commandSet(entries: Record<string, CliEntry>, rich: Record<string, CliCommandDoc>, compose: boolean): CliCommandSet {
  const commands: Record<string, CliCommandDoc> = {};
  const names = new Map<string, string>();
  const groups = new Set<string>();
  for (const [key, e] of Object.entries(entries)) {
    const doc = rich[key];
    const url = `${docsRoot}${compose ? 'compose/' : ''}${e.page}/`;
    // `docker create` and `docker update` share `docker run`'s flags, and its fuller entries for them.
    const richFlags = doc?.flags ?? (key === 'create' || key === 'update' ? rich.run?.flags ?? [] : []);
    const title = `docker ${compose ? 'compose ' : ''}${key}`;
    commands[key] = {
      ...doc,
      title,
      usage: doc?.usage ?? `${title}${e.flags?.length ? ' [OPTIONS]' : ''}`,
      summary: doc?.summary ?? e.what ?? '',
      tags: e.later ? [...(e.tags ?? []), 'outside a first month'] : doc?.tags ?? e.tags,
      flags: (e.flags ?? []).map(s => flagDoc(parseFlagSpec(s), key, compose, richFlags, doc?.docsUrl ?? url)),
      otherValueOptions: doc?.otherValueOptions,
      docsUrl: doc?.docsUrl ?? url,
    };
    for (const name of [key, ...(e.aka ?? [])]) {
      names.set(name, key);
      const words = name.split(' ');
      for (let i = 1; i < words.length; i++) groups.add(words.slice(0, i).join(' '));
    }
  }
  return { commands, names, groups, entries };
}

/** The core's hand-written entries (../dockerCliCommands.ts, ../dockerCliCompose.ts), which win over the catalogues. */
export interface RichCliDocs {
  dockerCommands: Record<string, CliCommandDoc>;
  composeCommands: Record<string, CliCommandDoc>;
  composeGlobalFlags: readonly CliFlagDoc[];
}

/** Builds the tables from the catalogues and the core's entries: a new object per call (cliAccess.ts keeps one). */
export function buildCliTables(rich: RichCliDocs): CliTables {
  return {
    docker: commandSet({ ...dockerCatalog, ...dockerCatalogMore, ...dockerLaterCatalog }, rich.dockerCommands, false),
    compose: commandSet(composeCatalog, rich.composeCommands, true),
    dockerGlobalFlags: dockerGlobalFlagSpecs.map(s => flagDoc(parseFlagSpec(s), '', false, [], docsRoot)),
    composeGlobalFlags: composeGlobalFlagSpecs.map(s => flagDoc(parseFlagSpec(s), '', true, rich.composeGlobalFlags, `${docsRoot}compose/`)),
  };
}

/** The options of `docker` itself (docker.md). */
const dockerGlobalFlagSpecs = [
  '--config <string>', '-c --context <string>', '-D --debug', '-H --host <string>', '-l --log-level <string> =info',
  '--tls', '--tlscacert <string>', '--tlscert <string>', '--tlskey <string>', '--tlsverify',
];
/** The options of `docker compose` itself (docker_compose.yaml, hidden ones left out). */
const composeGlobalFlagSpecs = [
  '--all-resources', '--ansi <string> =auto', '--compatibility', '--dry-run', '--env-file <stringArray>',
  '-f --file <stringArray>', '--parallel <int> =-1', '--profile <stringArray>', '--progress <string>',
  '--project-directory <string>', '-p --project-name <string>',
];
