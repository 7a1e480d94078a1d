// SPDX-License-Identifier: MIT
// MissingArguments: an instruction without the arguments BuildKit's parser requires. Each message
// quotes the parser's own words. Source: moby/buildkit frontend/dockerfile/instructions/parse.go
// (parseFrom, parseKvps, parseAdd/parseCopy, parseHealthcheck, errAtLeastOneArgument...) and
// frontend/dockerfile/parser/line_parsers.go (parseNameVal: `ENV FOO` without a value).
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileModel } from '../../../dockerfile/model';
import { dockerErrors } from '../../../knowledge/dockerErrors';
import type { DockerfileRule } from '../../types';
import { instructionRange, instructionsWith, spanRange } from '../ranges';
import { argumentsOf } from './argumentWords';

const AT_LEAST_ONE = ['EXPOSE', 'VOLUME', 'ONBUILD', 'ARG', 'SHELL'];
const EXACTLY_ONE = ['MAINTAINER', 'WORKDIR', 'USER', 'STOPSIGNAL'];

export const missingArguments: DockerfileRule = {
  code: 'MissingArguments',
  source: 'coach',
  severity: 'error',
  title: 'Instruction without the arguments it needs',
  why: 'Docker checks the form of every line before the build starts: `ENV` needs a name and a value, `COPY` a source and a destination, `FROM` an image. A line that lacks them stops the build before the first step.',
  fix: 'Complete the line: `ENV NAME=value`, `COPY app.py /app/`, `FROM python:3.12-slim`, `HEALTHCHECK CMD curl -f http://localhost/`.',
  docsUrl: 'https://docs.docker.com/reference/dockerfile/',
  reference: 'buildkit-dockerfile-docs/reference.md#overview',
  rejectedBy: 'moby/buildkit:frontend/dockerfile/instructions/parse.go',
  dockerErrors: ['dockerfileMissingArguments', 'envTwoArguments', 'blankName'],
  check({ model }, report) {
    for (const inst of instructionsWith(model, 'FROM', 'ENV', 'LABEL', 'ADD', 'COPY', 'HEALTHCHECK', ...AT_LEAST_ONE, ...EXACTLY_ONE)) {
      const problem = problemOf(model, inst);
      if (problem) report({ range: problem.range ?? instructionRange(inst), message: problem.message });
    }
  },
};

/** Our sentence for Docker's message `said`, when the terminal coach knows it as a missing argument. */
function plainly(said: string): string {
  const known = dockerErrors.dockerfileMissingArguments;
  return known.patterns.some(p => p.test(said)) ? ` ${known.says}` : '';
}

interface Problem { message: string; range?: ReturnType<typeof instructionRange> }

function problemOf(model: DockerfileModel, inst: Instruction): Problem | undefined {
  const keyword = inst.getKeyword();
  const args = argumentsOf(model, inst);
  const n = args.words.length;
  const stops = (said: string, plain: string): Problem => ({ message: `${plain}: Docker stops with "${said}".${plainly(said)}` });
  if (keyword === 'FROM') {
    if (n === 1 || (n === 3 && args.words[1].toLowerCase() === 'as')) return undefined;
    const plain = n === 0 ? '`FROM` needs the image to start from, such as `FROM python:3.12-slim`'
      : n === 2 && args.words[1].toLowerCase() === 'as' ? '`AS` needs a stage name after it, such as `FROM node:22 AS build`'
        : '`FROM` takes an image and, optionally, `AS` and a stage name, nothing else';
    return stops('FROM requires either one or three arguments', plain);
  }
  if (keyword === 'ENV' || keyword === 'LABEL') return pairsProblem(model, keyword, args.placed);
  if (keyword === 'ADD' || keyword === 'COPY') {
    if (n >= 2) return undefined;
    return stops(`${keyword} requires at least two arguments, but only one was provided. Destination could not be determined`,
      `\`${keyword}\` needs a source and a destination${n === 1 ? `, and \`${args.words[0]}\` is only one of them; to copy it into the working directory, write \`${keyword} ${args.words[0]} ./\`` : ''}`);
  }
  if (keyword === 'HEALTHCHECK') {
    if (n === 0) return stops('HEALTHCHECK requires at least one argument', '`HEALTHCHECK` needs `CMD` and a command, or `NONE`');
    const type = args.words[0].toUpperCase();
    if (type === 'NONE') return n === 1 ? undefined : stops('HEALTHCHECK NONE takes no arguments', '`HEALTHCHECK NONE` turns the check off and takes nothing after it');
    if (type !== 'CMD') return stops(`Unknown type "${args.words[0]}" in HEALTHCHECK (try CMD)`, `\`${args.words[0]}\` is not a kind of health check: write \`HEALTHCHECK CMD\` and a command, or \`HEALTHCHECK NONE\``);
    const command = args.rest.slice(args.words[0].length).trim();
    if (command && command !== '[]' && !/^\[\s*\]$/.test(command)) return undefined;
    return stops('Missing command after HEALTHCHECK CMD', '`HEALTHCHECK CMD` needs the command that checks the container, such as `HEALTHCHECK CMD curl -f http://localhost/`');
  }
  if (n > 0) return blankName(keyword, args.words);
  if (AT_LEAST_ONE.includes(keyword)) return stops(`${keyword} requires at least one argument`, `\`${keyword}\` needs at least one argument`);
  return stops(`${keyword} requires exactly one argument`, `\`${keyword}\` needs exactly one argument`);
}

/** `ARG =x`: a value without a name. */
function blankName(keyword: string, words: string[]): Problem | undefined {
  if (keyword !== 'ARG' || !words.some(w => w.startsWith('='))) return undefined;
  return { message: `A build argument needs a name before \`=\`: Docker stops with "ARG names can not be blank". ${dockerErrors.blankName.says}` };
}

/** ENV and LABEL: `NAME=value` pairs, or the old `NAME value` form with exactly one name. */
function pairsProblem(model: DockerfileModel, keyword: string, placed: { text: string; start: number; end: number }[]): Problem | undefined {
  if (!placed.length) return { message: `\`${keyword}\` needs a name and a value, such as \`${keyword} NAME=value\`: Docker stops with "${keyword} requires at least one argument". ${dockerErrors.dockerfileMissingArguments.says}` };
  const first = placed[0];
  if (!first.text.includes('=')) {
    if (placed.length > 1) return undefined;
    return {
      range: spanRange(model, first.start, first.end),
      message: `\`${keyword} ${first.text}\` has a name but no value; write \`${keyword} ${first.text}=value\` (or \`${first.text}=""\` for an empty one): Docker stops with "${keyword} must have two arguments". ${dockerErrors.envTwoArguments.says}`,
    };
  }
  for (const word of placed) {
    if (word.text.startsWith('=')) return { range: spanRange(model, word.start, word.end), message: `\`${word.text}\` has a value but no name: Docker stops with "${keyword} names can not be blank". ${dockerErrors.blankName.says}` };
    if (!word.text.includes('=')) {
      return {
        range: spanRange(model, word.start, word.end),
        message: `Once a line uses \`NAME=value\`, every word must: \`${word.text}\` has no \`=\`, so Docker stops with "Syntax error - can't find = in ${JSON.stringify(word.text)}. Must be of the form: name=value".`,
      };
    }
  }
  return undefined;
}
