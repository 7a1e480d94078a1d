// SPDX-License-Identifier: MIT
// Multi-stage builds: hover on `AS name` in FROM, and on `FROM name` when it names an earlier stage.
// `--from=name` and `--mount=...,from=name` use describeStageReference from the flag hovers.
import type { From, Instruction } from 'dockerfile-ast';
import { code } from '../render';
import { contains, type Position } from '../text';
import type { DockerfileHit } from './hit';
import { countIndexBuild } from './indexStats';
import { locate } from './locate';
import type { DockerfileModel } from './model';
import { isLastStage, lineOf, parentStage, stageByReference, stageNamed } from './stageIndex';
import { stageOf, type Stage } from './stages';
import { argumentWords } from './words';

const DOCS = 'https://docs.docker.com/build/building/multi-stage/';

/** "Points to stage `build`, line 3" for a `--from`/`from=`/`FROM` value, or undefined when it is not a stage. */
export function describeStageReference(model: DockerfileModel, ref: string, inst: Instruction, onbuild?: Instruction): string | undefined {
  if (onbuild) {
    return `Inside \`ONBUILD\`, ${code(ref)} is looked up when the trigger runs: a stage of that name must exist in the child Dockerfile (or a named context must be passed to that build), not in this file. This needs Dockerfile syntax 1.11 or later.`;
  }
  const stage = stageByReference(model, ref);
  return stage?.from ? describeStage(model, stage, ref, inst) : undefined;
}

/** "Points to stage `build`, line 3" for `ref`, which names `stage`, written in `inst`. */
function describeStage(model: DockerfileModel, stage: Stage, ref: string, inst: Instruction): string {
  const line = lineOf(stage.from!);
  const header = code(headerOf(stage));
  const here = stageOf(model, inst);
  if (stage === here) return `${code(ref)} is the stage this line is in (${header}, line ${line}); a stage cannot use itself.`;
  const later = stage.from!.getRange().start.line > inst.getRange().start.line ? ', further down the file' : '';
  return /^\d+$/.test(ref)
    ? `Stage number ${ref} counts \`FROM\` lines from 0: it is ${header} on line ${line}${later}. A name (\`AS ...\`) is easier to keep right when stages move.`
    : `Points to the stage ${code(stage.name ?? ref)}: ${header} on line ${line}${later}.`;
}

export function explainStage(model: DockerfileModel, pos: Position): DockerfileHit | undefined {
  const at = locate(model, pos);
  // `ONBUILD FROM` starts no stage: BuildKit refuses FROM as a trigger, and its `AS` names nothing here.
  if (!at || at.onbuild || at.inst.getKeyword() !== 'FROM') return undefined;
  const from = at.inst as From;
  const nameRange = from.getBuildStageRange();
  if (nameRange && contains(nameRange, pos)) return explainStageName(model, stageOf(model, from), nameRange);
  const imageRange = from.getImageNameRange();
  const image = from.getImageName();
  if (!imageRange || !image || !contains(imageRange, pos) || from.getImageTag() || from.getImageDigest()) return undefined;
  // The stage this FROM builds on, as BuildKit finds it (parentStage); `FROM node AS node` names the image.
  const base = /^\d+$/.test(image) ? undefined : parentStage(model, stageOf(model, from));
  if (!base?.from) return undefined;
  const fact = describeStage(model, base, image, from);
  return {
    range: imageRange,
    topics: ['instruction:FROM'],
    content: {
      title: image,
      tags: ['build stage', 'not an image'],
      what: 'This `FROM` builds on the result of an earlier stage of this file rather than an image from a registry: it starts with that stage\'s files, and inherits its `ENV` and `ARG` values.',
      inThisLine: [fact],
      docsUrl: DOCS,
    },
  };
}

function explainStageName(model: DockerfileModel, stage: Stage, range: DockerfileHit['range']): DockerfileHit {
  const name = stage.name ?? '';
  const users = referencesTo(model, name);
  const facts = [`Stage number ${stage.index}, named ${code(name)}.`];
  facts.push(users.length
    ? `Used on line${users.length > 1 ? 's' : ''} ${users.slice(0, 8).join(', ')}${users.length > 8 ? ', ...' : ''}.`
    : 'No later line in this file uses it by name.');
  facts.push(isLastStage(model, stage)
    ? 'This is the last stage, so it is the image `docker build` produces.'
    : `Not the last stage: its files reach the final image only through \`COPY --from=${name}\` or a stage built \`FROM ${name}\`. \`docker build --target ${name}\` stops here instead.`);
  const watchOut: string[] = [];
  if (name !== name.toLowerCase()) watchOut.push('Stage names are conventionally lowercase; the `StageNameCasing` check warns about this one.');
  if (/^(scratch|context)$/i.test(name)) watchOut.push(`${code(name)} is a reserved word and should not be used as a stage name.`);
  const first = stageNamed(model, name);
  if (first && first !== stage && first.from) watchOut.push(`The name ${code(name)} is already used on line ${lineOf(first.from)}; stage names must be unique.`);
  return {
    range,
    topics: ['instruction:FROM'],
    content: {
      title: `AS ${name}`,
      tags: ['build stage', 'multi-stage build'],
      what: 'Names this build stage. With several `FROM` lines the build is multi-stage: each stage starts fresh from its own base, and later stages copy just what they need from earlier ones, so tools used for building stay out of the final image.',
      inThisLine: facts,
      watchOut,
      docsUrl: DOCS,
    },
  };
}

function headerOf(stage: Stage): string {
  return `FROM ${stage.image}${stage.name ? ` AS ${stage.name}` : ''}`;
}

const referenceIndexes = new WeakMap<DockerfileModel, Map<string, number[]>>();

/** 1-based lines that refer to stage `name` (FROM, COPY --from, RUN --mount from=). Indexed once per model, from the text. */
function referencesTo(model: DockerfileModel, name: string): number[] {
  let index = referenceIndexes.get(model);
  if (!index) {
    const refs = new Map<string, number[]>();
    const add = (ref: string | undefined, inst: Instruction) => {
      if (!ref) return;
      const key = ref.replace(/^["']|["']$/g, '').toLowerCase();
      const list = refs.get(key) ?? [];
      if (list[list.length - 1] !== lineOf(inst)) list.push(lineOf(inst));
      refs.set(key, list);
    };
    for (const inst of model.instructions) {
      const k = inst.getKeyword();
      if (k !== 'FROM' && k !== 'COPY' && k !== 'RUN') continue;
      const words = argumentWords(model, inst);
      const image = k === 'FROM' ? words.find(w => !w.startsWith('--')) : undefined;
      if (image && !/[:@]/.test(image)) add(image, inst);
      for (const w of words) {
        if (!w.startsWith('--')) break;
        if (k === 'COPY' && w.startsWith('--from=')) add(w.slice(7), inst);
        if (k === 'RUN' && w.startsWith('--mount=')) add(/(?:^|,)from=([^,]+)/.exec(w.slice(8))?.[1], inst);
      }
    }
    referenceIndexes.set(model, index = refs);
    countIndexBuild();
  }
  const stage = stageByReference(model, name);
  const numbered = stage ? index.get(String(stage.index)) ?? [] : [];
  return [...new Set([...(index.get(name.toLowerCase()) ?? []), ...numbered])].sort((a, b) => a - b);
}
