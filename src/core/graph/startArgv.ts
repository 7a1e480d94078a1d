// SPDX-License-Identifier: MIT
// The exact argv a container of a stage starts with, after ENTRYPOINT and CMD are combined and inherited.
// ref: buildkit-dockerfile-docs/reference.md#understand-how-cmd-and-entrypoint-interact (the table),
// #entrypoint ("If CMD is defined from the base image, setting ENTRYPOINT will reset CMD to an empty value"),
// #shell-form (shell form runs through the SHELL, `/bin/sh -c` by default).
import type { Instruction } from 'dockerfile-ast';
import { activeShell } from '../dockerfile/activeShell';
import { execArgs } from '../dockerfile/forms';
import { commandText, formOf } from '../dockerfile/locate';
import type { DockerfileModel } from '../dockerfile/model';
import { alongChain, rootStage } from '../dockerfile/alongChain';
import { instructionsIn, parentStage } from '../dockerfile/stageIndex';
import { argumentWords, unknownLeadingFlag } from '../dockerfile/words';
import type { Stage } from '../dockerfile/stages';
import type { StartCommand } from './types';

/** The most stages a chain holds above the stage itself. */
const MAX_CHAIN = 256;
/** Chains kept per model: the latest ones, so that memory stays bounded in a file of 90,000 stages. */
const KEPT_CHAINS = 64;

const chains = new WeakMap<DockerfileModel, Map<Stage, readonly Stage[]>>();

/**
 * The stages from the first one this stage builds on (root) down to `stage` itself, at most MAX_CHAIN above
 * it. Made from the parent's chain when that one was just made, as it is for readers that go through the
 * stages in order (the stages view, the start command): a file of 2,000 stages each built on the one before
 * walked 256 parents for every stage.
 */
export function stageChain(model: DockerfileModel, stage: Stage): readonly Stage[] {
  let known = chains.get(model);
  if (!known) chains.set(model, known = new Map());
  const had = known.get(stage);
  if (had) return had;
  const parent = parentStage(model, stage);
  const above = parent && known.get(parent);
  let chain: Stage[];
  if (above) {
    chain = above.length > MAX_CHAIN ? above.slice(1) : above.slice();
    chain.push(stage);
  } else {
    chain = [stage];
    let s: Stage | undefined = stage;
    // parentStage refuses later stages, so there is no loop; the cap bounds a long chain's walk.
    for (let depth = 0; depth < MAX_CHAIN && (s = parentStage(model, s)); depth++) chain.push(s);
    // Gathered from the stage up, then turned root first: an unshift per stage moved the whole chain each time.
    chain.reverse();
  }
  known.set(stage, chain);
  if (known.size > KEPT_CHAINS) known.delete(known.keys().next().value!);
  return chain;
}

interface Setting { inst: Instruction; stage: number }
interface StartSettings { entrypoint?: Setting; cmd?: Setting }

/**
 * The ENTRYPOINT and CMD in force at the end of `stage`: those of the stage it builds on, changed by its own
 * lines under the reset rule.
 */
function lastStartSettings(model: DockerfileModel, stage: Stage): StartSettings {
  return alongChain<StartSettings>(model, 'start settings', stage, (s, above) => {
    const entrypoints = instructionsIn(model, s, 'ENTRYPOINT'), cmds = instructionsIn(model, s, 'CMD');
    if (!entrypoints.length && !cmds.length) return above ?? {};
    let { entrypoint, cmd } = above ?? {};
    const own = [...entrypoints, ...cmds].sort((a, b) => a.getRange().start.line - b.getRange().start.line);
    // A CMD from the stage below counts as the base image's CMD: this stage's ENTRYPOINT clears it.
    let cmdSetHere = false;
    for (const inst of own) {
      if (inst.getKeyword() === 'CMD') { cmd = { inst, stage: s.index }; cmdSetHere = true; continue; }
      entrypoint = { inst, stage: s.index };
      if (!cmdSetHere) cmd = undefined;
    }
    return { entrypoint, cmd };
  });
}

/** The argv a line contributes: the exec-form array, or the active shell plus the command string. */
function argvOf(model: DockerfileModel, inst: Instruction): { argv: string[]; form: 'exec' | 'shell' } {
  const command = commandText(model, inst);
  if (formOf(model, inst) === 'exec') return { argv: execArgs(command) ?? [], form: 'exec' };
  // Malformed arrays count as shell form, as Docker reads them.
  return { argv: [...activeShell(model, inst).argv, command], form: 'shell' };
}

const rangeOfInst = (inst: Instruction) => inst.getRange();

type Rejected = { inst: Instruction; flag: string };

/** The first ENTRYPOINT or CMD along the chain (root first) that BuildKit rejects for a leading `--word` it has no flag for. */
function rejectedLine(model: DockerfileModel, stage: Stage): Rejected | undefined {
  return alongChain<Rejected | undefined>(model, 'rejected start line', stage, (s, above) => {
    if (above) return above;
    for (const keyword of ['ENTRYPOINT', 'CMD']) {
      for (const inst of instructionsIn(model, s, keyword)) {
        const flag = unknownLeadingFlag(model, inst);
        if (flag) return { inst, flag };
      }
    }
    return undefined;
  });
}

/** What a container of `stage` runs at start: the argv, where each part came from, and how it was put together. */
export function startCommandOf(model: DockerfileModel, stage: Stage): StartCommand {
  const rejected = rejectedLine(model, stage);
  if (rejected) {
    const keyword = rejected.inst.getKeyword();
    const line = rejected.inst.getRange().start.line + 1;
    return {
      argv: [],
      fromBaseImage: false,
      invalid: { range: rangeOfInst(rejected.inst), flag: rejected.flag },
      notes: [
        `\`${keyword}\` on line ${line} starts with \`${rejected.flag}\`, which BuildKit reads as a flag of \`${keyword}\`. \`${keyword}\` has no such flag, so the build stops with "unknown flag: ${rejected.flag.slice(2)}" and no image is made.`,
        `To pass these words as arguments, write the exec form: \`${keyword} ${JSON.stringify(argumentWords(model, rejected.inst).map(w => w.replace(/^(["'])(.*)\1$/s, '$2'))).replace(/","/g, '", "')}\`.`,
      ],
    };
  }
  const root = rootStage(model, stage);
  const baseIsImage = !!root.image && root.image.toLowerCase() !== 'scratch';
  const { entrypoint, cmd } = lastStartSettings(model, stage);
  const notes: string[] = [];
  const inherited = (s: Setting) => (s.stage !== stage.index ? ` (inherited from stage ${s.stage})` : '');
  const lineOf = (s: Setting) => s.inst.getRange().start.line + 1;
  const ep = entrypoint && argvOf(model, entrypoint.inst);
  const c = cmd && argvOf(model, cmd.inst);
  // ref: buildkit-dockerfile-docs/reference.md#entrypoint and #cmd: an empty exec-form array clears the setting.
  const clearedEp = ep?.form === 'exec' && !ep.argv.length;
  const clearedCmd = c?.form === 'exec' && !c.argv.length;
  let argv: string[] = [];
  if (ep?.form === 'shell') {
    argv = ep.argv;
    notes.push(`\`ENTRYPOINT\` on line ${lineOf(entrypoint!)}${inherited(entrypoint!)} is in shell form: it runs through the shell and ignores \`CMD\` and any arguments given to \`docker run\`.`);
  } else if (ep && !clearedEp) {
    argv = [...ep.argv, ...(c?.argv ?? [])];
    notes.push(`The program comes from \`ENTRYPOINT\` on line ${lineOf(entrypoint!)}${inherited(entrypoint!)}.`);
    if (clearedCmd) notes.push(`\`CMD []\` on line ${lineOf(cmd!)}${inherited(cmd!)} adds no arguments; it only clears the \`CMD\` of the base image.`);
    else if (c?.form === 'exec') notes.push(`\`CMD\` on line ${lineOf(cmd!)}${inherited(cmd!)} adds default arguments; \`docker run <image> <args>\` replaces them.`);
    else if (c) notes.push(`\`CMD\` on line ${lineOf(cmd!)} is in shell form, so the shell and its command string are passed to the program as arguments, which is rarely what was meant.`);
  } else {
    if (clearedEp) notes.push(`\`ENTRYPOINT []\` on line ${lineOf(entrypoint!)}${inherited(entrypoint!)} clears the base image's \`ENTRYPOINT\`, so the program comes from \`CMD\`.`);
    if (c && clearedCmd) {
      notes.push(`\`CMD []\` on line ${lineOf(cmd!)}${inherited(cmd!)} sets no command; it only clears the \`CMD\` of the base image.`);
    } else if (c) {
      argv = c.argv;
      notes.push(`The command comes from \`CMD\` on line ${lineOf(cmd!)}${inherited(cmd!)}${c.form === 'shell' ? ', in shell form, so it runs through the shell' : ''}; \`docker run <image> <command>\` replaces it.`);
    }
  }
  // With no ENTRYPOINT of our own, the base image's ENTRYPOINT (if it has one) still runs first.
  const fromBaseImage = baseIsImage && !ep;
  if (fromBaseImage) {
    notes.push(c && !clearedCmd
      ? `If the base image \`${root.image}\` sets an \`ENTRYPOINT\`, it runs with this as its arguments.`
      : c
        ? `If the base image \`${root.image}\` sets an \`ENTRYPOINT\`, it runs with no arguments; otherwise \`docker run\` needs a command after the image name.`
        : `This file sets no \`ENTRYPOINT\` or \`CMD\`, so the base image \`${root.image}\` decides what runs.`);
  } else if (!argv.length) {
    notes.push('Nothing is set to run: `docker run` needs a command after the image name.');
  }
  return {
    argv,
    entrypoint: ep && { range: rangeOfInst(entrypoint!.inst), form: ep.form, stage: entrypoint!.stage },
    cmd: c && { range: rangeOfInst(cmd!.inst), form: c.form, stage: cmd!.stage },
    fromBaseImage,
    notes,
  };
}
