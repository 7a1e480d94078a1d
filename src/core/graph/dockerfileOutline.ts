// SPDX-License-Identifier: MIT
// A Dockerfile as stages for the "Explain this file" view: each stage's base, its steps (layer or only a
// setting), what its container runs at start, its final USER, WORKDIR, ports and ENV, and which stages it
// copies from. Built from the cached model and stage indexes; nothing is parsed again.
import type { Instruction } from 'dockerfile-ast';
import { alongChain, lastAlongChain } from '../dockerfile/alongChain';
import { dockerfileModel, type DockerfileModel } from '../dockerfile/model';
import { resolveWorkdir } from '../dockerfile/runtimeSettings';
import { instructionsIn, isLastStage, parentStage, stageByReference } from '../dockerfile/stageIndex';
import { stagesOf, type Stage } from '../dockerfile/stages';
import { argumentsText, argumentWords, leadingFlags } from '../dockerfile/words';
import { defaultMaxFileChars, isTooLarge } from '../largeFile';
import { copyStepSentence } from './copyStep';
import { startCommandOf } from './startArgv';
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
 * The most ports and ENV names a stage lists. Each stage's list is its parent's with its own added, so a chain of
 * thousands of stages, each adding one, would list thousands per stage (a quadratic outline); no real file comes
 * near. Past it, a stage's own new names are left out, and it shares its parent's list.
 */
export const MAX_LISTED = 256;

type Exposed = OutlineStage['exposed'];
type Env = OutlineStage['env'];

/** The ports exposed at the end of `stage`, each once, in the order they were first exposed along its chain. */
function exposedOf(model: DockerfileModel, stage: Stage): Exposed {
  return alongChain<Exposed>(model, 'outline exposed', stage, (s, above = []) => {
    const own = instructionsIn(model, s, 'EXPOSE');
    if (!own.length || above.length >= MAX_LISTED) return above;
    const ports = above.slice();
    const seen = new Set(ports.map(e => e.port));
    for (const inst of own) {
      const range = inst.getRange();
      for (const port of argumentWords(model, inst)) {
        if (seen.has(port) || ports.length >= MAX_LISTED) continue;
        seen.add(port);
        ports.push({ port, range });
      }
    }
    return ports.length > above.length ? ports : above;
  });
}

/** The ENV in force at the end of `stage`: a later ENV replaces an earlier one of the same name, and moves it to where it was last set. */
function envOf(model: DockerfileModel, stage: Stage): Env {
  return alongChain<Env>(model, 'outline env', stage, (s, above = []) => {
    const own = instructionsIn(model, s, 'ENV');
    if (!own.length) return above;
    const env = new Map(above.map(e => [e.name, e]));
    for (const inst of own) {
      const range = inst.getRange();
      for (const [name, value] of envPairs(argumentWords(model, inst))) {
        if (!env.has(name) && env.size >= MAX_LISTED) continue;
        env.delete(name);
        env.set(name, { name, value, range });
      }
    }
    return [...env.values()];
  });
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
  const parent = parentStage(model, stage);
  const image = stage.image;
  const base: OutlineStage['base'] = parent
    ? { kind: 'stage', stage: parent.index, image }
    : image.toLowerCase() === 'scratch' ? { kind: 'scratch', image: 'scratch' } : { kind: 'image', image };
  const user = lastAlongChain(model, stage, 'USER');
  const workdir = lastAlongChain(model, stage, 'WORKDIR');
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
    exposed: exposedOf(model, stage),
    env: envOf(model, stage),
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
