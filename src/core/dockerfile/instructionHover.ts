// SPDX-License-Identifier: MIT
// Hover on an instruction keyword: what the instruction does, and what this particular line does.
import type { Env, Instruction } from 'dockerfile-ast';
import { dockerfileInstructions, instructionWatchOut, isInstructionName, type InstructionName } from '../knowledge/dockerfileInstructions';
import { closestName } from '../spelling';
import { code } from '../render';
import type { Range } from '../text';
import { activeShell } from './activeShell';
import { describeForm } from './forms';
import { commandText } from './locate';
import { copyFacts, copyPaths, copySource } from './copyFacts';
import { argFacts, isEmptyExec, exposeWarnings, fromWarnings, healthcheckWarnings, secretWarnings, shellFacts, startCommand, startCommandWarnings } from './lineWarnings';
import { describePorts, readPort } from './exposeHover';
import type { DockerfileHit } from './hit';
import { formOf, heredocsOf } from './locate';
import type { DockerfileModel } from './model';
import { signalFact, userFacts, workdirFacts } from './runtimeSettings';
import { argumentsText, argumentWords, unknownLeadingFlag } from './words';
import { instructionsIn, lineOf, parentStage } from './stageIndex';
import { stageOf, stagesOf } from './stages';

/** What to say about the keyword of `inst`, covering `keywordRange`. */
export function explainKeyword(model: DockerfileModel, inst: Instruction, keywordRange: Range, triggeredBy?: Instruction): DockerfileHit | undefined {
  const keyword = inst.getKeyword();
  if (!isInstructionName(keyword)) return explainUnknownKeyword(inst, keywordRange);
  const name = keyword.toUpperCase() as InstructionName;
  const doc = dockerfileInstructions[name];
  const inThisLine = triggeredBy
    ? [`Wrapped in \`ONBUILD\` on line ${triggeredBy.getRange().start.line + 1}: this \`${name}\` does not run in this build. It runs at the start of any build that uses this image in its \`FROM\`.`]
    : lineFacts(model, inst, name);
  return {
    range: keywordRange,
    topics: [`instruction:${name}`],
    content: {
      title: name,
      tags: doc.tags,
      what: doc.summary,
      inThisLine,
      watchOut: dedupe([...(triggeredBy ? [] : lineWarnings(model, inst, name)), ...instructionWatchOut(doc, name === 'COPY' && !!copySource(model, inst))]),
      docsUrl: doc.docsUrl,
    },
  };
}

function explainUnknownKeyword(inst: Instruction, keywordRange: Range): DockerfileHit | undefined {
  const word = inst.getInstruction();
  // A word that does not look like an instruction at all (say a stray argument) gets no hover.
  if (!/^[A-Za-z]+$/.test(word)) return undefined;
  const guess = closestName(word.toUpperCase(), Object.keys(dockerfileInstructions));
  return {
    range: keywordRange,
    content: {
      title: word,
      tags: ['unknown instruction'],
      what: `\`${word}\` is not a Dockerfile instruction, so the build stops with an error on this line.`,
      inThisLine: guess ? [`Did you mean ${code(guess)}?`] : undefined,
      docsUrl: 'https://docs.docker.com/reference/dockerfile/#overview',
    },
  };
}

/** Facts about this line for each instruction: the "In this line" bullets. */
function lineFacts(model: DockerfileModel, inst: Instruction, name: InstructionName): string[] {
  // Read from the text (dockerfile-ast's argument accessors are slow on very long instructions), and only by
  // the cases that use them: a 1.9 MB RUN of continuation lines is never split into words for its keyword.
  let argsText: string | undefined, wordList: string[] | undefined;
  const args = () => (argsText ??= argumentsText(model, inst));
  const words = () => (wordList ??= argumentWords(model, inst));
  switch (name) {
    case 'RUN': {
      const heredocs = heredocsOf(model, inst);
      return [
        heredocs.length ? `Uses a here-document (${code('<<' + heredocs[0].getName())}): the lines up to ${code(heredocs[0].getName())} are part of this step.` : describeForm(formOf(model, inst), name, activeShell(model, inst), commandText(model, inst)),
        'It runs during `docker build`, not when a container starts; its result is saved as a layer, and a rebuild reuses that layer from the cache while this line and the files and lines before it are unchanged (`--no-cache` forces a fresh run).',
      ];
    }
    case 'CMD':
    case 'ENTRYPOINT':
      return startCommandFacts(model, inst, name);
    case 'SHELL':
      return words().length ? shellFacts(model, inst, args()) : [];
    case 'FROM':
      return fromFacts(model, inst);
    case 'EXPOSE':
      return words().length ? [...describePorts(words().map(w => readPort(model, inst, w))), '`EXPOSE` alone publishes nothing; it tells people (and `docker run -P`) which ports matter.'] : [];
    case 'ENV':
      return envFacts(inst);
    case 'LABEL':
    case 'ARG': {
      const keys = words().map(w => w.split('=')[0]).filter(Boolean);
      if (!keys.length) return [];
      const firstFrom = stagesOf(model)[1]?.from;
      if (name === 'ARG' && (!firstFrom || inst.getRange().start.line < firstFrom.getRange().start.line)) {
        return [`Declared before the first \`FROM\`: ${keys.map(k => code(k)).join(', ')} can be used in \`FROM\` lines only, until a stage declares it again.`, ...argFacts(model, inst, words(), false)];
      }
      const facts = name === 'ARG' ? argFacts(model, inst, words(), true) : [`Sets ${keys.map(k => code(k)).join(', ')}.`];
      if (name === 'LABEL' && keys.some(k => k.replace(/^"/, '').startsWith('org.opencontainers.image.'))) {
        facts.push('`org.opencontainers.image.*` keys are the standard label names that registries and tools read; hover a key for its meaning.');
      }
      return facts;
    }
    case 'COPY':
    case 'ADD': {
      const { paths, heredocs } = copyPaths(model, inst);
      if (heredocs.length && paths.length) return [`Creates ${code(paths[paths.length - 1])} from the here-document that follows (${code('<<' + heredocs[0].getName())}).`];
      if (paths.length < 2) return [];
      return copyFacts(model, inst, name, paths);
    }
    case 'WORKDIR':
      return workdirFacts(model, inst);
    case 'USER':
      return userFacts(model, inst).facts;
    case 'VOLUME':
      return volumeFacts(words(), args());
    case 'STOPSIGNAL':
      return signalFact(inst);
    case 'HEALTHCHECK':
      return healthcheckFacts(model, inst, args());
    case 'ONBUILD': {
      const trigger = words()[0];
      if (!trigger) return [];
      // ref: buildkit-dockerfile-docs/reference.md#onbuild-limitations (no ONBUILD ONBUILD, no FROM or MAINTAINER)
      if (/^(ONBUILD|FROM|MAINTAINER)$/i.test(trigger)) return [`\`ONBUILD ${trigger.toUpperCase()}\` is not allowed: \`ONBUILD\` cannot wrap ${code(trigger.toUpperCase())}, so the build stops with an error on this line.`];
      return [`Stores ${code(trigger.toUpperCase())} for builds that start \`FROM\` this image.`];
    }
    case 'MAINTAINER':
      return [];
  }
}

/** Extra "Watch out" bullets that depend on this line (before the instruction's general ones). */
function lineWarnings(model: DockerfileModel, inst: Instruction, name: InstructionName): string[] {
  switch (name) {
    case 'USER': return userFacts(model, inst).watchOut;
    case 'FROM': return fromWarnings(model, inst);
    case 'EXPOSE': return exposeWarnings(model, inst);
    case 'HEALTHCHECK': return healthcheckWarnings(model, inst);
    case 'ARG': case 'ENV': return secretWarnings(model, inst, name);
    case 'CMD': case 'ENTRYPOINT': return startCommandWarnings(model, inst, name);
    default: return [];
  }
}

function dedupe(bullets: string[]): string[] {
  return [...new Set(bullets)];
}

function fromFacts(model: DockerfileModel, inst: Instruction): string[] {
  const stage = stageOf(model, inst);
  const facts = [`Builds on ${code(stage.image || '(no image yet)')}.`];
  if (stage.name) facts.push(`Names this stage ${code(stage.name)}, so \`COPY --from=${stage.name}\` or \`docker build --target ${stage.name}\` can refer to it.`);
  const base = stage.from && !stage.from.getImageTag() && !stage.from.getImageDigest() ? parentStage(model, stage) : undefined;
  if (base?.from) facts.push(`\`${stage.image}\` is the stage on line ${lineOf(base.from)}, not an image from a registry.`);
  else if (stage.image.toLowerCase() === 'scratch') facts.push('`scratch` is the empty image: no shell, no files at all.');
  else if (stage.from && !stage.from.getImageTag() && !stage.from.getImageDigest() && stage.image) {
    facts.push('No tag, so Docker uses `:latest`, which points to a different image whenever a new version is pushed.');
  }
  return facts;
}

function envFacts(inst: Instruction): string[] {
  const properties = (inst as Env).getProperties();
  if (!properties.length) return [];
  const legacy = properties.find(p => p.getAssignmentOperator() === null && p.getValue() !== null);
  if (legacy) {
    return [
      `Legacy form \`ENV <key> <value>\`: it sets one variable, ${code(legacy.getName())}, to everything after the first space: ${code(legacy.getValue() ?? '')}.`,
      `Write \`ENV ${legacy.getName()}=...\` instead: the legacy form cannot set several variables and may be removed (the \`LegacyKeyValueFormat\` check warns about it).`,
    ];
  }
  return [`Sets ${properties.map(p => code(p.getName())).join(', ')} for the rest of this stage, for stages built on it, and in containers started from the image.`];
}

function volumeFacts(words: string[], args: string): string[] {
  if (!args) return [];
  let paths = words;
  if (args.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(args);
      if (!Array.isArray(parsed)) throw new Error('not an array');
      paths = parsed.map(String);
    } catch {
      return ['This looks like a JSON array but is not valid JSON (use double quotes), so each word is taken as a path, brackets and quotes included.'];
    }
  }
  return [`Each new container gets an anonymous volume at ${paths.map(p => code(p)).join(', ')} unless you mount a named volume or a host folder there (\`docker run -v\`, compose \`volumes:\`).`,
    'Anonymous volumes get random names and pile up: `docker run --rm` removes them with the container.'];
}

function healthcheckFacts(model: DockerfileModel, inst: Instruction, args: string): string[] {
  if (/^none\b/i.test(args)) return ['`NONE` turns off any health check inherited from the base image.'];
  const facts = [describeForm(formOf(model, inst), 'HEALTHCHECK', activeShell(model, inst), commandText(model, inst))];
  const later = laterInStage(model, inst, 'HEALTHCHECK');
  if (later) facts.push(`Overridden: HEALTHCHECK on line ${lineOf(later)} comes later in this stage, and only the last one counts.`);
  return facts;
}

/** The last `keyword` instruction of the stage of `inst`, when it comes after `inst`. O(1). */
function laterInStage(model: DockerfileModel, inst: Instruction, keyword: string): Instruction | undefined {
  const list = instructionsIn(model, stageOf(model, inst), keyword);
  const last = list[list.length - 1];
  return last && last.getRange().start.line > inst.getRange().start.line ? last : undefined;
}

/** CMD and ENTRYPOINT: the form, whether a later line overrides this one, and how they combine. */
function startCommandFacts(model: DockerfileModel, inst: Instruction, name: 'CMD' | 'ENTRYPOINT'): string[] {
  // ref: moby/buildkit parser/split_command.go (leading --words are flags) and instructions/parse.go (parseCmd)
  const flag = unknownLeadingFlag(model, inst);
  if (flag) return [`\`${flag}\` at the start is read as a flag of \`${name}\`, and \`${name}\` has none: the build stops with "unknown flag: ${flag.slice(2)}". Write the exec form (a JSON array) to pass it as an argument.`];
  const form = formOf(model, inst);
  const stage = stageOf(model, inst);
  // ref: buildkit-dockerfile-docs/reference.md#entrypoint, #cmd (an empty array clears what the base image set)
  if (isEmptyExec(model, inst)) {
    const cmd = name === 'ENTRYPOINT' ? instructionsIn(model, stage, 'CMD').slice(-1)[0] : undefined;
    return [name === 'ENTRYPOINT'
      ? `An empty array: it clears the \`ENTRYPOINT\` inherited from the base image, so the program comes from \`CMD\`${cmd && cmd.getRange().start.line > inst.getRange().start.line ? ` (line ${lineOf(cmd)})` : ''}. Like any \`ENTRYPOINT\` line, it also clears the base image's \`CMD\`.`
      : 'An empty array: it adds no command and no arguments; it clears the `CMD` inherited from the base image.'];
  }
  const lastEntrypoint = name === 'CMD' ? instructionsIn(model, stage, 'ENTRYPOINT').slice(-1)[0] : undefined;
  const entrypoint = lastEntrypoint && !isEmptyExec(model, lastEntrypoint) ? lastEntrypoint : undefined;
  // ref: buildkit-dockerfile-docs/reference.md#understand-how-cmd-and-entrypoint-interact (exec ENTRYPOINT + exec CMD: CMD items are its default arguments)
  const facts = [entrypoint && form === 'exec' && formOf(model, entrypoint) === 'exec'
    ? `A JSON array, but no program starts from it: with the exec-form \`ENTRYPOINT\` on line ${lineOf(entrypoint)}, its items are default arguments, so the container runs ${code(startCommand(model, entrypoint, inst))}.`
    : describeForm(form, name, activeShell(model, inst), commandText(model, inst))];
  const later = laterInStage(model, inst, name);
  if (later) {
    facts.push(`Overridden: ${name} on line ${lineOf(later)} comes later in this stage, and only the last ${name} counts.`);
    return facts;
  }
  const others = instructionsIn(model, stage, name === 'CMD' ? 'ENTRYPOINT' : 'CMD');
  const lastOther = others[others.length - 1];
  // An empty `ENTRYPOINT []` names no program: a CMD after it is the command itself.
  const other = name === 'CMD' && lastOther && isEmptyExec(model, lastOther) ? undefined : lastOther;
  if (name === 'CMD') {
    if (!other) facts.push('When the container starts, this is the command it runs, unless `docker run <image> <command>` gives another one.');
    else if (formOf(model, other) !== 'exec') facts.push(`\`ENTRYPOINT\` on line ${lineOf(other)} is in shell form, which ignores \`CMD\`: this line has no effect.`);
    else if (form !== 'exec') facts.push(`\`ENTRYPOINT\` is set on line ${lineOf(other)}, so this shell-form \`CMD\` is appended to it as ${code(activeShell(model, inst).argv.join(' ') + ' ...')} arguments, which is rarely what you want. Write it as a JSON array.`);
    return facts;
  }
  if (form !== 'exec') {
    facts.push(`Shell-form \`ENTRYPOINT\` ignores \`CMD\` and any arguments given to \`docker run\`${other ? `, so the \`CMD\` on line ${lineOf(other)} has no effect` : ''}.`);
  } else if (!other) {
    facts.push('Arguments after the image name in `docker run` are appended to this program. Setting `ENTRYPOINT` also clears any `CMD` inherited from the base image.');
  } else if (formOf(model, other) === 'exec') {
    facts.push(`\`CMD\` on line ${lineOf(other)} supplies the default arguments to this program; \`docker run <image> <args>\` replaces them.`);
  } else {
    facts.push(`\`CMD\` on line ${lineOf(other)} is in shell form, so it is appended to this program as ${code(activeShell(model, other).argv.join(' ') + ' ...')} arguments, which is rarely what you want.`);
  }
  return facts;
}
