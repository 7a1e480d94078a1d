// SPDX-License-Identifier: MIT
// A Dockerfile as stages for the "Explain this file" view: each stage's base, its steps (layer or only a
// setting), what its container runs at start, its final USER, WORKDIR, ports and ENV, and which stages it
// copies from. Built from the cached model and stage indexes; nothing is parsed again.
import type { Instruction } from 'dockerfile-ast';
import { dockerfileModel, type DockerfileModel } from '../dockerfile/model';
import { resolveWorkdir } from '../dockerfile/runtimeSettings';
import { instructionsIn, isLastStage, parentStage, stageByReference } from '../dockerfile/stageIndex';
import { stagesOf, type Stage } from '../dockerfile/stages';
import { argumentsText, argumentWords, leadingFlags } from '../dockerfile/words';
import { defaultMaxFileChars, isTooLarge } from '../largeFile';
import type { Range } from '../text';
import { copyStepSentence } from './copyStep';
import { stageChain, startCommandOf } from './startArgv';
import { stepKinds, unknownStep } from './stepKinds';
import type { CopyFromEdge, OutlineStage, OutlineStep } from './types';

/** Long commands are cut for display; the editor has the whole line. */
const MAX_TEXT = 120;
const short = (s: string) => {
  // Only the start is shown, so only the start is cleaned: a 20,000-line RUN costs no more than a short one.
  const flat = s.slice(0, MAX_TEXT * 4).replace(/\s+/g, ' ').trim();
  return flat.length > MAX_TEXT ? `${flat.slice(0, MAX_TEXT - 1)}…` : flat;
};

function stepOf(model: DockerfileModel, inst: Instruction): OutlineStep {
  const keyword = inst.getKeyword();
  const args = argumentsText(model, inst);
  const k = stepKinds[keyword] ?? unknownStep;
  const summary = (keyword === 'COPY' || keyword === 'ADD' ? copyStepSentence(model, inst) : undefined) ?? k.say(short(args));
  return { keyword, text: short(`${keyword} ${args}`), range: inst.getRange(), kind: k.kind, time: k.time, summary };
}

/** The last `keyword` line along the chain (this stage first, then the stages it builds on). */
function lastAlong(model: DockerfileModel, chain: readonly Stage[], keyword: string): Instruction | undefined {
  for (let i = chain.length - 1; i >= 0; i--) {
    const list = instructionsIn(model, chain[i], keyword);
    if (list.length) return list[list.length - 1];
  }
  return undefined;
}

const unquote = (v: string) => v.replace(/^"(.*)"$/s, '$1').replace(/^'(.*)'$/s, '$1');

/**
 * `ENV A=1 B="two words"`, or the old `ENV A value with spaces` form, read from the words (quotes kept by
 * splitWords) instead of dockerfile-ast's property accessors, which map every character and cost seconds on
 * a 10,000-line file. ref: buildkit-dockerfile-docs/reference.md#env
 */
function envPairs(words: readonly string[]): [string, string][] {
  if (!words.length) return [];
  if (!words[0].includes('=')) return [[words[0], unquote(words.slice(1).join(' '))]];
  return words.filter(w => w.includes('=')).map(w => [w.slice(0, w.indexOf('=')), unquote(w.slice(w.indexOf('=') + 1))]);
}

function envOf(model: DockerfileModel, chain: readonly Stage[]): OutlineStage['env'] {
  const env = new Map<string, { name: string; value: string; range: Range }>();
  for (const stage of chain) {
    for (const inst of instructionsIn(model, stage, 'ENV')) {
      for (const [name, value] of envPairs(argumentWords(model, inst))) {
        // A later ENV replaces an earlier one of the same name, and moves it to where it was last set.
        env.delete(name);
        env.set(name, { name, value, range: inst.getRange() });
      }
    }
  }
  return [...env.values()];
}

function exposedOf(model: DockerfileModel, chain: readonly Stage[]): OutlineStage['exposed'] {
  const ports: OutlineStage['exposed'] = [];
  // A set, not a search of the list so far: a chain of stages can expose thousands of ports.
  const seen = new Set<string>();
  for (const stage of chain) {
    for (const inst of instructionsIn(model, stage, 'EXPOSE')) {
      for (const port of argumentWords(model, inst)) {
        if (seen.has(port)) continue;
        seen.add(port);
        ports.push({ port, range: inst.getRange() });
      }
    }
  }
  return ports;
}

function copyFromOf(model: DockerfileModel, stage: Stage): CopyFromEdge[] {
  const edges: CopyFromEdge[] = [];
  for (const inst of instructionsIn(model, stage, 'COPY')) {
    const from = leadingFlags(model, inst).find(f => f.name === 'from')?.value;
    if (!from) continue;
    const source = stageByReference(model, from.replace(/^["']|["']$/g, ''));
    // Only an earlier stage can be read from; a later name or number means an image of that name.
    const fromStage = source && source.index < stage.index ? source.index : undefined;
    edges.push({ from, fromStage, toStage: stage.index, range: inst.getRange() });
  }
  return edges;
}

function outlineStage(model: DockerfileModel, stage: Stage): OutlineStage {
  const chain = stageChain(model, stage);
  const parent = parentStage(model, stage);
  const image = stage.image;
  const base: OutlineStage['base'] = parent
    ? { kind: 'stage', stage: parent.index, image }
    : image.toLowerCase() === 'scratch' ? { kind: 'scratch', image: 'scratch' } : { kind: 'image', image };
  const user = lastAlong(model, chain, 'USER');
  const workdir = lastAlong(model, chain, 'WORKDIR');
  return {
    index: stage.index,
    name: stage.name,
    label: stage.name ?? `stage ${stage.index}`,
    range: stage.from!.getRange(),
    base,
    steps: stage.instructions.filter(i => i !== stage.from).map(i => stepOf(model, i)),
    start: startCommandOf(model, stage),
    user: user && { value: argumentsText(model, user), range: user.getRange() },
    workdir: workdir && { value: resolveWorkdir(model, workdir).path ?? argumentsText(model, workdir), range: workdir.getRange() },
    exposed: exposedOf(model, chain),
    env: envOf(model, chain),
    copyFrom: copyFromOf(model, stage),
    isFinal: isLastStage(model, stage),
  };
}

/**
 * The stages of a Dockerfile, in file order, each with its base, steps, effective start command and runtime
 * settings. Lines before the first FROM (global ARGs) are not a stage and are left out. A file past the size
 * limit gives no stages. Never throws: a file dockerfile-ast cannot read gives what it could read.
 */
export function dockerfileOutline(text: string, options: { maxFileChars?: number } = {}): OutlineStage[] {
  if (isTooLarge(text, options.maxFileChars ?? defaultMaxFileChars)) return [];
  try {
    const model = dockerfileModel(text);
    return stagesOf(model).filter(s => s.index >= 0 && s.from).map(s => outlineStage(model, s));
  } catch {
    return [];
  }
}
