// SPDX-License-Identifier: MIT
// Build failures that BuildKit's Dockerfile frontend (and the legacy builder) report before any step runs:
// an unknown instruction or flag, an instruction missing its parts, stages in a circle, an empty FROM
// variable; and the build's setup: a context folder that is not there, a missing buildx.
import { code } from '../../render';
import { dockerfileOf, instructionLocation } from '../locate';
import { buildErrorLocation } from './builds';
import { messageKind } from './fromMessage';

const buildCommands = ['build', 'buildx build', 'image build', 'builder build', 'compose build', 'compose up'];
const referenceDocs = 'https://docs.docker.com/reference/dockerfile/';

export const unknownInstruction = messageKind({
  code: 'UnknownInstruction',
  title: 'Not a Dockerfile instruction',
  message: 'unknownInstruction',
  commands: buildCommands,
  docsUrl: `${referenceDocs}#overview`,
  topics: ['instruction:RUN'],
  explain: (ctx, m) => ({
    lead: `${code(m[1])} is not an instruction${m[2] ? ` (BuildKit suggests ${code(m[2].toUpperCase())})` : ''}.`,
    why: ['Every line starts with an instruction such as `FROM`, `RUN`, `COPY`, `CMD`. A long command split over lines needs a `\\` at the end of each line but the last; without it the next line is read as a new instruction.', 'Nothing was built: the whole file is read before the first step.'],
    todo: ['Fix the word at the start of that line, or add the missing `\\` on the line above.'],
    location: buildErrorLocation(ctx),
  }),
});

export const dockerfileUnknownFlag = messageKind({
  code: 'DockerfileUnknownFlag',
  title: 'An instruction flag that does not exist',
  message: 'dockerfileUnknownFlag',
  commands: buildCommands,
  docsUrl: referenceDocs,
  explain: (ctx, m) => ({
    lead: `${code(m[1].startsWith('-') ? m[1] : `--${m[1]}`)} is not a flag of this instruction.`,
    why: ['Words that start with `--` right after the instruction are its flags (`COPY --chown`, `RUN --mount`, `HEALTHCHECK --interval`). In `CMD --port 8080` the program\'s own argument comes first, so the builder takes it for a flag: use the exec form, `CMD ["app", "--port", "8080"]`.'],
    todo: ['Fix the flag\'s spelling (hover the instruction for its flags), or write the command in exec form.'],
    location: buildErrorLocation(ctx),
  }),
});

export const dockerfileMissingArguments = messageKind({
  code: 'DockerfileMissingArguments',
  title: 'An instruction is missing its arguments',
  message: 'dockerfileMissingArguments',
  commands: buildCommands,
  docsUrl: referenceDocs,
  explain: (ctx, m) => ({
    lead: `${code(m[1].toUpperCase())} needs ${m[2].replace('one', '1').replace('two', '2')} argument${m[2].endsWith('one') ? '' : 's'}.`,
    why: [m[2] === 'at least two' ? '`COPY` and `ADD` take one or more sources and then a destination: `COPY requirements.txt .` copies into the working folder.' : 'An empty variable in the line (`$NAME` with no value) leaves the instruction with nothing after it.'],
    todo: ['Complete the line (hover the instruction for its form).'],
    location: buildErrorLocation(ctx),
  }),
});

export const blankName = messageKind({
  code: 'BlankVariableName',
  title: 'A name is missing before =',
  message: 'blankName',
  commands: buildCommands,
  docsUrl: `${referenceDocs}#env`,
  topics: ['instruction:ENV', 'instruction:ARG'],
  explain: (ctx) => ({
    why: ['`ENV NAME=value` has no spaces around `=`; a value with spaces goes in quotes: `ENV GREETING="hello world"`.'],
    todo: ['Write the name right before `=`, with no space between.'],
    location: buildErrorLocation(ctx),
  }),
});

export const envWithoutValue = messageKind({
  code: 'EnvWithoutValue',
  title: 'ENV without a value',
  message: 'envTwoArguments',
  commands: buildCommands,
  docsUrl: `${referenceDocs}#env`,
  topics: ['instruction:ENV'],
  explain: (ctx, m) => ({
    why: [`${code(m[1])} sets a value, so it needs one. For a variable the build passes in, use \`ARG NAME\` (it may stay without a default); an empty value is written \`${m[1]} NAME=""\`.`],
    todo: [`Write ${code(`${m[1]} NAME=value`)}.`],
    location: buildErrorLocation(ctx) ?? instructionLocation(dockerfileOf(ctx), (k, t) => k === m[1] && !/[=\s]/.test(t.trim())),
  }),
});

export const copyManyToFile = messageKind({
  code: 'CopyDestinationNotFolder',
  title: 'Several files copied to one that is not a folder',
  message: 'copyManyToFile',
  commands: buildCommands,
  docsUrl: `${referenceDocs}#copy`,
  topics: ['instruction:COPY'],
  explain: (ctx, m) => ({
    why: [`With one source, ${code(`${m[1]} a.txt /dest`)} may name the new file; with several, Docker will not guess, so the destination must end in \`/\`: ${code(`${m[1]} a.txt b.txt /dest/`)}.`],
    todo: ['Add a `/` at the end of the destination (or `./` for the working folder).'],
    location: buildErrorLocation(ctx) ?? instructionLocation(dockerfileOf(ctx), (k, t) => k === m[1] && !/\/$/.test(t.trim()) && t.trim().split(/\s+/).filter((w) => !w.startsWith('--')).length > 2),
  }),
});

export const circularStage = messageKind({
  code: 'CircularStageDependency',
  title: 'Stages copy from each other in a circle',
  message: 'circularStage',
  commands: buildCommands,
  docsUrl: 'https://docs.docker.com/build/building/multi-stage/',
  topics: ['instruction:COPY', 'instruction:FROM'],
  explain: (ctx, m) => ({
    lead: `The circle goes through ${code(m[1])}.`,
    why: ['`COPY --from=NAME` reads a stage that must be built before this one; a stage cannot copy from itself or from a stage that copies from it.'],
    todo: [`Point ${code('--from')} at a stage defined above the one it is in.`],
    location: buildErrorLocation(ctx),
  }),
});

export const blankBaseName = messageKind({
  code: 'BlankBaseImage',
  title: 'FROM names an empty variable',
  message: 'blankBaseName',
  commands: buildCommands,
  docsUrl: `${referenceDocs}#understand-how-arg-and-from-interact`,
  topics: ['instruction:FROM', 'instruction:ARG'],
  explain: (ctx, m) => ({
    lead: `${code(m[1])} is empty.`,
    why: ['`FROM` can only use an `ARG` declared before the first `FROM` (at the top of the file), with a default or a `--build-arg`.'],
    todo: [`Declare it above the first \`FROM\` with a default, such as ${code(`ARG ${m[1].replace(/^\$\{?|\}$/g, '').replace(/[:-].*$/, '') || 'BASE'}=python:3.12-slim`)}.`],
    location: buildErrorLocation(ctx),
  }),
});

export const buildxMissing = messageKind({
  code: 'BuildxMissing',
  title: 'buildx is not installed',
  message: 'buildxMissing',
  docsUrl: 'https://docs.docker.com/build/concepts/overview/#install-buildx',
  topics: ['command:docker build'],
  explain: () => ({
    why: ['Since Docker 23, `docker build` uses BuildKit through the `buildx` plugin; some Linux packages install the CLI without it.'],
    todo: ['Install the `docker-buildx-plugin` (or `docker-buildx`) package; or, for now, build with the old builder: `DOCKER_BUILDKIT=0 docker build ...`.'],
  }),
});

export const buildContextNotFound = messageKind({
  code: 'BuildContextNotFound',
  title: 'The build folder does not exist',
  message: 'contextNotFound',
  commands: buildCommands,
  docsUrl: 'https://docs.docker.com/build/concepts/context/',
  topics: ['command:docker build', 'key:build'],
  explain: (ctx, m) => ({
    lead: `There is no ${code(m[1])}.`,
    why: [ctx.command?.startsWith('compose') ? 'In a compose file, `build:` (or `build.context:`) is read from the compose file\'s folder.' : `A relative path is read from the folder the command ran in${ctx.cwd ? `, ${code(ctx.cwd)}` : ''}.`],
    todo: ['Check the folder name and where you run the command from.'],
  }),
});

export const solverKinds = [unknownInstruction, dockerfileUnknownFlag, dockerfileMissingArguments, blankName, envWithoutValue, copyManyToFile, circularStage, blankBaseName, buildxMissing, buildContextNotFound];
