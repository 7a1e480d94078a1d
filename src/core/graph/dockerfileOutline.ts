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

/**
 * Each stage's own ENV pairs and EXPOSE ports, read once per outline and shared by every stage that builds on
 * it: in a chain of 2,000 stages each read the ports of up to 256 stages above it, each time anew.
 */
class OwnSettings {
  private readonly kept = new Map<string, Map<Stage, readonly unknown[]>>();

  constructor(private readonly model: DockerfileModel) {}

  envOf(stage: Stage): Readonly<OutlineStage['env']> {
    return this.own(stage, 'ENV', (inst, range) => envPairs(argumentWords(this.model, inst)).map(([name, value]) => ({ name, value, range })));
  }

  portsOf(stage: Stage): Readonly<OutlineStage['exposed']> {
    return this.own(stage, 'EXPOSE', (inst, range) => argumentWords(this.model, inst).map(port => ({ port, range })));
  }

  /** What `read` gives for each of the stage's `keyword` lines, in order, read once. */
  private own<T>(stage: Stage, keyword: string, read: (inst: Instruction, range: Range) => T[]): readonly T[] {
    let byStage = this.kept.get(keyword);
    if (!byStage) this.kept.set(keyword, byStage = new Map());
    let list = byStage.get(stage) as readonly T[] | undefined;
    if (!list) byStage.set(stage, list = instructionsIn(this.model, stage, keyword).flatMap(inst => read(inst, inst.getRange())));
    return list;
  }
}

function envOf(own: OwnSettings, chain: readonly Stage[]): OutlineStage['env'] {
  const env = new Map<string, OutlineStage['env'][number]>();
  for (const stage of chain) {
    for (const pair of own.envOf(stage)) {
      // A later ENV replaces an earlier one of the same name, and moves it to where it was last set.
      env.delete(pair.name);
      env.set(pair.name, pair);
    }
  }
  return [...env.values()];
}

function exposedOf(own: OwnSettings, chain: readonly Stage[]): OutlineStage['exposed'] {
  const ports: OutlineStage['exposed'] = [];
  // A set, not a search of the list so far: a chain of stages can expose thousands of ports.
  const seen = new Set<string>();
  for (const stage of chain) {
    for (const entry of own.portsOf(stage)) {
      if (seen.has(entry.port)) continue;
      seen.add(entry.port);
      ports.push(entry);
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

function outlineStage(model: DockerfileModel, own: OwnSettings, stage: Stage): OutlineStage {
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
    exposed: exposedOf(own, chain),
    env: envOf(own, chain),
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
    const own = new OwnSettings(model);
    return stagesOf(model).filter(s => s.index >= 0 && s.from).map(s => outlineStage(model, own, s));
  } catch {
    return [];
  }
}
