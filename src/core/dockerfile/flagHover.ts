// SPDX-License-Identifier: MIT
// Hover on an instruction flag (`--platform`, `--chown`, `--interval`...): what it does, its default,
// and what the value written in this line means.
import { pinTooOld } from './syntaxPin';
import type { Instruction } from 'dockerfile-ast';
import { flagDocsOf, instructionsWithFlag, type FlagDoc } from '../knowledge/dockerfileFlags';
import { code } from '../render';
import { closestName } from '../spelling';
import { contains, type Position } from '../text';
import type { DockerfileHit } from './hit';
import { flagsOf, locate } from './locate';
import type { DockerfileModel } from './model';
import { explainMount } from './mountHover';
import { describeStageReference } from './stageHover';
import { expandValue } from './variables';
import type { FlagWord } from './words';

export function explainFlag(model: DockerfileModel, pos: Position): DockerfileHit | undefined {
  const at = locate(model, pos);
  if (!at) return undefined;
  const flag = flagsOf(model, at.inst).find(f => contains(f.range, pos));
  if (!flag) return undefined;
  const keyword = at.inst.getKeyword();
  const name = `--${flag.name}`;
  if (keyword === 'RUN' && name === '--mount') return explainMount(model, at.inst, flag, pos, at.onbuild);
  const doc = flagDocsOf(keyword)?.[name];
  if (!doc) return explainUnknownFlag(keyword, name, flag);
  const tooOld = doc.since ? pinTooOld(model, doc.since, code(name)) : undefined;
  const since = tooOld ? [tooOld] : doc.since ? [`Needs Dockerfile syntax ${doc.since} or later; older builders reject the flag.`] : [];
  return {
    range: flag.range,
    topics: [`flag:${name}`, `instruction:${keyword}`],
    content: {
      title: name,
      tags: [`${keyword} flag`, ...(doc.default ? [`default: ${doc.default}`] : [])],
      what: doc.summary,
      inThisLine: [...valueFacts(model, at.inst, name, flag.value, doc, at.onbuild), ...entitlementFacts(name, flag.value)],
      watchOut: [...(doc.watchOut ?? []), ...since],
      docsUrl: doc.docsUrl,
    },
  };
}

function explainUnknownFlag(keyword: string, name: string, flag: FlagWord): DockerfileHit {
  const owners = instructionsWithFlag(name);
  const own = Object.keys(flagDocsOf(keyword) ?? {});
  const guess = owners.length ? undefined : closestName(name, own);
  const facts = owners.length
    ? [`${code(name)} belongs to ${owners.map(o => code(o)).join(' and ')}, not ${code(keyword)}.`]
    : [own.length ? `${code(keyword)} takes ${own.map(f => code(f)).join(', ')}.` : `${code(keyword)} takes no flags.`];
  if (guess) facts.push(`Did you mean ${code(guess)}?`);
  return {
    range: flag.range,
    content: {
      title: name,
      tags: ['unknown flag'],
      what: `\`${keyword}\` has no ${code(name)} flag, so the build stops with an "unknown flag" error.`,
      inThisLine: facts,
      docsUrl: `https://docs.docker.com/reference/dockerfile/#${keyword.toLowerCase()}`,
    },
  };
}

/** What the value in this line means, flag by flag. */
function valueFacts(model: DockerfileModel, inst: Instruction, name: string, raw: string | null, doc: FlagDoc, onbuild?: Instruction, depth = 0): string[] {
  const v = raw ?? '';
  const shown = raw === null ? code(name) : code(`${name}=${v}`);
  if (/\$/.test(v)) {
    const expanded = depth === 0 && !onbuild ? expandValue(model, v, inst) : undefined;
    if (expanded !== undefined && expanded !== '' && !expanded.includes('$')) {
      return [`${shown}: with the default build arguments the value is ${code(expanded)}.`, ...valueFacts(model, inst, name, expanded, doc, onbuild, depth + 1)];
    }
    return [`${shown}: the value comes from a variable, filled in by the builder when it reaches this line. Hover the variable to see its value.`, ...platformVariable(name, v)];
  }
  if ('values' in doc && doc.values) {
    const meaning = (doc.values as Record<string, string>)[v];
    return [meaning ? `${shown}: ${meaning}.` : `${code(v)} is not one of ${Object.keys(doc.values).map(k => code(k)).join(', ')}.`];
  }
  switch (name) {
    case '--platform': return [platformFact(v)];
    case '--device': return [`Asks for the device ${code(v.replace(/,required$/, ''))}${/,required$/.test(v) ? '; the build fails if it is not available' : ''}.`];
    case '--keep-git-dir': case '--link': case '--parents': case '--unpack':
      return [booleanFact(name, raw)];
    case '--checksum':
      return [/^sha256:/.test(v)
        ? `The downloaded file must have the SHA-256 digest ${code(v)}, or the build fails.`
        : `The Git source must be at a commit whose SHA starts with ${code(v)}, or the build fails.`];
    case '--chmod': return [chmodFact(v)];
    case '--chown': return [chownFact(v)];
    case '--exclude': return [`Skips files matching ${code(v)}.`];
    case '--from': return [describeStageReference(model, v, inst, onbuild) ?? (/[:/@.]/.test(v)
      ? `${code(v)} is not a stage of this file, so it is an image: the files are copied out of it (it is pulled if needed).`
      : `${code(v)} is not a stage of this file, so it is read as an image (pulled if needed) or a named context passed with \`docker build --build-context ${v}=...\`.`)];
    case '--retries': return [/^\d+$/.test(v) ? `${code(v)} failed checks in a row mark the container \`unhealthy\` (default ${doc.default}).` : `${code(v)} is not a whole number.`];
    case '--interval': case '--timeout': case '--start-period': case '--start-interval':
      return [durationFact(name, v, doc.default)];
  }
  return raw === null ? [] : [`Set to ${code(v)}.`];
}

function platformVariable(name: string, v: string): string[] {
  if (name !== '--platform') return [];
  if (/\$\{?BUILDPLATFORM\b/.test(v)) return ['`$BUILDPLATFORM` is the machine running the build: this stage runs natively there, the usual setup for cross-compiling to `$TARGETPLATFORM`.'];
  if (/\$\{?TARGETPLATFORM\b/.test(v)) return ['`$TARGETPLATFORM` is already the default platform, so this flag changes nothing.'];
  return [];
}

function platformFact(v: string): string {
  const [os, arch, variant] = v.split('/');
  if (!os || !arch) return `${code(v)} should look like \`<os>/<arch>\`, such as \`linux/amd64\`.`;
  return `Uses the ${code(os)} / ${code(arch)}${variant ? ` (${code(variant)})` : ''} version of the base image, whatever machine builds it; other machines run it under emulation.`;
}

function booleanFact(name: string, raw: string | null): string {
  const on = raw === null || /^(true|1)$/i.test(raw);
  const what: Record<string, [string, string]> = {
    '--keep-git-dir': ['the `.git` folder is kept', 'the `.git` folder is left out (the default)'],
    '--link': ['the copy goes into an independent layer', 'the copy is a normal layer (the default)'],
    '--parents': ['the source folders are kept under the destination', 'only the files land in the destination (the default)'],
    '--unpack': ['a tar archive is unpacked into the destination', 'a tar archive is copied as one file'],
  };
  return `${raw === null ? code(name) : code(`${name}=${raw}`)}: ${what[name][on ? 0 : 1]}.`;
}

function chmodFact(v: string): string {
  if (/^[0-7]{3,4}$/.test(v)) {
    const digits = v.slice(-3).split('').map(Number);
    const rwx = (n: number) => `${n & 4 ? 'r' : '-'}${n & 2 ? 'w' : '-'}${n & 1 ? 'x' : '-'}`;
    return `${code(v)}: owner ${code(rwx(digits[0]))}, group ${code(rwx(digits[1]))}, others ${code(rwx(digits[2]))}.`;
  }
  return `${code(v)} is symbolic notation, as in \`chmod\` (needs Dockerfile syntax 1.14 or later).`;
}

function chownFact(v: string): string {
  const [user, group] = v.split(':');
  if (group === undefined) return `Files belong to user ${code(user)}; with no group given, the group gets the same numeric ID as the user.`;
  return `Files belong to user ${code(user)} and group ${code(group)}.`;
}

/** `5m` -> "every 5 minutes"; checks the value is a Go-style duration. */
function durationFact(name: string, v: string, def: string | undefined): string {
  const words = humanDuration(v);
  if (!words) return `${code(v)} is not a duration: write it with a unit, like \`30s\`, \`5m\` or \`1h\`.`;
  const base = def ? ` (default ${def})` : '';
  switch (name) {
    case '--interval': return `Checks every ${words}${base}.`;
    case '--timeout': return `A check taking longer than ${words} is stopped and counts as failed${base}.`;
    case '--start-period': return `Failures in the first ${words} after start do not count${base}.`;
    default: return `Checks every ${words} during the start period${base}.`;
  }
}

const UNITS: Record<string, [string, string]> = {
  h: ['hour', 'hours'], m: ['minute', 'minutes'], s: ['second', 'seconds'], ms: ['millisecond', 'milliseconds'],
  us: ['microsecond', 'microseconds'], 'µs': ['microsecond', 'microseconds'], 'μs': ['microsecond', 'microseconds'], ns: ['nanosecond', 'nanoseconds'],
};

export function humanDuration(v: string): string | undefined {
  if (v === '0') return '0 seconds';
  if (!/^(\d+(\.\d+)?(h|ms|m|s|us|µs|μs|ns))+$/.test(v)) return undefined;
  return [...v.matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s|us|µs|μs|ns)/g)]
    .map(([, n, u]) => `${n} ${UNITS[u][Number(n) === 1 ? 0 : 1]}`).join(' ');
}

/**
 * `--network=host`, `--security=insecure`, `--device`: protected by a BuildKit entitlement. The word
 * means a permission the build must be given twice: the builder daemon has to allow it, and the build
 * command has to ask for it.
 * ref: buildkit-dockerfile-docs/reference.md#run---networkhost ; docker-cli-docs/buildx_build.md#allow
 */
const ENTITLEMENTS: Readonly<Record<string, string>> = {
  '--network=host': 'network.host',
  '--security=insecure': 'security.insecure',
  '--device': 'device',
};

function entitlementFacts(name: string, raw: string | null): string[] {
  const entitlement = ENTITLEMENTS[`${name}=${raw ?? ''}`] ?? ENTITLEMENTS[name];
  if (!entitlement) return [];
  return [`${code(entitlement)} is an *entitlement*: a permission the build must be granted twice. The BuildKit daemon has to allow it (\`--allow-insecure-entitlement ${entitlement}\` when the builder is created), and the build has to ask for it: \`docker buildx build --allow ${entitlement} ...\`. Without both, the build fails on this line.`];
}
