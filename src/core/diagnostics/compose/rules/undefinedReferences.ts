// SPDX-License-Identifier: MIT
// UndefinedService, UndefinedNetwork, UndefinedVolume, UndefinedSecret, UndefinedConfig: a service uses a
// name that the file never defines. The check is referenceStatus, the same one the reference hovers call.
// Reference: compose-spec-docs/05-services.md (depends_on, extends, links, volumes_from, network_mode, networks,
// volumes, secrets, configs), compose-go loader/validate.go (checkConsistency),
// 06-networks.md, 07-volumes.md, 08-configs.md, 09-secrets.md.
import { isScalar } from 'yaml';
import { mapGet, sectionEntries, type ComposeModel } from '../../../compose/composeDocument';
import { scalarText } from '../../../compose/content';
import type { Section } from '../../../compose/references';
import { referenceStatus } from '../../../compose/references';
import { closestName } from '../../../spelling';
import type { Range } from '../../../text';
import type { ComposeRule, RuleDoc } from '../../types';
import { nodeRange } from '../nodes';
import { namesMayComeFromElsewhere, serviceReferences, type NameUse } from '../serviceReferences';

/**
 * The declared entry the writer probably meant, and how to say it: a near spelling; the entry whose `name:` they
 * wrote (a network `internal-network` with `name: cruddur`, used as `cruddur` or `cruddur-net`: inside the file
 * services use the key, the engine sees the `name:`); or, for networks, volumes, secrets and configs, the only
 * one the file declares (K7 of the 2026-12-06 walkthrough), said but not offered as a fix (`guess`).
 */
function meant(model: ComposeModel, section: Section, used: string): { name: string; said: string; guess?: boolean } | undefined {
  const entries = sectionEntries(model, section);
  const spelled = closestName(used, entries.keys());
  if (spelled) return { name: spelled, said: `did you mean \`${spelled}\`?` };
  if (section === 'services') return undefined;
  for (const [key, pair] of entries) {
    const engineName = scalarText(mapGet(model, pair.value, 'name'));
    if (!engineName || engineName === key) continue;
    if (used === engineName || (engineName.length >= 3 && (used.startsWith(engineName) || engineName.startsWith(used)))) {
      return { name: key, said: `did you mean \`${key}\`? Its \`name: ${engineName}\` is what the engine calls it; services name it by its key, \`${key}\`.` };
    }
  }
  // Said, but offered as no fix: the one entry may have nothing to do with the name written (another secret).
  return entries.size === 1 ? { name: [...entries.keys()][0], said: `this file declares only \`${[...entries.keys()][0]}\`.`, guess: true } : undefined;
}

/**
 * Where the name itself is written: the whole node, or the start of a plain `data:/var/lib/data` volume entry.
 * Undefined when it cannot be told apart (a quoted entry), so no fix rewrites more than the name.
 */
function nameRange(use: NameUse, range: Range): Range | undefined {
  if (range.start.line === range.end.line && range.end.character - range.start.character === use.name.length) return range;
  const n = use.node;
  if (isScalar(n) && n.type === 'PLAIN' && typeof n.value === 'string' && n.value.startsWith(`${use.name}:`)) {
    return { start: range.start, end: { line: range.start.line, character: range.start.character + use.name.length } };
  }
  return undefined;
}

/** Renaming to a name the same service already uses there would list it twice (a duplicate key in the map form). */
const usedAlready = (uses: readonly NameUse[], use: NameUse, name: string) => uses.some(u => u.service === use.service && u.section === use.section && u.name === name);

type Doc = Omit<RuleDoc, 'source' | 'severity' | 'docsUrl'> & { docsPage: string };

function referenceRule(section: Exclude<Section, 'models'>, word: string, doc: Doc): ComposeRule {
  const { docsPage, ...rest } = doc;
  return {
    ...rest,
    source: 'coach',
    severity: 'error',
    docsUrl: `https://docs.docker.com/reference/compose-file/${docsPage}`,
    check({ model, file, paths }, report) {
      if (namesMayComeFromElsewhere(model, file?.path, paths)) return;
      const uses = serviceReferences(model);
      for (const use of uses) {
        if (use.section !== section || referenceStatus(model, section, use.name).kind !== 'missing') continue;
        const range = nodeRange(model, use.node);
        if (!range) continue;
        const hint = meant(model, section, use.name);
        const at = nameRange(use, range);
        const fix = hint && !hint.guess && at && !usedAlready(uses, use, hint.name) ? [{ title: `Use \`${hint.name}\``, edits: [{ range: at, newText: hint.name }] }] : undefined;
        report({ range, message: `There is no ${word} \`${use.name}\` under the top-level \`${section}:\` of this file${hint ? `; ${hint.said}` : '.'}`, fixes: fix });
      }
    },
  };
}

export const undefinedService = referenceRule('services', 'service', {
  code: 'UndefinedService',
  title: 'Depends on a service that does not exist',
  why: '`depends_on`, `extends`, `links`, `volumes_from` and `network_mode: service:…` name other services of the same file. A name that matches none (often a typo, or a service that was renamed) makes Compose refuse the whole file, even with `required: false`, which only excuses a service that a profile leaves out.',
  fix: 'Use the name exactly as written under `services:`, or add that service.',
  docsPage: 'services/#depends_on',
  reference: 'compose-spec-docs/05-services.md',
});

export const undefinedNetwork = referenceRule('networks', 'network', {
  code: 'UndefinedNetwork',
  title: 'Network not declared',
  why: 'A service can join only networks the file declares under the top-level `networks:` (or `default`, which Compose makes by itself). Compose refuses to start with an undeclared one.',
  fix: 'Add the network under the top-level `networks:` (an empty `mynet:` line is enough), or fix the name.',
  docsPage: 'networks/',
  reference: 'compose-spec-docs/06-networks.md',
});

export const undefinedVolume = referenceRule('volumes', 'volume', {
  code: 'UndefinedVolume',
  title: 'Named volume not declared',
  why: 'In `- data:/var/lib/data`, `data` has no `/` or `.` in front, so it is a named volume, and named volumes must be declared under the top-level `volumes:`. If you meant a folder of your project, write `./data`.',
  fix: 'Add `data:` under the top-level `volumes:`, or write a path like `./data` for a bind mount.',
  docsPage: 'volumes/',
  reference: 'compose-spec-docs/07-volumes.md',
});

export const undefinedSecret = referenceRule('secrets', 'secret', {
  code: 'UndefinedSecret',
  title: 'Secret not declared',
  why: 'A service can only be given secrets that the file declares under the top-level `secrets:`, where it says which file or variable holds the value.',
  fix: 'Declare it under the top-level `secrets:`, for example `db_password: { file: ./db_password.txt }`.',
  docsPage: 'secrets/',
  reference: 'compose-spec-docs/09-secrets.md',
});

export const undefinedConfig = referenceRule('configs', 'config', {
  code: 'UndefinedConfig',
  title: 'Config not declared',
  why: 'A service can only be given configs that the file declares under the top-level `configs:`, where it says which file, text or variable holds the content.',
  fix: 'Declare it under the top-level `configs:`, for example `nginx_conf: { file: ./nginx.conf }`.',
  docsPage: 'configs/',
  reference: 'compose-spec-docs/08-configs.md',
});
