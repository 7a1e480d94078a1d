// SPDX-License-Identifier: MIT
// Hover on `RUN --mount=type=...,option=value`: the flag as a whole, its type, or one option.
import { pinTooOld } from './syntaxPin';
import type { Instruction } from 'dockerfile-ast';
import { dockerfileFlags } from '../knowledge/dockerfileFlags';
import {
  canonicalMountOption, isMountType, mountOptionAliases, mountOptions, mountTypes, type MountOptionName, type MountType,
} from '../knowledge/dockerfileMounts';
import { code } from '../render';
import { closestName } from '../spelling';
import { contains, type Position } from '../text';
import type { DockerfileHit } from './hit';
import type { DockerfileModel } from './model';
import { describeStageReference } from './stageHover';
import type { FlagOption, FlagWord } from './words';

const TOPICS = ['flag:--mount', 'instruction:RUN'];

/** Explains the `--mount` flag under `pos`: the option under the cursor, else the whole mount. */
export function explainMount(model: DockerfileModel, inst: Instruction, flag: FlagWord, pos: Position, onbuild?: Instruction): DockerfileHit {
  const options = flag.options;
  const typeOption = options.find(o => o.name.toLowerCase() === 'type');
  const type = typeOption?.value ?? 'bind';
  const hovered = options.find(o => contains(o.range, pos));
  if (hovered && hovered === typeOption) return explainType(hovered, type, options);
  if (hovered) return explainOption(model, inst, hovered, type, onbuild);
  return explainWhole(model, flag, type, options);
}

function explainWhole(model: DockerfileModel, flag: FlagWord, type: string, options: FlagOption[]): DockerfileHit {
  const doc = dockerfileFlags.RUN['--mount'];
  const facts: string[] = [];
  if (isMountType(type)) {
    const target = options.find(o => canonicalMountOption(o.name) === 'target')?.value;
    facts.push(`A ${code(type)} mount${target ? ` at ${code(target)}` : ''}: ${mountTypes[type].summary}`);
    if (!options.some(o => o.name.toLowerCase() === 'type')) facts.push('No `type=` given, so it is a `bind` mount.');
  } else {
    facts.push(`${code(type)} is not a mount type; use ${Object.keys(mountTypes).map(t => code(t)).join(', ')}.`);
  }
  if (flag.value === null) facts.push('`--mount` needs a value: `--mount=type=<type>,target=<path>`.');
  return {
    // `--mount` itself: the name plus its two dashes.
    range: { start: flag.range.start, end: flag.nameRange.end },
    topics: TOPICS,
    content: {
      title: '--mount',
      tags: ['RUN flag', 'this step only'],
      what: doc.summary,
      inThisLine: facts,
      watchOut: [pinTooOld(model, doc.since, '`--mount`') ?? `Needs Dockerfile syntax ${doc.since} or later; older builders reject the flag.`],
      docsUrl: doc.docsUrl,
    },
  };
}

function explainType(option: FlagOption, type: string, options: FlagOption[]): DockerfileHit {
  const range = option.range;
  if (!isMountType(type)) {
    const guess = closestName(type, Object.keys(mountTypes));
    return {
      range,
      topics: TOPICS,
      content: {
        title: `type=${type}`,
        tags: ['unknown mount type'],
        what: `${code(type)} is not a mount type, so the build fails. The types are ${Object.keys(mountTypes).map(t => code(t)).join(', ')}.`,
        inThisLine: guess ? [`Did you mean ${code(guess)}?`] : undefined,
        docsUrl: dockerfileFlags.RUN['--mount'].docsUrl,
      },
    };
  }
  const doc = mountTypes[type];
  const given = new Set(options.map(o => canonicalMountOption(o.name)));
  const unset = doc.options.filter(o => !given.has(o)).map(o => ({ o, text: (mountOptions[o] as { byType?: Partial<Record<MountType, string>> }).byType?.[type] }))
    .filter(x => x.text && /Default|Required/.test(x.text));
  return {
    range,
    topics: TOPICS,
    content: {
      title: `type=${type}`,
      tags: ['mount type'],
      what: doc.summary,
      inThisLine: [
        `Options for this type: ${doc.options.map(o => code(o)).join(', ')}.`,
        ...unset.filter(x => /Required/.test(x.text!)).map(x => `${code(x.o)} is missing. ${x.text}`),
        ...defaultsLine(unset.filter(x => !/Required/.test(x.text!))),
      ],
      watchOut: 'watchOut' in doc ? doc.watchOut : undefined,
      docsUrl: doc.docsUrl,
    },
  };
}

function explainOption(model: DockerfileModel, inst: Instruction, option: FlagOption, type: string, onbuild?: Instruction): DockerfileHit {
  const written = option.name;
  const name = canonicalMountOption(written);
  const value = option.value;
  const range = option.range;
  if (!name) {
    const known = isMountType(type) ? [...mountTypes[type].options] : Object.keys(mountOptions);
    const guess = closestName(written.toLowerCase(), [...known, ...Object.keys(mountOptionAliases)]);
    return {
      range,
      topics: TOPICS,
      content: {
        title: written,
        tags: ['unknown mount option'],
        what: `${code(written)} is not a \`--mount\` option, so the build fails.`,
        inThisLine: [isMountType(type) ? `A ${code(type)} mount takes ${known.map(o => code(o)).join(', ')}.` : `${code(type)} is not a mount type.`,
          ...(guess ? [`Did you mean ${code(guess)}?`] : [])],
        docsUrl: dockerfileFlags.RUN['--mount'].docsUrl,
      },
    };
  }
  const doc: { summary: string; byType?: Partial<Record<MountType, string>>; values?: Readonly<Record<string, string>> } = mountOptions[name];
  const facts: string[] = [];
  if (written.toLowerCase() !== name) facts.push(`${code(written)} is another spelling of ${code(name)}.`);
  if (isMountType(type) && !(mountTypes[type].options as readonly MountOptionName[]).includes(name)) {
    const owners = (Object.keys(mountTypes) as MountType[]).filter(t => (mountTypes[t].options as readonly MountOptionName[]).includes(name));
    facts.push(`${code(name)} is not an option of a ${code(type)} mount; it belongs to ${owners.map(t => code(t)).join(', ')}.`);
  } else if (isMountType(type) && doc.byType?.[type]) {
    facts.push(`For a ${code(type)} mount: ${doc.byType[type]}`);
  }
  facts.push(...valueFacts(model, inst, name, value, doc.values, onbuild));
  return {
    range,
    topics: TOPICS,
    content: {
      title: written,
      tags: ['--mount option', `type=${type}`],
      what: doc.summary,
      inThisLine: facts,
      docsUrl: isMountType(type) ? mountTypes[type].docsUrl : dockerfileFlags.RUN['--mount'].docsUrl,
    },
  };
}

function valueFacts(model: DockerfileModel, inst: Instruction, name: MountOptionName, value: string | null, values?: Readonly<Record<string, string>>, onbuild?: Instruction): string[] {
  if (value === null) {
    return name === 'rw' || name === 'ro' || name === 'required' ? [`Written without a value, which means \`${name}=true\`.`] : [`${code(name)} needs a value here.`];
  }
  if (values) return [values[value] ? `${code(value)}: ${values[value]}.` : `${code(value)} is not one of ${Object.keys(values).map(k => code(k)).join(', ')}.`];
  switch (name) {
    case 'from': return [describeStageReference(model, value, inst, onbuild) ?? `${code(value)} is not a stage of this file, so it is read as an image or a named build context.`];
    case 'mode': return [/^0?[0-7]{3}$/.test(value) ? `Permission bits ${code(value)} (octal).` : `${code(value)} should be an octal mode such as \`0644\`.`];
    case 'uid': case 'gid': return [/^\d+$/.test(value) ? `Owned by ${name === 'uid' ? 'user' : 'group'} ID ${code(value)}${value === '0' ? ' (root)' : ''}.` : `${code(value)} should be a number.`];
    case 'required': case 'rw': case 'ro': return [`Set to ${code(value)}.`];
    default: return [`Set to ${code(value)}.`];
  }
}

/** One bullet for the options left out of this line, each with its default, as in "`sharing`: `shared`". */
function defaultsLine(unset: readonly { o: string; text?: string }[]): string[] {
  const parts = unset.map(x => {
    const d = /Default: (.*?)\.?$/.exec(x.text ?? '');
    return d ? `${code(x.o)}: ${d[1]}` : code(x.o);
  });
  return parts.length ? [`Not set here, so the defaults apply: ${parts.join('; ')}.`] : [];
}
