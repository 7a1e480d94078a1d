// SPDX-License-Identifier: MIT
// The documentation of each Dockerfile completion: the hover's content for the same thing, built from the
// same knowledge tables, without the facts that need a finished line.
import { dockerfileDirectives, type DirectiveName } from '../knowledge/dockerfileDirectives';
import { flagDocsOf } from '../knowledge/dockerfileFlags';
import { dockerfileInstructions, instructionWatchOut, type InstructionName } from '../knowledge/dockerfileInstructions';
import { mountOptions, mountTypes, type MountOptionName, type MountType } from '../knowledge/dockerfileMounts';
import { predefinedArg, unsetArgValue } from '../knowledge/predefinedArgs';
import { code } from '../render';
import { cachedDoc } from './docCache';
import type { ScopedVariable } from './dockerfileLines';

/** The hover of an instruction keyword. */
export function instructionDoc(name: InstructionName): string {
  return cachedDoc(`df:inst:${name}`, () => {
    const doc = dockerfileInstructions[name];
    return { title: name, tags: doc.tags, what: doc.summary, watchOut: instructionWatchOut(doc), docsUrl: doc.docsUrl };
  });
}

/** The hover of a flag of an instruction, optionally with one of its values. */
export function flagDoc(keyword: string, name: string, value?: string): string {
  return cachedDoc(`df:flag:${keyword}:${name}:${value ?? ''}`, () => {
    const doc = flagDocsOf(keyword)![name];
    const meaning = value !== undefined ? doc.values?.[value] : undefined;
    return {
      title: value !== undefined ? `${name}=${value}` : name,
      tags: [`${keyword} flag`, ...(doc.default ? [`default: ${doc.default}`] : [])],
      what: doc.summary,
      inThisLine: meaning ? [`${code(value!)}: ${meaning}`] : undefined,
      watchOut: [...(doc.watchOut ?? []), ...(doc.since ? [`Needs Dockerfile syntax ${doc.since} or later; older builders reject the flag.`] : [])],
      docsUrl: doc.docsUrl,
    };
  });
}

/** The hover of `type=<type>` in a `--mount`. */
export function mountTypeDoc(type: MountType): string {
  return cachedDoc(`df:mount:${type}`, () => {
    const doc = mountTypes[type];
    return {
      title: `type=${type}`,
      tags: ['mount type'],
      what: doc.summary,
      inThisLine: [`Options for this type: ${doc.options.map(o => code(o)).join(', ')}.`],
      watchOut: 'watchOut' in doc ? doc.watchOut : undefined,
      docsUrl: doc.docsUrl,
    };
  });
}

/** The hover of a `--mount` option for a mount type, optionally with one of its values. */
export function mountOptionDoc(type: MountType, name: MountOptionName, value?: string): string {
  return cachedDoc(`df:mopt:${type}:${name}:${value ?? ''}`, () => {
    const doc: { summary: string; byType?: Partial<Record<MountType, string>>; values?: Readonly<Record<string, string>> } = mountOptions[name];
    const facts: string[] = [];
    if (doc.byType?.[type]) facts.push(`For a ${code(type)} mount: ${doc.byType[type]}`);
    if (value !== undefined && doc.values?.[value]) facts.push(`${code(value)}: ${doc.values[value]}.`);
    return { title: value !== undefined ? `${name}=${value}` : name, tags: ['--mount option', `type=${type}`], what: doc.summary, inThisLine: facts, docsUrl: mountTypes[type].docsUrl };
  });
}

/** The hover of a parser directive, optionally with a value. */
export function directiveDoc(name: DirectiveName, value = ''): string {
  return cachedDoc(`df:dir:${name}:${value}`, () => {
    const doc = dockerfileDirectives[name];
    return {
      title: `# ${name}=${value}`,
      tags: ['parser directive', ...('since' in doc ? [`since ${doc.since}`] : [])],
      what: doc.summary,
      watchOut: ['Directives count only at the very top of the file, before any instruction, blank line or ordinary comment.'],
      docsUrl: doc.docsUrl,
    };
  });
}

const STAGES = 'https://docs.docker.com/build/building/multi-stage/';

/** The hover of a stage name used as `--from=` or in `FROM`: not rendered from a table, so not cached. */
export function stageDoc(stage: { name: string; line: number; image: string }, use: string): string {
  return cachedDoc(`df:stage:${stage.name}:${stage.line}:${stage.image}:${use}`, () => ({
    title: stage.name,
    tags: ['build stage', 'not an image'],
    what: `The build stage named ${code(stage.name)}, which starts on line ${stage.line + 1} from ${code(stage.image)}.`,
    inThisLine: [use],
    docsUrl: STAGES,
  }));
}

const VARIABLES = 'https://docs.docker.com/reference/dockerfile/#environment-replacement';

/** The hover of a variable reference, with where it was set and its value. */
export function variableDoc(v: ScopedVariable): string {
  return cachedDoc(`df:var:${v.via}:${v.name}:${v.line}:${v.globalLine ?? ''}:${v.value ?? '\0'}`, () => {
    const where = v.globalLine !== undefined
      ? `from ${code(`ARG ${v.name}`)} on line ${v.line + 1}, which takes the default of the global ${code(`ARG ${v.name}=${v.value}`)} on line ${v.globalLine + 1}`
      : `from ${code(`${v.via} ${v.name}${v.value !== undefined ? '=' + v.value : ''}`)} on line ${v.line + 1}`;
    const automatic = v.via === 'ARG' ? predefinedArg(v.name) : undefined;
    const value = v.value === undefined
      ? automatic?.kind === 'platform'
        // ref: buildkit-dockerfile-docs/reference.md#automatic-platform-args-in-the-global-scope
        ? v.global
          ? `Filled in by BuildKit in the global scope, so \`FROM\` lines see it even without the ${code(`ARG ${v.name}`)} on line ${v.line + 1}. ${automatic.summary}`
          : `Filled in by BuildKit; ${code(`ARG ${v.name}`)} on line ${v.line + 1} makes it visible here. ${automatic.summary}`
        : `It has no default ${where}: ${unsetArgValue(v.name)}.`
      : v.value === '' ? `It is empty, ${where}.` : `It is ${code(v.value)}, ${where}.`;
    return {
      title: `$${v.name}`,
      tags: ['variable', v.via === 'ARG' ? (v.global ? 'global build argument' : 'build argument') : 'environment variable'],
      what: v.via === 'ARG'
        ? 'A build argument: only the build sees it, and `docker build --build-arg` can change it.'
        : 'An environment variable: later build steps see it, and so does the running container.',
      inThisLine: [value],
      docsUrl: VARIABLES,
    };
  });
}
