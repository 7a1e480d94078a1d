// SPDX-License-Identifier: MIT
// Refusals that depend on more than one line: a network or volume marked external that this engine does not
// have (no editor check can know the engine's state), `docker compose up` flags that exclude each other, and a
// `--target` stage the Dockerfile does not define.
import { code } from '../../render';
import { closestName } from '../../spelling';
import type { CommandContext, FailureLocation } from '../types';
import { dockerFix, validObjectName } from '../fixes';
import { dockerfileOf, instructionsOf } from '../locate';
import { messageKind, withFlagValue } from './fromMessage';

const composeDocs = 'https://docs.docker.com/reference/compose-file/';

export const externalNetworkMissing = messageKind({
  code: 'ComposeExternalNetworkMissing',
  title: 'An external network does not exist yet',
  message: 'externalNetworkMissing',
  commands: ['compose'],
  docsUrl: composeDocs + 'networks/#external',
  topics: ['key:networks', 'key:external'],
  explain: (ctx, m) => ({
    lead: `There is no network ${code(m[1])} on this engine.`,
    why: ['`external: true` is for a network shared with something else (another compose project, or one made by hand); whoever owns it must create it first. For a network of this project only, drop `external: true` and Compose makes it.'],
    todo: [`Create it once with \`docker network create ${m[1]}\`, or start the project that owns it; then run the command again.`],
    fixes: [validObjectName(m[1]) ? dockerFix(ctx, 'createNetwork', `Create network ${m[1]}`, ['network', 'create', m[1]]) : undefined],
  }),
});

export const externalVolumeMissing = messageKind({
  code: 'ComposeExternalVolumeMissing',
  title: 'An external volume does not exist yet',
  message: 'externalVolumeMissing',
  commands: ['compose'],
  docsUrl: composeDocs + 'volumes/#external',
  topics: ['key:volumes', 'key:external'],
  explain: (ctx, m) => ({
    lead: `There is no volume ${code(m[1])} on this engine.`,
    why: ['`external: true` keeps Compose from creating or deleting the volume, which protects data kept there; so it must be made first. For a volume of this project only, drop `external: true` and Compose makes it.'],
    todo: [`Create it once with \`docker volume create ${m[1]}\` (or restore it), then run the command again.`],
    fixes: [validObjectName(m[1]) ? dockerFix(ctx, 'createVolume', `Create volume ${m[1]}`, ['volume', 'create', m[1]]) : undefined],
  }),
});

export const composeIncompatibleFlags = messageKind({
  code: 'ComposeIncompatibleFlags',
  title: 'docker compose up flags that exclude each other',
  message: 'composeIncompatibleFlags',
  commands: ['compose'],
  docsUrl: 'https://docs.docker.com/reference/cli/docker/compose/up/',
  topics: ['command:docker compose up'],
  explain: (_ctx, m) => ({
    lead: `${code(m[1])} and ${m[2].split(/, | or /).map(f => code(f.trim())).join(', ')}.`,
    why: ['`-d` (`--detach`) hands the terminal back at once, while `--abort-on-container-exit`, `--attach` and `--watch` need Compose to stay and follow the containers; `--build` and `--no-build`, or `--force-recreate` and `--no-recreate`, say opposite things.'],
    todo: ['Keep the one you meant and run the command again: `docker compose up -d` to run in the background, or without `-d` to follow the containers.'],
  }),
});

/** The stage names of the build's Dockerfile (`FROM … AS name`), in order; empty when it was not handed in. */
function stagesOf(ctx: CommandContext): { names: string[]; path?: string; lines: Map<string, number> } {
  const file = dockerfileOf(ctx);
  const lines = new Map<string, number>();
  for (const inst of file ? instructionsOf(file.text) : []) {
    const name = inst.keyword === 'FROM' ? /\s[Aa][Ss]\s+(\S+)\s*$/.exec(inst.text)?.[1] : undefined;
    if (name && !lines.has(name.toLowerCase())) lines.set(name.toLowerCase(), inst.line);
  }
  return { names: [...lines.keys()], path: file?.path, lines };
}

export const buildTargetNotFound = messageKind({
  code: 'BuildTargetNotFound',
  title: 'The --target stage is not in the Dockerfile',
  message: 'buildTargetMissing',
  commands: ['build', 'buildx build', 'image build', 'builder build', 'compose build', 'compose up'],
  docsUrl: 'https://docs.docker.com/build/building/multi-stage/#stop-at-a-specific-build-stage',
  topics: ['flag:--target', 'key:target'],
  explain: (ctx, m) => {
    const { names, path, lines } = stagesOf(ctx);
    // BuildKit adds its own guess, " (did you mean production?)"; else the nearest name (stages are case-insensitive).
    const said = /^ \(did you mean ([^?\s]+)\?\)/.exec(m.input.slice(m.index + m[0].length))?.[1];
    const guess = said?.toLowerCase() ?? closestName(m[1].toLowerCase(), names);
    const line = guess === undefined ? undefined : lines.get(guess);
    const location: FailureLocation | undefined = path && line !== undefined ? { path, line } : undefined;
    return {
      lead: `No stage is named ${code(m[1])}.`,
      why: [names.length ? `The stages of this Dockerfile are ${names.map(n => code(n)).join(', ')}.` : 'A stage gets its name from `FROM image AS name`; a Dockerfile without `AS` has no named stage to stop at.'],
      todo: [guess ? `Use \`--target ${guess}\`.` : 'Use one of the names after `AS`, or add `AS` and the name to the `FROM` of the stage you want.'],
      fixes: [guess ? withFlagValue(ctx, 'useStage', `Build stage ${guess}`, ['--target'], m[1], guess) : undefined],
      location,
    };
  },
});

export const includeCycle = messageKind({
  code: 'ComposeIncludeCycle',
  title: 'Compose files include each other',
  message: 'includeCycle',
  commands: ['compose'],
  docsUrl: composeDocs + 'include/',
  topics: ['key:include'],
  explain: (_ctx, m) => ({
    lead: `The circle starts at ${code(m[1])}; the lines after it name each file it went through.`,
    why: ['`include:` is for pulling a shared part (a database, a proxy) into a project; the shared file must not include the project back.'],
    todo: ['Remove the `include:` entry that closes the circle, usually the one in the shared file.'],
  }),
});

export const sharedContainerMissing = messageKind({
  code: 'ComposeSharedContainerMissing',
  title: 'The container to share with does not exist',
  message: 'sharedContainerMissing',
  commands: ['compose'],
  docsUrl: composeDocs + 'services/#volumes_from',
  topics: ['key:volumes_from', 'key:network_mode'],
  explain: (_ctx, m) => ({
    lead: `Service ${code(m[2])} has no container to share its ${m[1]} with.`,
    why: ['Compose starts the service that is shared first; with `--no-deps`, or when that service was removed, its container is missing.'],
    todo: [`Start ${code(m[2])} too (\`docker compose up -d ${m[2]}\`), or run without \`--no-deps\`.`],
  }),
});

export const requiredServiceDisabled = messageKind({
  code: 'ComposeRequiredServiceDisabled',
  title: 'A needed service is left out by its profile',
  message: 'requiredServiceDisabled',
  commands: ['compose'],
  docsUrl: 'https://docs.docker.com/compose/how-tos/profiles/',
  topics: ['key:profiles', 'key:depends_on'],
  explain: (_ctx, m) => {
    const profiles = m[3].split(/\s+/).filter(Boolean);
    return {
      lead: `${code(m[2])} depends on ${code(m[1])}, which starts only with the profile ${profiles.map(p => code(p)).join(' or ')}.`,
      why: ['A service with `profiles:` is left out unless one of its profiles is switched on; one that others need usually should not have a profile.'],
      todo: [profiles[0] ? `Switch it on (\`docker compose --profile ${profiles[0]} up\`), or remove \`profiles:\` from ${code(m[1])}.` : `Remove \`profiles:\` from ${code(m[1])}.`],
    };
  },
});

export const cpusetUnavailable = messageKind({
  code: 'CpusetUnavailable',
  title: 'CPUs this machine does not have',
  message: 'cpusetUnavailable',
  docsUrl: 'https://docs.docker.com/engine/containers/resource_constraints/#configure-the-default-cfs-scheduler',
  topics: ['flag:--cpuset-cpus', 'key:cpuset'],
  explain: (_ctx, m) => ({
    lead: `Asked for ${m[1] === 'CPUs' ? 'CPUs' : 'memory nodes'} ${code(m[2])}; this machine has ${m[3] ? code(m[3]) : 'none to give'}.`,
    why: ['The numbers start at 0, so a machine with 2 CPUs has `0` and `1`; Docker Desktop counts the CPUs of its VM.'],
    todo: ['Ask only for CPUs in the available list, or use `--cpus` to limit how much CPU time, without naming CPUs.'],
  }),
});

export const startRefusalKinds = [externalNetworkMissing, externalVolumeMissing, composeIncompatibleFlags, buildTargetNotFound, includeCycle, sharedContainerMissing, requiredServiceDisabled, cpusetUnavailable];
