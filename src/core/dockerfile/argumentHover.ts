// SPDX-License-Identifier: MIT
// Hovers on the arguments of single-purpose instructions: an OCI label key, the STOPSIGNAL signal,
// the USER and WORKDIR values, and the `CMD` word of HEALTHCHECK.
import type { Healthcheck, Label, Property } from 'dockerfile-ast';
import { dockerfileFlags } from '../knowledge/dockerfileFlags';
import { ociLabel, ociLabelPrefix, ociLabels } from '../knowledge/dockerfileLabels';
import { code } from '../render';
import { closestName } from '../spelling';
import { contains, type Position, type Range } from '../text';
import { describeForm } from './forms';
import type { DockerfileHit } from './hit';
import { commandText, flagsOf, formOf, locate } from './locate';
import { activeShell } from './activeShell';
import type { DockerfileModel } from './model';
import { signalFact, userFacts, workdirFacts } from './runtimeSettings';

const ref = (anchor: string) => `https://docs.docker.com/reference/dockerfile/#${anchor}`;

export function explainArgument(model: DockerfileModel, pos: Position): DockerfileHit | undefined {
  const at = locate(model, pos);
  if (!at) return undefined;
  const { inst } = at;
  // Only these instructions have argument hovers; skip the (costly) argument range for the rest.
  if (!/^(LABEL|STOPSIGNAL|USER|WORKDIR|HEALTHCHECK)$/.test(inst.getKeyword())) return undefined;
  const args = inst.getArgumentsRange();
  if (!args || !contains(args, pos)) return undefined;
  switch (inst.getKeyword()) {
    case 'LABEL': return explainLabelKey(inst as Label, pos);
    case 'STOPSIGNAL': return simple(args, inst.getArgumentsContent() ?? '', 'stop signal', 'The signal `docker stop` sends to the main process to ask it to exit.', signalFact(inst), ref('stopsignal'), 'STOPSIGNAL');
    case 'USER': {
      const u = userFacts(model, inst);
      return simple(args, inst.getArgumentsContent() ?? '', 'user', 'The user (and optional group) that later `RUN` lines and the container\'s process run as.', u.facts, ref('user'), 'USER', u.watchOut);
    }
    case 'WORKDIR': return simple(args, inst.getArgumentsContent() ?? '', 'working folder', 'The folder later instructions and the container\'s command run in.', workdirFacts(model, inst), ref('workdir'), 'WORKDIR');
    case 'HEALTHCHECK': return explainHealthcheckCommand(model, inst as Healthcheck, pos);
  }
  return undefined;
}

function simple(range: Range, title: string, tag: string, what: string, facts: string[], docsUrl: string, keyword: string, watchOut: string[] = []): DockerfileHit | undefined {
  if (!facts.length) return undefined;
  return { range, topics: [`instruction:${keyword}`], content: { title: title.trim(), tags: [keyword, tag], what, inThisLine: facts, watchOut, docsUrl } };
}

function explainLabelKey(inst: Label, pos: Position): DockerfileHit | undefined {
  const property = (inst.getProperties() as Property[]).find(p => contains(p.getNameRange(), pos));
  if (!property) return undefined;
  const key = property.getName().replace(/^"(.*)"$/, '$1');
  if (!key.startsWith(ociLabelPrefix)) return undefined;
  const meaning = ociLabel(key);
  const value = property.getValue();
  const guess = meaning ? undefined : closestName(key.slice(ociLabelPrefix.length), Object.keys(ociLabels));
  return {
    range: property.getNameRange(),
    topics: ['instruction:LABEL'],
    content: {
      title: key,
      tags: ['LABEL key', meaning ? 'OCI standard' : 'not a standard key'],
      what: meaning ?? `Not one of the standard \`${ociLabelPrefix}*\` keys, so tools that read those will not recognise it.`,
      inThisLine: [
        ...(value ? [`Set to ${code(value)}; see it with \`docker image inspect\`.`] : []),
        ...(guess ? [`Did you mean ${code(ociLabelPrefix + guess)}?`] : []),
      ],
      watchOut: meaning ? ['The `org.opencontainers.image.*` keys are a shared standard: registries, scanners and `docker image inspect` users know what they mean.'] : undefined,
      docsUrl: 'https://github.com/opencontainers/image-spec/blob/main/annotations.md#pre-defined-annotation-keys',
    },
  };
}

/** Hover on the `CMD` word after HEALTHCHECK's flags: the form of the check command. */
function explainHealthcheckCommand(model: DockerfileModel, inst: Healthcheck, pos: Position): DockerfileHit | undefined {
  const sub = inst.getSubcommand();
  if (!sub || !contains(sub.getRange(), pos) || sub.getValue().toUpperCase() !== 'CMD') return undefined;
  const set = new Map(flagsOf(model, inst).map(f => [`--${f.name}`, f.value ?? '']));
  const settings = Object.entries(dockerfileFlags.HEALTHCHECK)
    .map(([name, doc]) => `${code(name)} ${set.has(name) ? code(set.get(name)!) : `${code(doc.default)} (default)`}`);
  return {
    range: sub.getRange(),
    topics: ['instruction:HEALTHCHECK', 'instruction:CMD'],
    content: {
      title: 'HEALTHCHECK CMD',
      tags: ['health check command', 'run time'],
      what: 'The command Docker runs inside the container to test it: exit status 0 means it passed, 1 means it failed (do not use 2); `--retries` failures in a row mark the container unhealthy. This `CMD` belongs to the check; it does not change the container\'s own `CMD`.',
      inThisLine: [describeForm(formOf(model, inst), 'HEALTHCHECK', activeShell(model, inst), commandText(model, inst)), `Timing: ${settings.join(', ')}.`],
      docsUrl: ref('healthcheck'),
    },
  };
}
