// SPDX-License-Identifier: MIT
// Failures of `docker build`, in the words of both builders: the legacy one (what this repository's test
// engine runs, recorded) and BuildKit (quoted from moby/buildkit, see test/fixtures/failures/quoted).
import * as path from 'path';
import { toCommandLine } from '../../commandLine';
import { code } from '../../render';
import { exitCodeMeaning } from '../../knowledge/exitCodes';
import type { CommandContext, FailureKind, FailureLocation } from '../types';
import { dockerFix, repeatWith } from '../fixes';
import { composeMissingDockerfile, namedBuild } from './composeBuild';
import { composeFileOf, dockerfileOf, dockerfilePathOf, dockerignoreOf, instructionLocation, serviceBuilds } from '../locate';

const buildDocs = 'https://docs.docker.com/build/concepts/context/';

/** Where BuildKit says the failing step is: it prints `Dockerfile:12` above the lines it marks with `>>>`. */
function buildkitLine(ctx: CommandContext): FailureLocation | undefined {
  const m = /^(?:ERROR: )?(\S*?Dockerfile[^\s:]*):(\d+)\s*$/m.exec(ctx.output);
  const path = dockerfileOf(ctx)?.path ?? dockerfilePathOf(ctx);
  return m && path ? { path, line: Number(m[2]) - 1 } : undefined;
}

/**
 * The Dockerfile line a parse or frontend error names: "dockerfile parse error (on) line N" in both builders'
 * words, else the `Dockerfile:N` BuildKit prints above its excerpt.
 */
export function buildErrorLocation(ctx: CommandContext): FailureLocation | undefined {
  const m = /dockerfile parse error (?:on )?line (\d+)/i.exec(ctx.output);
  const path = dockerfileOf(ctx)?.path ?? dockerfilePathOf(ctx);
  return m && path ? { path, line: Number(m[1]) - 1 } : buildkitLine(ctx);
}

/** A .dockerignore glob as a regex over a context-relative path (`*` within a folder, `**` across folders). */
function ignoreGlob(pattern: string): RegExp {
  const body = pattern.replace(/^\/+|\/+$/g, '').replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*\/?/g, '\uE000').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]').replace(/\uE000/g, '.*');
  return new RegExp(`^${body}(?:/.*)?$`);
}

/** The .dockerignore line that leaves `source` out of the context, if one does (the last matching rule decides). */
function ignoringRule(ctx: CommandContext, source: string): string | undefined {
  const file = dockerignoreOf(ctx);
  if (!file) return undefined;
  const rel = source.replace(/^\.?\/+/, '');
  let rule: string | undefined;
  for (const raw of file.text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    if (ignoreGlob(negated ? line.slice(1) : line).test(rel)) rule = negated ? undefined : line;
  }
  return rule;
}

/**
 * How a file that is generated rather than written gets made, for the few names where that is certain;
 * any other name gets no such advice, so no command is ever built around a name it does not fit.
 */
const generators: Record<string, string> = {
  'requirements.txt': '`pip freeze > requirements.txt` writes the packages of your Python environment into it',
  'package-lock.json': '`npm install` creates it next to `package.json`',
  'yarn.lock': '`yarn install` creates it next to `package.json`',
  'pnpm-lock.yaml': '`pnpm install` creates it next to `package.json`',
  'poetry.lock': '`poetry lock` creates it next to `pyproject.toml`',
  'go.sum': '`go mod tidy` creates it next to `go.mod`',
  'Gemfile.lock': '`bundle install` creates it next to the `Gemfile`',
};

function generatedBy(source: string): string | undefined {
  const name = source.replace(/^.*\//, '');
  return Object.prototype.hasOwnProperty.call(generators, name) ? generators[name] : undefined;
}

export const copySourceMissing: FailureKind = {
  code: 'CopySourceMissing',
  title: 'COPY source not in the build context',
  patterns: [
    // Legacy builder (moby builder/dockerfile): "COPY failed: file not found in build context or excluded by .dockerignore: stat app.py: file does not exist"
    /(COPY|ADD) failed: file not found in build context or excluded by \.dockerignore: stat (\S+): file does not exist/,
    // Older legacy builder: "COPY failed: stat /var/lib/docker/tmp/docker-builder123/app.py: no such file or directory"
    /(COPY|ADD) failed: stat \S*?docker-builder\d*\/(\S+): no such file or directory/,
    // BuildKit (moby/buildkit cache/contenthash): failed to calculate checksum of ref <id>: "/app.py": not found
    /failed to calculate checksum of ref \S+ "\/?([^"]*)": not found/,
  ],
  commands: ['build', 'compose build', 'compose up'],
  docsUrl: buildDocs,
  topics: ['instruction:COPY', 'instruction:ADD', 'key:.dockerignore'],
  explain(ctx, m) {
    const buildkit = m[0].startsWith('failed to calculate');
    const keyword = buildkit ? 'COPY' : m[1];
    const source = buildkit ? m[1] : m[2];
    const words = (t: string) => t.split(/\s+/).map((w) => w.replace(/^\.?\//, ''));
    const location = buildkitLine(ctx) ?? instructionLocation(dockerfileOf(ctx), (k, t) => (k === 'COPY' || k === 'ADD') && !/--from=/.test(t) && words(t).includes(source.replace(/^\.?\//, '')));
    const rule = ignoringRule(ctx, source);
    const context = ctx.inv?.args[0]?.word.value;
    return {
      what: `${code(keyword)} could not find ${code(source)} in the build context.`,
      why: [
        `The build only sees the files of its context${context ? `, here ${code(context)}` : ''}: the folder given at the end of \`docker build\`. Paths in ${code(keyword)} start from there, not from the Dockerfile's folder, and never from outside it (\`../\` does not work).`,
        rule ? `${code(source)} exists, but your \`.dockerignore\` leaves it out with the line ${code(rule)}.` : 'The file is missing there, misspelt (names are case-sensitive), or left out by a `.dockerignore` rule.',
      ],
      todo: [
        rule ? `Remove or narrow ${code(rule)} in \`.dockerignore\`, or add \`!${source}\` after it.` : `Check the name and where it is, relative to the context folder.${generatedBy(source) ? ` If it should exist but was never made, ${generatedBy(source)}.` : ''}`,
        'Run the build from the folder that holds the file, or pass that folder as the context.',
      ],
      location,
    };
  },
};

export const dockerfileParseError: FailureKind = {
  code: 'DockerfileParseError',
  title: 'Dockerfile syntax error',
  patterns: [
    // Legacy builder: "dockerfile parse error line 3: unknown instruction: RUNN"; BuildKit: "dockerfile parse error on line 3: unknown instruction: RUNN (did you mean run?)"
    /dockerfile parse error (?:on )?line (\d+): ([^\n]+)/i,
  ],
  commands: ['build', 'compose build', 'compose up'],
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#format',
  topics: ['instruction:FROM', 'instruction:RUN'],
  explain(ctx, m) {
    const line = Number(m[1]) - 1;
    const message = m[2].trim();
    const unknown = /unknown instruction: (\S+)/.exec(message);
    const path = dockerfileOf(ctx)?.path ?? dockerfilePathOf(ctx);
    return {
      what: `The builder could not read line ${m[1]} of the Dockerfile: ${message}.`,
      why: [
        unknown ? `Every line must start with an instruction (\`FROM\`, \`RUN\`, \`COPY\`...). ${code(unknown[1])} is not one: a typo, or the rest of a long command whose line above lost its \`\\\` at the end.` : 'The instruction on that line is not written the way the Dockerfile format expects.',
        'Nothing was built: the whole file is read before the first step runs.',
      ],
      todo: ['Fix that line (hover the instruction for its form), then build again.'],
      location: path ? { path, line } : undefined,
    };
  },
};

/** The command of a failed RUN as the output gives it, without the `/bin/sh -c ` of the shell form. */
function runCommandText(raw: string): string {
  return raw.replace(/^\/bin\/sh -c /, '').replace(/^\[|\]$/g, '').trim();
}

/** What a RUN step's exit code says, from the exit-code table, with what it means inside a build. */
function runExitNote(exit: number): string[] {
  const meaning = exitCodeMeaning(exit);
  const output = 'The lines printed just above this message are that command\'s own output, and say what went wrong.';
  if (exit === 127) return [`${meaning.text} In a build that means it is not installed in the image (yet), or the base image lacks it.`];
  if (exit === 137) return [`${meaning.text} In a build that most often means the step ran out of memory.`, output];
  return meaning.own || exit === 1 ? [output] : [meaning.text, output];
}

export const runStepFailed: FailureKind = {
  code: 'RunStepFailed',
  title: 'A RUN step failed',
  patterns: [
    // Legacy builder: "The command '/bin/sh -c npm install' returned a non-zero code: 1"
    /The command '([^\n]*)' returned a non-zero code: (\d+)/,
    // BuildKit (moby/buildkit solver/llbsolver/ops/exec.go): process "/bin/sh -c npm install" did not complete successfully: exit code: 1
    /process "((?:[^"\\]|\\.)*)" did not complete successfully: exit code: (\d+)/,
    // Older BuildKit: "executor failed running [/bin/sh -c npm install]: exit code: 1"
    /executor failed running \[([^\n]*)\]: exit code: (\d+)/,
  ],
  commands: ['build', 'compose build', 'compose up'],
  docsUrl: 'https://docs.docker.com/reference/dockerfile/#run',
  topics: ['instruction:RUN'],
  explain(ctx, m) {
    const command = runCommandText(m[1].replace(/\\"/g, '"')).replace(/\s+/g, ' ');
    const exit = m[2];
    const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
    const before = imageBeforeStep(ctx);
    const location = buildkitLine(ctx) ?? instructionLocation(dockerfileOf(ctx), (k, t) => k === 'RUN' && squash(t.replace(/^(--\S+\s+)*/, '')).includes(squash(command).slice(0, 200)));
    return {
      what: `The build stopped because ${code(command.length > 80 ? command.slice(0, 77) + '...' : command)} exited with code ${exit}.`,
      why: [
        'A `RUN` step runs its command inside the image being built; any exit code other than 0 stops the build there.',
        ...runExitNote(Number(exit)),
      ],
      todo: ['Read the command\'s output above the error.', tryItByHand(ctx, command), 'Fix the line, then build again; later steps run again too.'],
      fixes: [before ? dockerFix(ctx, 'shellBeforeStep', 'Open sh in the image before this step', ['run', '--rm', '-it', '--entrypoint', 'sh', before]) : undefined],
      location,
    };
  },
};

/**
 * The old builder commits each step as an image and prints its short id (" ---> 1a2b3c4d5e6f", moby
 * daemon/builder/dockerfile/builder.go); the last one printed before the failing step is the image built up to
 * it. BuildKit keeps no such image.
 */
function imageBeforeStep(ctx: CommandContext): string | undefined {
  return [...ctx.output.matchAll(/^ ---> ([0-9a-f]{12})\s*$/gm)].pop()?.[1];
}

/** How to run the failing command by hand in the image as it was before the step, with the commands to type. */
function tryItByHand(ctx: CommandContext, command: string): string {
  const short = code(command.length > 60 ? command.slice(0, 57) + '...' : command);
  const id = imageBeforeStep(ctx);
  // `--entrypoint sh`: an ENTRYPOINT of an earlier step would otherwise take `sh` as its argument.
  if (id) return `Try it by hand in the image built up to that step: \`docker run --rm -it --entrypoint sh ${id}\`, then type ${short} and watch what it says.`;
  const rebuild = ctx.command === 'build' ? 'run your build command again with `-t debug` added' : composeRebuild(ctx);
  return `To try it by hand: put \`#\` before this \`RUN\` and the lines after it, ${rebuild}, open a shell with \`docker run --rm -it --entrypoint sh debug\`, and type ${short} there (without the build's \`--build-arg\` values or the step's \`--mount\`s, it may act a little differently). BuildKit keeps no image of the steps before, so there is no id to start from.`;
}

/** How to build, by hand and tagged `debug`, what a compose command was building: the failed service's `build:`. */
function composeRebuild(ctx: CommandContext): string {
  const builds = serviceBuilds(composeFileOf(ctx));
  const build = namedBuild(ctx, builds) ?? (builds.length === 1 ? builds[0] : undefined);
  const unknown = 'build the service\'s `build:` folder with `docker build -t debug <that folder>`';
  if (!build) return unknown;
  // Compose reads `dockerfile:` inside the context; `docker build -f` reads it from where you stand.
  const argv = ['docker', 'build', '-t', 'debug', ...(build.dockerfile === 'Dockerfile' ? [] : ['-f', path.posix.join(build.context, build.dockerfile)]), build.context];
  let line: string;
  try { line = toCommandLine(argv, 'posix'); } catch { return unknown; }
  return `build the folder of \`${build.service}\` (its \`build:\`) with \`${line}\``;
}

export const buildMissingContext: FailureKind = {
  code: 'BuildMissingContext',
  title: 'docker build needs a context (the final .)',
  patterns: [
    // docker/cli 28: "docker: 'docker build' requires 1 argument"; older: "\"docker build\" requires exactly 1 argument."; buildx: "ERROR: \"docker buildx build\" requires exactly 1 argument."
    /["']docker (?:buildx |image |builder )?build["'] requires (?:exactly )?1 argument/,
  ],
  commands: ['build'],
  docsUrl: buildDocs,
  topics: ['command:docker build'],
  explain(ctx) {
    const count = ctx.inv?.args.length ?? 0;
    return {
      what: count ? 'docker build takes exactly one folder (the context), and this line gives it more.' : 'docker build was not told which folder to build from: the `.` at the end is missing.',
      why: ['The last argument of `docker build` is the *build context*, the folder whose files `COPY` can see; `.` means the current folder. It is not optional, even with `-f`.',
        ...(count ? ['An unquoted value with spaces (a `--build-arg` or a path) becomes extra arguments.'] : [])],
      todo: [count ? 'Quote values with spaces, and give one folder at the end.' : 'Add ` .` at the end to build from this folder.'],
      fixes: [count ? undefined : repeatWith(ctx, 'addContext', 'Build with context .', (args) => [...args, '.'])],
    };
  },
};

export const dockerfileNotFound: FailureKind = {
  code: 'DockerfileNotFound',
  title: 'No Dockerfile there',
  patterns: [
    // Legacy builder: "unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat /app/Dockerfile.prod: no such file or directory"
    /unable to evaluate symlinks in Dockerfile path: lstat (\S+): no such file or directory/,
    // BuildKit: "failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory"
    /failed to read dockerfile: open (\S+): no such file or directory/,
    /Cannot locate specified Dockerfile: (\S+)/,
  ],
  commands: ['build', 'compose build', 'compose up'],
  docsUrl: 'https://docs.docker.com/reference/cli/docker/buildx/build/#file',
  topics: ['command:docker build', 'flag:-f'],
  explain(ctx, m) {
    const file = m[1].replace(/^.*\/buildkit-mount\d+\//, '');
    const fromCompose = composeMissingDockerfile(ctx, file);
    if (fromCompose) return fromCompose;
    return {
      what: `There is no Dockerfile at ${code(file)}.`,
      why: ['Without `-f`, `docker build` reads the file named `Dockerfile` at the top of the context folder (the last argument); all lower-case `dockerfile` is accepted too. With `-f`, the path is taken from the folder you are in.', 'Other names do not count: not `Dockerfile.txt` (Windows may hide that `.txt`), and on Linux not `DockerFile` either, because names there are case-sensitive.'],
      todo: ['Run the build from the folder that holds the Dockerfile, or point `-f` at it.'],
    };
  },
};
