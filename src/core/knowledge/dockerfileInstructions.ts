// SPDX-License-Identifier: MIT
// What each Dockerfile instruction does, in a learner's words. Facts checked against the Dockerfile
// reference (shared/reference/buildkit-dockerfile-docs/reference.md); the sentences are ours.

/** The 18 instructions of the Dockerfile reference. */
export type InstructionName =
  | 'FROM' | 'RUN' | 'CMD' | 'LABEL' | 'MAINTAINER' | 'EXPOSE' | 'ENV' | 'ADD' | 'COPY'
  | 'ENTRYPOINT' | 'VOLUME' | 'USER' | 'WORKDIR' | 'ARG' | 'ONBUILD' | 'STOPSIGNAL' | 'HEALTHCHECK' | 'SHELL';

/** When an instruction has its effect. */
export type Phase = 'build time' | 'run time' | 'build and run time';

export interface InstructionDoc {
  /** One or two plain sentences: what it does. */
  summary: string;
  /** Tags after the title: when it acts, whether it adds a layer, and so on. */
  tags: readonly string[];
  phase: Phase;
  /** The forms it is written in. */
  syntax: readonly string[];
  /** The mistake people make with it, when there is a common one. */
  watchOut?: readonly string[];
  /**
   * Watch-outs about reading the build context: they do not apply to a `COPY --from`, which reads another
   * stage, an image or a named context (ref: buildkit-dockerfile-docs/reference.md#copy---from).
   */
  contextWatchOut?: readonly string[];
  docsUrl: string;
}

/** Every watch-out of an instruction; `fromElsewhere` drops the build-context ones (a `COPY --from` line). */
export function instructionWatchOut(doc: InstructionDoc, fromElsewhere = false): string[] {
  return [...(fromElsewhere ? [] : doc.contextWatchOut ?? []), ...(doc.watchOut ?? [])];
}

const ref = (anchor: string) => `https://docs.docker.com/reference/dockerfile/#${anchor}`;

export const dockerfileInstructions = {
  // ref: buildkit-dockerfile-docs/reference.md#from
  FROM: {
    summary: 'Starts a build stage from a base image: everything after it builds on top of that image\'s files.',
    tags: ['build time', 'starts a stage'],
    phase: 'build time',
    syntax: ['FROM [--platform=<platform>] <image>[:<tag>|@<digest>] [AS <name>]'],
    docsUrl: ref('from'),
  },
  // ref: buildkit-dockerfile-docs/reference.md#run
  RUN: {
    summary: 'Runs a command while the image is being built, and saves what it changed in the file system as a new layer. It does not run when the container starts.',
    tags: ['build time', 'adds a layer'],
    phase: 'build time',
    syntax: ['RUN <command>  (shell form)', 'RUN ["executable", "arg", ...]  (exec form)'],
    watchOut: [
      'Use `RUN` to install and prepare things; use `CMD` for the program the container should run. A server started in `RUN` only lives while that build step runs.',
      'Each `RUN` is a layer: join related commands with `&&` and clean up in the same `RUN`, or the deleted files stay in the image.',
    ],
    docsUrl: ref('run'),
  },
  // ref: buildkit-dockerfile-docs/reference.md#cmd
  CMD: {
    summary: 'Sets the default command a container runs when it starts. Nothing runs at build time; the command is only recorded in the image.',
    tags: ['run time', 'default command'],
    phase: 'run time',
    syntax: ['CMD ["executable", "arg", ...]  (exec form)', 'CMD ["arg", ...]  (default arguments for ENTRYPOINT)', 'CMD <command>  (shell form)'],
    docsUrl: ref('cmd'),
  },
  // ref: buildkit-dockerfile-docs/reference.md#label
  LABEL: {
    summary: 'Attaches key=value metadata to the image, such as its author, version or source repository. It changes no files.',
    tags: ['metadata'],
    phase: 'build time',
    syntax: ['LABEL <key>=<value> [<key>=<value> ...]'],
    watchOut: ['Quote values that contain spaces: `LABEL description="My web API"`.'],
    docsUrl: ref('label'),
  },
  // ref: buildkit-dockerfile-docs/reference.md#maintainer-deprecated
  MAINTAINER: {
    summary: 'Records who maintains the image. It is deprecated: write `LABEL org.opencontainers.image.authors="you@example.com"` instead.',
    tags: ['deprecated', 'metadata'],
    phase: 'build time',
    syntax: ['MAINTAINER <name>'],
    docsUrl: ref('maintainer-deprecated'),
  },
  // ref: buildkit-dockerfile-docs/reference.md#expose
  EXPOSE: {
    summary: 'Documents which ports the program inside the container listens on. It does not publish them: the host can only reach a port you publish with `docker run -p` or compose `ports:`.',
    tags: ['documentation', 'run time'],
    phase: 'run time',
    syntax: ['EXPOSE <port>[/<protocol>] ...'],
    docsUrl: ref('expose'),
  },
  // ref: buildkit-dockerfile-docs/reference.md#env
  ENV: {
    summary: 'Sets an environment variable for the rest of the build and for every container started from the image.',
    tags: ['build and run time', 'persists in image'],
    phase: 'build and run time',
    syntax: ['ENV <key>=<value> [<key>=<value> ...]'],
    watchOut: [
      'For a value needed only while building, use `ARG` instead.',
    ],
    docsUrl: ref('env'),
  },
  // ref: buildkit-dockerfile-docs/reference.md#add
  ADD: {
    summary: 'Copies files into the image like `COPY`, and can also download a URL, clone a Git repository, or unpack a local tar archive.',
    tags: ['build time', 'adds a layer'],
    phase: 'build time',
    syntax: ['ADD [--chown=<user>:<group>] [--chmod=<perms>] <src> ... <dest>'],
    watchOut: ['Prefer `COPY` for plain files: `ADD` unpacks local `.tar` files, which can surprise you.'],
    docsUrl: ref('add'),
  },
  // ref: buildkit-dockerfile-docs/reference.md#copy
  COPY: {
    summary: 'Copies files and folders from the build context (or another stage) into the image.',
    tags: ['build time', 'adds a layer'],
    phase: 'build time',
    syntax: ['COPY [--from=<stage>] [--chown=<user>:<group>] [--chmod=<perms>] <src> ... <dest>'],
    contextWatchOut: [
      'Copy dependency lists (like `requirements.txt`) and install them before `COPY . .`, so a code change does not reinstall everything.',
      'Files matched by `.dockerignore` are left out of the build context, so `COPY` cannot see them.',
    ],
    docsUrl: ref('copy'),
  },
  // ref: buildkit-dockerfile-docs/reference.md#entrypoint
  ENTRYPOINT: {
    summary: 'Sets the program that always runs when the container starts. `CMD`, or the arguments given to `docker run`, are passed to it as arguments.',
    tags: ['run time', 'fixed command'],
    phase: 'run time',
    syntax: ['ENTRYPOINT ["executable", "arg", ...]  (exec form)', 'ENTRYPOINT <command>  (shell form)'],
    docsUrl: ref('entrypoint'),
  },
  // ref: buildkit-dockerfile-docs/reference.md#volume
  VOLUME: {
    summary: 'Marks a folder as a place for data that lives outside the container\'s own layer. Each new container gets an anonymous volume there unless you mount one.',
    tags: ['run time', 'storage'],
    phase: 'run time',
    syntax: ['VOLUME ["/data"]', 'VOLUME /data /logs'],
    watchOut: [
      'You cannot name a host folder here; the host side is chosen when the container runs (`docker run -v`, compose `volumes:`).',
      'With the legacy builder, later build steps that change that folder are thrown away (BuildKit keeps them).',
    ],
    docsUrl: ref('volume'),
  },
  // ref: buildkit-dockerfile-docs/reference.md#user
  USER: {
    summary: 'Sets the user (and optionally group) that the following `RUN`, `CMD` and `ENTRYPOINT` run as.',
    tags: ['build and run time', 'security'],
    phase: 'build and run time',
    syntax: ['USER <user>[:<group>]', 'USER <UID>[:<GID>]'],
    watchOut: ['Unless this file or its base image sets `USER`, containers run as root. Create a user and switch to it near the end of the file.'],
    docsUrl: ref('user'),
  },
  // ref: buildkit-dockerfile-docs/reference.md#workdir
  WORKDIR: {
    summary: 'Sets the working folder for the instructions after it and for the container\'s command, creating the folder if it does not exist.',
    tags: ['build and run time'],
    phase: 'build and run time',
    syntax: ['WORKDIR /path/to/workdir'],
    watchOut: ['Use `WORKDIR` rather than `RUN cd ...`: a `cd` only lasts for that one `RUN`.'],
    docsUrl: ref('workdir'),
  },
  // ref: buildkit-dockerfile-docs/reference.md#arg
  ARG: {
    summary: 'Declares a build argument: a variable you can set with `docker build --build-arg NAME=value`. Only the build uses it: containers started from the image do not get it, though `docker history` shows its value.',
    tags: ['build time', 'variable'],
    phase: 'build time',
    syntax: ['ARG <name>[=<default value>]'],
    docsUrl: ref('arg'),
  },
  // ref: buildkit-dockerfile-docs/reference.md#onbuild
  ONBUILD: {
    summary: 'Stores an instruction to run later, when another Dockerfile uses this image in its `FROM`. It does nothing in this build.',
    tags: ['deferred', 'runs in a child build'],
    phase: 'build time',
    syntax: ['ONBUILD <INSTRUCTION>'],
    watchOut: ['`ONBUILD` cannot wrap `FROM`, `MAINTAINER` or another `ONBUILD`.'],
    docsUrl: ref('onbuild'),
  },
  // ref: buildkit-dockerfile-docs/reference.md#stopsignal
  STOPSIGNAL: {
    summary: 'Sets the signal sent to the container\'s main process when it is asked to stop. The default is `SIGTERM`.',
    tags: ['run time'],
    phase: 'run time',
    syntax: ['STOPSIGNAL <signal>'],
    docsUrl: ref('stopsignal'),
  },
  // ref: buildkit-dockerfile-docs/reference.md#healthcheck
  HEALTHCHECK: {
    summary: 'Tells Docker how to test that the running container still works. Docker runs the check regularly and marks the container healthy or unhealthy.',
    tags: ['run time', 'health'],
    phase: 'run time',
    syntax: ['HEALTHCHECK [--interval=30s] [--timeout=30s] [--start-period=0s] [--start-interval=5s] [--retries=3] CMD <command>', 'HEALTHCHECK NONE'],
    docsUrl: ref('healthcheck'),
  },
  // ref: buildkit-dockerfile-docs/reference.md#shell
  SHELL: {
    summary: 'Changes the shell that shell-form `RUN`, `CMD` and `ENTRYPOINT` lines run through. On Linux the default is `["/bin/sh", "-c"]`.',
    tags: ['build time'],
    phase: 'build time',
    syntax: ['SHELL ["executable", "parameters"]'],
    docsUrl: ref('shell'),
  },
} as const satisfies Record<InstructionName, InstructionDoc>;

/** True when `word` (any case) names one of the 18 instructions. */
export function isInstructionName(word: string): word is InstructionName {
  return Object.prototype.hasOwnProperty.call(dockerfileInstructions, word.toUpperCase());
}
