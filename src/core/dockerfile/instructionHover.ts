// SPDX-License-Identifier: MIT
// Hover on an instruction keyword: what the instruction does, and what this particular line does.
import type { Instruction } from 'dockerfile-ast';
import { dockerfileInstructions, isInstructionName, type InstructionName } from '../knowledge/dockerfileInstructions';
import { closestName } from '../spelling';
import { code } from '../render';
import type { Range } from '../text';
import { commandForm, describeForm } from './forms';
import type { DockerfileHit } from './hit';
import type { DockerfileModel } from './model';
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
      watchOut: 'watchOut' in doc ? doc.watchOut : undefined,
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
  const args = (inst.getArgumentsContent() ?? '').trim();
  const words = inst.getArguments().map(a => a.getValue());
  switch (name) {
    case 'RUN':
      return [describeForm(commandForm(inst), name), 'It runs once, during `docker build`; its result is saved in the image as a layer.'];
    case 'CMD':
    case 'ENTRYPOINT':
      return startCommandFacts(model, inst, name);
    case 'SHELL':
      return words.length ? [`Later shell-form lines in this stage run through ${code(args)}.`] : [];
    case 'FROM': {
      const stage = stageOf(model, inst);
      const facts = [`Builds on ${code(stage.image || '(no image yet)')}.`];
      if (stage.name) facts.push(`Names this stage ${code(stage.name)}, so \`COPY --from=${stage.name}\` or \`docker build --target ${stage.name}\` can refer to it.`);
      if (stage.image.toLowerCase() === 'scratch') facts.push('`scratch` is the empty image: no shell, no files at all.');
      else if (stage.from && !stage.from.getImageTag() && !stage.from.getImageDigest() && !isStageName(model, stage.image)) {
        facts.push('No tag, so Docker uses `:latest`, which points to a different image whenever a new version is pushed.');
      }
      return facts;
    }
    case 'EXPOSE':
      return words.length ? [`Documents ${words.map(w => code(w)).join(', ')}. To reach it from your machine: \`docker run -p ${hostContainer(words[0])}\`.`] : [];
    case 'ENV':
    case 'LABEL':
    case 'ARG': {
      const keys = words.map(w => w.split('=')[0]).filter(Boolean);
      if (!keys.length) return [];
      if (name === 'ARG' && model.ast.getFROMs()[0] && inst.getRange().start.line < model.ast.getFROMs()[0].getRange().start.line) {
        return [`Declared before the first \`FROM\`: ${keys.map(k => code(k)).join(', ')} can be used in \`FROM\` lines only, until a stage declares it again.`];
      }
      return [`Sets ${keys.map(k => code(k)).join(', ')}.`];
    }
    case 'COPY':
    case 'ADD': {
      const paths = words.filter(w => !w.startsWith('--'));
      if (paths.length < 2) return [];
      return [`Copies ${paths.slice(0, -1).map(p => code(p)).join(', ')} into ${code(paths[paths.length - 1])} in the image.`];
    }
    case 'WORKDIR':
      return args ? [`Later instructions and the container's command run in ${code(args)}.`] : [];
    case 'USER':
      return args ? [/^(root|0)(:|$)/.test(args) ? `Runs as ${code(args)}, the all-powerful root user.` : `Runs as ${code(args)} from here on.`] : [];
    case 'VOLUME':
      return args ? [`Each new container gets an anonymous volume at ${code(args)} unless you mount one there.`] : [];
    case 'STOPSIGNAL':
      return args ? [`\`docker stop\` sends ${code(args)} instead of \`SIGTERM\`.`] : [];
    case 'HEALTHCHECK':
      return /^none\b/i.test(args) ? ['`NONE` turns off any health check inherited from the base image.'] : [];
    case 'ONBUILD': {
      const trigger = words[0];
      return trigger ? [`Stores ${code(trigger.toUpperCase())} for builds that start \`FROM\` this image.`] : [];
    }
    case 'MAINTAINER':
      return [];
  }
}

/** CMD and ENTRYPOINT: the form, whether a later line overrides this one, and how they combine. */
function startCommandFacts(model: DockerfileModel, inst: Instruction, name: 'CMD' | 'ENTRYPOINT'): string[] {
  const facts = [describeForm(commandForm(inst), name)];
  const stage = stageOf(model, inst);
  const same = stage.instructions.filter(i => i.getKeyword() === name);
  const later = same.filter(i => i.getRange().start.line > inst.getRange().start.line);
  if (later.length) {
    facts.push(`Overridden: ${name} on line ${later[later.length - 1].getRange().start.line + 1} comes later in this stage, and only the last ${name} counts.`);
  } else if (name === 'CMD') {
    facts.push('When the container starts, this is the command it runs, unless `docker run <image> <command>` gives another one.');
  }
  const other = stage.instructions.find(i => i.getKeyword() === (name === 'CMD' ? 'ENTRYPOINT' : 'CMD'));
  if (other && commandForm(inst) === 'exec' && commandForm(other) === 'exec') {
    facts.push(name === 'CMD'
      ? `\`ENTRYPOINT\` is set on line ${other.getRange().start.line + 1}, so this \`CMD\` supplies its default arguments.`
      : `\`CMD\` on line ${other.getRange().start.line + 1} supplies the default arguments to this program.`);
  }
  return facts;
}

/** `80/tcp` -> `80:80`, `8000-8010` -> `8000-8010:8000-8010`. */
function hostContainer(port: string): string {
  const p = port.replace(/\/(tcp|udp|sctp)$/i, '');
  return /\/udp$/i.test(port) ? `${p}:${p}/udp` : `${p}:${p}`;
}

/** True when `image` names an earlier stage of this file (`FROM builder`) rather than an image. */
function isStageName(model: DockerfileModel, image: string): boolean {
  return stagesOf(model).some(s => s.name !== undefined && s.name.toLowerCase() === image.toLowerCase());
}
